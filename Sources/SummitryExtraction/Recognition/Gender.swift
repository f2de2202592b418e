/// A person's gender as far as the text says it — by title ("Präsidentin", "Queen") or honorific ("Mr", "Frau")
/// — so that "sie", "she", "der König" or "die Kanzlerin" skip a person of the other one (see
/// ``DocumentAnalysis/titleGender(_:german:)``; ``ActorRecord/feminine`` holds it).
extension DocumentAnalysis {
    /// Whether a title names a woman: a German title in its feminine form ("Präsidentin", "Regierungschefin";
    /// the masculine form names a man), an English title of a woman ("Queen", "Princess") or of a man ("King").
    /// Nil when the title does not say.
    static func titleGender(_ role: String, german: Bool) -> Bool? {
        // (Split by bytes: ``String/splitASCII(separator:)`` is `split(separator: " ")`; only its last piece is made.)
        let last = role.lastSplitASCII(separator: 0x20).map { $0.latinLowercased() } ?? ""
        // (Byte suffixes: the NFC word ends in these letters exactly when its characters do.)
        if german { return last.hasUTF8Suffix("in") || last.hasUTF8Suffix("innen") }
        if Self.feminineTitles.contains(last) { return true }
        if Self.masculineTitles.contains(last) { return false }
        return nil
    }
    /// Honorifics of a man ("Mr Anwar", "Herr Berg") and of a woman ("Ms Cooper", "Frau Lindner").
    static let masculineHonorifics: Set<String> = ["mr", "herr", "sir"]
    static let feminineHonorifics: Set<String> = ["mrs", "ms", "frau", "dame", "madam"]
    /// English titles of a woman and of a man (German titles say it by their ending).
    static let feminineTitles: Set<String> = ["queen", "princess", "empress", "duchess", "countess", "baroness", "lady"]
    static let masculineTitles: Set<String> = ["king", "prince", "emperor", "duke", "count", "baron", "lord", "sultan", "emir", "sheikh"]
}

/// Given names that name one gender (`given_names.json`, built from `scripts/lexicons/curated_given_names.txt`),
/// so that "she" is not resolved to "Abdul Hamid Dbeibah" nor "er" to "Hanna Tetteh" when no title says it.
struct GivenNamesEntries: Decodable, Sendable {
    var feminine: [String]
    var masculine: [String]
}

extension Lexicons {
    /// Indexes the given names by their folded form (see ``givenNameFeminine``).
    mutating func addGivenNames(_ entries: GivenNamesEntries) {
        for name in entries.feminine { givenNameFeminine.set(NameShapes.fold(name), to: true) }
        for name in entries.masculine { givenNameFeminine.set(NameShapes.fold(name), to: false) }
    }

    /// Whether a folded given name names a woman (`true`), a man (`false`), or either (nil). A hyphenated name
    /// the list lacks says what its first part says ("Marie-Christine" → "marie").
    func givenNameGender(_ folded: String) -> Bool? {
        if let g = givenNameFeminine[folded] { return g }
        guard let hyphen = folded.firstIndex(of: "-"), hyphen != folded.startIndex else { return nil }
        return givenNameFeminine[String(folded[..<hyphen])]
    }
}

extension DocumentAnalysis {
    /// Whether actor `a` is a woman: as a title or honorific said it (``ActorRecord/feminine``), else as the
    /// given name opening a name of two words or more says it. Nil when neither says.
    func isFeminine(_ a: Int) -> Bool? {
        if let f = actors[a].feminine { return f }
        let words = actors[a].folded
        guard words.count >= 2 else { return nil }
        return lexicons.givenNameGender(words[0])
    }
}

import Foundation

/// Look-ups of single words in the compiled ``Lexicons``: German titles and meeting nouns (also as
/// compounds) and their nominative forms, and the country or organisation a word names.
extension Lexicons {
    /// The title a single German word names: the form itself or a compound ending in a form of five
    /// or more letters (`Bundesaußenministerin`, `EU-Kommissionspräsidentin`), with the prefix.
    func germanTitle(_ lower: String) -> (index: Int, prefix: Substring)? {
        Self.compoundLookup(lower, titleTrie, minimum: 5)
    }

    /// The meeting noun a single German word names, like ``germanTitle(_:)``; heads of six or more letters.
    func germanMeetingNoun(_ lower: String) -> (index: Int, prefix: Substring)? { Self.germanMeetingNoun(lower, in: nounTrie) }

    /// ``germanMeetingNoun(_:)`` asked of the lexicons' `nounTrie` alone. (For a caller in a hot loop: a call
    /// on the whole struct made the optimizer copy all of it onto the stack at the caller's entry.)
    static func germanMeetingNoun(_ lower: String, in nounTrie: SuffixTrie) -> (index: Int, prefix: Substring)? {
        guard let hit = compoundLookup(lower, nounTrie, minimum: 6) else { return nil }
        // "Diplomatenkreisen", "Energiepreise", "Greise": a head "reise" glued to k/p/g is another word.
        if let last = hit.prefix.last, ["k", "p", "g"].contains(last),
           lower.unicodeScalars.dropFirst(hit.prefix.unicodeScalars.count).starts(with: "reise".unicodeScalars) { return nil }
        return hit
    }

    /// The nominative of a German title or meeting noun as written (casing and compound prefix
    /// kept): "Ministerpräsidenten" → "Ministerpräsident", "US-Präsidentinnen" → "US-Präsidentin",
    /// "Gesprächen" → "Gespräche", "Gipfels" → "Gipfel". Unknown words are returned unchanged.
    func germanNominative(_ surface: String, noun: Bool) -> String {
        let lower = surface.latinLowercased()
        let trie = noun ? nounTrie : titleTrie
        guard let hit = trie.longestSuffix(of: lower, minimum: noun ? 6 : 5) else { return surface }
        // Views and index offsets instead of scalar arrays: no copies of the words.
        let scalars = surface.unicodeScalars, lowerScalars = lower.unicodeScalars
        // (Scalars counted by their lead bytes: walking both views cost more than the rest of the look-up.)
        guard surface.utf8ScalarCount == lower.utf8ScalarCount else { return surface }
        let form = String(lowerScalars[lowerScalars.index(lowerScalars.startIndex, offsetBy: hit.prefixLength)...])
        guard let lemma = noun ? germanNounLemma[form] : germanTitleLemma[form], lemma != form else { return surface }
        var common = 0
        var formIterator = form.unicodeScalars.makeIterator(), lemmaIterator = lemma.unicodeScalars.makeIterator()
        while let f = formIterator.next(), let l = lemmaIterator.next(), f == l { common += 1 }
        let kept = scalars.index(scalars.startIndex, offsetBy: hit.prefixLength + common)
        let lemmaScalars = lemma.unicodeScalars
        return String(scalars[..<kept]) + String(lemmaScalars[lemmaScalars.index(lemmaScalars.startIndex, offsetBy: common)...])
    }

    private static func compoundLookup(_ lower: String, _ trie: SuffixTrie, minimum: Int) -> (index: Int, prefix: Substring)? {
        guard let hit = trie.longestSuffix(of: lower, minimum: minimum) else { return nil }
        if hit.prefixLength == 0 { return (hit.value, "") }
        let prefixEnd = lower.unicodeScalars.index(lower.unicodeScalars.startIndex, offsetBy: hit.prefixLength)
        var prefix = lower[..<prefixEnd]
        if prefix.hasSuffix("-") { prefix = prefix.dropLast() }
        else if hit.prefixLength < 2 { return nil }
        return (hit.value, prefix)
    }

    /// The country a single word (or compound part) names: `US`, `deutsch`, `Brasilien`.
    func countryOfWord(_ word: Substring) -> String? {
        let lower = word.latinLowercased()
        if let iso = singleCountry[lower] { return iso }
        // German compound adjective stems: "deutsch-brasilianische" parts like "brasilianische".
        return nil
    }

    /// The organisation a single word (or compound part) names: `Nato`, `EU`.
    func organizationOfWord(_ word: Substring) -> String? { singleOrg[word.latinLowercased()] }

    /// Whether an organisation is international (an alliance, a UN body, …).
    func isInternational(_ id: String) -> Bool { organizations[id]?.international ?? true }
}

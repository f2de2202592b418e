/// Relative clauses about someone or something else: "… tagten im Zentrum X, wo künftig mehr Gas ankommen soll",
/// "A met B, who will travel to C next month". Their modals plan nothing of the encounter reported.
extension DocumentAnalysis {
    /// Words that open a relative clause after a comma ("der", "wo", "who", "which"; German articles only
    /// before a lowercase word, see ``relativeClause(containing:in:)``).
    static let relativeOpeners = WordSet(row: 287, [
        "der", "die", "das", "dem", "den", "deren", "dessen", "denen", "wo", "welche", "welcher", "welches", "welchem",
        "welchen", "who", "which", "where", "whom", "whose",
    ])

    /// Prepositions that may stand before a relative pronoun ("mit dem", "in der", "with whom").
    static let relativePrepositions = WordSet(row: 288, ["mit", "in", "an", "bei", "von", "für", "über", "with", "at", "for", "from", "to", "of"])

    /// The relative clause of sentence `s` that holds token `k`: from the comma that opens it (a relative
    /// pronoun right after it, or after a preposition) to the next comma at or after `k`, or the sentence's
    /// end. Nil when `k` is in none: the nearest comma before `k` opens no relative clause, or a colon or
    /// semicolon comes first.
    ///
    /// A German "der", "die", "das", "dem" or "den" before a capitalised word is an article opening a main
    /// clause ("…, die Gespräche sollen …"), not a pronoun.
    /// - Complexity: O(*n*) in the sentence's length.
    func relativeClause(containing k: Int, in s: Sentence) -> Range<Int>? {
        var c = k - 1
        while c > s.tokens.lowerBound, tokens[c].word != .comma {
            if tokens[c].word == .colon || tokens[c].word == .semicolon { return nil }
            c -= 1
        }
        guard c > s.tokens.lowerBound, tokens[c].word == .comma else { return nil }
        var r = c + 1
        if r + 1 < k, Self.relativePrepositions.contains(tokens[r].word) { r += 1 }
        guard r < k, Self.relativeOpeners.contains(tokens[r].word),
              !(RuleWords.derDieDasEtc.contains(tokens[r].word) && tokens[r + 1].isCapitalized) else { return nil }
        let end = (k ..< s.tokens.upperBound).first { tokens[$0].word == .comma } ?? s.tokens.upperBound
        return c + 1 ..< end
    }

    /// The relative clause that holds all of the triggers `cl` and opens right after a name ("A and B, who last met
    /// in Berlin, …", "A und B, die sich zuletzt in Berlin gesehen hatten, …"), or `nil`.
    func relativeAbout(_ cl: [Trigger], in s: Sentence) -> Range<Int>? {
        guard let rc = relativeClause(containing: cl.first!.start, in: s), cl.last!.end <= rc.upperBound,
              rc.lowerBound >= s.tokens.lowerBound + 2, inName[rc.lowerBound - 2] else { return nil }
        return rc
    }

    /// Whether every cue of planning in `range` of sentence `s` (``plannedCue(at:in:)``) stands in a relative
    /// clause that holds none of the event's triggers `cl` and does not follow its meeting noun ("die Gespräche,
    /// die am Montag beginnen sollen" plans the talks). False when there is no cue.
    /// - Complexity: O(*n*²) in the range's length at worst; a sentence has a cue or two.
    func plannedOnlyInRelatives(_ cl: [Trigger], sentence s: Sentence, in range: Range<Int>) -> Bool {
        var found = false
        for k in range where plannedCue(at: k, in: s) {
            found = true
            guard let rc = relativeClause(containing: k, in: s),
                  !cl.contains(where: { rc.contains($0.start) || $0.role == .noun && $0.end == rc.lowerBound - 1 }) else { return false }
        }
        return found
    }
}

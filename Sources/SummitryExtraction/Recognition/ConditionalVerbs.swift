/// Verbs that report an encounter only under a condition of their clause (roles `by-line` and `reciprocal` of
/// `meetings.json`): "telefonisch gratuliert" is a call, "hatten sich in Kiel gesehen" a meeting.
extension DocumentAnalysis {
    /// Whether the clause of token `i` (up to a comma, four words before it and ten after) has "telefonisch",
    /// "telephonically" or the line of "by phone", "over the phone".
    func lineWord(near i: Int, in s: Sentence) -> Bool {
        let line = { (k: Int) in self.isLineWord(at: k, in: s) }
        return (i + 1 ..< min(s.tokens.upperBound, i + 11)).prefix(while: { tokens[$0].word != .comma }).contains(where: line)
            || (max(s.tokens.lowerBound, i - 4) ..< i).reversed().prefix(while: { tokens[$0].word != .comma }).contains(where: line)
    }

    /// Whether token `k` of sentence `s` says "over a line": "telefonisch", "telephonically", or the line of "by phone".
    func isLineWord(at k: Int, in s: Sentence) -> Bool {
        RuleWords.telefonischTelephonically.contains(tokens[k].word) || overALine(at: k, in: s)
    }

    /// Whether the verb at `i` is reciprocal: German "sich"/"einander" in its clause up to eight words before it or
    /// right after it ("hatten sich zuletzt in Kiel gesehen", "sahen sich"), English "each other"/"one another" right
    /// after it ("had seen each other").
    func reciprocal(near i: Int, in s: Sentence) -> Bool {
        if isGerman {
            if i + 1 < s.tokens.upperBound, RuleWords.sichEinander.contains(tokens[i + 1].word) { return true }
            return (max(s.tokens.lowerBound, i - 8) ..< i).reversed().prefix(while: { tokens[$0].word != .comma })
                .contains(where: { RuleWords.sichEinander.contains(tokens[$0].word) })
        }
        return i + 2 < s.tokens.upperBound && (RuleWords.each.contains(tokens[i + 1].word) && RuleWords.other.contains(tokens[i + 2].word)
            || RuleWords.one.contains(tokens[i + 1].word) && RuleWords.another.contains(tokens[i + 2].word))
    }
}

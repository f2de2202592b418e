/// Verbs that report an encounter only under a condition of their clause (roles `by-line`, `reciprocal` and
/// `destination` of `meetings.json`): "telefonisch gratuliert" is a call, "hatten sich in Kiel gesehen" a meeting,
/// "kam ins Kanzleramt" a visit.
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

    /// Whether the verb of coming at `i` has a destination: a city or country after "nach"/"to" ("kam nach Berlin",
    /// "came to Washington"), or a national seat of government after "ins"/"in"/"to" ("kam ins Kanzleramt", "kam in
    /// den Kreml", "came to the White House"). In German the destination may stand a few words after the verb ("kam am
    /// Montag nach Berlin") or before it at a clause's end ("als Tusk ins Kanzleramt kam"). Coming back ("kam nach
    /// Berlin zurück", "came back") is no visit.
    func cameTo(at i: Int, in s: Sentence) -> Bool {
        let lo = s.tokens.lowerBound, limit = s.tokens.upperBound
        // (A place, a country by its name, or a national body with a seat, from token `k` on past an article.)
        func destination(_ k: Int) -> Bool {
            var k = k
            if k < limit, has(k, .determiners) { k += 1 }
            guard k < limit, let tag = tag(covering: k), tag.start == k else { return false }
            switch tag.entity {
            case .place: return true
            case .country(_, .name): return true
            case .organization(let id): return lexicons.headquarters[id] != nil && !lexicons.isInternational(id)
            default: return false
            }
        }
        func lead(_ k: Int) -> Bool {
            RuleWords.toNach.contains(tokens[k].word) || Self.intoWords.contains(tokens[k].word)
        }
        if isGerman {
            let clauseAfter = (i + 1 ..< min(limit, i + 12)).prefix(while: { tokens[$0].kind != .punct })
            if clauseAfter.contains(where: { Self.backWords.contains(tokens[$0].word) }) { return false }
            if let k = clauseAfter.prefix(5).first(where: lead), destination(k + 1) { return true }
            let clauseBefore = (max(lo, i - 5) ..< i).reversed().prefix(while: { tokens[$0].kind != .punct })
            return clauseBefore.contains { k in lead(k) && destination(k + 1) }
        }
        return i + 1 < limit && RuleWords.to.contains(tokens[i + 1].word) && destination(i + 2)
    }

    /// "ins", "in": into a seat of government or a country ("kam ins Kanzleramt", "kam in die Ukraine").
    static let intoWords = WordSet(row: 215, ["ins", "in"])
    /// "zurück": coming back is no visit ("kam nach Berlin zurück").
    static let backWords = WordSet(row: 216, ["zurück"])
}

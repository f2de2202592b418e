/// Invitations accepted to a place: "Takaichi nahm eine Einladung nach Wien an", "accepted an invitation to Japan".
/// Such an invitation is a visit still to come, reported without a meeting noun of its own.
extension DocumentAnalysis {
    /// Verbs of accepting an invitation ("nahm … an", "angenommen", "accepted").
    static let acceptingVerbs = WordSet(row: 228, [
        "nahm", "nahmen", "nimmt", "angenommen", "annehmen", "akzeptierte", "akzeptierten", "akzeptiert",
        "accepted", "accepts", "accept", "accepting",
    ])

    /// Whether token `k` of sentence `s` is the noun of an invitation to a place that someone accepts ("nahm eine
    /// Einladung nach Wien an", "accepted an invitation to Tokyo"): the noun, "nach"/"to" and a city, or a country
    /// by its name, with a verb of accepting in its clause (up to four words before the noun, or up to ten after it).
    /// An invitation only extended or declined names no visit yet; "auf Einladung von X", "at the invitation of X"
    /// say whose guest a visitor is.
    func invitationToPlace(at k: Int, in s: Sentence) -> Bool {
        guard RuleWords.einladungInvitation.contains(tokens[k].word), k + 2 < s.tokens.upperBound,
              RuleWords.nachTo.contains(tokens[k + 1].word) else { return false }
        var j = k + 2
        if RuleWords.the.contains(tokens[j].word), j + 1 < s.tokens.upperBound { j += 1 }
        switch tagKinds[j] {
        case .place: break
        case .country:
            guard let tag = tagAt[j], case .country(_, .name) = tag.entity else { return false }
        default: return false
        }
        let accepting = { (i: Int) in Self.acceptingVerbs.contains(self.tokens[i].word) }
        return (max(s.tokens.lowerBound, k - 4) ..< k).reversed().prefix(while: { tokens[$0].word != .comma }).contains(where: accepting)
            || (j + 1 ..< min(s.tokens.upperBound, k + 11)).prefix(while: { tokens[$0].word != .comma }).contains(where: accepting)
    }

    /// Whether token `k` of sentence `s` invites: a lowercase word of inviting ("eingeladen", "invited") or the noun of
    /// an invitation accepted to a place (``invitationToPlace(at:in:)``) — a cue of an encounter still to come.
    func invites(at k: Int, in s: Sentence) -> Bool {
        has(k, .invited) && (!tokens[k].isCapitalized || invitationToPlace(at: k, in: s))
    }
}

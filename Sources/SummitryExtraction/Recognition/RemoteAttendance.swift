/// Taking part over a line: "joined by video a meeting of the coalition", "nahm per Video an der Sitzung teil",
/// "took part virtually".
extension DocumentAnalysis {
    /// Adverbs of taking part from afar ("virtually", "remotely", "zugeschaltet").
    static let remoteWords = WordSet(row: 289, ["virtually", "remotely", "online", "virtuell", "zugeschaltet", "digital"])

    /// Whether one of the triggers `cl` of sentence `s` takes part in a gathering from afar: an attending verb
    /// with "by video", "via video link", "per Video", "by phone" or an adverb of `remoteWords` within five words
    /// after it (or two before it: "per Video zugeschaltet, nahm X teil").
    ///
    /// Such a gathering, unless it is a summit (which one leader may join by video while the others meet at its
    /// place), is a conference over a line: it has no place of its own, and the place the joiner speaks from
    /// ("From the Swedish capital, X joined by video …") is not its venue.
    /// - Complexity: O(*t*) in the number of triggers (a few words read around each attending verb).
    func remoteAttendance(_ cl: [Trigger], sentence s: Sentence) -> Bool {
        cl.contains { t in
            guard t.role == .attend else { return false }
            let lo = max(s.tokens.lowerBound, t.start - 2), hi = min(s.tokens.upperBound, t.end + 5)
            return (lo ..< hi).contains { k in
                Self.remoteWords.contains(tokens[k].word) || overALine(at: k, in: s)
            }
        }
    }

    /// Whether token `k` of sentence `s` is the line of "by phone", "over the phone", "via video", "per Video":
    /// a word of the line after "by", "on", "over", "per", "via", "the" or "am".
    func overALine(at k: Int, in s: Sentence) -> Bool {
        k > s.tokens.lowerBound && RuleWords.phoneTelephoneTelefonEtc.contains(tokens[k].word)
            && RuleWords.byOnOverEtc.contains(tokens[k - 1].word)
    }
}

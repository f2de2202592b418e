/// Reading the dateline that opens a report ("BRUSSELS, Feb 11 (Reuters) -", "MOYALE taz |", "Oslo."), or the
/// byline's city that stands for it, as the place the text is filed from (see ``DocumentAnalysis/findDateline()``).
extension DocumentAnalysis {
    /// US states and their abbreviations, a dateline's qualifier ("PORTLAND, Maine —").
    static let usStates = WordSet(row: 219, [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
        "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
        "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
        "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
        "west virginia", "wisconsin", "wyoming", "calif", "fla", "mass", "wash", "d.c",
    ])

    /// Reads a dateline at the start of the text: one or more places (or capitalised words) before
    /// a dash, a colon, an agency in brackets or a full stop.
    ///
    /// A headline and a byline may come first ("Headline\n\nBy A. Writer\n\nBRUSSELS, Feb 11 (Reuters) -"):
    /// the first sentences that open a paragraph are read too; there the place must be known or shouted.
    func findDateline() {
        // (A line of its own counts too: "Special Correspondent\nNEW DELHI".)
        for s in sentences.prefix(5) where s.index == 0 || (s.tokens.lowerBound > 0 && tokens[s.tokens.lowerBound - 1].kind.isBreak) {
            if findDateline(in: s, strict: s.index > 0) { datelineSentence = s.index; return }
        }
        // No dateline: a headline that puts its subject in a city stands for it ("Abinader in Kingston: DR pledges
        // engineers", "Merz in Paris") — a known city after "in"/"im", before a colon or at the headline's end. (Before a
        // byline's city: "Von X, Istanbul" is where the correspondent is based, "Vermittlung in Doha:" where the report is.)
        if let s = sentences.first, isHeadline(s) {
            for i in s.tokens where i > s.tokens.lowerBound && tagKinds[i] == .place && RuleWords.inIm.contains(tokens[i - 1].word) {
                guard let tag = tagAt[i], case .place(let key, let iso, true) = tag.entity,
                      tag.end == s.tokens.upperBound || tokens[tag.end].word == .colon else { continue }
                dateline = PlaceMention(start: i, end: tag.end, surface: text(tokens: i, tag.end), key: key, iso: iso, strong: true, prepositional: true)
                datelineISO = iso
                return
            }
        }
        // Nor a headline's city: a byline with the reporter's city stands for it ("Von Jonas Wendler, Berlin", "By Ana Ruiz, Madrid"),
        // as does a line of its own naming the outlet or desk and a city ("Staff Reporter, Nairobi").
        for s in sentences.prefix(6) where s.tokens.count >= 3 && s.tokens.count <= 10 && (RuleWords.vonBy.contains(tokens[s.tokens.lowerBound].word)
            || isOwnLine(s) && tokens[s.tokens].allSatisfy({ $0.kind != .word || $0.isCapitalized })) {
            let last = s.tokens.upperBound - 1
            guard let comma = (s.tokens.lowerBound ..< last).last(where: { tokens[$0].word == .comma }), comma + 1 <= last,
                  let tag = tagAt[comma + 1], tag.end == s.tokens.upperBound, case .place(let key, let iso, true) = tag.entity else { continue }
            dateline = PlaceMention(start: comma + 1, end: tag.end, surface: text(tokens: comma + 1, tag.end), key: key, iso: iso, strong: true, prepositional: true)
            datelineISO = iso
            return
        }
    }

    /// Whether sentence `s` is a line of its own: a break (or the text's start) before it and after it.
    private func isOwnLine(_ s: Sentence) -> Bool {
        (s.tokens.lowerBound == 0 || tokens[s.tokens.lowerBound - 1].kind.isBreak)
            && (s.tokens.upperBound == tokens.count || tokens[s.tokens.upperBound].kind.isBreak)
    }

    /// Reads a dateline at the start of sentence `s`; returns whether there was one.
    private func findDateline(in s: Sentence, strict: Bool) -> Bool {
        let limit = min(s.tokens.upperBound, s.tokens.lowerBound + 8)
        var i = s.tokens.lowerBound
        var first: PlaceMention? = nil
        var iso: String? = nil
        var sawWord = false
        // The dateline's own qualifier ("KINGSTON, Jamaica —", "HAMPTON, England —") names the country.
        var qualifier: String? = nil
        func settle(_ f: PlaceMention) -> Bool {
            // (After a headline, an unknown word opens a dateline only when shouted: "LUGANO (AFP) –".)
            if strict && f.iso.isEmpty && qualifier == nil && !tokens[f.start].isAllCaps { return false }
            dateline = f
            datelineISO = qualifier ?? (f.iso.isEmpty ? iso : f.iso)
            // "WINDSOR, England (AP)": the qualifier says which Windsor the text means, everywhere in it.
            if let q = qualifier, !f.iso.isEmpty, f.iso != q {
                dateline?.iso = q
                for k in tagAt.indices {
                    if let t = tagAt[k], case .place(let key, _, let strong) = t.entity, key == f.key {
                        tagAt[k] = Tag(entity: .place(name: key, iso: q, strong: strong), start: t.start, end: t.end, ambiguous: t.ambiguous)
                    }
                }
            }
            return true
        }
        while i < limit {
            let t = tokens[i]
            if let tag = tagAt[i], case .country(let c, .name) = tag.entity, first != nil, i > s.tokens.lowerBound,
               RuleWords.commaSlash.contains(tokens[i - 1].word) {
                qualifier = c
                i = tag.end
                continue
            }
            // A US state as the qualifier: "PORTLAND, Maine —".
            if first != nil, i > s.tokens.lowerBound, tokens[i - 1].word == .comma, t.kind == .word,
               let n = (1 ... 2).first(where: { i + $0 <= limit && Self.usStates.contains(lowers[i ..< i + $0].joined(separator: " ")) }) {
                qualifier = "US"
                i += n
                continue
            }
            // A city-state named like its capital as the dateline ("Vatikanstadt (KNA) -", "SINGAPORE (Reuters) -").
            if first == nil, let tag = tagAt[i], case .country(let c, .name) = tag.entity,
               let place = lexicons.gazetteer.matches(tokenized, at: i, limit: limit).lazy.compactMap({ (e, n) -> String? in
                   if n == tag.end - i, case .place(let key, let iso, _) = e, iso == c { return key } else { return nil } }).first {
                // (Shouted, it is named as the lexicon writes it: "SINGAPORE" → "Singapore".)
                let shouted = tokens[i ..< tag.end].allSatisfy { $0.kind != .word || $0.isAllCaps }
                first = PlaceMention(start: i, end: tag.end, surface: shouted ? place : text(tokens: i, tag.end), key: place, iso: c, strong: true, prepositional: true)
                iso = c
                sawWord = true
                i = tag.end
                continue
            }
            // An international body as the dateline ("UNITED NATIONS (AP) —"): its seat.
            if first == nil, let tag = tagAt[i], case .organization(let id) = tag.entity, let seat = lexicons.headquarters[id] {
                first = PlaceMention(start: i, end: tag.end, surface: isGerman ? seat.german : seat.name, key: seat.name, iso: seat.iso, strong: true, prepositional: true)
                iso = seat.iso
                sawWord = true
                i = tag.end
                continue
            }
            if let tag = tagAt[i], case .place(let key, let c, let strong) = tag.entity {
                // Datelines shout ("OSLO (dpa) —"): name the place as the lexicon writes it.
                var surface = text(tokens: i, tag.end)
                if tokens[i ..< tag.end].allSatisfy({ $0.kind != .word || $0.isAllCaps }) { surface = key }
                let m = PlaceMention(start: i, end: tag.end, surface: surface, key: key, iso: c, strong: strong, prepositional: true)
                if first == nil { first = m }
                iso = iso ?? c
                sawWord = true
                i = tag.end
                continue
            }
            if t.kind == .word && (t.isCapitalized || t.isAllCaps) && !sawWord {
                if first == nil { first = PlaceMention(start: i, end: i + 1, surface: spelling(i), key: spelling(i), iso: "", strong: false, prepositional: true) }
                sawWord = true
                i += 1
                continue
            }
            if spells(i, "/") || t.word == .comma { sawWord = false; i += 1; continue }
            // The outlet or agency after the place, without brackets: "MOYALE taz |", "BERLIN dpa -".
            // (Outlets write their names in lowercase there, which tagging does not take for a name: the lexicon is asked.)
            if first != nil, t.kind == .word, let n = lexicons.gazetteer.matches(tokenized, at: i, limit: limit).lazy.compactMap({ (e, n) -> Int? in
                   if case .agency = e { return n } else { return nil } }).first,
               i + n < limit, RuleWords.hyphenEnDashEmDashEtc.contains(tokens[i + n].word) || spells(i + n, "|") {
                i += n
                continue
            }
            if RuleWords.hyphenEnDashEmDashEtc.contains(t.word) || t.isBreak || spells(i, "|") {
                // (An unknown word before a colon opening a headline is its kicker, not a place: "Wiederaufbau-
                // konferenz: Merz empfängt …".)
                if let f = first, f.iso.isEmpty, qualifier == nil, t.word == .colon, isOwnLine(s) { return false }
                if let f = first { return settle(f) }
                return false
            }
            if t.kind == .word && sawWord { return false }
            i += 1
        }
        // A first sentence that is only a place ("Oslo.").
        // (After a headline, a line that is only a known place, shouted: "NEW DELHI".)
        if let f = first, s.tokens.count <= 3, !strict || (!f.iso.isEmpty && tokens[s.tokens].allSatisfy { $0.kind != .word || $0.isAllCaps }) {
            return settle(f)
        }
        return false
    }
}

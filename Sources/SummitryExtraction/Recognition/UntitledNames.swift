/// Names without a title. German capitalises every noun, so a German name needs repeated use in
/// person contexts; English names need two or more unknown capitalised words next to a verb of meeting.
extension DocumentAnalysis {
    static let nounSuffixes: UTF8SuffixSet = ["ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "ment", "nis", "tum", "chen", "lein", "ik", "ie"]
    /// Endings of inflected German determiners and adjectives ("diese", "neuen", "früherer").
    static let inflectionEndings: UTF8SuffixSet = ["e", "en", "er", "es", "em"]
    /// Last words of English names of places and buildings ("Green Park", "City Hall", "Windsor Castle").
    static let venueHeads = WordSet(row: 301, [
        "park", "hall", "square", "street", "palace", "castle", "house", "gardens", "garden", "parade", "bridge", "abbey",
        "cathedral", "station", "airport", "road", "avenue", "centre", "center", "stadium", "building", "tower", "church",
        "hotel", "museum", "forest", "river", "island", "islands", "mountains", "lake", "bay", "valley", "harbour", "harbor",
    ])
    /// German nouns of buildings and places that follow a place's name ("Schloss", "Palast"), besides ``venueHeads``.
    static let germanVenueHeads = WordSet(row: 302, ["palast", "schloss", "haus", "platz", "halle"])
    static let verbLikeLeads = WordSet(row: 303, ["werde", "habe", "hatte", "wurde", "sagte", "gegen", "über", "unter", "ohne", "wegen", "neben", "zwischen", "gegenüber"])
    static let personVerbs: Set<String> = [
        "war", "ist", "hat", "hatte", "sagte", "sagt", "erklärte", "werde", "wird", "will", "soll", "traf", "trifft", "reiste",
        "betonte", "forderte", "kritisierte", "warnte", "sprach", "kündigte", "nannte", "meinte", "schrieb", "erklärt", "wolle",
    ]

    /// Prepositions of place and direction: a capitalised word after them is a place ("nach Burgund", "in Burgund").
    static let placeLeads = WordSet(row: 304, ["in", "nach", "aus"])

    /// German names without a title: a capitalised word the lexicons do not know, used at least
    /// twice, never after an article, adjective or number (as nouns are), and at least once as the
    /// subject of a verb of saying or being ("Lindqvist war …", "…, Lindqvist werde …").
    func establishUntitledGermanNames() {
        guard isGerman else { return }
        // What is known of each candidate word (by its text): one look-up per occurrence.
        struct Candidate {
            var count = 0
            let first: Int
            var verb = false
            var nounLike = false
        }
        // (A table of the document's words, not a dictionary: one hash of the word's bytes per occurrence.)
        var candidates = TextKeyTable<Candidate>(capacity: 64)
        for s in sentences {
            for i in s.tokens {
                guard tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].isAllCaps, !inName[i], !isTagged(i),
                      tokens[i].end - tokens[i].start >= 4, !tokens[i].hasHyphen else { continue }
                let l = lowers[i]
                if has(i, .nonName) || has(i, .function) || has(i, .month)
                    || has(i, .weekday) || has(i, .roleWord) || has(i, .honorific) { continue }
                if l.hasUTF8Suffix(in: Self.nounSuffixes) { continue }
                var nounLike = false
                if i > s.tokens.lowerBound {
                    if has(i - 1, .determiners) || tokens[i - 1].kind == .number || (tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized
                        && lowers[i - 1].hasUTF8Suffix(in: Self.inflectionEndings)
                        && !Self.verbLikeLeads.contains(tokens[i - 1].word))
                        || (tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized)
                        // ("Reise nach Burgund", "in Burgund hat …": a place the lexicons lack, not a person.)
                        || Self.placeLeads.contains(tokens[i - 1].word) {
                        nounLike = true
                    }
                }
                let verb = i + 1 < s.tokens.upperBound && has(i + 1, .personVerbs)
                candidates.update(spelling(i), default: { Candidate(first: i) }) { c in
                    c.count += 1
                    if nounLike { c.nounLike = true }
                    if verb { c.verb = true }
                }
            }
        }
        // In text order (the order of first occurrences, as a dictionary's would not be; actors' order must not change).
        let names = candidates.values.filter { $0.count >= 2 && $0.verb && !$0.nounLike }.map(\.first)
        for i in names.sorted() { addActor(i ..< i + 1) }
    }

    /// English names without a title, next to a verb of meeting: "Ana Lobo met Jan Berg in Oslo",
    /// "… held talks with Ana Lobo and Jan Berg". The name needs two or more capitalised words that
    /// the lexicons do not know, and must not open the sentence (headline words are capitalised too).
    func establishUntitledEnglishNames() {
        guard !isGerman else { return }
        for s in sentences {
            let lo = s.tokens.lowerBound, hi = s.tokens.upperBound
            for v in s.tokens where tokens[v].kind == .word && !tokens[v].isCapitalized && has(v, .verb) {
                guard let role = lexicons.verbRoles[lowers[v]], RuleWords.meetHostCallEtc.contains(role) else { continue }
                // Subject right before the verb.
                var start = v - 1
                // (A particle by its word class, ``WordClass/particle``: the lexicons mark every word of
                // ``NameShapes/particles`` with it, and only those; no other token is one.)
                while start > lo && (isNameWord(start - 1, first: false) || has(start - 1, .particle)) { start -= 1 }
                if start >= lo, start < v, let run = nameRun(at: start, limit: v, afterTitle: true), run.upperBound == v,
                   plainName(run, sentenceStartAllowed: true) {
                    addActor(run)
                }
                // Objects after the verb (and after "with"): "met Ana Lobo", "met with Ana Lobo and Jan Berg".
                var k = v + 1
                if k < hi && RuleWords.withBy.contains(tokens[k].word) { k += 1 }
                while k < hi, let run = nameRun(at: k, limit: hi, afterTitle: true), plainName(run) {
                    addActor(run)
                    k = run.upperBound
                    guard k + 1 < hi, RuleWords.commaAnd.contains(tokens[k].word) else { break }
                    k += 1
                    if k < hi && RuleWords.and.contains(tokens[k].word) { k += 1 }
                }
            }
        }
    }

    /// A name introduced without a title and named by office in the next sentence: "… und Kristen Michal
    /// wirkt gut gelaunt. Der estnische Premierminister empfängt …", "Ana Lobo smiled. The Chilean
    /// president …". The office (definite, with a country, no name after it) opens the sentence; the name
    /// is the last run of two or three capitalised words of the sentence before that no lexicon knows.
    func establishNamesBeforeOffices() {
        for s in sentences.dropFirst() {
            let lo = s.tokens.lowerBound
            guard lo + 1 < s.tokens.upperBound, has(lo, .determinersDefinite) else { continue }
            guard let hit = (lo + 1 ..< min(s.tokens.upperBound, lo + 4)).lazy.compactMap({ self.titleHit(at: $0, sentence: s) }).first,
                  hit.info.political, hit.country != nil, nameAfterTitle(hit, limit: s.tokens.upperBound) == nil else { continue }
            let previous = sentences[s.index - 1]
            // The last plain name of the sentence before, not yet anyone's.
            var best: Range<Int>? = nil
            var i = previous.tokens.lowerBound + 1
            while i < previous.tokens.upperBound {
                if let run = nameRun(at: i, limit: previous.tokens.upperBound, afterTitle: true), run.count >= 2, run.count <= 3,
                   plainName(run, sentenceStartAllowed: s.index > 1), !run.contains(where: { inName[$0] }),
                   run.allSatisfy({ tokens[$0].kind == .word && !lowers[$0].hasUTF8Suffix(in: Self.nounSuffixes) }) {
                    best = run
                    i = run.upperBound
                    continue
                }
                i += 1
            }
            guard let run = best, !actors.contains(where: { a in lowers[run].last.map { a.surnameKeys.contains(NameShapes.fold($0)) } ?? false }) else { continue }
            let a = addActor(run)
            apply(hit, to: a)
        }
    }

    /// Two to four capitalised words, none of them known to a lexicon, not at a sentence start.
    private func plainName(_ run: Range<Int>, sentenceStartAllowed: Bool = false) -> Bool {
        let words = run.filter { tokens[$0].kind == .word }
        guard words.count >= 2, words.count <= 4,
              sentenceStartAllowed || run.lowerBound > sentences[Int(sentenceOf[run.lowerBound])].tokens.lowerBound else { return false }
        // English names take no article: "the Weather Service met …" is an institution; and no locative
        // preposition: "flooding in Viti Levu" is a place.
        if run.lowerBound > 0 && (has(run.lowerBound - 1, .determiners)
            || RuleWords.inAtNearEtc2.contains(tokens[run.lowerBound - 1].word)) { return false }
        // Nor a venue: "nearby Green Park", "visit City Hall".
        if let last = words.last, Self.venueHeads.contains(tokens[last].word) { return false }
        if words.allSatisfy({ inName[$0] }) { return true }
        // A first name may also be a place ("Sofia", "Florence"); the other words must be unknown.
        return words.dropFirst().allSatisfy { k in !isTagged(k) } && words.allSatisfy { k in
            !tokens[k].isAllCaps && !has(k, .function) && !inName[k]
                && (!isTagged(k) || tag(covering: k).map({ if case .place = $0.entity { true } else { false } }) == true)
        }
    }
}

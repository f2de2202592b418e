/// Name runs: whether a token can be a word of a name, the forms of address before one ("H.E.", "Dr."),
/// the longest run of name words at a token, and a run's words as written and folded.
extension DocumentAnalysis {
    /// Whether token `i` can be a word of a name.
    func isNameWord(_ i: Int, first: Bool, afterTitle: Bool = false) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if isParticleCompound(i) { return true }
        guard tokens[i].isCapitalized else { return false }
        if tokens[i].hasHyphen {
            for part in spelling(i).split(separator: "-") where lexicons.countryOfWord(part) != nil || lexicons.organizationOfWord(part) != nil
                || part.latinLowercased() == "nato" || part.latinLowercased() == "eu" || part.latinLowercased() == "un" { return false }
        }
        if tokens[i].isAllCaps && tokens[i].length > 4 { return false }
        let c = wordClass[i]
        if !c.isDisjoint(with: first ? .notFirst : .never) { return false }
        if let tag = tag(covering: i) {
            switch tag.entity {
            // (A small town's name may open a person's: only a strong place — capital, major city — rules one out.)
            case .place(_, _, let strong): if first && !tag.ambiguous && !afterTitle && strong { return false }
            case .country(_, let form):
                // A surname that is also a country: "Prime Minister Luís Montenegro" — a one-word country
                // name right after a given name that follows a title.
                let surname = afterTitle && !first && form == .name && tag.start == i && tag.end == i + 1 && i > 0
                    && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized && !self.isTagged(i - 1)
                if !tag.ambiguous && !surname { return false }
            case .agency, .organization: if !(tag.ambiguous || afterTitle || !first) { return false }
            case .title, .meetingNoun: return false
            }
        }
        // (Tagging looked up every capitalised German word no lexicon phrase covers, and tagged it if it is a
        // meeting noun: a word no tag covers is none, and only a tagged one is looked up again.)
        if isGerman && first, isTagged(i), lexicons.germanMeetingNoun(lowers[i]) != nil { return false }
        // German plural and abstract nouns are no names: "Vertreterinnen", "Organisationen", "Verhandlungen".
        if isGerman, tokens[i].length >= 8, lowers[i].hasUTF8Suffix(in: Self.germanNounEndings) { return false }
        // Nor German adjectives in "-isch" ("Militärische Ehren", "Französischen Botschaft").
        if isGerman, tokens[i].length >= 7, lowers[i].hasUTF8Suffix(in: Self.germanAdjectiveEndings) { return false }
        // Nor abstract nouns in "-ation", "-ition" in either language ("Minister of Foreign Affairs, Regional
        // Integration and International Trade").
        if tokens[i].length >= 8, lowers[i].hasUTF8Suffix(in: Self.abstractNounEndings) { return false }
        return true
    }

    /// Whether "H.E." (His or Her Excellency) starts at `i`: "H", ".", "E", ".".
    func isExcellency(_ i: Int, limit: Int) -> Bool {
        i + 3 < limit && tokens[i].length == 1 && tokens[i + 1].word == .stop && tokens[i + 3].word == .stop
            && tokens[i + 2].length == 1 && RuleWords.e.contains(tokens[i + 2].word) && lowers[i] == "h"
    }

    /// The token after the forms of address that open a name at `i`: "H.E.", honorifics ("Mr.", "Dr.", "Frau")
    /// and academic titles, each with its dot; `i` itself if there is none.
    func afterForms(of i: Int, limit: Int) -> Int {
        var k = i
        while k < limit {
            if isExcellency(k, limit: limit) { k += 4; continue }
            if tokens[k].isCapitalized, has(k, .honorific) || RuleWords.professorProfDrEtc.contains(tokens[k].word), k + 1 < limit {
                k += tokens[k + 1].word == .stop && k + 2 < limit ? 2 : 1
                continue
            }
            if let n = malayHonour(at: k, limit: limit) { k += n; continue }
            break
        }
        return k
    }

    /// The length of a Malaysian title of honour at `k` before a name ("Datuk Seri Anwar", "Tan Sri X", "Tun X"; "Tan"
    /// only before "Sri": it is a surname too), or `nil`.
    func malayHonour(at k: Int, limit: Int) -> Int? {
        guard tokens[k].isCapitalized, k + 2 < limit, Self.malayHonours.contains(tokens[k].word) else { return nil }
        let two = tokens[k + 1].isCapitalized && Self.seriSri.contains(tokens[k + 1].word)
        return two ? 2 : Self.tanWord.contains(tokens[k].word) ? nil : 1
    }

    /// Malaysian titles of honour before a name ("Datuk", "Dato", "Tun", "Tan" before "Sri").
    static let malayHonours = WordSet(row: 256, ["datuk", "dato", "tun", "tan"])
    /// "Seri", "Sri" after a Malaysian title of honour ("Datuk Seri", "Tan Sri").
    static let seriSri = WordSet(row: 257, ["seri", "sri"])
    static let tanWord = WordSet(row: 258, ["tan"])
    /// Endings of abstract nouns, English and German, that no name has.
    static let abstractNounEndings: UTF8SuffixSet = ["ation", "ations", "ition", "itions", "ationen", "itionen"]

    /// Endings of German common nouns that no name has (compared by bytes: each begins with a letter,
    /// see `String.hasUTF8Suffix(_:)`).
    static let germanNounEndings: UTF8SuffixSet = ["innen", "ungen", "ionen", "schaft", "schaften", "heiten", "keiten"]
    /// Endings of German adjectives in "-isch" that no name has.
    static let germanAdjectiveEndings: UTF8SuffixSet = ["ische", "ischen", "ischer", "isches", "ischem"]

    /// Nouns of German set phrases with "zu" ("zu Beginn", "zu Gast", "zu Ende"): after a name, "zu" opens the
    /// phrase, not a particle ("zu Guttenberg").
    static let zuPhraseNouns = WordSet(row: 259, [
        "beginn", "anfang", "ende", "gast", "gäste", "besuch", "besuchen", "gesprächen", "gespräch", "hause", "recht", "unrecht",
        "wort", "protokoll", "tisch", "verfügung", "ehren", "gunsten", "lasten", "fuß", "mittag", "abend", "zeit", "zeiten",
        "beginns", "boden", "rate", "folge", "grunde", "teil", "lande", "wasser", "händen", "verhandlungen", "konsultationen",
    ])

    /// The longest name run starting at `i` (words, inner particles, initials with their dots).
    func nameRun(at i: Int, limit: Int, maxWords: Int = 6, afterTitle: Bool = false) -> Range<Int>? {
        var j = i, last = -1, words = 0
        while j < limit && words < maxWords {
            if tokens[j].kind == .word {
                if isNameWord(j, first: last < 0, afterTitle: afterTitle) {
                    last = j; words += 1; j += 1; continue
                }
                // (In German text a German article opens no particle run: "Paschinjan das Abkommen"; it may
                // follow one: "von der Leyen".)
                let germanArticle = isGerman && RuleWords.dasDerDenEtc.contains(tokens[j].word) && !(j > 0 && has(j - 1, .particle))
                // (Nor does "zu" before the noun of a set phrase: "Selenskyj zu Beginn", "X zu Gast in Y".)
                let zuPhrase = isGerman && j + 1 < limit && RuleWords.zu.contains(tokens[j].word) && Self.zuPhraseNouns.contains(tokens[j + 1].word)
                // (Nor "von" before a given name and a surname: the agent of a passive, "wurde Jung von Łukasz Smółka
                // empfangen", not a noble name, "Richard von Weizsäcker".)
                let agentVon = isGerman && last >= 0 && RuleWords.vonVom.contains(tokens[j].word) && j + 2 < limit && tokens[j + 1].isCapitalized
                    && isNameWord(j + 2, first: false) && lexicons.givenNameGender(NameShapes.fold(spelling(j + 1))) != nil
                if has(j, .particle) && !tokens[j].isCapitalized && (last >= 0 || has(j, .surnameStarter))
                    && !RuleWords.of.contains(tokens[j].word) && !RuleWords.e.contains(tokens[j].word) && !germanArticle && !zuPhrase && !agentVon {
                    // One or more particles, then a name word: "von der Aue", "dos Reis".
                    var k = j + 1
                    while k < limit && k < j + 3 && has(k, .particle) && !tokens[k].isCapitalized { k += 1 }
                    if k < limit && (isNameWord(k, first: false) || (last >= 0 && RuleWords.binIbnBintEtc.contains(tokens[j].word) && tokens[k].isCapitalized
                        && tag(covering: k).map({ if case .title = $0.entity { true } else { false } }) == true)) {
                        last = k; words += 1; j = k + 1; continue
                    }
                }
                break
            }
            // (An initial, or a short abbreviated given name: "Ma. Theresa Lazaro".)
            if tokens[j].word == .stop && last == j - 1 && (NameShapes.isInitial(tokens[j - 1])
                    || spelling(j - 1).count == 2 && tokens[j - 1].isCapitalized && lexicons.abbreviations.contains(lowers[j - 1]))
                && tokens[j].start == tokens[j - 1].end
                && j + 1 < limit && tokens[j + 1].kind == .word && tokens[j + 1].isCapitalized {
                j += 1; continue
            }
            break
        }
        guard last >= i else { return nil }
        // A known public figure's name goes on over a word that is also a title: "Hassan Sheikh Mohamud".
        if last + 1 < limit, tagKinds[last + 1] == .title, let n = knownNameLength(from: i, limit: limit), n > last + 1 - i { return i ..< i + n }
        // Initials alone are no name: "H.E." (His Excellency) before "Dr. Maria Lopes".
        if NameShapes.isInitial(tokens[last]), tokens[i ... last].allSatisfy({ $0.kind != .word || NameShapes.isInitial($0) }) { return nil }
        // A name does not start with a lowercase particle unless it is a surname mention.
        return i ..< last + 1
    }

    func isKnownSurname(_ run: Range<Int>) -> Bool {
        let key = run.filter { tokens[$0].kind == .word }.map { folded($0) }.joined(separator: " ")
        return isActorKey(key)
    }

    /// The words of a name run as written and folded (dots of initials kept with their letter).
    func nameWords(_ run: Range<Int>) -> (words: [String], folded: [String]) {
        // (Room for every word at once; tokens are read in place, not copied.)
        var words: [String] = []
        words.reserveCapacity(run.count)
        for k in run {
            if tokens[k].word == .stop { if !words.isEmpty { words[words.count - 1] += "." }; continue }
            words.append(spelling(k))
        }
        var folds: [String] = []
        folds.reserveCapacity(run.count)
        for k in run where tokens[k].kind == .word { folds.append(folded(k)) }
        return (words, folds)
    }
}

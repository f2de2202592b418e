/// Finds people: titled names, appositions, demonyms and honorifics establish an actor; later
/// surname mentions, office mentions ("der Kanzler", "the US president") and demonyms ("der
/// Finne") refer back to one.
///
/// German capitalises every noun, so a capitalised word alone is no evidence of a name: an actor is
/// established only by a title or role before or after the name, an honorific, a demonym directly
/// before it, or a party in brackets after it. Titles marked non-political (experts, journalists)
/// exclude the name they introduce.
extension DocumentAnalysis {
    static let determinersDefinite: Set<String> = ["der", "die", "das", "des", "dem", "den", "the"]
    static let determiners: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "the", "a", "an", "ein", "eine", "einer", "einem", "eines", "einen",
        "his", "her", "their", "its", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer",
    ]

    // MARK: Name runs

    /// Whether token `i` can be a word of a name.
    func isNameWord(_ i: Int, first: Bool, afterTitle: Bool = false) -> Bool {
        guard tokens[i].kind == .word else { return false }
        if isParticleCompound(i) { return true }
        guard tokens[i].isCapitalized else { return false }
        if tokens[i].hasHyphen {
            for part in texts[i].split(separator: "-") where lexicons.countryOfWord(part) != nil || lexicons.organizationOfWord(part) != nil
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
            break
        }
        return k
    }

    /// Endings of abstract nouns, English and German, that no name has.
    static let abstractNounEndings: UTF8SuffixSet = ["ation", "ations", "ition", "itions", "ationen", "itionen"]

    /// Endings of German common nouns that no name has (compared by bytes: each begins with a letter,
    /// see `String.hasUTF8Suffix(_:)`).
    static let germanNounEndings: UTF8SuffixSet = ["innen", "ungen", "ionen", "schaft", "schaften", "heiten", "keiten"]
    /// Endings of German adjectives in "-isch" that no name has.
    static let germanAdjectiveEndings: UTF8SuffixSet = ["ische", "ischen", "ischer", "isches", "ischem"]

    /// Nouns of German set phrases with "zu" ("zu Beginn", "zu Gast", "zu Ende"): after a name, "zu" opens the
    /// phrase, not a particle ("zu Guttenberg").
    static let zuPhraseNouns: WordSet = [
        "beginn", "anfang", "ende", "gast", "gäste", "besuch", "besuchen", "gesprächen", "gespräch", "hause", "recht", "unrecht",
        "wort", "protokoll", "tisch", "verfügung", "ehren", "gunsten", "lasten", "fuß", "mittag", "abend", "zeit", "zeiten",
        "beginns", "boden", "rate", "folge", "grunde", "teil", "lande", "wasser", "händen", "verhandlungen", "konsultationen",
    ]

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
                if has(j, .particle) && !tokens[j].isCapitalized && (last >= 0 || has(j, .surnameStarter))
                    && !RuleWords.of.contains(tokens[j].word) && !RuleWords.e.contains(tokens[j].word) && !germanArticle && !zuPhrase {
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
                    || texts[j - 1].count == 2 && tokens[j - 1].isCapitalized && lexicons.abbreviations.contains(lowers[j - 1]))
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

    // MARK: Establishing actors

    /// First pass: every titled, appositive, demonym-led or honorific name becomes an actor.
    func establishActors() {
        for s in sentences {
            var i = s.tokens.lowerBound
            let limit = s.tokens.upperBound
            let hasBracket = s.tokens.contains { tokens[$0].word == .openParen }
            while i < limit {
                // A title word that opens a known public figure's name is the name's first word ("Amir Khan Muttaqi").
                if tagKinds[i] == .title, let n = knownNameLength(at: i, limit: limit) {
                    _ = addActor(i ..< i + n)
                    i += n
                    continue
                }
                if tagKinds[i] == .title, let hit = titleHit(at: i, sentence: s) {
                    if let run = nameAfterTitle(hit, limit: limit) {
                        if hit.info.political {
                            let a = addActor(run)
                            apply(hit, to: a)
                            // "President Ana Lobo of Portugal", "… of the Russian Federation".
                            var k = run.upperBound
                            if k < limit && RuleWords.ofVon.contains(tokens[k].word) {
                                k += 1
                                if k < limit && has(k, .determiners) { k += 1 }
                                if k < limit, let c = tag(covering: k), c.start == k, case .country(let iso, .name) = c.entity {
                                    actors[a].setCountry(iso, rank: 4)
                                }
                            }
                            countryAround(a, hit: hit, run: run, sentence: s)
                            if let second = coordinatedName(after: run, sentence: s) {
                                let b = addActor(second)
                                var shared = hit
                                // "die Außenminister A und B": each keeps their own country, unless the
                                // complement named both in order ("Frankreichs und Polens, A und B").
                                shared.country = hit.pairedCountry
                                apply(shared, to: b)
                                // "… and B of Colombia": the second name's own complement.
                                if second.upperBound + 1 < limit, RuleWords.ofFrom.contains(tokens[second.upperBound].word),
                                   let c = tagAt[second.upperBound + 1], case .country(let iso, .name) = c.entity {
                                    actors[b].setCountry(iso, rank: 4)
                                }
                            }
                        } else {
                            for k in run { inName[k] = true }
                        }
                    } else if let run = nameBeforeTitle(hit, sentence: s), hit.info.political {
                        let a = addActor(run)
                        apply(hit, to: a)
                    }
                    i = max(i + 1, hit.titleStart + 1)
                    continue
                }
                // Leader of a delegation: "a delegation led by Ana Ruiz", "angeführt von Jonas Berg".
                // (Only a word followed by an agent preposition can lead: other tokens are passed without the call.)
                if tokens[i].kind == .word, i + 2 < limit, has(i + 1, .agentPreposition), let run = nameAfterLeadingVerb(at: i, sentence: s) {
                    let a = addActor(run)
                    // The lowercase role before the name, if any ("intelligence chief").
                    if actors[a].role == nil, run.lowerBound > i + 2 { actors[a].role = text(tokens: i + 2, run.lowerBound) }
                    i = run.upperBound
                    continue
                }
                // Honorific: "Mr Al Hadi", "Mr. Novak", "Frau Berg".
                if tokens[i].kind == .word && has(i, .honorific) && tokens[i].isCapitalized && !tokens[i].isAllCaps {
                    var k = i + 1
                    if k < limit && tokens[k].word == .stop { k += 1 }
                    if k < limit, let run = nameRun(at: k, limit: limit) {
                        let a = addActor(run)
                        // "Mr", "Herr", "Sir" name a man, "Ms", "Mrs", "Frau" a woman.
                        let honorific = lowers[i]
                        if Self.masculineHonorifics.contains(honorific) { actors[a].feminine = actors[a].feminine ?? false }
                        if Self.feminineHonorifics.contains(honorific) { actors[a].feminine = actors[a].feminine ?? true }
                        // "The UK's Sir Keir …", "Jamaica's Mr Holness": the country's genitive before the honorific.
                        var g = i - 1
                        if g > s.tokens.lowerBound, RuleWords.possessiveSApostropheRightQuote.contains(tokens[g].word) { g -= 1 }
                        if g >= s.tokens.lowerBound, let c = tag(covering: g), case .country(let iso, let form) = c.entity,
                           form == .genitive || (g < i - 1 && form == .name) {
                            actors[a].setCountry(iso, rank: 4)
                        }
                        i = run.upperBound
                        continue
                    }
                }
                // Demonym or country genitive directly before a name of two or more words: "des Belgiers
                // Jan Peeters", "Ghana's Kofi Mensah", "Perus Rosa Quispe".
                // "… sowie aus Lettland Evika Siliņa und aus Litauen Inga Ruginienė": a country after "aus"/"from"
                // in a list of leaders names the one after it.
                // (Read only before a country's name.)
                func fromCountry() -> Bool {
                    i > s.tokens.lowerBound && RuleWords.ausFrom.contains(tokens[i - 1].word)
                        && (i - 1 > s.tokens.lowerBound && RuleWords.commaUndAndEtc.contains(tokens[i - 2].word))
                }
                if tagKinds[i] == .country, let tag = tagAt[i], case .country(let iso, let form) = tag.entity,
                   // (German nouns after an article: "der Vietnamese X", whose form is also the English adjective.)
                   form == .demonym || form == .genitive || (!isGerman && form == .adjective) || (form == .name && fromCountry())
                       || (isGerman && form == .adjective && tokens[i].isCapitalized && i > s.tokens.lowerBound && has(i - 1, .determinersDefinite)),
                   tag.end < limit, let run = nameRun(at: tag.end, limit: limit), run.count >= 2,
                   tokens[run].filter({ $0.kind == .word }).count >= 2, titleHit(at: run.upperBound, sentence: s) == nil {
                    let a = addActor(run)
                    actors[a].setCountry(iso, rank: 4)
                    i = run.upperBound
                    continue
                }
                // Party in brackets: "Anna Berg (SPD)". (Only in a sentence with a bracket.)
                if hasBracket, let run = nameRun(at: i, limit: limit), run.count >= 2, run.upperBound + 2 < limit,
                   tokens[run.upperBound].word == .openParen, let tag = tagAt[run.upperBound + 1], case .organization(let id) = tag.entity,
                   lexicons.organizations[id]?.kind == "party" {
                    let a = addActor(run)
                    if let c = lexicons.organizations[id]?.country { actors[a].setCountry(c, rank: 3) }
                    i = run.upperBound
                    continue
                }
                i += 1
            }
        }
    }

    /// The name a title introduces: directly after it ("Präsident Novak"), or set off by a comma
    /// within a few tokens ("The President of the Republic, Ana Lobo,").
    func nameAfterTitle(_ hit: TitleHit, limit: Int) -> Range<Int>? {
        var k = hit.titleEnd
        // An academic title between the office and the name: "Chief Adviser Professor Muhammad Yunus", "Dr. A".
        if k + 1 < limit, RuleWords.professorProfDrEtc.contains(tokens[k].word) {
            k += tokens[k + 1].word == .stop && k + 2 < limit ? 2 : 1
        }
        // A form of address: "Minister of Foreign Affairs H.E. Dr. A".
        if k < limit, isExcellency(k, limit: limit) { k = afterForms(of: k, limit: limit) }
        // A known public figure whose first name is also a title: "Foreign Minister Amir Khan Muttaqi".
        if k < limit, tagKinds[k] == .title, let n = knownNameLength(at: k, limit: limit) { return k ..< k + n }
        if k < limit, tokens[k].isCapitalized || isParticleCompound(k), let run = nameRun(at: k, limit: limit, afterTitle: true) {
            // Not a person: a place named after one ("King Albert Road", "Queen Anne Hospital").
            if run.upperBound < limit, lexicons.facilityWords.contains(lowers[run.upperBound]), tokens[run.upperBound].isCapitalized {
                return nil
            }
            return run
        }
        // A long complement of office words: "of the Ministry of Trade X Y",
        // "for Energy, Water, and Rural Affairs X Y".
        if k < limit, RuleWords.ofFor.contains(tokens[k].word) {
            var m = k + 1
            while m < limit && m < k + 16 {
                let w = tokens[m]
                if RuleWords.theOfAndEtc.contains(w.word) || (w.isCapitalized && has(m, .roleWord)) { m += 1; continue }
                break
            }
            if m < limit, m > k + 1, tokens[m - 1].word != .comma, let run = nameRun(at: m, limit: limit), run.count >= 2 {
                let after = run.upperBound
                if after >= limit || RuleWords.commaStopOpenParen.contains(tokens[after].word) || RuleWords.andHoldWho.contains(tokens[after].word) {
                    return run
                }
            }
        }
        // Apposition: scan comma-separated segments for one that is a whole name.
        var segments = 0
        while k < limit && k < hit.titleEnd + 30 && segments < 5 {
            if tokens[k].word == .comma {
                segments += 1
                if segments == 1, k + 1 < limit, tagKinds[k + 1] == .title, let n = knownNameLength(at: k + 1, limit: limit) { return k + 1 ..< k + 1 + n }
                // A titled apposition: "his Ruritanian counterpart, Prince Amir bin Tariq,".
                if segments == 1, k + 1 < limit, let s = sentences.first(where: { $0.tokens.contains(k + 1) }),
                   let inner = titleHit(at: k + 1, sentence: s), inner.info.political,
                   inner.titleEnd < limit, let run = nameRun(at: inner.titleEnd, limit: limit, afterTitle: true) {
                    return run
                }
                // A run opening with an office modifier ("Former …", "Acting …") is a phrase, not a name.
                // Forms of address before the name are passed: "…, H.E. Dr. A", "…, Mr. A".
                let first = k + 1 < limit ? afterForms(of: k + 1, limit: limit) : k + 1
                if first < limit, !has(first, .modifiers), let run = nameRun(at: first, limit: limit), run.count >= 2 || isKnownSurname(run) {
                    let after = run.upperBound
                    if after >= limit || RuleWords.commaStopOpenParenEtc.contains(tokens[after].word)
                        || tokens[after].kind == .quote || RuleWords.andUndWhoEtc.contains(tokens[after].word) {
                        return run
                    }
                }
            }
            // A body in the complement, dotted or not: "ambassador to the U.N., X,".
            if let c = tag(covering: k), c.start == k, c.end > k + 1 {
                switch c.entity {
                case .country, .organization, .agency: k = c.end; continue
                default: break
                }
            }
            if tokens[k].word == .stop || tokens[k].word == .colon || tokens[k].kind == .quote && !inQuote[k] { break }
            // Only a complement may stand between the title and the comma: "of the Republic",
            // "der kenianischen Armee Ost (KAO)"; "and his wife" may not.
            let w = tokens[k]
            if w.kind == .word && !w.isCapitalized && !RuleWords.ofForFromEtc.contains(w.word) {
                var adjective = false
                if let c = tag(covering: k) {
                    switch c.entity {
                    case .country, .organization, .agency: adjective = true  // "of the UN refugee agency"
                    default: break
                    }
                }
                // English complements run over a few lowercase words: "the head of the election commission, X,".
                if !isGerman && segments == 0 && k < hit.titleEnd + 7 && hit.titleEnd < limit
                    && RuleWords.ofAtFor.contains(tokens[hit.titleEnd].word) { adjective = true }
                if !adjective && !(isGerman && segments == 0 && (k == hit.titleEnd || k == hit.titleEnd + 1)) { break }
            }
            if w.kind == .word && RuleWords.andUnd.contains(w.word) && k + 1 < limit && !tokens[k + 1].isCapitalized { break }
            // An apposition does not run across a verb-like lowercase word in German or English
            // clauses beyond the complement; keep to short noun phrases.
            k += 1
        }
        return nil
    }

    /// A name set before the title as an apposition: "Jana Kurz, die Sprecherin …", "X, the Kenyan president,".
    func nameBeforeTitle(_ hit: TitleHit, sentence s: Sentence) -> Range<Int>? {
        var j = hit.start - 1
        while j >= s.tokens.lowerBound && has(j, .determiners) { j -= 1 }
        guard j > s.tokens.lowerBound, tokens[j].word == .comma else { return nil }
        var end = j
        var start = j - 1
        // (A particle by its word class, as in ``establishUntitledEnglishNames()``.)
        while start >= s.tokens.lowerBound && (isNameWord(start, first: false) || has(start, .particle)
               || tokens[start].word == .stop) { start -= 1 }
        start += 1
        while start < end && !isNameWord(start, first: true) && !isParticleCompound(start) { start += 1 }
        guard start < end, let run = nameRun(at: start, limit: end), run.upperBound == end else { return nil }
        end = run.upperBound
        // "… flooding in Viti Levu, a spokesperson said": a place after a locative preposition.
        if run.lowerBound > s.tokens.lowerBound, RuleWords.inAtNearEtc.contains(tokens[run.lowerBound - 1].word) { return nil }
        return run.count >= 2 || isKnownSurname(run) ? run : nil
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
            words.append(texts[k])
        }
        var folds: [String] = []
        folds.reserveCapacity(run.count)
        for k in run where tokens[k].kind == .word { folds.append(folded(k)) }
        return (words, folds)
    }

    /// Applies what a title says to actor `a`.
    func apply(_ hit: TitleHit, to a: Int) {
        for k in hit.start ..< hit.titleEnd { inRole[k] = true }
        if actors[a].role == nil || actors[a].family == "counterpart" || actors[a].family == "leader" {
            var role = text(tokens: hit.roleRange.lowerBound, hit.roleRange.upperBound)
            // The role in its nominative: "dem Ministerpräsidenten" → "Ministerpräsident".
            if isGerman, hit.roleRange.count == 1 { role = lexicons.germanNominative(role, noun: false) }
            // One holder of a plural title: "foreign ministers" → "foreign minister", "heads of state" → "head of state".
            if !isGerman { role = Self.singularRole(role) }
            actors[a].role = role
            actors[a].family = hit.info.family
            actors[a].feminine = actors[a].feminine ?? Self.titleGender(role, german: isGerman)
        }
        actors[a].setCountry(hit.country, rank: hit.countryRank)
        if let org = hit.org, lexicons.isInternational(org) || hit.info.international || hit.info.org != nil {
            actors[a].org = actors[a].org ?? org
        }
        if hit.info.international { actors[a].international = true }
        if let word = hit.ofActorWord {
            pendingRelativeCountry.append((a, word))
        }
    }
}

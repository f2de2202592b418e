/// Finds people: titled names, appositions, demonyms and honorifics establish an actor; later
/// surname mentions, office mentions ("der Kanzler", "the US president") and demonyms ("der
/// Finne") refer back to one.
///
/// German capitalises every noun, so a capitalised word alone is no evidence of a name: an actor is
/// established only by a title or role before or after the name, an honorific, a demonym directly
/// before it, or a party in brackets after it. Titles marked non-political (experts, journalists)
/// exclude the name they introduce.
///
/// Name runs are in NameRuns.swift; the names titles introduce, and what a title says of its holder,
/// in TitledNames.swift.
extension DocumentAnalysis {
    static let determinersDefinite: Set<String> = ["der", "die", "das", "des", "dem", "den", "the"]
    static let determiners: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "the", "a", "an", "ein", "eine", "einer", "einem", "eines", "einen",
        "his", "her", "their", "its", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer",
    ]

    /// Titles abbreviated with a dot before a name ("Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Adm.", "Capt.").
    static let abbreviatedTitles = WordSet(row: 266, ["gov", "sen", "rep", "gen", "lt", "col", "adm", "capt", "maj", "pres"])

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
                // Honorific: "Mr Al Hadi", "Mr. Novak", "Frau Berg". (An abbreviated title with its dot too: "Gov. Gavin
                // Newsom", "Sen. Tom Baker" — only with the dot, since "Sen" and "Gen" are names or words as well.)
                if tokens[i].kind == .word && tokens[i].isCapitalized && !tokens[i].isAllCaps
                    && (has(i, .honorific) || i + 1 < limit && tokens[i + 1].word == .stop && Self.abbreviatedTitles.contains(tokens[i].word)) {
                    var k = i + 1
                    if k < limit && tokens[k].word == .stop { k += 1 }
                    // ("Gov. Gen. Mary Simon": one abbreviation after another.)
                    while k + 1 < limit, tokens[k + 1].word == .stop, Self.abbreviatedTitles.contains(tokens[k].word) { k += 2 }
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
}

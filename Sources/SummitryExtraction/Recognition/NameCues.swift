/// Cues that establish or qualify a person besides a title directly before the name: countries
/// around a titled name ("X of Ruritania", "dessen Außenminister"), a second name coordinated with a
/// titled one, the leader after "led by", and English plural titles held by one person.
extension DocumentAnalysis {
    /// The singular of an English plural title ("Foreign ministers", "heads of government").
    static func singularRole(_ role: String) -> String {
        // (Split by bytes: ``String/splitASCII(separator:)`` is `split(separator: " ")`.)
        let pieces = role.splitASCII(separator: 0x20)
        // ("of" and "for" lowercase only from two or three ASCII letters: other words are not looked up.)
        let head = pieces.firstIndex { (2 ... 3).contains($0.utf8.count) && RuleWords.ofFor.contains($0.latinLowercased()) }.map { $0 - 1 }
            ?? pieces.count - 1
        guard head >= 0 else { return role }
        let w = pieces[head], l = w.latinLowercased()
        // (Byte suffixes, as ``titleGender(_:german:)`` tests them.)
        let plural = l.hasUTF8Suffix("ers") || l.hasUTF8Suffix("ents") || l.hasUTF8Suffix("ats") || l.hasUTF8Suffix("ads")
        // (A role whose pieces are joined by single spaces, none before or after, is its own join.)
        if !plural && role.utf8.count == pieces.reduce(pieces.count - 1, { $0 + $1.utf8.count }) { return role }
        var words = pieces.map(String.init)
        if plural { words[head] = String(w.dropLast()) }
        return words.joined(separator: " ")
    }

    static let possessives = WordSet(row: 254, ["dessen", "deren", "his", "her", "its", "their", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer"])
    static let sideNouns = WordSet(row: 255, ["seite", "side", "delegation", "team", "regierung", "government", "führung", "leadership"])
    /// ``sideNouns`` as endings: a word that ends in none of them ends in no side noun, and is not
    /// compared with each ("Verhandlungsdelegation" ends in one).
    static let sideNounEndings = UTF8SuffixSet(sideNouns.words)

    /// Countries a titled name takes from around it when its title names none:
    /// "Foreign Minister X of Ruritania"; "Ruritanias Regierungschef A und dessen Außenminister B"
    /// (the possessor's country, resolved later); "die ruritanische Seite wurde von Minister X vertreten".
    func countryAround(_ a: Int, hit: TitleHit, run: Range<Int>, sentence s: Sentence) {
        let lo = s.tokens.lowerBound, limit = s.tokens.upperBound
        if run.upperBound + 1 < limit, RuleWords.ofFrom.contains(tokens[run.upperBound].word), let c = tagAt[run.upperBound + 1],
           case .country(let iso, .name) = c.entity {
            actors[a].setCountry(iso, rank: 4)
            return
        }
        guard hit.country == nil, hit.info.family != "counterpart" else { return }
        if hit.start > lo, Self.possessives.contains(tokens[hit.start - 1].word),
           let owner = mentions.last(where: { $0.actor != a && $0.sentence == s.index && $0.end <= hit.start - 1 && $0.kind == .name }) {
            pendingPossessor.append((a, owner.actor))
            return
        }
        // "Für Deutschland nahm Außenminister X teil", "für die USA Außenminister Y", "For Britain, Minister X
        // attended": the country someone takes part for, at the head of the clause.
        for k in stride(from: hit.start - 1, through: max(lo, hit.start - 5), by: -1) {
            // (A word of the set spelled as its lowercase form: the set's words are all lowercase.)
            if RuleWords.stopSemicolonUndEtc.contains(tokens[k].word) && spells(k, lowers[k]) || (tokens[k].word == .comma && k < hit.start - 1) { break }
            guard RuleWords.fuerFor.contains(tokens[k].word), k == lo || RuleWords.commaSemicolon.contains(tokens[k - 1].word) || tokens[k - 1].kind.isBreak else { continue }
            var c = k + 1
            if c < hit.start, has(c, .determinersDefinite) { c += 1 }
            if c < hit.start, let tag = tagAt[c], case .country(let iso, .name) = tag.entity {
                actors[a].setCountry(iso, rank: 3)
                return
            }
        }
        // "Deutschland wird von Außenminister X vertreten", "Germany was represented by X".
        if hit.start - 1 > lo, RuleWords.vonVomBy.contains(tokens[hit.start - 1].word),
           (hit.start ..< min(limit, hit.start + 12)).contains(where: { RuleWords.vertretenRepresented.contains(tokens[$0].word) })
            || (lo ..< hit.start).contains(where: { RuleWords.represented.contains(tokens[$0].word) }),
           let k = (lo ..< hit.start - 1).first(where: { tagAt[$0].map { if case .country(_, .name) = $0.entity { true } else { false } } ?? false }),
           !(k ..< hit.start).contains(where: { RuleWords.commaSemicolon.contains(tokens[$0].word) }),
           let tag = tagAt[k], case .country(let iso, _) = tag.entity {
            actors[a].setCountry(iso, rank: 3)
            return
        }
        // "the Ruritanian side … by Minister X": a country adjective before a side noun, earlier in the clause.
        for k in stride(from: hit.start - 1, through: max(lo, hit.start - 8), by: -1) {
            if tokens[k].word == .stop || tokens[k].word == .semicolon { break }
            // "An Israeli negotiating team headed by X": one word may come between.
            guard Self.sideNouns.contains(tokens[k].word) || lowers[k].hasUTF8Suffix(in: Self.sideNounEndings)
                    && Self.sideNouns.contains(where: { lowers[k].hasUTF8Suffix($0) && lowers[k].count > $0.count + 3 }),
                  k > lo else { continue }
            for d in [k - 1, k - 2] where d >= lo {
                if let c = tag(covering: d), case .country(let iso, let form) = c.entity, form == .adjective || form == .genitive {
                    actors[a].setCountry(iso, rank: 3)
                    return
                }
                if tokens[d].isCapitalized && !isGerman { break }
            }
        }
        // "Geleitet wurde die ukrainische Seite von A, die russische von B": the side named before, elided.
        if isGerman, hit.start - 2 >= lo, RuleWords.vonVom.contains(tokens[hit.start - 1].word),
           let c = tag(covering: hit.start - 2), case .country(let iso, .adjective) = c.entity, !tokens[hit.start - 2].isCapitalized,
           (lo ..< hit.start - 2).contains(where: { Self.sideNouns.contains(tokens[$0].word) }) {
            actors[a].setCountry(iso, rank: 3)
        }
    }

    /// The second name of a coordinated pair after a title: "Außenminister A und B", "foreign
    /// ministers A and B". The second must be a name of two or more words with no title of its own.
    func coordinatedName(after run: Range<Int>, sentence s: Sentence) -> Range<Int>? {
        let limit = s.tokens.upperBound
        var k = run.upperBound
        // "Foreign ministers A of Chile and B of Colombia": the first name's country complement comes between.
        if k + 2 < limit, RuleWords.ofFrom.contains(tokens[k].word), let c = tag(covering: k + 1), c.start == k + 1,
           case .country = c.entity { k = c.end }
        guard k + 1 < limit, RuleWords.undAndSowie.contains(tokens[k].word) else { return nil }
        k += 1
        guard titleHit(at: k, sentence: s) == nil, let second = nameRun(at: k, limit: limit),
              tokens[second].filter({ $0.kind == .word }).count >= 2 else { return nil }
        // "A und B Berger"-like family names and titled followers are left alone.
        if second.upperBound < limit, titleHit(at: second.upperBound, sentence: s) != nil { return nil }
        return second
    }

    /// The prepositions of an agent after a verb ("led by", "angeführt von").
    static let agentPrepositions: Set<String> = ["by", "von"]

    /// A name after "led by", "headed by", "angeführt von", "geleitet von", "unter Leitung von":
    /// the leader of a delegation or body (two or more name words).
    func nameAfterLeadingVerb(at i: Int, sentence s: Sentence) -> Range<Int>? {
        let limit = s.tokens.upperBound
        // (The rare "by"/"von" after the word is tested first, as a word class before the words are compared.)
        guard tokens[i].kind == .word, i + 2 < limit, has(i + 1, .agentPreposition), RuleWords.byVon.contains(tokens[i + 1].word),
              RuleWords.ledHeadedAngefuehrtEtc.contains(tokens[i].word) else { return nil }
        var k = i + 2
        // A lowercase role before the name: "led by intelligence chief Hassan Fouad".
        while k < limit && k < i + 5 && tokens[k].kind == .word && !tokens[k].isCapitalized && !has(k, .determiners)
            && !NameShapes.particles.contains(lowers[k]) && !has(k, .function) { k += 1 }
        guard titleHit(at: k, sentence: s) == nil, let run = nameRun(at: k, limit: limit),
              tokens[run].filter({ $0.kind == .word }).count >= 2 else { return nil }
        return run
    }
}

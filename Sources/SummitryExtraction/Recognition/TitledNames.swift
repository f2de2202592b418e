/// The name a title introduces, after it ("Präsident Novak", "The President of the Republic, Ana Lobo,") or
/// before it as an apposition ("Jana Kurz, die Sprecherin …"), and what the title says of its holder.
extension DocumentAnalysis {
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
        // (Also a portfolio continued by "and": "Minister of Foreign Affairs and International Cooperation X Y".)
        if k < limit, RuleWords.ofFor.contains(tokens[k].word) || !isGerman && RuleWords.and.contains(tokens[k].word) && k + 1 < limit && tokens[k + 1].isCapitalized {
            var m = k + 1
            while m < limit && m < k + 16 {
                let w = tokens[m]
                if RuleWords.theOfAndEtc.contains(w.word) || (w.isCapitalized && has(m, .roleWord)) { m += 1; continue }
                break
            }
            // (Not a body named right after "the": "Chairman of the Majlisi Milli, the upper house".)
            if m < limit, m > k + 1, tokens[m - 1].word != .comma, !RuleWords.the.contains(tokens[m - 1].word),
               let run = nameRun(at: m, limit: limit), run.count >= 2 {
                let after = run.upperBound
                // (Or a preposition of the sentence after the name: "… International Cooperation X Y at the ministry".)
                if after >= limit || RuleWords.commaStopOpenParen.contains(tokens[after].word) || RuleWords.andHoldWho.contains(tokens[after].word)
                    || RuleWords.atInOnEtc.contains(tokens[after].word) {
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
                    // (Past the letters of a member: "…, Verona Murphy TD, led …".)
                    var after = run.upperBound
                    if after + 1 < limit, Self.postnominals.contains(tokens[after].word), tokens[after].isCapitalized { after += 1 }
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

    /// Letters after a member's name ("TD", "MEP", "MdB", "MdL"); none is a word of a name (``NameShapes/nonNames``).
    static let postnominals = WordSet(row: 298, ["td", "mep", "mdb", "mdl"])

    /// A name set before the title as an apposition: "Jana Kurz, die Sprecherin …", "X, the Kenyan president,".
    func nameBeforeTitle(_ hit: TitleHit, sentence s: Sentence) -> Range<Int>? {
        var j = hit.start - 1
        while j >= s.tokens.lowerBound && has(j, .determiners) { j -= 1 }
        guard j > s.tokens.lowerBound, tokens[j].word == .comma else { return nil }
        let end = j
        var start = j - 1
        // (A particle by its word class, as in ``establishUntitledEnglishNames()``.)
        while start >= s.tokens.lowerBound && (isNameWord(start, first: false) || has(start, .particle)
               || tokens[start].word == .stop) { start -= 1 }
        start += 1
        while start < end && !isNameWord(start, first: true) && !isParticleCompound(start) { start += 1 }
        guard start < end, var run = nameRun(at: start, limit: end) else { return nil }
        // ("wurde Jung von Łukasz Smółka, dem Marschall …": the name after a passive's agent "von", which ends the run
        // before it; see ``nameRun(at:limit:maxWords:afterTitle:)``.)
        if isGerman, run.upperBound + 1 < end, RuleWords.vonVom.contains(tokens[run.upperBound].word),
           let after = nameRun(at: run.upperBound + 1, limit: end) {
            run = after
        }
        guard run.upperBound == end else { return nil }
        // "… flooding in Viti Levu, a spokesperson said": a place after a locative preposition.
        if run.lowerBound > s.tokens.lowerBound, RuleWords.inAtNearEtc.contains(tokens[run.lowerBound - 1].word) { return nil }
        return run.count >= 2 || isKnownSurname(run) ? run : nil
    }

    /// The office a title names, as one holder's: in the nominative ("dem Ministerpräsidenten" → "Ministerpräsident")
    /// and the singular ("foreign ministers" → "foreign minister", "heads of state" → "head of state").
    func roleName(of hit: TitleHit) -> String {
        let role = text(tokens: hit.roleRange.lowerBound, hit.roleRange.upperBound)
        if isGerman { return hit.roleRange.count == 1 ? lexicons.germanNominative(role, noun: false) : role }
        return Self.singularRole(role)
    }

    /// Applies what a title says to actor `a`.
    func apply(_ hit: TitleHit, to a: Int) {
        for k in hit.start ..< hit.titleEnd { inRole[k] = true }
        if actors[a].role == nil || actors[a].family == "counterpart" || actors[a].family == "leader" {
            let role = roleName(of: hit)
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

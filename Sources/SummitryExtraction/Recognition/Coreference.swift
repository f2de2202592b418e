/// Second pass, left to right: links every later reference to an actor — surnames and their
/// genitives, offices ("der Kanzler", "the US president"), demonyms ("der Finne"), pairs ("die
/// beiden Staatsoberhäupter", "the two leaders"), epithets ("den Gast", "die SPD-Politikerin") and
/// third-person pronouns — to the most recently mentioned fitting actor. (Who each kind of reference
/// refers to is in ReferenceResolution.swift and NameResolution.swift; the words that make references
/// are in ReferenceWords.swift.)
extension DocumentAnalysis {
    /// Prepares the left-to-right pass (call once, before ``resolveMentions(in:)``).
    func beginResolution() {
        lastSeen = Array(repeating: -1, count: actors.count)
        establishedByStart = [:]
        // (Room for every start at once: grown step by step, the table would hash its keys again and again.)
        establishedByStart.reserveCapacity(mentions.count)
        for (m, mention) in mentions.enumerated() {
            establishedByStart[mention.start, default: []].append(m)
            startsEstablished[mention.start] = true
        }
        established = mentions
        mentions = []
        debug("established: " + established.map { "\(actors[$0.actor].name)@\($0.start)" }.joined(separator: ", "))
    }

    /// "delegation", "Delegation": a group that "the delegation" names by its leader.
    static let delegationNouns = WordSet(row: 217, ["delegation"])
    /// Verbs and nouns of leading a delegation ("led", "headed", "leitete", "angeführt", "unter Leitung").
    static let leadWords = WordSet(row: 218, ["led", "leads", "headed", "heads", "leitete", "leitet", "geleitet", "angeführt", "führte", "leitung"])

    /// Resolves the references of sentence `s`; returns its mentions (also appended to `mentions`).
    @discardableResult
    func resolveMentions(in s: Sentence) -> [Mention] {
            var i = s.tokens.lowerBound
            let limit = s.tokens.upperBound
            // The people named in the sentence so far are those of its mentions resolved so far (``record`` adds
            // both at once): they are read from `resolved`, not kept in a list or a hash table of their own made for
            // every sentence. The rules that exclude them are given them as a set, made only when such a rule runs.
            func inSentence() -> Set<Int> { Set(resolved.map(\.actor)) }
            // Actors named in this sentence only as owners ("Sánchez's government …, and the Spanish leader"):
            // an office named later may still be theirs.
            // (A list: a sentence names a handful of people, so a search of a few integers costs less than a hash table.)
            var ownersOnly: [Int] = []
            // (Written into the storage the sentence before gave back: ``mentionStorage``.)
            var resolved = mentionStorage
            mentionStorage = []
            if !resolved.isEmpty { resolved.removeAll(keepingCapacity: true) }
            // Spouses named after "seiner Frau", "his wife": they take the country of the sentence's other person.
            var spouses: [Int] = []
            // (Read once per sentence, not behind a once-check for every word.)
            let groupReferenceNouns = Self.groupReferenceNouns
            func record(_ a: Int, _ start: Int, _ end: Int, _ kind: Mention.Kind) {
                // "gemeinsam mit seiner Frau X", "accompanied by his wife, X": a spouse shares the country of the
                // person named before in the sentence.
                if kind == .name, start >= s.tokens.lowerBound + 2 {
                    var k = start - 1
                    if tokens[k].word == .comma && k > s.tokens.lowerBound + 1 { k -= 1 }
                    if Self.spouseNouns.contains(tokens[k].word), Self.possessives.contains(tokens[k - 1].word) { spouses.append(a) }
                }
                let known = resolved.contains { $0.actor == a }
                // (Room for a few at the first: most sentences that name someone name more than one.)
                if resolved.isEmpty { resolved.reserveCapacity(4) }
                resolved.append(Mention(actor: a, sentence: s.index, start: start, end: end, kind: kind))
                lastSeen[a] = start
                let owner = kind == .name && end < limit && RuleWords.possessiveSApostropheRightQuote.contains(tokens[end].word)
                    && end + 1 < limit && tokens[end + 1].kind == .word && !tokens[end + 1].isCapitalized
                if owner && !known {
                    if !ownersOnly.contains(a) { ownersOnly.append(a) }
                } else if !owner, let j = ownersOnly.firstIndex(of: a) {
                    ownersOnly.remove(at: j)
                }
            }
            while i < limit {
                // (The token is read once: the rules below ask it many questions, and `i` changes only before `continue`.)
                let token = tokens[i]
                if startsEstablished[i], let ms = establishedByStart[i] {
                    for m in ms { record(established[m].actor, established[m].start, established[m].end, .name) }
                    i = established[ms[0]].end
                    continue
                }
                // "The delegation was welcomed by X", "die Delegation": the person who leads it (``delegationLeader``).
                if Self.delegationNouns.contains(token.word), i > s.tokens.lowerBound, has(i - 1, .determinersDefinite), let leader = delegationLeader {
                    record(leader, i, i + 1, .plural)
                    i += 1
                    continue
                }
                // Office mentions without a name.
                if tagKinds[i] == .title, let hit = titleHit(at: i, sentence: s) {
                    // "the foreign ministers of Russia, India and China", "die Außenminister Russlands, Indiens und
                    // Chinas": the holders of that office from each country named.
                    let listed = countryList(from: i, limit: min(limit, hit.titleEnd + 14))
                    if listed.isos.count >= 2 {
                        // (Of several people of one country, the holder of that office, else the one at the meeting
                        // reported last.)
                        let present = Set(meetings.last?.participants ?? [])
                        for iso in listed.isos {
                            let holders = actors.indices.filter { lastSeen[$0] >= 0 && actors[$0].country == iso }
                            let a = holders.first { actors[$0].family == hit.info.family }
                                ?? (holders.count == 1 ? holders[0] : holders.filter(present.contains).count == 1 ? holders.first(where: present.contains) : nil)
                            if let a { record(a, i, listed.end, .plural) }
                        }
                        i = max(hit.titleEnd, listed.end)
                        continue
                    }
                    if nameAfterTitle(hit, limit: limit) == nil && hit.info.political {
                        let plural = (hit.start > s.tokens.lowerBound && has(hit.start - 1, .pluralCues))
                            || (i > s.tokens.lowerBound && has(i - 1, .pluralCues))
                        if !plural && isGermanPluralOffice(hit, sentence: s) {
                            // "Die Außenminister der EU haben beraten": a body's office holders as a group, no one person.
                            i = hit.titleEnd
                            continue
                        }
                        if plural {
                            for a in pluralReferents(family: hit.info.family, pair: true) { record(a, i, hit.titleEnd, .plural) }
                        } else if hit.definite || hit.country != nil || isOfficeAbbreviation(hit), let a = resolveOffice(hit, excluding: inSentence().subtracting(ownersOnly)) {
                            if let c = hit.country, hit.countryRank >= 2 { actors[a].setCountry(c, rank: 3) }
                            record(a, i, hit.titleEnd, .office)
                        } else if let c = hit.country, hit.countryRank >= 3 {
                            // "mit dem französischen Präsidenten" before the name is given: kept for later.
                            pendingOffices.append((hit.info.family, c, i))
                        }
                    }
                    i = hit.titleEnd
                    continue
                }
                // "der Finne" — a definite demonym with no name after it.
                // German nominalised adjectives are demonyms too: "die Deutsche", "der Deutsche".
                if tagKinds[i] == .country, let tag = tagAt[i], case .country(let iso, let form) = tag.entity,
                   form == .demonym || (isGerman && form == .adjective && token.isCapitalized), isGerman || !token.isAllCaps,
                   i > s.tokens.lowerBound, has(i - 1, .determinersDefinite),
                   tag.end >= limit || nameRun(at: tag.end, limit: limit) == nil, !isPluralDemonym(i) {
                    if let a = resolveDemonym(iso, excluding: inSentence()) {
                        actors[a].setCountry(iso, rank: 3)
                        record(a, i, tag.end, .office)
                    }
                    i = tag.end
                    continue
                }
                // "Der deutsche CSU-Politiker …", "the Dutch diplomat": a definite country adjective before a noun of a
                // politician or diplomat, with no name after it, gives the person named last that country.
                if tagKinds[i] == .country, let tag = tagAt[i], case .country(let iso, .adjective) = tag.entity, i > s.tokens.lowerBound,
                   has(i - 1, .determinersDefinite), tag.end < limit, tokens[tag.end].kind == .word,
                   Self.isPoliticianNoun(lowers[tag.end]), tag.end + 1 >= limit || nameRun(at: tag.end + 1, limit: limit) == nil,
                   let a = resolveDemonym(iso, excluding: inSentence()) {
                    actors[a].setCountry(iso, rank: 3)
                    record(a, i, tag.end + 1, .office)
                    i = tag.end + 1
                    continue
                }
                if token.kind == .word {
                    // "the four ministers", "die drei Staatschefs": the people of the latest meeting with that many.
                    // (A numeral is a ``WordClass/numeral``: other words cost no look-up.)
                    // (Else the people the same number stood for before: "The three ministers spent three hours …, where
                    // X was connected by video" made that meeting four; "Tusk hosted the three ministers" is still three.)
                    if has(i, .numeral), let n = Self.numerals[lowers[i]], i > s.tokens.lowerBound, has(i - 1, .determinersDefinite), i + 1 < limit,
                       tokens[i + 1].kind == .word, Self.groupNouns.contains(tokens[i + 1].word),
                       let group = meetings.indices.reversed().first(where: { meetings[$0].participants.count == n }).map({ meetings[$0].participants })
                           ?? numberedGroups[n] {
                        for a in group { record(a, i, i + 2, .plural) }
                        numberedGroups[n] = group
                        i += 2
                        continue
                    }
                    // "beide Politiker", "both leaders": the people of the latest meeting.
                    // ("two sources familiar with the call": a bare numeral counts people of interest only.)
                    if has(i, .pluralCues), i + 1 < limit, tokens[i + 1].kind == .word, !has(i + 1, .determiners),
                       !Self.bareTwo.contains(token.word) || i > s.tokens.lowerBound && has(i - 1, .determinersDefinite)
                           || Self.groupNouns.contains(tokens[i + 1].word),
                       !Self.collectiveNouns.contains(tokens[i + 1].word), !isTagged(i + 1),
                       tokens[i + 1].isCapitalized == isGerman, mentions.isEmpty == false || !meetings.isEmpty {
                        // "the two presidents", "die beiden Präsidenten": the office in the plural.
                        let noun = lowers[i + 1]
                        // "both leaders", "die beiden Regierungschefs": two heads of state or government.
                        let family: String? = noun.hasPrefix("president") || noun.hasPrefix("präsident") ? "head_of_state"
                            : Self.leaderNouns.contains(noun) ? "leader" : nil
                        for a in pairNamed(in: resolved, before: i) ?? (family != "head_of_state" ? pairSubject(before: s) : nil)
                            ?? pluralReferents(family: family, pair: true) { record(a, i, i + 2, .plural) }
                        i += 2
                        continue
                    }
                    // Pairs: "the pair", "die beiden".
                    if has(i, .pairNouns) && i > s.tokens.lowerBound && RuleWords.the.contains(tokens[i - 1].word)
                        || (has(i, .pluralCues) && i > s.tokens.lowerBound && has(i - 1, .determinersDefinite)
                            && (i + 1 >= limit || !tokens[i + 1].isCapitalized || RuleWords.seiten.contains(tokens[i + 1].word))
                            // English "the two presidents": a noun follows; "the two met": none does.
                            && (isGerman || i + 1 >= limit || tokens[i + 1].kind != .word || has(i + 1, .verb) || has(i + 1, .function))) {
                        if !(i + 1 < limit && RuleWords.seiten.contains(tokens[i + 1].word)) {
                            for a in pairNamed(in: resolved, before: i) ?? pairSubject(before: s) ?? pluralReferents(family: nil, pair: true) { record(a, i, i + 1, .plural) }
                        }
                        i += 1
                        continue
                    }
                    // "das Königspaar", "the royal couple": the king and queen named last; "die Gäste", "the guests":
                    // the visitors of the meeting reported last (its people neither hosting nor of the hosts' country).
                    // (After an article of the nominative, dative or accusative: "nach der Abreise seiner Gäste" names
                    // no one who takes part.)
                    if groupReferenceNouns.contains(token.word), i > s.tokens.lowerBound + 1, RuleWords.dieDenDasEtc.contains(tokens[i - 1].word)
                        || isTagged(i - 1) && RuleWords.dieDenDasEtc.contains(tokens[i - 2].word)
                        || lowers[i - 1] == "royal" && lowers[i - 2] == "the",
                       let group = groupReference(at: i, inSentence: inSentence()), group.count >= 2 {
                        // "das niederländische Königspaar": the adjective gives both their country.
                        let adjective = tag(covering: i - 1).flatMap { t -> String? in
                            if case .country(let iso, .adjective) = t.entity { return iso } else { return nil }
                        }
                        for a in group {
                            record(a, i, i + 1, .plural)
                            if let iso = adjective { actors[a].setCountry(iso, rank: 3) }
                        }
                        i += 1
                        continue
                    }
                    // Epithets: "den Gast", "die SPD-Politikerin", "den 39-Jährigen", "the 64-year-old".
                    // (As a noun only: "den 39-Jährigen", not "der 76-jährige frühere Professor".)
                    // (Each suffix holds a hyphen: a word without one is none of them.)
                    let ageEpithet = !token.hasHyphen ? false : isGerman ? { let text = spelling(i); return RuleWords.jaehrigeJaehrigenJaehriger.contains { text.hasSuffix($0) } }()
                        : lowers[i].hasSuffix("-year-old") && (i + 1 >= limit || tokens[i + 1].kind != .word || has(i + 1, .verb) || has(i + 1, .function))
                    if (has(i, .guestNouns) || token.hasHyphen && (lowers[i].hasSuffix("-politikerin") || lowers[i].hasSuffix("-politiker")) || ageEpithet)
                        && i > s.tokens.lowerBound && has(i - 1, .determiners) {
                        // A guest is not of the country of the people receiving him in the sentence.
                        let people = inSentence()
                        let hostCountries = Set(people.compactMap { actors[$0].country })
                        let candidates = recentActors(4, excluding: people)
                        // ("der CDU-Politiker": a German party's politician is German.)
                        let party = token.hasHyphen ? lowers[i].split(separator: "-").first.map(String.init) : nil
                        let partyCountry = party.flatMap { Self.germanParties.contains($0) ? "DE" : nil }
                        // (A guest of someone in the sentence is whom that person hosted last: "Sandu hosted a dinner for
                        // her guest" is the visitor she welcomed, not the speaker he met since.)
                        let hostedGuest = has(i, .guestNouns) && !people.isEmpty ? meetings.last(where: { m in
                            m.hosts.contains(where: people.contains) && m.participants.contains { !m.hosts.contains($0) && !people.contains($0) }
                        }).flatMap { m in m.participants.filter { !m.hosts.contains($0) && !people.contains($0) }.max { lastSeen[$0] < lastSeen[$1] } } : nil
                        if let a = hostedGuest ?? partyCountry.flatMap({ c in candidates.first { actors[$0].country == c } })
                            ?? candidates.first(where: { actors[$0].country == nil || !hostCountries.contains(actors[$0].country!) }) ?? candidates.first {
                            record(a, i, i + 1, .office)
                        }
                        i += 1
                        continue
                    }
                    // German "sie" right after a verb of meeting is its object ("empfing sie").
                    // ("sie" and "they" are ``WordClass/pluralPronoun``s: other words are not compared with them.)
                    let pluralPronoun = has(i, .pluralPronoun)
                    let germanObjectSie = isGerman && pluralPronoun && RuleWords.sie.contains(token.word) && i > s.tokens.lowerBound && has(i - 1, .verb)
                        && lexicons.verbRoles[lowers[i - 1]].map({ RuleWords.hostMeetVisitEtc.contains($0) }) == true
                    // German "sie" is singular next to a singular finite verb: "wurde sie von X empfangen", "sie hat".
                    let singularSie = isGerman && pluralPronoun && RuleWords.sie.contains(token.word) && (
                        (i > s.tokens.lowerBound && Self.singularFinite.contains(tokens[i - 1].word))
                        || (i + 1 < limit && Self.singularFinite.contains(tokens[i + 1].word)))
                    if (has(i, .pronouns) && !(isGerman && RuleWords.she.contains(token.word))) || germanObjectSie || singularSie {
                        // After the sentence's subject ("X said he …", "…, wo ihn Y empfing") the pronoun is
                        // that subject; otherwise it is the actor last mentioned before this sentence.
                        // An object pronoun ("ihn", "him") is not the subject of its own clause.
                        let objectCase = RuleWords.ihnIhmHim.contains(token.word) || germanObjectSie
                        // "sie" and "she" are a woman, "er", "he" a man: a person whose title says otherwise is skipped.
                        let feminine = pluralPronoun || RuleWords.she.contains(token.word)
                        // "Günther und er sprachen", "Smith and he met": the pronoun is not the person it is joined to.
                        let joinedTo = i >= s.tokens.lowerBound + 2 && RuleWords.andUnd.contains(tokens[i - 1].word)
                            ? resolved.last(where: { $0.end == i - 1 })?.actor : nil
                        func fits(_ a: Int) -> Bool { a != joinedTo && isFeminine(a).map { $0 == feminine } ?? true }
                        let subject = resolved.first { m in
                            // (A subject named by office counts too: "Der Kanzler betonte, er habe …".)
                            // (So does a bare abbreviated office: "From Praia, EAM will travel to Dakar, where he …".)
                            (m.kind == .name || m.kind == .office && (m.start == s.tokens.lowerBound + 1
                                || m.end == m.start + 1 && tokens[m.start].isAllCaps)) && m.start < i
                                && (!objectCase || (m.end ..< i).contains { tokens[$0].word == .comma || tokens[$0].word == .colon }) && fits(m.actor)
                        }?.actor
                        // A subject pronoun that travels ("He later flew to Abidjan", "Sie reiste weiter") is
                        // the traveller of the journey under way, not whoever was named last.
                        let travels = !objectCase && (i + 1 ..< min(limit, i + 4)).contains { k in
                            RuleWords.visitArrive.contains(lexicons.verbRoles[lowers[k]] ?? "") }
                        let traveller = subject == nil && travels ? currentTraveller.flatMap { lastSeen[$0] >= 0 && fits($0) ? $0 : nil } : nil
                        // Otherwise a subject pronoun continues the previous sentence's subject (its topic).
                        let topic = subject == nil && !objectCase ? previousSubject.flatMap { p in resolved.contains(where: { $0.actor == p }) || !fits(p) ? nil : p } : nil
                        // An object pronoun after the sentence's subject and another person is that other person:
                        // "A spoke by phone with B to urge him to come".
                        let object = subject == nil && objectCase ? resolved.first.flatMap { first in
                            resolved.last { m in m.start < i && m.actor != first.actor && (m.kind == .name || m.kind == .office) && fits(m.actor) }?.actor
                        } : nil
                        // ("Fidan's visit to Kuwait is part of a tour that took him to Muscat": the person whose possession
                        // opens the sentence.)
                        let possessor = objectCase && subject == nil && object == nil ? resolved.first.flatMap { m in
                            m.start == s.tokens.lowerBound && m.kind == .name && m.end < i && tokens[m.end].word == .possessiveS && fits(m.actor) ? m.actor : nil
                        } : nil
                        let recent = recentActors(4, excluding: inSentence())
                        if let a = subject ?? object ?? possessor ?? traveller ?? topic ?? recent.first(where: fits) ?? recent.first { record(a, i, i + 1, .pronoun) }
                        i += 1
                        continue
                    }
                    // (German "sie" after a plural verb too, in verb-second order: "Zuletzt waren sie einander begegnet", "hatten sie sich".)
                    if pluralPronoun && (RuleWords.they.contains(token.word) || (isGerman && RuleWords.sie.contains(token.word)
                        && (i + 1 < limit && isPluralVerb(lowers[i + 1]) || i > s.tokens.lowerBound && isPluralVerb(lowers[i - 1])))) {
                        // "A and B have not met since 2019, when they held talks in Paris": the pair named before it in the sentence.
                        var named: [Int] = []
                        for m in resolved where m.kind == .name || m.kind == .office { if !named.contains(m.actor) { named.append(m.actor) } }
                        // ("Turkish officials who spoke on condition of anonymity because they …": the group named before it.)
                        let group = named.count < 2 && (s.tokens.lowerBound ..< i).contains { Self.anonymousGroups.contains(tokens[$0].word) }
                        if !group { for a in named.count >= 2 ? named : pluralReferents(family: nil) { record(a, i, i + 1, .plural) } }
                        i += 1
                        continue
                    }
                }
                // Surname mentions and their genitives; hyphenated pairs ("Novak-Hadi").
                if token.kind == .word && (token.isCapitalized || isParticleCompound(i) || has(i, .surnameStarter)) {
                    if let run = nameRun(at: i, limit: limit) ?? (token.isCapitalized ? i ..< i + 1 : nil) {
                        if let a = resolveName(run) {
                            // The form written here is an alias of the actor's, if the run holds a word (a token that is no
                            // full stop: ``nameWords(_:)`` would list one). (Tested and added in place: the record is not
                            // copied out of the list to be read.)
                            if run.contains(where: { tokens[$0].word != .stop }) {
                                actors[a].addAlias(ifNew: text(tokens: run.lowerBound, run.upperBound))
                            }
                            for k in run { inName[k] = true }
                            record(a, run.lowerBound, run.upperBound, .name)
                            i = run.upperBound
                            continue
                        }
                        if run.count == 1 && token.hasHyphen {
                            var found = false
                            for part in spelling(i).split(separator: "-") {
                                if let a = resolveFolded([NameShapes.fold(String(part))]) { record(a, i, i + 1, .name); found = true }
                            }
                            if found { inName[i] = true }
                        }
                        // "hatte Wadephul Wang am Rande … getroffen": two surnames side by side name two people.
                        if run.count == 2, tokens[run.lowerBound].kind == .word, tokens[run.lowerBound + 1].kind == .word,
                           let a = resolveFolded([folded(run.lowerBound)]), let b = resolveFolded([folded(run.lowerBound + 1)]), a != b {
                            for k in run { inName[k] = true }
                            record(a, run.lowerBound, run.lowerBound + 1, .name)
                            record(b, run.lowerBound + 1, run.upperBound, .name)
                            i = run.upperBound
                            continue
                        }
                        let holdsKnown = run.dropFirst().contains { startsEstablished[$0] && establishedByStart[$0] != nil }
                        i = holdsKnown ? i + 1 : max(i + 1, run.upperBound)
                        continue
                    }
                }
                i += 1
            }
        for a in spouses {
            if let owner = resolved.first(where: { $0.actor != a && !spouses.contains($0.actor) && actors[$0.actor].countryRank >= 2 }),
               let c = actors[owner.actor].country {
                actors[a].setCountry(c, rank: 2)
            }
        }
        mentions += resolved
        // "X led a cross-party delegation to Warsaw", "a delegation led by X": X leads "the delegation" named later.
        if let first = resolved.first(where: { $0.kind == .name }), s.tokens.contains(where: { Self.delegationNouns.contains(tokens[$0].word) })
            && s.tokens.contains(where: { Self.leadWords.contains(tokens[$0].word) }) {
            delegationLeader = first.actor
        }
        // The sentence's subject, when a person opens it ("Die Ministerin X wurde …", "X met …").
        if let first = resolved.min(by: { $0.start < $1.start }), first.kind != .plural,
           first.start - s.tokens.lowerBound <= 4 { previousSubject = first.actor } else if !resolved.isEmpty { previousSubject = nil }
        return resolved
    }
}

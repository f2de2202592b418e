/// One event's meeting record: its kind and mode, place, time, body and people, made from the triggers of
/// one event of a sentence (see ``DocumentAnalysis/makeEvent(_:sentence:parts:places:times:planned:)``).
extension DocumentAnalysis {
    /// Conjunctions that open a clause of time or cause about something else ("…, seit er …", "…, because …"): a
    /// place in it is not the venue of an encounter reported before it.
    static let otherClauseLeads = WordSet(row: 227, ["seit", "seitdem", "since", "weil", "because", "obwohl", "although"])

    /// One event's meeting record: kind, mode, place, time, body and people.
    func makeEvent(_ cl: [Trigger], sentence s: Sentence, parts: [Participation], places: [PlaceMention],
                           times: [TimeExpression], planned: Bool) -> MeetingRecord {
        // Nouns name the kind of encounter; verbs only when there is no noun (a call verb always does).
        // (Each the first of the highest rank, as `max(by:)` of the ranks picks it; found in one pass
        // without filtering the triggers into arrays.)
        var anyMain: Trigger? = nil, namedMain: Trigger? = nil, noun: Trigger? = nil
        for t in cl {
            if anyMain.map({ t.rank > $0.rank }) ?? true { anyMain = t }
            if t.role == .noun || t.role == .call, namedMain.map({ t.rank > $0.rank }) ?? true { namedMain = t }
            if t.role == .noun, noun.map({ t.rank > $0.rank }) ?? true { noun = t }
        }
        let main = (namedMain ?? anyMain)!
        // The label's noun in its nominative: "nach Gesprächen" → "Gespräche".
        let nounText = noun.map { n in
            // (An invitation accepted is named by the visit it is for: ``invitationToPlace(at:in:)``.)
            if n.kind == .visit, RuleWords.einladungInvitation.contains(tokens[n.start].word) { return isGerman ? "Besuch" : "visit" }
            let t = text(tokens: n.start, n.end)
            return isGerman && n.end == n.start + 1 ? nominative(ofNoun: t) : t
        }
        var event = MeetingRecord(kind: main.kind, held: main.mode, noun: nounText,
                                  org: cl.first(where: { $0.orgIndex >= 0 }).flatMap(org(of:)), planned: planned, firstSentence: s.index)
        if event.kind == .summit { event.held = .multilateral }
        // A gathering joined by video is a conference over a line (``remoteAttendance(_:sentence:)``).
        if event.kind != .summit, remoteAttendance(cl, sentence: s) { event.held = .phone; event.kind = .call }
        event.journey = cl.contains { $0.role == .visit || $0.kind == .visit }
        // An invitation is to something still to come ("lud sie zu einer Konferenz ein", "invited him to").
        // ("Einladung nach Wien" too: ``invitationToPlace(at:in:)``.)
        event.invitation = sentence(s, mayHave: .invited) && s.tokens.contains { invites(at: $0, in: s) }
        // The pluperfect of the sentence ("X hatte Lissabon im Herbst besucht"); in English only of the
        // encounter's own clause, not of another ("…, and both sides said they had agreed"). (German reports
        // speech in the subjunctive, so a German "hatte" is the narrative's own.)
        // (The auxiliaries' set is read once, outside the scan: a word of the sentence costs one bit test.)
        let pluperfect = RuleWords.hatteHattenHad
        event.background = sentence(s, mayHave: pluperfect) && s.tokens.contains { k in
            pluperfect.contains(tokens[k].word) && k > s.tokens.lowerBound
                && !RuleWords.whoWhichThatEtc.contains(tokens[k - 1].word)
                // (Reported speech is not the narrative's past: "Downing Street said they had discussed …".)
                && !(max(s.tokens.lowerBound, k - 3) ..< k).contains(where: { has($0, .speechVerbs) || RuleWords.thatDass.contains(tokens[$0].word) })
                // (English "had" with an object is the simple past: "then had lunch with X", "had a meeting with Y".)
                && (isGerman || !(k + 1 < s.tokens.upperBound && (has(k + 1, .determiners)
                    || tagAt[k + 1].map { if case .meetingNoun = $0.entity { true } else { false } } == true)))
                // (Nor, in German, across a colon or semicolon: "X hatte sich einen Ort ausgesucht: Die Runde tagte …".)
                && cl.contains { t in
                    let span = min(k, t.start) ..< max(k + 1, t.end)
                    // (Nor one in a relative clause about the people, which tells an earlier encounter of its own: "A und
                    // B, die sich zuletzt in Berlin gesehen hatten, sprachen am Freitag …".)
                    return isGerman ? !span.contains { tokens[$0].word == .colon || tokens[$0].word == .semicolon }
                        && !(relativeClause(containing: k, in: s).map { !$0.contains(t.start) } ?? false)
                        : !span.contains { RuleWords.commaSemicolonColonEtc.contains(tokens[$0].word) || tokens[$0].kind == .quote }
                }
        }
        let a = cl.first!.start, b = cl.last!.end
        // Place: the nearest place after (then before) the event, within reach.
        if event.held != .phone {
            // "Das Treffen im Tal-Gebiet …": a place phrase right after the noun that names no
            // known place is the meeting's place; places further on belong to other phrases.
            var reach = b + 12
            // ("Gipfeltreffen am 3. Mai in Warschau": a date after "am" is no place phrase.)
            if cl.last!.role == .noun, b < s.tokens.upperBound, RuleWords.imInAtEtc.contains(tokens[b].word), case let prep = b,
               !places.contains(where: { $0.start > prep && $0.start <= prep + 3 }),
               !(prep + 1 < s.tokens.upperBound && tokens[prep + 1].kind == .number), !times.contains(where: { $0.start > prep && $0.start <= prep + 4 }) {
                reach = prep
            }
            // A place before the trigger does not reach across a speech verb ("X, who was in Lima, said the talks …").
            // Nor does one after it reach into a relative clause about someone ("trifft auf eine Regierungschefin, die in
            // Peking als Provokation gilt").
            // (Nor into a clause of time or cause: "der erste Besuch in Slowenien, seit er die Landesregierung in Graz anführt".)
            let inRelative = { (p: PlaceMention) -> Bool in
                p.start > b && (b ..< p.start).contains { k in
                    self.tokens[k].word == .comma && k + 1 < p.start && (RuleWords.dieDerDasEtc.contains(self.tokens[k + 1].word)
                        || Self.otherClauseLeads.contains(self.tokens[k + 1].word)) }
            }
            // (German puts the participle last: "ist am Montag in Warschau von seinem Amtskollegen X empfangen worden" —
            // a place earlier in the same clause is the verb's.)
            let clauseStart = clause(around: a, in: s).lowerBound
            let near = places.filter { p in (p.start >= a - 6 || isGerman && cl.last!.role != .noun && p.start >= clauseStart) && p.start <= reach
                && !(p.end < a && (p.end ..< a).contains { has($0, .speechVerbs) }) && !inRelative(p) }
            // A country named as the venue ("met in South Korea") rules out places of that country's rivals.
            let venue = countryVenue(after: cl.last!, sentence: s)
            let pick = venue != nil ? near.filter({ $0.start >= a && $0.iso == venue }).min { $0.start < $1.start }
                : near.filter { $0.start >= a }.min { $0.start < $1.start } ?? near.max { $0.start < $1.start }
            if let p = pick ?? (venue == nil && places.count == 1 && places[0].prepositional && reach == b + 12 && !inRelative(places[0]) ? places[0] : nil) {
                event.city = p.surface; event.cityKey = p.key; event.cityISO = p.iso; event.cityExplicit = true; event.venue = p.venue
            }
        }
        // Only a country: "met in South Korea last year", "trafen sich in Ägypten".
        if event.city == nil, event.held != .phone, let iso = countryVenue(after: cl.last!, sentence: s, nouns: true) {
            event.cityISO = iso; event.countryOnly = true
        }
        // A country as the host: "India is due to host the next summit", "Antigua hosts summit" — the venue.
        if event.city == nil, !event.countryOnly, event.held != .phone, let h = cl.first(where: { $0.role == .host }) {
            let clauseStart = clause(around: h.start, in: s).lowerBound
            if let k = (max(clauseStart, h.start - 5) ..< h.start).first(where: { k in
                   if let tag = tagAt[k], case .country(_, .name) = tag.entity { return true } else { return false } }),
               k == clauseStart || has(k - 1, .determiners), !parts.contains(where: { $0.mention.start > k && $0.mention.start < h.start }),
               let tag = tagAt[k], case .country(let iso, _) = tag.entity {
                event.cityISO = iso; event.countryOnly = true
            }
        }
        // A journey's destination: "Chile-Reise", "Reise nach Chile", "visit to France".
        if event.city == nil, event.kind == .visit || cl.contains(where: { $0.role == .visit }) {
            for t in cl where t.kind == .visit {
                if t.end == t.start + 1, tokens[t.start].hasHyphen,
                   let iso = lexicons.countryOfWord(spelling(t.start).split(separator: "-")[0]) {
                    event.cityISO = iso; event.countryOnly = true
                }
                var k = t.end
                while k < s.tokens.upperBound && k < t.end + 3 && !RuleWords.nachToIn.contains(tokens[k].word) { k += 1 }
                // ("visit to the Republic of Maldives": past an article.)
                var dest = k + 1
                if dest + 1 < s.tokens.upperBound, RuleWords.the.contains(tokens[dest].word) { dest += 1 }
                if dest < s.tokens.upperBound, RuleWords.nachToIn.contains(tokens[k].word), let c = tag(covering: dest) ?? tag(covering: k + 1),
                   case .country(let iso, .name) = c.entity {
                    event.cityISO = iso; event.countryOnly = true
                }
            }
        }
        // (Not the time of a comparison after it: "X would host the meeting, as he did during rounds held in 2025".)
        let compared = { (t: TimeExpression) -> Bool in
            t.start >= b && (b ..< t.start).contains { k in
                self.tokens[k].word == .comma && k + 1 < t.start && RuleWords.asLikeWie.contains(self.tokens[k + 1].word) }
        }
        // (Nor a time since which something holds: "die Koralmbahn, die seit Dezember Graz und Klagenfurt verbindet",
        // "their first meeting since 2019".)
        // (Nor the time of an arrival told in a relative clause about someone: "Noboa, who arrived in Buenos Aires late
        // on Monday, was greeted by Milei …" — the greeting is not Monday's.)
        let arrivalOnly = { (t: TimeExpression) -> Bool in
            guard cl.contains(where: { $0.role != .arrive }), let rc = self.relativeClause(containing: t.start, in: s) else { return false }
            return cl.contains { $0.role == .arrive && rc.contains($0.start) } && !cl.contains { $0.role != .arrive && rc.contains($0.start) }
        }
        if let t = times.filter({ !compared($0) && !RuleWords.sinceSeitSeitdem.contains(tokens[$0.start].word) && !arrivalOnly($0) })
            .min(by: { distance($0, a, b) < distance($1, a, b) }), distance(t, a, b) <= 15 {
            event.time = t.text
            event.timeKey = t.key
        }
        // "Die Außenminister der 32 Nato-Staaten sind in Brüssel zusammengekommen": a gathering named by
        // a verb, with no one named, of an international body's members is that body's meeting.
        // A summit takes the body named in its sentence: "Leaders of the Group of Seven gathered … for a summit".
        // (For a summit, only a body named before it in the same clause.)
        // (Not in a relative clause about something else: "das Abkommen, über das 25 Jahre verhandelt worden war".)
        let relative = (max(s.tokens.lowerBound, a - 8) ..< a).contains { k in
            tokens[k].word == .comma && (k + 1 ..< min(a, k + 3)).contains { RuleWords.derDieDasEtc.contains(tokens[$0].word) }
        }
        let gathering = parts.allSatisfy({ $0.source }) && cl.contains(where: { $0.role == .meet }) && !relative
        if event.org == nil, gathering || event.kind == .summit {
            var clauseStart = a
            while clauseStart > s.tokens.lowerBound && tokens[clauseStart - 1].word != .comma { clauseStart -= 1 }
            let span = gathering ? s.tokens : clauseStart ..< a
            event.org = span.lazy.compactMap { k -> String? in
                if let tag = self.tagAt[k], case .organization(let id) = tag.entity, self.lexicons.isInternational(id) { return id }
                if self.tokens[k].hasHyphen, let p = self.spelling(k).split(separator: "-").first,
                   let id = self.lexicons.organizationOfWord(p), self.lexicons.isInternational(id) { return id }
                return nil
            }.first
            if event.org != nil { event.held = .multilateral }
        }
        event.particular = event.org != nil || cl.contains { t in
            t.role == .noun && (t.definite || (t.end + 2 < s.tokens.upperBound && RuleWords.ofDerDes.contains(tokens[t.end].word)
                && (tokens[t.end + 1].isCapitalized || has(t.end + 1, .determinersDefinite) && tokens[t.end + 2].isCapitalized)))
        }
        let hostVerbs = cl.contains { $0.role == .host } ? cl.filter { $0.role == .host } : []
        let firstMentionStart = parts.lazy.map(\.mention.start).min()
        for p in parts {
            let m = p.mention
            if p.source { continue }
            if p.absent { if !event.invited.contains(m.actor) { event.invited.append(m.actor) }; event.absent.append(m.actor); continue }
            if p.invited { if !event.invited.contains(m.actor) { event.invited.append(m.actor) } }
            event.addParticipant(m.actor, sentence: s.index)
            if !p.accusative && (p.inviter || isHost(m, verbs: hostVerbs, sentence: s, firstMentionStart: firstMentionStart))
                && !event.hosts.contains(m.actor) { event.hosts.append(m.actor) }
        }
        return event
    }

    /// A German meeting noun in its nominative (``Lexicons/germanNominative(_:noun:)``), looked up once
    /// per document: a report names its meeting by the same few nouns again and again.
    /// - Complexity: O(*n*) in the noun's length (a hash look-up; the lexicon's suffix search the first time).
    private func nominative(ofNoun noun: String) -> String {
        if let known = nominatives[noun] { return known }
        let form = lexicons.germanNominative(noun, noun: true)
        nominatives[noun] = form
        return form
    }

    private func distance(_ t: TimeExpression, _ a: Int, _ b: Int) -> Int {
        t.end <= a ? a - t.end : (t.start >= b ? t.start - b : 0)
    }
}

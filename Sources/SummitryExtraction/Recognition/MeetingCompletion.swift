/// Completing meetings once the whole text is read: places from the dateline or the people's last place,
/// absentees out, hosts and their countries (see ``DocumentAnalysis/finishMeetings()``).
extension DocumentAnalysis {
    /// Places meetings the text does not place (from the dateline or the meeting reported before),
    /// drops absentees from the participants and infers hosts and hosts' countries.
    func finishMeetings() {
        let datelinePlace: (String, String?, String?)? = dateline.map { ($0.surface, $0.key, datelineISO) }
        // (Meetings placed only by the text's first place: their place says nothing of their people's countries.)
        var guessed: [Int] = []
        // The meetings the text places itself, outside the background, in text order: a meeting left
        // unplaced takes its place from those before it. (The loop below changes no meeting's
        // `cityExplicit` or `background`, so the list is made once, not filtered again out of all the
        // meetings before each unplaced one.)
        let explicitlyPlaced = meetings.indices.filter { meetings[$0].cityExplicit && !meetings[$0].background }
        // (How many of them come before meeting `k`: counted up as `k` grows.)
        var placedBefore = 0
        // (Each record is changed in place, through the array: a copy of it taken out and written
        // back would share its box with the array's, and copy the box on its first change.)
        for k in meetings.indices {
            while placedBefore < explicitlyPlaced.count && explicitlyPlaced[placedBefore] < k { placedBefore += 1 }
            let absent = meetings[k].absent
            meetings[k].participants.removeAll { absent.contains($0) }
            // A spokesperson speaks about a meeting, and for someone at it, but is not one of its people
            // (unless nobody else is named).
            if meetings[k].participants.contains(where: { actors[$0].family != "spokesperson" }) {
                meetings[k].participants.removeAll { actors[$0].family == "spokesperson" }
            }
            let participants = meetings[k].participants
            meetings[k].hosts.removeAll { !participants.contains($0) }
            // (The fields read into constants: a copy of the record kept alive would share its box.)
            let planned = meetings[k].planned, sidelinesOf = meetings[k].sidelinesOf
            if meetings[k].held != .phone && !meetings[k].countryOnly && meetings[k].city == nil {
                // Where the text last placed these people, else the dateline, else the last place reported.
                // (The place is read from the other meetings first, then written into this one.)
                let people = Set(participants)
                // (Those placed before it, the one reported last before it first: a journey reported again since
                // — "reiste weiter nach Tunis. Dort empfing ihn …" — is more recent than a meeting opened after it.)
                let first = meetings[k].firstSentence
                func lastReport(_ j: Int) -> Int { meetings[j].sentences.last { $0 < first } ?? meetings[j].firstSentence }
                // (Found in one pass over them, not by sorting them for every unplaced meeting.)
                func located(where ok: (Int) -> Bool) -> Int? {
                    var best: (report: Int, k: Int)? = nil
                    for j in explicitlyPlaced[..<placedBefore] where ok(j) {
                        let r = lastReport(j)
                        if best.map({ (r, j) > ($0.report, $0.k) }) ?? true { best = (r, j) }
                    }
                    return best?.k
                }
                var place: (city: String?, key: String?, iso: String?)? = nil
                if let sl = sidelinesOf, meetings[sl].city != nil || meetings[sl].countryOnly {
                    meetings[k].countryOnly = meetings[sl].countryOnly
                    place = (meetings[sl].city, meetings[sl].cityKey, meetings[sl].cityISO)
                } else if let j = located(where: { !people.isDisjoint(with: meetings[$0].participants) && (planned || !meetings[$0].planned) })
                            ?? located(where: { !people.isDisjoint(with: meetings[$0].participants) }),
                          // (Not where they were last when a host of known country receives them in another: "… vom Großherzog
                          // empfangen, bevor er nach Berlin zurückfliegt" after a meeting in Berlin is in Luxembourg.)
                          meetings[k].hosts.allSatisfy({ actors[$0].country == nil || actors[$0].country == meetings[j].cityISO }) {
                    // (A meeting held takes the place of one held with its people before one only planned.)
                    place = (meetings[j].city, meetings[j].cityKey, meetings[j].cityISO)
                } else if let p = datelinePlace, !planned {
                    // (A planned meeting is not where the report is filed from.)
                    place = (p.0, p.1, p.2)
                } else if !planned, !people.isEmpty, meetings[k].held != .multilateral, let j = meetings.indices[(k + 1)...].first(where: { j in
                    meetings[j].cityExplicit && !meetings[j].background && !meetings[j].planned && meetings[j].held != .phone
                        && (meetings[j].kind == .visit || meetings[j].journey) && !people.isDisjoint(with: meetings[j].participants)
                        // (Not when its host is at home elsewhere: "Starmer hosted Carney … the visit to Ottawa".)
                        && meetings[k].hosts.allSatisfy({ actors[$0].country == nil || actors[$0].country == meetings[j].cityISO }) }) {
                    // The visit of one of its people the text reports after it: "A holds talks with B. … A arrived in Dhaka
                    // on a three-day visit".
                    place = (meetings[j].city, meetings[j].cityKey, meetings[j].cityISO)
                } else if !planned, let j = located(where: { !meetings[$0].planned }) ?? located(where: { _ in true }) {
                    // (The last place of a meeting held: a visit only announced since is somewhere else.)
                    place = (meetings[j].city, meetings[j].cityKey, meetings[j].cityISO)
                }
                if let place { meetings[k].city = place.city; meetings[k].cityKey = place.key; meetings[k].cityISO = place.iso }
            }
            if meetings[k].cityISO?.isEmpty == true { meetings[k].cityISO = datelineISO }
            // Nothing places it: a host receives at home ("X received Y", "X hosted the talks").
            if meetings[k].held != .phone, meetings[k].city == nil, meetings[k].cityISO == nil, meetings[k].sidelinesOf == nil,
               let iso = meetings[k].hosts.lazy.compactMap({ self.actors[$0].country }).first {
                meetings[k].cityISO = iso; meetings[k].countryOnly = true
            }
            if debugging {
                let m = meetings[k]
                debug("  finish #\(k) \(m.noun ?? "-") mode=\(m.mode) planned=\(m.planned) city=\(m.city ?? "-") iso=\(m.cityISO ?? "-") countryOnly=\(m.countryOnly) background=\(m.background)")
            }
            // A place the lexicon does not know (a dateline's small town, "im Tal-Gebiet"): the country named beside
            // it in the text ("im slowenischen Brdo", "Brdo, Slovenia"), else its host's.
            if meetings[k].held != .phone, let city = meetings[k].city, meetings[k].cityISO?.isEmpty ?? true {
                meetings[k].cityISO = countryBeside(city) ?? meetings[k].hosts.lazy.compactMap({ self.actors[$0].country }).first
            }
            // A meeting held that nothing places at all: where the text first places anything, up to its report.
            if meetings[k].held != .phone, meetings[k].city == nil, meetings[k].cityISO == nil, !planned, sidelinesOf == nil,
               let p = firstPlaceNamed, !p.iso.isEmpty, p.start < sentences[meetings[k].firstSentence].tokens.upperBound {
                meetings[k].city = p.surface; meetings[k].cityKey = p.key; meetings[k].cityISO = p.iso
                guessed.append(k)
            }
            // Host by place: in a bilateral encounter, the one participant of the host country.
            if meetings[k].hosts.isEmpty, meetings[k].kind != .summit, !guessed.contains(k), let iso = meetings[k].cityISO, meetings[k].participants.count >= 2 {
                let locals = meetings[k].participants.filter { actors[$0].country == iso }
                if locals.count == 1 { meetings[k].hosts = locals }
            }
        }
        // Who meets on the sidelines of a gathering held attends the gathering.
        for k in meetings.indices {
            guard let sl = meetings[k].sidelinesOf, !meetings[k].planned, !meetings[k].background, meetings[k].held != .phone,
                  !meetings[sl].planned, meetings[sl].held != .phone else { continue }
            let absent = meetings[sl].absent
            for a in meetings[k].participants where !absent.contains(a) {
                meetings[sl].addParticipant(a, sentence: meetings[k].evidence[a] ?? meetings[k].firstSentence)
            }
        }
        // Whether each actor's meetings held (not in the background) are in more than one country, found
        // at the first question in one pass over the meetings: the loop below changes none of what it reads.
        var severalCountries: [Bool]? = nil
        func metInSeveralCountries(_ a: Int) -> Bool {
            if severalCountries == nil {
                var first = [String?](repeating: nil, count: actors.count), several = [Bool](repeating: false, count: actors.count)
                for k in meetings.indices where meetings[k].held != .phone && !meetings[k].planned && !meetings[k].background {
                    guard let iso = meetings[k].cityISO, !iso.isEmpty else { continue }
                    for p in meetings[k].participants {
                        if let f = first[p] { if f != iso { several[p] = true } } else { first[p] = iso }
                    }
                }
                severalCountries = several
            }
            return severalCountries![a]
        }
        // A visitor's counterpart: two people met in country X, one from elsewhere (or an official of an
        // international body), the other of unknown country — the other is taken to be of X and to host.
        for k in meetings.indices where meetings[k].held != .phone && !guessed.contains(k) {
            // Not at a summit's side meeting: both came to the summit's city from elsewhere.
            guard let iso = meetings[k].cityISO, !iso.isEmpty, meetings[k].participants.count == 2, meetings[k].kind != .summit,
                  meetings[k].sidelinesOf == nil else { continue }
            let p = meetings[k].participants
            for (a, b) in [(p[0], p[1]), (p[1], p[0])] where actors[a].country == nil && !actors[a].international && actors[a].org == nil {
                // (Someone met in several countries is a traveller himself.)
                if metInSeveralCountries(a) { continue }
                if actors[b].country.map({ $0 != iso }) ?? (actors[b].international && actors[b].org != nil) {
                    actors[a].setCountry(iso, rank: 2)
                    if meetings[k].hosts.isEmpty { meetings[k].hosts = [a] }
                }
            }
        }
        // An actor of unknown country who hosts a meeting in a country is taken to be of it.
        // (Not an organisation's official: "EU foreign policy chief X, who chaired the meeting" in Brussels is not Belgian.)
        for (k, m) in meetings.enumerated() where m.held != .phone && !guessed.contains(k) {
            guard let iso = m.cityISO, !iso.isEmpty else { continue }
            for h in m.hosts where actors[h].country == nil && !actors[h].international && actors[h].org == nil { actors[h].setCountry(iso, rank: 2) }
        }
        // A gathering named only as the setting of side meetings, whose people are all theirs, is no meeting the
        // report tells of: "Marcos and Takaichi first met on the sidelines of the ASEAN summit in Kuala Lumpur".
        // (Last of all: removing meetings changes the indices the loops above read, `guessed` among them; nothing
        // reads meetings by index after this. The side meetings keep their place.)
        let settings = meetings.indices.filter { k in
            // (Not one to come: "are expected to meet on the sidelines of the AU summit in February" may be all the
            // report says of a summit it announces.)
            guard meetings[k].settingOnly, !meetings[k].planned else { return false }
            let people = meetings.indices.filter { meetings[$0].sidelinesOf == k }.flatMap { meetings[$0].participants }
            return meetings[k].participants.allSatisfy(people.contains)
        }
        if !settings.isEmpty {
            debug("  setting only, dropped: " + settings.map { "#\($0)" }.joined(separator: ", "))
            for k in meetings.indices { if let sl = meetings[k].sidelinesOf, settings.contains(sl) { meetings[k].sidelinesOf = nil } }
            for k in settings.reversed() { meetings.remove(at: k) }
        }
    }

    /// The country named right beside a mention of the place `name` in the text: a country adjective or name
    /// before it ("im slowenischen Brdo", "Slovenia's Brdo") or a country after a comma or "in" ("Brdo,
    /// Slovenia", "Brdo in Slowenien"). Nil when no mention has one.
    func countryBeside(_ name: String) -> String? {
        guard let word = name.split(separator: " ").first.map(String.init), !word.isEmpty else { return nil }
        func country(at k: Int) -> String? {
            guard k >= 0, k < tokens.count, let t = tag(covering: k), case .country(let iso, _) = t.entity else { return nil }
            return iso
        }
        // (Compared by bytes with the tokens' texts, which are NFC: the forms compared are made NFC too, so that
        // equal bytes are what `String` equality, which compares canonical equivalents, finds.)
        let first = TextSource.nfc(word), shouted = TextSource.nfc(word.uppercased())
        for i in tokens.indices where spells(i, first) || tokens[i].isAllCaps && spells(i, shouted) {
            if let iso = country(at: i - 1) ?? (i >= 2 && tokens[i - 1].kind == .word && tokens[i - 1].isCapitalized ? country(at: i - 2) : nil) { return iso }
            var j = i + 1
            while j < tokens.count && j < i + 4 && tokens[j].kind == .word && tokens[j].isCapitalized { j += 1 }
            if j + 1 < tokens.count, tokens[j].word == .comma || RuleWords.inIm.contains(tokens[j].word), let iso = country(at: j + 1) { return iso }
        }
        return nil
    }
}

/// Deciding whether an event reports a meeting already found (one node per distinct encounter), or is
/// a new meeting: ``DocumentAnalysis/integrate(_:triggers:)``. (The tests it asks are in
/// MeetingCompatibility.swift and MeetingReportOrder.swift, the merge itself in MeetingAbsorption.swift.)
extension DocumentAnalysis {
    /// Merges `event` into the meeting it reports again, or adds it as a new meeting.
    func integrate(_ event: MeetingRecord, triggers: [Trigger]) {
        let e = event
        let definite = triggers.contains { $0.definite && $0.role == .noun }
        // "The talks were chaired by X": a definite noun as the subject names the encounter already
        // reported; the verb after it adds a role, not a new encounter.
        let subjectAnaphor = triggers.count >= 2 && triggers[0].role == .noun && triggers[0].definite
            && (triggers[0].end ..< triggers[1].start).contains { RuleWords.wasWereWurdeEtc.contains(tokens[$0].word) }
        // "X, die das Treffen leitete", "X chaired the meeting": chairing a meeting already named is a role in it.
        // (So is hosting "that meeting": "X hosted that meeting, which …".)
        let demonstrative = triggers.contains { t in t.role == .noun && t.start > 0 && RuleWords.thatThisJenesEtc.contains(tokens[t.start - 1].word) }
        // (So is hosting "the meeting" right after the verb: "X would host the meeting, as he did …".)
        // (Another host verb may stand beside it: "X, who chairs the bloc, hosted the meeting".)
        let hostsTheMeeting = triggers.count >= 2 && triggers.allSatisfy { $0.role == .host || $0.role == .noun }
            && triggers.lazy.filter({ $0.role == .noun }).count == 1 && triggers.indices.dropLast().contains { j in
                triggers[j].role == .host && triggers[j + 1].role == .noun && triggers[j + 1].definite
                    && triggers[j + 1].start == triggers[j].end + 1 && has(triggers[j].end, .determinersDefinite)
            }
        let chairs = definite && (hostsTheMeeting || triggers.allSatisfy { $0.role == .noun || Self.chairVerbs.contains(tokens[$0.start].word) || demonstrative && $0.role == .host })
        let newEncounterVerb = !subjectAnaphor && !chairs && triggers.contains { [.meet, .host, .call].contains($0.role) }
        // (The event's people as a list: a record's people are distinct, so list relations are set relations.)
        let ep = e.participants
        // "A separate meeting between A and B", "ein gesondertes Gespräch", "a bilateral meeting": fewer of the people of
        // a gathering reported before, meeting on their own.
        let separate = !ep.isEmpty && triggers.contains { t in
            t.role == .noun && (max(sentences[e.firstSentence].tokens.lowerBound, t.start - 3) ..< t.start).contains {
                RuleWords.separateSeparatelyBilateralEtc.contains(tokens[$0].word) }
        }
        // A meeting word inside a quotation with no one named ("\"Both sides are using the negotiations …\"")
        // is the speaker's topic; it neither reports nor places a meeting.
        if triggers.allSatisfy(\.quoted) && ep.isEmpty && e.org == nil {
            debug("    -> quoted topic, dropped")
            return
        }
        // "das nächste Treffen solle im Frühjahr stattfinden": the next of a series, without a place, is no
        // meeting the report can place or people it can tell.
        if e.upcoming && e.cityKey == nil && !e.countryOnly {
            debug("    -> upcoming without place, dropped")
            return
        }
        var target: Int? = nil
        var reason = 0
        // The search reads the meetings through a buffer pointer: a field read by index (as
        // `meetings[k].firstSentence`) reads the record in place, and the final loop passes each record
        // by address (see `search`). A record bound with `let` or passed by value is still copied (a
        // retain and a release). Nothing in the search changes the meetings; it returns whether the
        // event is dropped.
        let dropped: Bool = self.meetings.withUnsafeBufferPointer { meetings in
            // A caption's encounter is the reported one that shares most of its people.
            if isCaption(sentences[e.firstSentence]) {
                let overlaps = meetings.indices.map { k in (k, ep.overlapCount(with: meetings[k].participants)) }.filter { $0.1 > 0 }
                guard let best = overlaps.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && meetings[$0.0].participants.count < meetings[$1.0].participants.count) }) else { return true }
                target = best.0; reason = 18
            }
            // The same organisation's meeting (a summit of one body), unless times say otherwise.
            if e.org != nil, let k = meetings.indices.last(where: { sameBody(meetings[$0].org, e.org) && compatible(meetings[$0], e) }) {
                target = k; reason = 1
            }
            // The same person's journey reported again (also in the pluperfect): "ihrer Reise", "Reise nach Chile".
            if target == nil, e.kind == .visit, !ep.isEmpty,
               let k = meetings.indices.last(where: { (meetings[$0].kind == .visit || meetings[$0].journey) && ep.isSubset(ofList: meetings[$0].participants)
                   && (e.cityISO == nil || meetings[$0].cityISO == nil || e.cityISO == meetings[$0].cityISO)
                   && timesCompatible(meetings[$0].timeKey, e.timeKey) && (e.cityKey == nil || meetings[$0].cityKey == nil || e.cityKey == meetings[$0].cityKey) }) {
                target = k; reason = 2
            }
            // "hosted that meeting", "dieses Treffen": a demonstrative points to the meeting named last, even one of
            // the past.
            // (Its place and time, if any, are that meeting's: "… at the Summit of the Americas in Punta Cana last December,
            // but that gathering was postponed".)
            if target == nil, demonstrative, let k = lastMeeting, k < meetings.count, e.cityKey == nil || e.cityKey == meetings[k].cityKey,
               e.timeKey == nil || e.timeKey == meetings[k].timeKey, (meetings[k].held == .phone) == (e.held == .phone) {
                target = k; reason = 23
            }
            // A definite summit anaphor ("dem Gipfel", "the summit") refers to the latest summit.
            if target == nil, definite, e.kind == .summit, e.cityKey == nil, !newEncounterVerb || ep.isEmpty,
               let k = meetings.indices.last(where: { meetings[$0].kind == .summit && compatible(meetings[$0], e) }) {
                target = k; reason = 3
            }
            // "… schalteten sich per Video zusammen. Im Verlauf der Unterredung kam X hinzu", "During the conversation, …": a
            // definite word of talking, with no place or time of its own, right after a call was reported, is that call.
            if target == nil, definite, e.cityKey == nil, e.timeKey == nil, !e.countryOnly, e.held != .phone, !newEncounterVerb,
               triggers.contains(where: { $0.role == .noun && Self.talkNouns.contains(tokens[$0.start].word) }),
               // (In the sentence after the call's: "phoned X to brief him on the talks" names talks held before.)
               let k = mostRecentMeeting(), meetings[k].held == .phone, !meetings[k].planned, e.firstSentence - lastReported(k) == 1,
               { var call = e; call.held = .phone; call.kind = meetings[k].kind; return compatible(meetings[k], call) }() {
                target = k; reason = 26
            }
            // A definite anaphor without place prefers the latest meeting of its own kind.
            // (The one reported most recently, not the one reported first most recently.)
            // (Only one of the last three is taken, when it is the latest reported of all that fit: the latest
            // of those three that fit is found first, and an earlier meeting is asked whether it fits only when
            // it was reported later than that one — then it leaves none to take. The answer is that of
            // `max(by: reportedBefore)` over every meeting that fits, taken when among the last three.)
            if target == nil, definite, e.cityKey == nil, !newEncounterVerb, e.kind != .summit {
                let attends = triggers.contains { $0.role == .attend }
                func fits(_ j: Int) -> Bool {
                    meetings[j].kind == e.kind && compatible(meetings[j], e)
                        && (ep.isSubset(ofList: meetings[j].participants) || ep.isEmpty || attends)
                }
                let tail = max(0, meetings.count - 3)
                var latest: Int? = nil
                for j in tail ..< meetings.count where fits(j) { if latest.map({ reportedBefore($0, j) }) ?? true { latest = j } }
                if let k = latest {
                    let reported = lastReported(k)
                    var laterBefore = false
                    for j in 0 ..< tail where meetings[j].kind == e.kind && lastReported(j) > reported && fits(j) { laterBefore = true; break }
                    if !laterBefore { target = k; reason = 4 }
                }
            }
            // "Over lunch the ministers hosted X", "At a state banquet in the evening, …": a meal with no place or
            // time of its own is part of the encounter reported just before.
            // (Not a meal on the sidelines: "Am Rande des Treffens kam X zu einem Frühstück mit Y zusammen" is a side meeting.)
            // (A meal with no time of its own, or only the evening's; asked only of a meal.)
            func untimedOrEvening() -> Bool { e.timeKey == nil || e.time?.lowercased().contains("abend") == true || e.time?.lowercased().contains("evening") == true }
            if target == nil, e.kind == .meal, e.cityKey == nil, e.sidelinesOf == nil, untimedOrEvening(),
               let k = meetings.indices.last(where: { meetings[$0].held != .phone && meetings[$0].sidelinesOf == nil }),
               e.firstSentence - (meetings[k].sentences.max() ?? meetings[k].firstSentence) <= 6, meetings[k].planned == e.planned,
               // (Not a meal with another counterpart after a reception whose host is named: "A and B were received by C.
               // … The pair then had lunch with D". The meeting's own people hosting the meal bring their guest to it:
               // "Over lunch the ministers hosted X".)
               !newCounterpart(e, after: meetings[k]) || triggers.contains(where: { t in
                   t.role == .host && t.start > 0 && Self.attendeeNouns.contains(tokens[t.start - 1].word) }),
               // (Nor a meal whose host was not at that encounter: "Before the session, A and B held a one-on-one. … In the
               // evening, C hosted the three ministers for dinner".)
               e.hosts.isEmpty || e.hosts.contains(where: meetings[k].participants.contains) {
                target = k; reason = 17
            }
            // "Sandu hosted a dinner for her guest in the evening", "Rahmon later hosted an official dinner in honour of the
            // visiting head of state": a meal its host gives for the guest of a visit he hosts, with no place or time of its
            // own, is part of that visit (welcome, talks and dinner are one encounter), though other meetings came since.
            // (A meal named beside "visiting" too: "in honour of the visiting head of state".)
            if target == nil, triggers.contains(where: { $0.role == .noun && $0.kind == .meal }), e.cityKey == nil, e.sidelinesOf == nil, !e.hosts.isEmpty,
               untimedOrEvening(),
               let k = meetings.indices.last(where: { j in
                   meetings[j].held != .phone && meetings[j].sidelinesOf == nil && meetings[j].planned == e.planned && !meetings[j].background
                       && ep.allSatisfy(meetings[j].participants.contains)
                       // (Its host hosts that visit, or is at a visit whose host is not named yet: "X arrived for a state
                       // visit. … Y met his guest".)
                       && (e.hosts.contains(where: meetings[j].hosts.contains) || meetings[j].hosts.isEmpty && meetings[j].kind == .visit)
               }), e.firstSentence - lastReported(k) <= 12 {
                target = k; reason = 25
            }
            // "Zudem sprachen Merz und Carney über Rohstoffe": the same people talking about a topic, with no place or
            // time of their own, right after their call or meeting was reported — that encounter's subject, not another.
            if target == nil, e.cityKey == nil, e.timeKey == nil, !e.countryOnly, ep.count >= 2,
               triggers.allSatisfy({ $0.role == .meet && Self.topicVerbs.contains(tokens[$0.start].word) }),
               triggers.contains(where: { t in RuleWords.discussedBesprachen.contains(tokens[t.start].word)
                   || (t.end ..< min(tokens.count, t.end + 6)).contains { RuleWords.ueberAboutOn.contains(tokens[$0].word) } }),
               let k = meetings.indices.last(where: { ep.hasSameMembers(as: meetings[$0].participants) && !meetings[$0].planned }),
               e.firstSentence - max(meetings[k].firstSentence, meetings[k].sentences.max() ?? 0, meetings[k].evidence.values.max() ?? 0) <= 6 {
                target = k; reason = 19
            }
            // "Starmer and Trump spoke for half an hour on Saturday" after their phone call was reported: speaking
            // with no place of its own is that call, told again with its time.
            if target == nil, e.cityKey == nil, !e.countryOnly, ep.count >= 2, e.held != .phone,
               triggers.allSatisfy({ $0.role == .meet && Self.topicVerbs.contains(tokens[$0.start].word) }),
               let k = meetings.indices.last(where: { meetings[$0].held == .phone && ep.hasSameMembers(as: meetings[$0].participants) && !meetings[$0].planned }),
               { var call = e; call.held = .phone; return compatible(meetings[k], call) }(),
               e.firstSentence - max(meetings[k].firstSentence, meetings[k].sentences.max() ?? 0, meetings[k].evidence.values.max() ?? 0) <= 6 {
                target = k; reason = 24
            }
            // "…, die nächsten Konsultationen sollten im Juni in Den Haag stattfinden. Dann wollen beide Kabinette
            // gemeinsam tagen.": a planned encounter right after a planned meeting, with no place of its own, is that one.
            if target == nil, e.planned, e.cityKey == nil, !e.countryOnly, !ep.isEmpty, let k = meetings.indices.last, meetings[k].planned,
               meetings[k].held == e.held || e.held == .inPerson, !ep.isDisjoint(with: meetings[k].participants),
               e.firstSentence - (meetings[k].sentences.max() ?? meetings[k].firstSentence) == 1, timesCompatible(meetings[k].timeKey, e.timeKey) {
                target = k; reason = 21
            }
            // "X wurde in Neu-Delhi mit militärischen Ehren empfangen. Anschließend kam er mit Y zu einem Gespräch
            // zusammen.": the counterpart of a welcome that named only the guest, right after it.
            if target == nil, e.cityKey == nil, e.timeKey == nil, !e.countryOnly, let k = meetings.indices.last,
               meetings[k].participants.count == 1, ep.count >= 2, ep.contains(meetings[k].participants[0]), meetings[k].held == e.held,
               meetings[k].planned == e.planned, meetings[k].background == e.background, meetings[k].sidelinesOf == nil,
               e.firstSentence - (meetings[k].sentences.max() ?? meetings[k].firstSentence) == 1 {
                target = k; reason = 22
            }
            // "reist weiter nach Usbekistan. In Samarkand will er … zusammentreffen": a meeting in the country a
            // journey was just reported to is part of that journey.
            if target == nil, let iso = e.cityISO, !iso.isEmpty, !ep.isEmpty, let k = meetings.indices.last,
               meetings[k].countryOnly, meetings[k].cityISO == iso, meetings[k].kind == .visit || meetings[k].journey,
               // (Or one of its people met there: "lädt X zu einem Staatsbesuch nach Indonesien ein … ein Treffen mit Y in
               // Jakarta ist eingeplant".)
               !meetings[k].participants.isEmpty, ep.contains(allOf: meetings[k].participants) || meetings[k].planned && e.planned && !ep.isDisjoint(with: meetings[k].participants),
               e.firstSentence - meetings[k].firstSentence <= 2 {
                target = k; reason = 20
            }
            // "Macron, this year's host, greeted the leaders …" right after a summit is reported: its reception.
            // (Greeting one guest is a reception of its own — unless the summit's host greets one of its guests:
            // "Zelenskyy joined the leaders … He was greeted by Starmer with an embrace".)
            if target == nil, e.cityKey == nil, e.timeKey == nil, !triggers.contains(where: { $0.role == .noun }), triggers.contains(where: { $0.role == .host }),
               // (A call reported since does not end the summit: "… hosted the leaders, hours after a phone call with X".)
               let k = meetings.indices.last(where: { meetings[$0].held != .phone }), meetings[k].held == .multilateral,
               e.participants.filter({ !e.hosts.contains($0) }).count >= 2
                   || !e.hosts.isEmpty && e.hosts.isSubset(ofList: meetings[k].hosts) && ep.isSubset(ofList: meetings[k].participants)
                       && triggers.allSatisfy({ $0.role == .host && Self.greetVerbs.contains(tokens[$0.start].word) }),
               meetings[k].sidelinesOf == nil, !meetings[k].background,
               e.firstSentence - max(meetings[k].sentences.max() ?? meetings[k].firstSentence, meetings[k].evidence.values.max() ?? 0) <= 2 {
                target = k; reason = 16
            }
            // Talks during a journey just reported: "X travelled to Dakar. He met Y and Z." — the
            // traveller's latest visit, when this event names no place of its own.
            if target == nil, e.cityKey == nil, !e.countryOnly, e.held != .phone, !ep.isEmpty, let k = meetings.indices.last,
               meetings[k].kind == .visit, meetings[k].sidelinesOf == nil, meetings[k].background == e.background,
               // (Not after a reception with its host named: "A and B were received by C. … The pair then had lunch
               // with D" — another counterpart, another encounter.)
               !newCounterpart(e, after: meetings[k]),
               !meetings[k].participants.isEmpty, ep.contains(allOf: meetings[k].participants) && !ep.isSubset(ofList: meetings[k].participants),
               timesCompatible(meetings[k].timeKey, e.timeKey), meetings[k].planned == e.planned {
                target = k
            }
            // "… looked forward to welcoming X in New Delhi for the next round of the dialogue, which India will host": an
            // event naming no one and no body, after a meeting with people in the same sentence, tells that meeting further
            // (not one placed after or before it: "… met Y, days after the summit"; not in a headline, whose dash parts two
            // reports: "Merz telefoniert mit Trump – Videoschalte der Koalition").
            if target == nil, ep.isEmpty, e.org == nil, e.sidelinesOf == nil, let k = lastMeeting, k < meetings.count,
               !meetings[k].participants.isEmpty, (meetings[k].sentences.max() ?? meetings[k].firstSentence) == e.firstSentence,
               meetings[k].planned == e.planned, compatible(meetings[k], e),
               let first = triggers.first?.start, !isHeadline(sentences[e.firstSentence]),
               // (Nor across a semicolon, which joins two reports.)
               !(sentences[e.firstSentence].tokens.lowerBound ..< first).contains(where: { tokens[$0].word == .semicolon }),
               !(max(sentences[e.firstSentence].tokens.lowerBound, first - 6) ..< first).contains(where: {
                   RuleWords.afterBeforeFollowingEtc.contains(tokens[$0].word) || RuleWords.beforeThenBevorEtc.contains(tokens[$0].word) }) {
                target = k; reason = 26
            }
            // The headline's meeting is reported again in the text ("G7 leaders meet in Evian" … "gathered for a summit"),
            // and so is the teaser's, before a dateline further down: of those not yet reported again, the one whose people
            // match best (one set within the other; one named without people matches weakly).
            if target == nil, e.firstSentence >= datelineSentence, e.sidelinesOf == nil {
                var best: (k: Int, score: Double)? = nil
                // (A meeting the guard below passes over for its first sentence is not copied out first.)
                for k in meetings.indices.reversed() where k != e.sidelinesOf && (meetings[k].firstSentence == 0 || meetings[k].firstSentence < datelineSentence) {
                    let m = meetings[k]
                    guard m.firstSentence == 0 && isHeadline(sentences[0]) || m.firstSentence < datelineSentence,
                          // (A headline's side meeting is reported again as a meeting, not as the summit it was beside:
                          // "X presses talks with Y on ASEAN Summit sidelines" … "in a meeting with Y on Wednesday".)
                          m.sentences.count <= 1, m.sidelinesOf == nil || e.kind != .summit, !(m.settingOnly && e.kind != .summit),
                          m.planned == e.planned, compatible(m, e),
                          // (Not the headline's other meeting: "Merz telefoniert mit Trump – Videoschalte der Koalition".)
                          m.firstSentence < e.firstSentence else { continue }
                    let mp = m.participants
                    var score: Double
                    if !ep.isEmpty && !mp.isEmpty {
                        guard ep.isSubset(ofList: mp) || mp.isSubset(ofList: ep) else { continue }
                        let shared = ep.overlapCount(with: mp)
                        score = Double(shared) / Double(ep.count + mp.count - shared)
                    } else {
                        score = sameBody(m.org, e.org) ? 0.5 : 0.1
                    }
                    // (Named by a noun of the same kind — "Videoschalte", "Videokonferenz" — before one named by a verb.)
                    if e.noun != nil, m.noun != nil, e.kind == m.kind, e.held == m.held { score += 0.5 }
                    if best == nil || score > best!.score { best = (k, score) }
                }
                if let b = best { target = b.k; reason = 15 }
            }
            // Each meeting, latest first, is read in place: `search` takes it `inout` only so that it is
            // passed by address, never copied (a copy is a retain and a release, for every meeting, for
            // every event, in the loop that most often reads them all); it changes nothing. It returns
            // the rule that makes the meeting the event's, or nil.
            func search(_ m: inout MeetingRecord, _ k: Int) -> Int? {
                // A second encounter joined by "and" is not the one its sentence reported before it.
                if e.coordinated && m.firstSentence == e.firstSentence { return nil }
                // A side meeting is reported again only as a side meeting of the same summit.
                if let sl = e.sidelinesOf, m.sidelinesOf != sl { return nil }
                // A side meeting is at its summit's place: an event elsewhere is another encounter.
                if let sl = m.sidelinesOf, let city = e.cityKey, let summitCity = meetings[sl].cityKey, city != summitCity { return nil }
                // An anaphor ("for the meeting") refers to a meeting reported before this sentence.
                if definite && m.firstSentence == e.firstSentence && ep.isEmpty { return nil }
                // Summits last days: the same summit in the same city, whatever the weekday.
                if m.kind == .summit && e.kind == .summit, let a = m.cityKey, a == e.cityKey,
                   timesCompatible(m.timeKey?.hasPrefix("wd") == true ? nil : m.timeKey, e.timeKey?.hasPrefix("wd") == true ? nil : e.timeKey),
                   (m.org == nil || e.org == nil || sameBody(m.org, e.org)) {
                    return 5
                }
                guard compatible(m, e) else { return nil }
                // (The record's people are compared as a list: a set of them is built only where its size counts;
                // read only for a compatible meeting.)
                let mp = m.participants
                let overlap = ep.containsAny(of: mp)
                if m.org != nil, sameBody(m.org, e.org) { return 6 }
                // (At a seat of government the meeting was not placed at, with someone new to an encounter of two or more and
                // not named as that meeting, it is another encounter: "After the talks, the four ministers paid a courtesy call
                // on President X at Malacañang Palace". A visit of one guest is received there: "Y kam zum Antrittsbesuch
                // nach Berlin. X empfing ihn im Kanzleramt"; a summit's host welcomes its guests: "welcomed A and B at Prague
                // Castle"; a meeting with no one named has no one new: "opened the two-day meeting at the Hofburg".)
                if let a = m.cityKey, let b = e.cityKey, a == b, overlap || ep.isEmpty || mp.isEmpty || definite,
                   e.venue == nil || e.venue == m.venue || definite || mp.count < 2 || ep.isSubset(ofList: mp),
                   // (Nor is a visit still to come, with someone new, a meeting already held there: "X is expected to
                   // visit Manila next month … for a summit with Y", "um den Besuch ihres Außenministers Y in Berlin
                   // vorzubereiten".)
                   !(e.planned && !m.planned && !ep.isSubset(ofList: mp)) { return 7 }
                if e.cityKey != nil && m.cityKey == nil && !ep.isEmpty && ep.hasSameMembers(as: mp) && (e.kind == m.kind || e.kind == .meeting || m.kind == .meeting) {
                    return 8
                }
                // (Not a meeting of no one named with a time of its own: "Zuletzt hatte sich die Runde im Juni in Rom getroffen".)
                if e.cityKey != nil && m.cityKey == nil && definite && ep.isSubset(ofList: mp) && e.kind == m.kind
                    && !(ep.isEmpty && e.timeKey != nil && e.timeKey != m.timeKey) { return 9 }
                // (Not a journey elsewhere into a reception: "… empfangen. … weil X zu einem Krisentreffen nach Daressalam reisen musste".)
                // (Nor a new meeting only planned into one held: "Sie sollen ein Folgetreffen in Addis Abeba vorbereiten";
                // "the ASEAN meetings will open Tuesday in Jakarta", a body's, name the one reported.)
                if e.cityKey != nil && m.cityKey == nil && ep.isEmpty && k == meetings.count - 1 && (e.kind == m.kind || e.kind == .meeting)
                    && !(e.planned && !m.planned && !definite && e.org == nil)
                    && !(e.journey && !m.journey && !m.hosts.isEmpty) { return 10 }
                if e.cityKey == nil {
                    if definite && (!newEncounterVerb || ep.isSubset(ofList: mp) || mp.isEmpty) && !(separate && ep.count < mp.count)
                        && (e.kind == m.kind || e.kind == .meeting || (m.kind == .meeting && e.kind != .summit) || ep.isEmpty && e.kind != .summit) {
                        return 11
                    }
                    // (Two of a summit's people meeting is a meeting of their own: "Anwar also met Prabowo".)
                    let people = mp.count
                    let bilateralAtSummit = ((m.held == .multilateral || people >= 4) && newEncounterVerb || separate && people >= 3) && ep.count < people && ep.count <= 3
                    if !ep.isEmpty && ep.isSubset(ofList: mp) && (e.kind == m.kind || e.kind == .meeting) && e.invitation == m.invitation && !bilateralAtSummit {
                        return 12
                    }
                    if overlap && ep.contains(allOf: mp) && e.timeKey != nil && e.timeKey == m.timeKey && e.kind == m.kind { return 13 }
                }
                return nil
            }
            // Which meetings a rule of `search` can take at all, asked first of each (comparing a few
            // integers, where `search` compares times and places): every rule that returns needs the event
            // to be definite (9, 11), the last meeting (10), a body on both sides (6), the event's city
            // (5, 7) or people in common (8, 12, 13; 8 and 12 a person of the event's, 13 one of both).
            // A meeting none of these fits is passed over: the meeting found is the same. (A rule added to
            // `search` that takes a meeting on other grounds must be added here; debug builds compare the
            // answer with that of the search of every meeting, see `wholeSearch`.)
            // (The city is compared by its hash first; an event with no city, body or people, not definite, can
            // be only the last meeting's: the others are not read.)
            let eCity = e.cityKey, eCityHash = e.cityKeyHash, eOrg = e.org != nil, last = meetings.count - 1
            let onlyLast = !definite && eCity == nil && !eOrg && ep.isEmpty
            func mayTake(_ m: inout MeetingRecord, _ k: Int) -> Bool {
                definite || k == last || (eCity != nil && m.hasCityKey(eCity!, hash: eCityHash)) || m.sharesParticipant(with: ep) || (eOrg && m.hasOrg)
            }
            // The search of every meeting, without `mayTake`: the answer `mayTake` must not change.
            func wholeSearch(_ records: UnsafeMutablePointer<MeetingRecord>) -> Int? {
                for k in meetings.indices.reversed() where k != e.sidelinesOf {
                    if search(&records[k], k) != nil { return k }
                }
                return nil
            }
            if let first = meetings.baseAddress {
                let records = UnsafeMutablePointer(mutating: first)
                let searched = target == nil
                for k in ((onlyLast ? max(0, last) : 0) ..< meetings.count).reversed() where target == nil && k != e.sidelinesOf && mayTake(&records[k], k) {
                    if let rule = search(&records[k], k) { target = k; reason = rule; break }
                }
                assert(!searched || target == wholeSearch(records), "a rule of the meeting search takes a meeting that mayTake passes over")
            }
            return false
        }
        if dropped { return }
        debug("    -> " + (target.map { "merge into #\($0) \(meetings[$0].noun ?? "-") (rule \(reason))" } ?? "new"))
        guard let t = target else {
            if isCaption(sentences[e.firstSentence]) { return }
            // ("In Brüssel wird die Reise aufmerksam verfolgt": a definite noun alone names a meeting of its kind already
            // reported, watched from elsewhere; it is no new one.)
            // (One with a time of its own, or an earlier or later one of a series, is another meeting.)
            let watched = definite && e.participants.isEmpty && e.org == nil && triggers.allSatisfy { $0.role == .noun }
                && e.timeKey == nil && !e.background && !e.upcoming
                && meetings.contains { $0.kind == e.kind || e.kind == .visit && $0.held != .phone }
            // (A headline's particular meeting is anchored by the report that follows: "– Videoschalte der Koalition".)
            let headlined = e.firstSentence == 0 && isHeadline(sentences[0]) && triggers.contains { t in
                t.role == .noun && (e.particular || t.end < tokens.count && RuleWords.derDesOf.contains(tokens[t.end].word))
            }
            let anchored = !watched && (!e.participants.isEmpty || e.org != nil || (e.cityKey != nil && triggers.contains { $0.role == .noun }) || headlined)
            if anchored && !(triggers.allSatisfy(\.quoted) && e.participants.isEmpty) {
                meetings.append(e)
                lastMeeting = meetings.count - 1
            }
            return
        }
        lastMeeting = t
        Self.absorb(e, into: &meetings[t])
    }
}

/// Making meeting records from a sentence's events: joining arrivals to the meeting under way,
/// places and times, background and planned meetings, side meetings (see ``DocumentAnalysis/makeEvents(_:assigned:sentence:cues:places:times:planned:sidelinesTarget:)``).
extension DocumentAnalysis {
    /// Verbs that report speech before its content ("telling the conference that …", "sagte, dass …").
    static let reportingVerbs = WordSet(row: 223, [
        "told", "telling", "tells", "said", "saying", "says", "warned", "warning", "warns", "argued", "arguing", "insisted",
        "insisting", "stressed", "stressing", "added", "adding", "sagte", "sagten", "erklärte", "erklärten", "betonte",
        "betonten", "warnte", "warnten",
    ])

    /// "X told the video conference that Europe could not wait": the start of the reported speech after all of
    /// an event's triggers (a "that"/"dass" at most 15 words after a reporting verb), whose modals are the
    /// speaker's and do not make the event planned. Nil when there is none.
    func reportedSpeech(after cl: [Trigger], in s: Sentence) -> Int? {
        guard let last = cl.last else { return nil }
        let limit = s.tokens.upperBound
        guard sentence(s, mayHave: RuleWords.thatDass), let that = (last.end ..< limit).first(where: { RuleWords.thatDass.contains(tokens[$0].word) }) else { return nil }
        let verbFrom = max(s.tokens.lowerBound, that - 15)
        guard (verbFrom ..< that).contains(where: { Self.reportingVerbs.contains(tokens[$0].word) }),
              !(verbFrom ..< that).contains(where: { RuleWords.stopBangQuestionEtc.contains(tokens[$0].word) }) else { return nil }
        return that
    }

    /// Whether a call's noun names a conference of several ("video conference", "Videoschalte", "Telefonkonferenz").
    static func conferenceNoun(_ noun: String?) -> Bool {
        guard let n = noun?.lowercased() else { return false }
        return RuleWords.conferenceKonferenzSchalteEtc.contains { n.contains($0) }
    }

    /// Whether a call's noun names a call between two ("Telefonat", "phone call"), not a conference.
    static func twoWayCallNoun(_ noun: String?) -> Bool {
        guard let n = noun?.lowercased(), !conferenceNoun(n) else { return false }
        return RuleWords.telefonatTelefongespraechPhone.contains { n.contains($0) }
    }

    /// Turns each event of `ec`, with its participations `assigned`, into a meeting record and merges it
    /// into the document's meetings (or adds its people to a meeting reported before).
    func makeEvents(_ ec: EventClusters, assigned: [[Participation]], sentence s: Sentence, cues: TriggerCues,
                    places: [PlaceMention], times: [TimeExpression], planned: Bool, sidelinesTarget: Int?) {
        let clusters = ec.clusters, preparedStarts = ec.preparedStarts
        let welcomesAll = cues.welcomesAll, timeAnchor = cues.timeAnchor
        let headline = isHeadline(s)
        // (The people and evidence of the event made before, all that is read of it: an optional record was
        // destroyed through its type's value witnesses, some 250 instructions each time it was replaced.)
        var previousEvent: (participants: [Int], evidence: ActorSentenceMap)? = nil
        // (The meeting an earlier cluster of this sentence, with people of its own, went to.)
        var previousMeeting: Int? = nil
        for (c, cl) in clusters.enumerated() {
            // Welcoming the delegates of a meeting already reported (no place of its own): its host.
            if cl.allSatisfy({ welcomesAll.contains($0.start) }), places.isEmpty, let target = latestMeeting(kind: .summit) ?? meetings.indices.last {
                for p in assigned[c] where !p.source && !p.absent {
                    meetings[target].addParticipant(p.mention.actor, sentence: s.index)
                    if !meetings[target].hosts.contains(p.mention.actor) { meetings[target].hosts.append(p.mention.actor) }
                }
                continue
            }
            // Arrivals and attendance alone name no new encounter: they join the one reported.
            // An arrival with a place of its own and no summit to arrive for is a visit ("X arrived in Tehran").
            let arrivalVisit = cl.allSatisfy({ $0.role == .arrive }) && latestMeeting(kind: .summit) == nil
                && places.contains(where: { $0.start > cl.first!.start && $0.start <= cl.last!.end + 3 }) && !assigned[c].isEmpty
            // "to attend a campaign event": attending something that is no meeting joins nothing.
            let attendsOther = cl.allSatisfy({ $0.role == .attend }) && cl.contains { objectIsNoMeeting(after: $0, in: s) }
            if attendsOther { continue }
            // "Liberia's bid to host a regional maritime training centre": hosting something that is no meeting, told by
            // an infinitive, names no encounter.
            let hostsOther = cl.allSatisfy({ $0.role == .host }) && cl.contains { t in
                t.start > s.tokens.lowerBound && RuleWords.to.contains(tokens[t.start - 1].word) && objectIsNoMeeting(after: t, in: s)
                    && !assigned[c].contains { $0.mention.start > t.end && $0.mention.start <= t.end + 6 }
            }
            if hostsOther { continue }
            // "sagte seine Teilnahme wegen einer Reise nach Washington ab", "because of a trip to Paris": an encounter
            // named as a reason is not reported.
            if !cl.contains(where: { [.meet, .host, .call, .visit].contains($0.role) }), let noun = cl.first(where: { $0.role == .noun }),
               noun.start >= s.tokens.lowerBound + 2, RuleWords.einerEinesAEtc.contains(tokens[noun.start - 1].word),
               RuleWords.wegenAufgrund.contains(tokens[noun.start - 2].word)
                || noun.start >= s.tokens.lowerBound + 3 && RuleWords.ofTo.contains(tokens[noun.start - 2].word) && RuleWords.becauseDue.contains(tokens[noun.start - 3].word) {
                continue
            }
            // "In Bamako, X dismissed the summit as theatre", "Y kritisierte die Gespräche": a meeting judged from
            // outside is the one already reported, not a new one where the judge is.
            // So is one asked or spoken about ("asked about the visit at the White House", "über den Besuch").
            if !cl.contains(where: { [.meet, .host, .call, .visit].contains($0.role) }), let noun = cl.first(where: { $0.role == .noun }), noun.definite,
               (max(s.tokens.lowerBound, noun.start - 4) ..< noun.start).contains(where: { has($0, .judgingVerb) }) && meetings.contains(where: { $0.kind == noun.kind })
                || noun.start >= s.tokens.lowerBound + 2 && RuleWords.aboutUeber.contains(tokens[noun.start - 2].word) && has(noun.start - 1, .determinersDefinite)
                    && cl.first?.start == noun.start && meetings.contains(where: { $0.held != .phone && !$0.planned }) {
                continue
            }
            // "as President X was on a private visit abroad", "weil er im Ausland auf Reisen war": a journey
            // elsewhere, named without a place, is why someone is away, not an encounter.
            if !cl.contains(where: { [.meet, .host, .call, .visit].contains($0.role) }), let noun = cl.last(where: { $0.role == .noun }), noun.kind == .visit,
               (noun.end ..< min(s.tokens.upperBound, noun.end + 3)).contains(where: { Self.abroadWords.contains(tokens[$0].word) })
                || (max(s.tokens.lowerBound, noun.start - 4) ..< noun.start).contains(where: { Self.abroadWords.contains(tokens[$0].word) }) {
                continue
            }
            // "fliegt nach Berlin zurück", "flew back home": a journey home is no visit.
            if cl.allSatisfy({ $0.role == .visit }), clause(around: cl.last!.start, in: s).contains(where: { Self.returnWords.contains(tokens[$0].word) }) { continue }
            // "X flew in on Sunday night" while a summit is under way: a journey with no destination of its own
            // is an arrival at the summit. (So is joining after a journey from elsewhere: "X joined the leaders after
            // flying in from Kyiv".)
            let origins = places.allSatisfy { $0.start > s.tokens.lowerBound && RuleWords.fromAus.contains(tokens[$0.start - 1].word) }
            let flewIn = cl.allSatisfy({ $0.role == .visit || $0.role == .attend }) && cl.contains(where: { $0.role == .visit })
                && (places.isEmpty || cl.contains(where: { $0.role == .attend }) && origins) && countryVenue(after: cl.last!, sentence: s) == nil
                && latestMeeting(kind: .summit).map { !meetings[$0].planned && meetings[$0].sidelinesOf == nil } == true
                && !cl.contains(where: { $0.end < s.tokens.upperBound && RuleWords.toNach.contains(tokens[$0.end].word) })
            if flewIn, let summit = latestMeeting(kind: .summit) {
                for p in assigned[c] where !p.source && !p.absent { meetings[summit].addParticipant(p.mention.actor, sentence: s.index) }
                continue
            }
            // "der türkische Diplomat leitete eine Arbeitsgruppe", "X chaired the drafting committee": chairing with no
            // meeting word, while a meeting reported in the last three sentences is under way, is a seat at that
            // meeting, not an encounter of its own. (With none under way — "Geleitet wurde die ukrainische Seite von
            // X, die russische von Y" after a sentence naming nobody — it still reports one.)
            if cl.allSatisfy({ $0.role == .host && Self.chairVerbs.contains(tokens[$0.start].word) }),
               let k = meetings.indices.last(where: { meetings[$0].sidelinesOf == nil && meetings[$0].held != .phone }),
               !meetings[k].planned, !meetings[k].background, (meetings[k].sentences.last ?? meetings[k].firstSentence) >= s.index - 3 {
                debug("  chairing -> #\(k): " + assigned[c].map { actors[$0.mention.actor].name }.joined(separator: ", "))
                for p in assigned[c] where !p.source && !p.absent { meetings[k].addParticipant(p.mention.actor, sentence: s.index) }
                continue
            }
            if cl.allSatisfy({ $0.role == .arrive || $0.role == .attend }) && !arrivalVisit {
                // Joining is joining the main meeting, not a side meeting or a call reported since.
                // (Expected to join a meeting announced just before: that one, a call too — "will co-host a video
                // call … Merz and Meloni were expected to join".)
                let announced = planned && meetings.last.map { $0.planned && s.index - $0.firstSentence <= 2 } == true
                // ("Other leaders attending included …": leaders attend the summit, not a meeting on its margins.)
                let leaders = sentence(s, mayHave: RuleWords.leadersStaatsRegierungschefsEtc)
                let summit = latestMeeting(kind: .summit).flatMap { meetings[$0].background || meetings[$0].planned ? nil : $0 }
                // ("damals war X angereist", "X attended at the time": the earlier meeting just recalled.)
                let recalled = sentence(s, mayHave: RuleWords.damalsSeinerzeit)
                    && lastMeeting.map { meetings[$0].background } == true
                // (A conference call reported last is the gathering under way: "X chaired the video conference.
                // Among those taking part were …", "Y also joined".)
                let conferenceCall = mostRecentMeeting().flatMap { k in
                    meetings[k].held == .phone && meetings[k].sidelinesOf == nil && !meetings[k].planned
                        && (meetings[k].participants.count >= 3 || Self.conferenceNoun(meetings[k].noun)) ? k : nil }
                // ("The meeting was attended by A, B, C, D and E": the rest of a list whose first names went with the
                // meeting reported before it in the sentence joins that meeting.)
                let continuing = c > 0 && !(clusters[c - 1].last!.end ..< max(clusters[c - 1].last!.end, cl.first!.start))
                    .contains { separatesReports($0, headline: headline) } ? previousMeeting : nil
                let target = recalled ? lastMeeting
                    : continuing != nil ? continuing
                    : cl.contains { $0.role == .arrive } ? (latestMeeting(kind: .summit) ?? nil)
                    : announced ? meetings.indices.last
                    : conferenceCall != nil ? conferenceCall
                    : leaders && summit != nil ? summit
                    // (Not an earlier encounter recalled since: "Im vergangenen Herbst war X in Tallinn zu Gast. … Y war bereits
                    // am Wochenende angereist" came to the meeting under way.)
                    : meetings.indices.last(where: { meetings[$0].sidelinesOf == nil && meetings[$0].held != .phone && !meetings[$0].background })
                        ?? meetings.indices.last(where: { meetings[$0].sidelinesOf == nil && meetings[$0].held != .phone }) ?? meetings.indices.last
                debug("  attending -> \(target.map { "#\($0)" } ?? "-"): " + assigned[c].map { actors[$0.mention.actor].name }.joined(separator: ", "))
                if let target {
                    for p in assigned[c] where !p.source && !p.absent { meetings[target].addParticipant(p.mention.actor, sentence: s.index) }
                }
                continue
            }
            // A place after the next encounter's trigger is that encounter's ("joined the meeting and recalled the
            // summit in The Hague").
            let until = clusters.indices.contains(c + 1) ? clusters[c + 1].first!.start : s.tokens.upperBound
            // (An encounter prepared takes no place or time named before it: those are the preparing one's.)
            let prepared = preparedStarts.contains(cl.first!.start)

            // (Nor a place after a semicolon: "… kam mit Y zusammen; beide vereinbarten einen Dialog, dessen erste
            // Runde in Madrid stattfinden soll". One before it may be: "nahm eine Einladung nach Berlin an; der
            // Besuch ist für das Frühjahr vorgesehen".)
            let segmentEnd = (cl.last!.end ..< s.tokens.upperBound).first(where: { tokens[$0].word == .semicolon }) ?? s.tokens.upperBound
            let segmentStart = (s.tokens.lowerBound ..< cl.first!.start).last(where: { tokens[$0].word == .semicolon }).map { $0 + 1 } ?? s.tokens.lowerBound
            // (A semicolon's halves are planned or held each on its own: "kam mit Y zusammen; … soll stattfinden".)
            let semicolonSplit = segmentStart > s.tokens.lowerBound || segmentEnd < s.tokens.upperBound
            // (Nor one told in a relative clause before it about an earlier encounter: "A und B, die sich zuletzt in Berlin
            // gesehen hatten, sprachen …" did not speak in Berlin.)
            let afterRelativeEncounter = c > 0 ? relativeAbout(clusters[c - 1], in: s).flatMap { cl.first!.start >= $0.upperBound ? $0.upperBound : nil } : nil
            let from = prepared ? cl.first!.start : afterRelativeEncounter ?? s.tokens.lowerBound
            // (An encounter told in a relative clause about people named before it is timed inside it: "A and B, who last
            // met in Berlin in the autumn, held talks in Milan on Friday".)
            let ownRelative = relativeAbout(cl, in: s)
            let upTo = min(until, segmentEnd)
            // (Not a place in another clause that someone returns to: "… empfangen, bevor er nach Berlin zurückfliegt".)
            var event = makeEvent(cl, sentence: s, parts: assigned[c], places: places.filter { p in p.start < upTo && p.start >= from && !returnedTo(p, sentence: s, triggers: cl) },
                                  times: times.filter { $0.start >= from && $0.start < segmentEnd && (ownRelative?.contains($0.start) ?? true) },
                                  planned: reportedSpeech(after: cl, in: s).map { isPlanned(s, in: segmentStart ..< min($0, segmentEnd)) }
                                      ?? (semicolonSplit ? isPlanned(s, in: segmentStart ..< segmentEnd) : planned))
            // "Die Runde tagte im Zentrum X, wo künftig mehr Gas ankommen soll", "A met B, who will travel to C": a modal
            // in a relative clause about someone or something else plans nothing of this encounter.
            if event.planned, !prepared, plannedOnlyInRelatives(cl, sentence: s, in: segmentStart ..< segmentEnd) { event.planned = false }
            // "Eine China-Reise war im Herbst abgesagt worden", "the summit remains postponed": a meeting called
            // off or put off in its own clause was not held.
            if !event.planned, clause(around: cl.first!.start, in: s).contains(where: { k in
                has(k, .cancelWord) || (RuleWords.on.contains(tokens[k].word) && k + 1 < s.tokens.upperBound && RuleWords.hold.contains(tokens[k + 1].word))
            }) {
                event.planned = true
            }
            // "Erdogan, who offered to host a new round of talks", "bot an, … auszurichten": an offer is still to come.
            if !event.planned, (max(s.tokens.lowerBound, cl.first!.start - 3) ..< cl.first!.start).contains(where: { Self.offerWords.contains(tokens[$0].word) }) {
                event.planned = true
            }
            // "The last summit, held in Apia, …": an earlier meeting of a series is background; "the next
            // summit" is still to come. Neither is the meeting under way.
            if let noun = cl.first(where: { $0.role == .noun }) {
                // The words before the noun back to its determiner ("the next Quad leaders' summit").
                var from = noun.start
                while from > s.tokens.lowerBound && from > noun.start - 4 && !has(from - 1, .determiners)
                    && !RuleWords.commaStopOfEtc.contains(tokens[from - 1].word) { from -= 1 }
                // (The words by their classes: ``WordClass/previousWord`` and ``WordClass/nextWord`` are those lists.)
                let lead = max(s.tokens.lowerBound, from - 1) ..< noun.start
                if lead.contains(where: { has($0, .previousWord) }) { event.background = true }
                if lead.contains(where: { has($0, .nextWord) }) { event.upcoming = true; event.planned = true }
                // "Next round of the dialogue", "die nächste Runde der Gespräche": the series' next or last session.
                if from >= s.tokens.lowerBound + 3, RuleWords.ofDerDes.contains(tokens[from - 2].word) || RuleWords.ofDerDes.contains(tokens[from - 1].word) {
                    let head = max(s.tokens.lowerBound, from - 5) ..< from - 1
                    if head.contains(where: { RuleWords.roundSessionEditionEtc.contains(tokens[$0].word) }) {
                        if head.contains(where: { has($0, .nextWord) }) { event.upcoming = true; event.planned = true }
                        if head.contains(where: { has($0, .previousWord) }) { event.background = true }
                    }
                }
            }
            // "would meet again in Juba", "wollen erneut zusammenkommen": the series' next meeting, not the one reported.
            if event.planned, let verb = cl.first(where: { $0.role == .meet }), verb.end < s.tokens.upperBound,
               RuleWords.againErneutWieder.contains(tokens[verb.end].word) || verb.start > s.tokens.lowerBound && RuleWords.againErneutWieder.contains(tokens[verb.start - 1].word) {
                event.upcoming = true
            }
            // "The last time they met was …", "Das letzte Mal trafen sie sich …", "when they last met": an earlier encounter.
            // (Any of the event's verbs: "who speak regularly by phone, last sat down together in X".)
            if !event.planned, cl.contains(where: { verb in verb.role == .meet
                && (max(s.tokens.lowerBound, verb.start - 4) ..< verb.start).contains(where: { k in
                   RuleWords.timeMal.contains(tokens[k].word) && k > s.tokens.lowerBound && has(k - 1, .previousWord)
                       || RuleWords.lastZuletzt.contains(tokens[k].word) && k == verb.start - 1 }) }) {
                event.background = true
            }
            // "the monarch's trip to Ottawa last year", "Im Vorjahr traf X Y": an earlier encounter.
            if !event.planned, !event.background, datedAYearBack(cl, in: s) { event.background = true }
            // "Im vergangenen Herbst war X in Tallinn zu Gast", "Last May, A met B in Oslo": an encounter timed by a month or
            // a season gone by, wherever that time stands in the sentence, is an earlier one.
            if !event.planned, !event.background, let key = event.timeKey, let t = times.first(where: { $0.key == key && $0.text == event.time }),
               datesAYearBack(t.start ..< t.end, in: s) {
                event.background = true
            }
            // "recalled their first meeting in Montevideo", "erinnerte an seinen Besuch in Accra": an earlier encounter
            // of people named. (With no one named, "recalled the talks" may be those just reported.)
            if !event.planned, !event.background, !event.participants.isEmpty, recalledEncounter(cl, in: s) { event.background = true }
            if arrivalVisit { event.kind = .visit; event.held = .visit }
            if ec.coordinatedStarts.contains(cl.first!.start) { event.coordinated = true }
            if prepared { event.planned = true }
            // (Timed by the other meeting: an encounter of its own, not the meal or talk reported before.)
            if let anchor = timeAnchor, event.timeKey == nil {
                event.time = text(tokens: max(s.tokens.lowerBound, anchor.start - 2), anchor.end)
                event.timeKey = "rel:\(s.index):\(anchor.start)"
            }
            // "Mr X, who serves as …, arrived in Abuja on Sunday night", after "Y received X on Monday": an arrival alone of
            // someone at a meeting held is that visit's start; its time is not the meeting's.
            if cl.allSatisfy({ $0.role == .arrive }), event.timeKey != nil, event.participants.count == 1, !event.planned,
               meetings.contains(where: { m in !m.planned && !m.background && m.held != .phone && m.participants.contains(event.participants[0])
                   && m.participants.count >= 2 && (m.cityKey == nil || m.cityKey == event.cityKey) }) {
                event.time = nil; event.timeKey = nil
            }
            if debugging {
                debug("  event \(cl.map { text(tokens: $0.start, $0.end) + "/" + $0.role.rawValue }) people=\(event.participants.map { actors[$0].name }) city=\(event.city ?? "-") time=\(event.time ?? "-") org=\(event.org ?? "-")")
            }
            let hasOwn = !event.participants.isEmpty
            // "PM accepts invitation to Seoul": an invitation accepted by no one named is no visit of anyone's.
            if !hasOwn, cl.allSatisfy({ $0.role == .noun && $0.kind == .visit && invitationToPlace(at: $0.start, in: s) }) { continue }
            // "vereinbart, den Strategischen Dialog wieder aufzunehmen", "agreed to resume the dialogue": resuming a
            // format names no encounter of its own until a place, a time or people are given.
            if !hasOwn, event.city == nil, event.timeKey == nil, !event.countryOnly, cl.allSatisfy({ $0.role == .noun }),
               (cl.last!.end ..< max(cl.last!.end, clause(around: cl.last!.start, in: s).upperBound)).contains(where: { Self.resumeInfinitives.contains(tokens[$0].word) })
                || (max(s.tokens.lowerBound, cl.first!.start - 3) ..< cl.first!.start).contains(where: { RuleWords.resumeResumingContinue.contains(tokens[$0].word) }) {
                previousEvent = (event.participants, event.evidence)
                continue
            }
            // (Not across a semicolon or a headline's dash: two reports.)
            let apart = c > 0 && (clusters[c - 1].last!.end ..< max(clusters[c - 1].last!.end, cl.first!.start))
                .contains { separatesReports($0, headline: headline) }
            // ("A and B, who last met in Berlin, held talks in Milan": the people of the relative clause's encounter
            // are the subject of the main clause's.)
            let afterRelative = afterRelativeEncounter != nil
            if !hasOwn, !apart, let prev = previousEvent, cl.allSatisfy({ $0.role == .noun }) || afterRelative, !prev.participants.isEmpty {
                event.participants = prev.participants
                event.evidence = prev.evidence
            }
            // "The previous round of talks collapsed in Rabat", "die letzte Verhandlungsrunde": an earlier
            // encounter of the same parties as the meeting reported last.
            // (Not a summit: the last summit's leaders are not the ones reported last.)
            if event.participants.isEmpty, event.kind != .summit, let noun = cl.first(where: { $0.role == .noun }),
               (max(s.tokens.lowerBound, noun.start - 2) ..< noun.start).contains(where: { has($0, .previousWord) }),
               let k = meetings.indices.last(where: { meetings[$0].participants.count >= 2 && meetings[$0].held != .phone }) {
                for a in meetings[k].participants { event.addParticipant(a, sentence: s.index) }
                event.background = true
            }
            // A side meeting is its own encounter; whoever meets on the sidelines is at the summit too
            // (the annotation convention), but the summit's people do not join the side meeting.
            // "in a separate meeting", "zu einem bilateralen Gespräch" while a summit is under way, with no
            // place of its own elsewhere: a side meeting of that summit.
            var target = sidelinesTarget
            // (The words are read first: most events have none, and the summit is then not looked for.)
            if target == nil,
               cl.contains(where: { t in t.role == .noun && (max(s.tokens.lowerBound, t.start - 2) ..< t.start).contains { Self.separateCues.contains(tokens[$0].word) } }),
               let summit = latestMeeting(kind: .summit), !meetings[summit].planned, !meetings[summit].background,
               event.cityKey == nil || event.cityKey == meetings[summit].cityKey {
                target = summit
            }
            if let target {
                event.sidelinesOf = target
                // A gathering named only as the setting of an earlier side meeting is past too: "The last time they met was
                // on the sidelines of the summit in Bangkok".
                if event.background, meetings[target].firstSentence == s.index { meetings[target].background = true }
                for a in event.participants { meetings[target].addParticipant(a, sentence: s.index) }
            }
            previousEvent = (event.participants, event.evidence)
            integrate(event, triggers: cl)
            if !event.participants.isEmpty { previousMeeting = lastMeeting }
        }
    }

    /// Whether trigger `t`'s object opens with "a"/"an" and a word that is no meeting noun or meeting-like head
    /// ("attend a campaign event", "host a training centre").
    func objectIsNoMeeting(after t: Trigger, in s: Sentence) -> Bool {
        t.end + 1 < s.tokens.upperBound && RuleWords.aAn.contains(tokens[t.end].word) && !isTagged(t.end + 1)
            && !(tokens[t.end + 1].kind == .word && Self.meetingLikeHeads.contains(tokens[t.end + 1].word))
    }

    /// Words of a journey back ("zurück", "back home").
    static let returnWords = WordSet(row: 224, [
        "zurück", "heim", "heimwärts", "back", "zurückkehren", "zurückgekehrt", "returned", "returns", "returning",
        "zurückfliegt", "zurückflog", "zurückfliegen", "zurückkehrt", "zurückkehrte", "zurückreist", "zurückreiste", "heimreist", "heimfliegt",
    ])

    /// Whether place `p` is where someone returns to, in a clause without any of the event's triggers ("bevor er nach
    /// Berlin zurückfliegt", "before returning to Delhi").
    func returnedTo(_ p: PlaceMention, sentence s: Sentence, triggers cl: [Trigger]) -> Bool {
        let c = clause(around: p.start, in: s)
        return c.contains { Self.returnWords.contains(tokens[$0].word) } && !cl.contains { c.contains($0.start) }
    }

    /// Verbs of offering an encounter ("offered to host", "bot an").
    static let offerWords = WordSet(row: 225, ["offered", "offers", "offer", "offering", "proposed", "proposes", "angeboten", "bot", "bietet", "anbot"])

    /// Words for "abroad" ("on a visit abroad", "im Ausland").
    static let abroadWords = WordSet(row: 226, ["abroad", "overseas", "ausland", "auslandsreise"])
}

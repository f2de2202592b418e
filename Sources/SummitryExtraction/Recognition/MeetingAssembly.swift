/// Groups a sentence's triggers into events, gives each its people, place and time, and merges
/// events into meetings (see ``DocumentAnalysis/detectMeetings()``).
extension DocumentAnalysis {
    static let previousWords: Set<String> = [
        "previous", "last", "earlier", "former", "prior", "letzte", "letzten", "vorherige", "vorherigen", "vorige", "vorigen", "frühere", "früheren",
    ]

    /// Verbs of preparing an encounter ("um den Besuch vorzubereiten", "to prepare the summit").
    static let prepareWords: Set<String> = ["vorzubereiten", "vorbereiten", "vorbereitet", "prepare", "preparing", "prepares", "prepared"]

    /// Participles of calling a meeting off or putting it off.
    static let cancelWords: Set<String> = [
        "postponed", "cancelled", "canceled", "delayed", "verschoben", "abgesagt", "vertagt", "ausgesetzt",
    ]

    /// The tokens of the clause around token `i`: up to the nearest comma, semicolon or dash on either side.
    func clause(around i: Int, in s: Sentence) -> Range<Int> {
        // (Each bound is a punctuation token: words are passed over without comparing their text.)
        func isBound(_ k: Int) -> Bool { tokens[k].kind == .punct && RuleWords.commaSemicolonColonEtc.contains(tokens[k].word) }
        var lo = i, hi = i
        while lo > s.tokens.lowerBound && !isBound(lo - 1) { lo -= 1 }
        while hi < s.tokens.upperBound && !isBound(hi) { hi += 1 }
        return lo ..< hi
    }

    /// Verbs that put one meeting before or after another ("preceded by", "vorausgegangen").
    static let sequenceWords = WordSet(row: 229, ["preceded", "followed", "vorausgegangen", "vorausging", "vorangegangen", "gefolgt", "folgte"])

    /// Words that make a meeting the next of a series ("next", "nächste", "upcoming").
    static let nextWords: Set<String> = [
        "next", "upcoming", "forthcoming", "nächste", "nächsten", "nächstes", "kommende", "kommenden", "bevorstehende", "bevorstehenden",
    ]

    /// Venues that belong to a person ("at X's residence", "auf Xs Landsitz").
    static let residenceNouns = WordSet(row: 230, [
        "residence", "home", "house", "palace", "ranch", "estate", "villa", "retreat", "dacha",
        "residenz", "amtssitz", "landsitz", "anwesen", "wohnsitz", "palast", "datscha",
    ])

    /// Auxiliaries of the passive voice ("wurde … empfangen", "was received by").
    static let passiveAuxiliaries: Set<String> = ["wurde", "wurden", "worden", "wird", "werde", "was", "were", "been", "be", "is"]

    /// Plural nouns for the people at a meeting ("welcomed the delegates").
    static let attendeeNouns = WordSet(row: 231, [
        "delegates", "delegations", "participants", "leaders", "guests", "visitors", "attendees", "ministers",
        "teilnehmer", "teilnehmerinnen", "delegationen", "delegierten", "gäste", "staatsgäste", "besucher",
        "amtskollegen", "kollegen", "counterparts", "colleagues",
    ])

    /// Runs coreference and meeting detection over the whole document, sentence by sentence (a
    /// reference like "the two leaders" depends on the meetings reported before it).
    func detectMeetings() {
        findDateline()
        beginResolution()
        // (Room for a report's usual number of meetings at once: grown from one by doubling, the list was copied four
        // or five times a document.)
        meetings.reserveCapacity(16)
        for s in sentences {
            let ms = resolveMentions(in: s)
            detectMeetings(in: s, mentions: ms)
            notePlaces(in: s)
            // (The mentions' storage is given back for the next sentence's.)
            mentionStorage = ms
        }
        finishMeetings()
    }

    /// A photo caption or credit line ("Image caption: …", "Bildunterschrift: …", "Foto: …"): it shows
    /// what the report tells, so it adds to meetings reported but reports none of its own.
    func isCaption(_ s: Sentence) -> Bool {
        let lo = s.tokens.lowerBound
        guard lo + 1 < s.tokens.upperBound else { return false }
        let first = tokens[lo].word
        let second = tokens[lo + 1].word
        if RuleWords.bildunterschriftCaptionFotoEtc.contains(first) && RuleWords.colonHyphen.contains(second) { return true }
        return RuleWords.imagePhotoPicture.contains(first) && RuleWords.captionCreditSource.contains(second)
    }

    /// A headline: the text's first line, without a final stop, standing as a paragraph of its own
    /// before more text ("G7 leaders meet in Evian\n\nEVIAN, France (Reuters) - …"). It sums up the
    /// report that follows: its meeting is the report's first one that nothing sets apart.
    func isHeadline(_ s: Sentence) -> Bool {
        guard s.index == 0, sentences.count > 1, s.tokens.upperBound < tokens.count, tokens[s.tokens.upperBound].kind == .paragraph else { return false }
        return !RuleWords.stopBangQuestionEtc.contains(tokens[s.tokens.upperBound - 1].word)
    }

    /// One sentence's meetings: sorts its triggers, groups them into events, gives each event its
    /// people, place and time, and merges the events into the document's meetings.
    private func detectMeetings(in s: Sentence, mentions ms: [Mention]) {
        if debugging {
            debug("S\(s.index): " + sentenceText(s).prefix(100))
            debug("  mentions: " + ms.map { "\(actors[$0.actor].name)@\($0.start)(\($0.kind))" }.joined(separator: ", "))
        }
        let cues = triggerCues(in: s, mentions: ms)
        let trig = cues.triggers
        // (The triggers' storage is given back for the next sentence's.)
        defer { triggerStorage = trig }
        let approvals = cues.approvals
        // (German "Gastgeber" is no trigger: its opening of a sentence is read here.)
        let hostNouns = cues.hostNouns.isEmpty && openingHostNoun(s.tokens.lowerBound, in: s) ? [s.tokens.lowerBound + 1] : cues.hostNouns
        var parts = participations(in: s, mentions: ms)
        // (Given back only when taken: a sentence without mentions has an empty list of its own.)
        defer { if !parts.isEmpty { participationStorage = parts } }
        // "X, this year's host, greeted …" names the host before; "The host, X, said …" after.
        if !hostNouns.isEmpty, let target = meetings.indices.last(where: { meetings[$0].held != .phone && meetings[$0].sidelinesOf == nil }),
           let h = hostNouns.first,
           let p = parts.last(where: { $0.mention.end < h && h - $0.mention.end <= 5 && tokens[$0.mention.end].word == .comma && !$0.source })
               ?? parts.first(where: { $0.mention.start > h && $0.mention.start <= h + 8 && !$0.source }) {
            meetings[target].addParticipant(p.mention.actor, sentence: s.index)
            if !meetings[target].hosts.contains(p.mention.actor) { meetings[target].hosts.append(p.mention.actor) }
            // "Gastgeber waren X und Y, die das Format leiten": everyone named after it, outside a relative clause.
            if openingHostNoun(h - 1, in: s) {
                for q in parts where q.mention.start > p.mention.start && !q.source && relativeClause(containing: q.mention.start, in: s) == nil {
                    meetings[target].addParticipant(q.mention.actor, sentence: s.index)
                    if !meetings[target].hosts.contains(q.mention.actor) { meetings[target].hosts.append(q.mention.actor) }
                }
            }
        }
        // The subject before a journey verb is the traveller ("X travelled to Dakar").
        if let v = trig.first(where: { $0.role == .visit || $0.role == .arrive }),
           let subject = parts.first(where: { $0.mention.end <= v.start && !$0.source && $0.mention.kind != .plural }) {
            currentTraveller = subject.mention.actor
            travellers.insert(subject.mention.actor)
        }
        // Whoever welcomes a meeting from afar is not at it.
        for k in parts.indices where approvals.contains(where: { parts[k].mention.end <= $0 && $0 - parts[k].mention.end <= 3 }) { parts[k].source = true }
        if trig.isEmpty {
            attachWithoutTrigger(s, parts)
            return
        }
        // A journey's or an invitation's destination is the place: "nach Warschau gereist", "invited to Rome".
        // (So is a destination after a verb of going: "continued to Lima for talks", "fuhr nach Potsdam".)
        let places = places(in: s, travel: trig.contains { $0.role == .visit || $0.role == .arrive || $0.kind == .visit }
                            || (sentence(s, mayHave: .invited) || sentence(s, mayHave: Self.goingVerbs))
                            && s.tokens.contains { has($0, .invited) && !tokens[$0].isCapitalized || Self.goingVerbs.contains(tokens[$0].word) })
        let times = timeExpressions(in: s)
        defer { timeStorage = times }
        let planned = isPlanned(s)
        // Side-lines references point to the summit; they are not events of their own.
        let (events, sidelinesTarget) = sidelinesEvents(trig, in: s, places: places, planned: planned)
        // "… mit dem Gastgeber", "with the host": the host of the meeting under way takes part.
        if let target = sidelinesTarget ?? largeMeeting(), let h = meetings[target].hosts.first,
           sentence(s, mayHave: RuleWords.gastgeberGastgeberinHost), s.tokens.contains(where: { k in RuleWords.gastgeberGastgeberinHost.contains(tokens[k].word) && k > s.tokens.lowerBound && has(k - 1, .determinersDefinite) }),
           !parts.contains(where: { $0.mention.actor == h }) {
            parts.append(Participation(mention: Mention(actor: h, sentence: s.index, start: s.tokens.upperBound - 1, end: s.tokens.upperBound, kind: .office)))
        }
        if events.isEmpty {
            if let target = sidelinesTarget { for p in parts where !p.source && !p.absent { meetings[target].addParticipant(p.mention.actor, sentence: s.index) } }
            return
        }
        let clusters = clusterEvents(events, in: s, mentions: ms, places: places)
        let assigned = assignParticipants(parts, to: clusters, in: s, times: times)
        makeEvents(clusters, assigned: assigned, sentence: s, cues: cues, places: places, times: times,
                   planned: planned, sidelinesTarget: sidelinesTarget)
    }

    /// Whether sentence `s` (or its tokens in `range`) announces, plans or invites rather than reports.
    func isPlanned(_ s: Sentence, in range: Range<Int>? = nil) -> Bool {
        // (A sentence with no word of the cues' classes has none: it is not read.)
        guard sentence(s, mayHave: [.planned, .phraseHead, .invited]) else { return false }
        for k in range ?? s.tokens where plannedCue(at: k, in: s) { return true }
        return false
    }

    /// Whether token `k` of sentence `s` begins a cue of planning, announcing or inviting (the test of
    /// ``isPlanned(_:in:)`` for one word).
    func plannedCue(at k: Int, in s: Sentence) -> Bool {
        // (A word of none of these classes neither begins a planning phrase nor is "invited": it is
        // passed over on its classes alone.)
        let cues: WordClass = [.planned, .phraseHead, .invited]
        guard tokens[k].kind == .word && !inQuote[k] && !wordClass[k].isDisjoint(with: cues) else { return false }
        // The month "May" is not the modal "may".
        if RuleWords.may.contains(tokens[k].word) && tokens[k].isCapitalized && k > s.tokens.lowerBound { return false }
        if matchesPhrase(lexicons.planned, .planned, at: k, limit: s.tokens.upperBound) != nil { return true }
        return invites(at: k, in: s)
    }

    /// A country named as the venue right after a meeting verb: "met in South Korea", "trafen sich in Ägypten"; or
    /// as the object of a visit: "will visit Japan", "besuchte Japan".
    func countryVenue(after t: Trigger, sentence s: Sentence, nouns: Bool = false) -> String? {
        guard t.role != .noun || nouns, t.role != .call, t.kind != .call else { return nil }
        var k = t.end
        if k < s.tokens.upperBound, RuleWords.sich.contains(tokens[k].word) { k += 1 }
        let visitsIt = (t.kind == .visit || t.role == .visit) && k < s.tokens.upperBound && !RuleWords.inIm.contains(tokens[k].word)
        guard visitsIt || k + 1 < s.tokens.upperBound && RuleWords.inIm.contains(tokens[k].word) else { return nil }
        if !visitsIt { k += 1 }
        if k < s.tokens.upperBound, has(k, .determinersDefinite) { k += 1 }
        guard k < s.tokens.upperBound, let tag = tagAt[k], case .country(let iso, .name) = tag.entity else { return nil }
        return iso
    }

    /// Verbs of going somewhere that are no visit of their own ("went to Lima for talks", "fuhr nach Potsdam").
    static let goingVerbs = WordSet(row: 232, [
        "went", "go", "goes", "going", "continued", "continue", "continues", "continuing", "headed", "heading", "proceeded",
        "proceed", "fuhr", "fuhren", "fährt", "gefahren", "weiterreisen", "weitergereist", "weiterreiste",
    ])

    /// Words that set a meeting apart from the summit under way ("in a separate meeting", "bilateral talks").
    static let separateCues = WordSet(row: 233, [
        "separate", "bilateral", "one-on-one", "separaten", "separates", "gesonderten", "gesondertes", "bilateralen", "bilaterales", "bilaterale",
    ])

    /// Words after "attend a/the" that still name the meeting under way ("attended the opening", "the session").
    static let meetingLikeHeads = WordSet(row: 234, ["opening", "closing", "session", "plenary", "ceremony", "first", "second", "final", "two-day", "three-day"])


    func latestMeeting(kind: MeetingKind) -> Int? { meetings.indices.last { meetings[$0].kind == kind } }

    /// The latest meeting of four or more people that is not a side meeting or a call: a gathering
    /// whose sidelines other meetings can be on, even when no word calls it a summit.
    func largeMeeting() -> Int? {
        meetings.indices.last { meetings[$0].participants.count >= 4 && meetings[$0].sidelinesOf == nil && meetings[$0].held != .phone }
    }
}

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
        func isBound(_ k: Int) -> Bool { tokens[k].kind == .punct && [",", ";", ":", "\u{2013}", "\u{2014}"].contains(tokens[k].text) }
        var lo = i, hi = i
        while lo > s.tokens.lowerBound && !isBound(lo - 1) { lo -= 1 }
        while hi < s.tokens.upperBound && !isBound(hi) { hi += 1 }
        return lo ..< hi
    }

    /// Verbs that put one meeting before or after another ("preceded by", "vorausgegangen").
    static let sequenceWords: Set<String> = ["preceded", "followed", "vorausgegangen", "vorausging", "vorangegangen", "gefolgt", "folgte"]

    /// Words that make a meeting the next of a series ("next", "nächste", "upcoming").
    static let nextWords: Set<String> = [
        "next", "upcoming", "forthcoming", "nächste", "nächsten", "nächstes", "kommende", "kommenden", "bevorstehende", "bevorstehenden",
    ]

    /// Venues that belong to a person ("at X's residence", "auf Xs Landsitz").
    static let residenceNouns: Set<String> = [
        "residence", "home", "house", "palace", "ranch", "estate", "villa", "retreat", "dacha",
        "residenz", "amtssitz", "landsitz", "anwesen", "wohnsitz", "palast", "datscha",
    ]

    /// Auxiliaries of the passive voice ("wurde … empfangen", "was received by").
    static let passiveAuxiliaries: Set<String> = ["wurde", "wurden", "worden", "wird", "werde", "was", "were", "been", "be", "is"]

    /// Plural nouns for the people at a meeting ("welcomed the delegates").
    static let attendeeNouns: Set<String> = [
        "delegates", "delegations", "participants", "leaders", "guests", "visitors", "attendees", "ministers",
        "teilnehmer", "teilnehmerinnen", "delegationen", "delegierten", "gäste", "staatsgäste", "besucher",
        "amtskollegen", "kollegen", "counterparts", "colleagues",
    ]

    /// Runs coreference and meeting detection over the whole document, sentence by sentence (a
    /// reference like "the two leaders" depends on the meetings reported before it).
    func detectMeetings() {
        findDateline()
        beginResolution()
        for s in sentences {
            let ms = resolveMentions(in: s)
            detectMeetings(in: s, mentions: ms)
            notePlaces(in: s)
        }
        finishMeetings()
    }

    /// A photo caption or credit line ("Image caption: …", "Bildunterschrift: …", "Foto: …"): it shows
    /// what the report tells, so it adds to meetings reported but reports none of its own.
    func isCaption(_ s: Sentence) -> Bool {
        let lo = s.tokens.lowerBound
        guard lo + 1 < s.tokens.upperBound else { return false }
        let first = tokens[lo].lower
        let second = tokens[lo + 1].lower
        if ["bildunterschrift", "caption", "foto", "photo", "bild"].contains(first) && [":", "-"].contains(tokens[lo + 1].text) { return true }
        return ["image", "photo", "picture"].contains(first) && ["caption", "credit", "source"].contains(second)
    }

    /// A headline: the text's first line, without a final stop, standing as a paragraph of its own
    /// before more text ("G7 leaders meet in Evian\n\nEVIAN, France (Reuters) - …"). It sums up the
    /// report that follows: its meeting is the report's first one that nothing sets apart.
    func isHeadline(_ s: Sentence) -> Bool {
        guard s.index == 0, sentences.count > 1, s.tokens.upperBound < tokens.count, tokens[s.tokens.upperBound].kind == .paragraph else { return false }
        return ![".", "!", "?", "\u{2026}", ":"].contains(tokens[s.tokens.upperBound - 1].text)
    }

    private func detectMeetings(in s: Sentence, mentions ms: [Mention]) {
        if debugging {
            debug("S\(s.index): " + sentenceText(s).prefix(100))
            debug("  mentions: " + ms.map { "\(actors[$0.actor].name)@\($0.start)(\($0.kind))" }.joined(separator: ", "))
        }
        do {
            var trig = triggers(in: s)
            var approvals: [Int] = []
            // "welcomed the delegates", "begrüßte die Teilnehmer": the host of the meeting under way.
            var welcomesAll: Set<Int> = []
            // "welcomed the meeting", "begrüßte die Einigung": approval, not a reception.
            let mentionStarts = Set(ms.map(\.start))
            trig.removeAll { t in
                guard t.role == .host, ["welcomed", "welcomes", "welcome", "begrüßte", "begrüßt", "begrüßen"].contains(tokens[t.start].lower) else { return false }
                var k = t.end
                while k < s.tokens.upperBound && (has(k, .determiners) || tokens[k].kind == .punct && tokens[k].text != ",") { k += 1 }
                if k >= s.tokens.upperBound { return false }
                if mentionStarts.contains(k) || has(k, .pronouns) || has(k, .guestNouns) { return false }
                // A titled guest: "welcomed Canadian Prime Minister X".
                if let m = mentionStarts.filter({ $0 > k && $0 <= k + 5 }).min(),
                   (k ..< m).allSatisfy({ tokens[$0].kind == .word && (tokens[$0].isCapitalized || tag(covering: $0) != nil) }) { return false }
                // ("welcomed the Gulf leaders": the guests' noun after a qualifier or two.)
                if (k ..< min(s.tokens.upperBound, k + 3)).contains(where: { Self.attendeeNouns.contains(tokens[$0].lower) }) { welcomesAll.insert(t.start); return false }
                if let tag = tagAt[k], case .title = tag.entity { return false }
                let passive = (s.tokens).contains { ["by", "von", "vom"].contains(tokens[$0].lower) }
                if !passive { approvals.append(t.start) }
                return !passive
            }
            // "The host, Antigua's Prime Minister X, said …": "host" as a noun names the host of the meeting
            // under way; it reports no encounter of its own.
            var hostNouns: [Int] = []
            // ("X, the Antiguan prime minister and summit host, …": the meeting noun only qualifies "host".)
            var modifiers: Set<Int> = []
            let nounTriggers = trig.filter { $0.role == .noun }
            trig.removeAll { t in
                guard t.role == .host, ["host", "gastgeber", "gastgeberin"].contains(tokens[t.start].lower), t.start > s.tokens.lowerBound else { return false }
                let qualified = nounTriggers.first { $0.role == .noun && $0.end == t.start && !$0.definite }
                guard has(t.start - 1, .determiners) || tokens[t.start - 1].text == "'s" || qualified != nil else { return false }
                if let q = qualified { modifiers.insert(q.start) }
                hostNouns.append(t.end)
                return true
            }
            trig.removeAll { modifiers.contains($0.start) }
            // "After the talks, the four ministers paid a courtesy call on X", "Nach dem Treffen empfing Y …": a meeting
            // named as the time of another encounter is not that encounter.
            var timeAnchor: Trigger? = nil
            if trig.count >= 2 {
                // (Another encounter after it: a verb, or an indefinite noun — "paid a courtesy call".)
                let verbs = trig.filter { $0.role != .attend && ($0.role != .noun || !$0.definite) }
                trig.removeAll { t in
                    let anchor = t.role == .noun && t.definite && t.start >= s.tokens.lowerBound + 2
                        && (max(s.tokens.lowerBound, t.start - 3) ..< t.start).contains { ["after", "before", "following", "nach", "vor"].contains(tokens[$0].lower) }
                        && verbs.contains { $0.start > t.end }
                    if anchor { timeAnchor = t }
                    return anchor
                }
            }
            var parts = participations(in: s, mentions: ms)
            // "X, this year's host, greeted …" names the host before; "The host, X, said …" after.
            if !hostNouns.isEmpty, let target = meetings.indices.last(where: { meetings[$0].mode != "phone" && meetings[$0].sidelinesOf == nil }),
               let h = hostNouns.first,
               let p = parts.last(where: { $0.mention.end < h && h - $0.mention.end <= 5 && tokens[$0.mention.end].text == "," && !$0.source })
                   ?? parts.first(where: { $0.mention.start > h && $0.mention.start <= h + 8 && !$0.source }) {
                meetings[target].addParticipant(p.mention.actor, sentence: s.index)
                if !meetings[target].hosts.contains(p.mention.actor) { meetings[target].hosts.append(p.mention.actor) }
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
            let places = places(in: s, travel: trig.contains { $0.role == .visit || $0.role == .arrive || $0.kind == "visit" }
                                || s.tokens.contains { has($0, .invited) && !tokens[$0].isCapitalized })
            let times = timeExpressions(in: s)
            let planned = isPlanned(s)
            // Side-lines references point to the summit; they are not events of their own.
            var sidelinesTarget: Int? = nil
            let events = trig.filter { t in
                if t.sidelines {
                    sidelinesTarget = latestMeeting(kind: "summit") ?? meetings.indices.last
                    // "on the sidelines of the AU summit in Addis Ababa": a summit of its own body or place is not
                    // the meeting reported before.
                    if let k = sidelinesTarget {
                        let own = places.first(where: { $0.start >= t.end && $0.start <= t.end + 4 })
                        if (t.org != nil && meetings[k].org != nil && meetings[k].org != t.org)
                            || (own != nil && meetings[k].cityKey != nil && meetings[k].cityKey != own!.key)
                            || (t.org != nil && meetings[k].org == nil && own != nil && meetings[k].cityKey != own!.key) {
                            sidelinesTarget = nil
                        }
                    }
                    if sidelinesTarget == nil {
                        // "am Rande des G7-Gipfels in Rom": the summit is reported here first.
                        var summit = makeEvent([t], sentence: s, parts: [], places: places, times: [], planned: planned)
                        summit.kind = "summit"
                        summit.mode = "multilateral"
                        meetings.append(summit)
                        sidelinesTarget = meetings.count - 1
                    }
                    return false
                }
                return true
            }
            // "On the sidelines, A held talks with B", "Am Rande traf A B": a side meeting of the latest
            // summit, even when the summit is not named in the sentence.
            // Also at the end: "A and B held talks on the sidelines." (then of the meeting reported last).
            if sidelinesTarget == nil, let cue = s.tokens.first(where: { has($0, .sidelines) && tokens[$0].kind == .word }),
               let first = events.first, let last = events.last, cue < first.start || cue >= last.end,
               let summit = latestMeeting(kind: "summit") ?? largeMeeting() ?? (cue >= last.end ? meetings.indices.last(where: { meetings[$0].mode != "phone" }) : nil),
               cue + 1 < s.tokens.upperBound, [",", ".", "des", "der", "of", "dieses", "this"].contains(tokens[cue + 1].lower) || has(cue + 1, .determiners)
                   // German "Am Rande traf A B": the verb comes second.
                   || (isGerman && cue <= s.tokens.lowerBound + 1 && has(cue + 1, .verb) || isGerman && cue <= s.tokens.lowerBound + 1 && tokens[cue + 1].kind == .word && !tokens[cue + 1].isCapitalized) {
                sidelinesTarget = summit
            }
            // "… mit dem Gastgeber", "with the host": the host of the meeting under way takes part.
            if let target = sidelinesTarget ?? largeMeeting(), let h = meetings[target].hosts.first,
               s.tokens.contains(where: { k in ["gastgeber", "gastgeberin", "host"].contains(tokens[k].lower) && k > s.tokens.lowerBound && has(k - 1, .determinersDefinite) }),
               !parts.contains(where: { $0.mention.actor == h }) {
                parts.append(Participation(mention: Mention(actor: h, sentence: s.index, start: s.tokens.upperBound - 1, end: s.tokens.upperBound, kind: .office)))
            }
            if events.isEmpty {
                if let target = sidelinesTarget { for p in parts where !p.source && !p.absent { meetings[target].addParticipant(p.mention.actor, sentence: s.index) } }
                return
            }
            // Clusters: triggers of one event. A new event starts at a noun owned by a possessive
            // name ("Novak's meeting"), at a trigger with a place of its own after an earlier place,
            // at a definite noun after a verb ("met … for the meeting" refers elsewhere), and where
            // a phone call meets another kind of encounter.
            var clusters: [[Trigger]] = []
            // Clusters that begin with what was agreed: places after them are theirs alone.
            var agreedStarts: Set<Int> = []
            var preparedStarts: Set<Int> = []
            for t in events {
                if let last = clusters.last?.last, let first = clusters.last?.first {
                    // (Not the object of attending: "attended the king's coronation".)
                    let possessive = t.role == .noun && t.start >= 2 && (tokens[t.start - 1].text == "'s" || tokens[t.start - 1].text == "'")
                        && ms.contains { $0.end == t.start - 1 } && last.role != .attend
                    let placesBefore = places.contains { $0.start >= first.start - 3 && $0.start < t.start }
                    // (A country after the trigger is a place too: "… when the two met in South Korea".)
                    let newPlaceAfter = places.contains { $0.start >= t.end && $0.start <= t.end + 4 } || countryVenue(after: t, sentence: s) != nil
                    let anaphor = t.role == .noun && t.definite && last.role != .noun && [.meet, .call, .host, .visit].contains(last.role)
                        && t.start - last.end > 2  // "hosted the summit" is one event
                        && !["'s", "'", "\u{2019}"].contains(tokens[t.start - 1].text)  // so is "hosted last year's conference"
                    let callMix = (t.kind == "call") != (last.kind == "call")
                    let farNouns = t.role == .noun && last.role == .noun && t.start - last.end > 8
                        // "The summit was preceded on Sunday by a meeting of …": one meeting before or after another.
                        || t.role == .noun && (last.end ..< t.start).contains { Self.sequenceWords.contains(tokens[$0].lower) }
                    // "agreed in a meeting to hold consultations in Tokyo": what was agreed is another encounter.
                    // "received by X at the palace before travelling on to Brussels for a meeting": a journey on
                    // to a new place starts another encounter.
                    let journeyOn = (t.role == .visit || t.role == .arrive) && last.role != .visit && last.role != .noun
                        && (last.end ..< t.start).contains { ["before", "then", "bevor", "anschließend", "danach"].contains(tokens[$0].lower) }
                        && places.contains { $0.start > t.end && $0.start <= t.end + 4 }
                    // "empfing die Norwegerin, um den Besuch ihres Außenministers vorzubereiten", "to prepare the visit":
                    // the encounter prepared is another, still to come.
                    let prepared = t.role == .noun && (
                        (last.end ..< t.start).contains { tokens[$0].lower == "um" } && clause(around: t.start, in: s).contains { has($0, .prepareWord) }
                        || (max(s.tokens.lowerBound, t.start - 4) ..< t.start).contains { has($0, .prepareWord) })
                    if prepared { preparedStarts.insert(t.start) }
                    let agreedNext = journeyOn || prepared || t.role == .noun && (last.end ..< t.start).contains { k in
                        ["to", "zu"].contains(tokens[k].lower) && k + 1 < t.start && tokens[k + 1].kind == .word
                            && ["hold", "holding", "convene", "organise", "organize", "host", "abhalten", "veranstalten", "ausrichten"].contains(tokens[k + 1].lower)
                    }
                    // "…, whose government has hosted separate negotiations in Doha": a relative clause reports another encounter.
                    let relativeClause = (last.end ..< t.start).contains { k in
                        tokens[k].text == "," && k + 1 < t.start && ["whose", "which", "dessen", "deren"].contains(tokens[k + 1].lower)
                    }
                    // "spoke by phone … to discuss": the purpose of the encounter, not another one.
                    let purpose = t.role == .meet && t.start > 0 && ["to", "zu"].contains(tokens[t.start - 1].lower)
                    // "Jaishankar chairs conclave; Modi receives Lavrov": a semicolon joins two reports.
                    let semicolon = (last.end ..< t.start).contains { tokens[$0].text == ";" }
                    if !semicolon && (purpose || !possessive && !(placesBefore && newPlaceAfter) && !anaphor && !callMix && !farNouns && !agreedNext && !relativeClause && t.quoted == last.quoted) {
                        clusters[clusters.count - 1].append(t)
                        continue
                    }
                    if agreedNext { agreedStarts.insert(t.start) }
                }
                clusters.append([t])
            }
            // Assign mentions to the nearest cluster; "X's meeting" binds to the following one.
            var assigned = Array(repeating: [Participation](), count: clusters.count)
            for p in parts {
                let m = p.mention
                var best = 0, bestDist = Int.max
                let possessive = m.end < tokens.count && (tokens[m.end].text == "'s" || tokens[m.end].text == "'")
                for (c, cl) in clusters.enumerated() {
                    if cl.first!.quoted != inQuote[m.start] && !(p.speakerVerb != nil) { continue }
                    let a = cl.first!.start, b = cl.last!.end
                    var d = m.end <= a ? a - m.end : (m.start >= b ? m.start - b + 1 : 0)
                    // (Not across a semicolon.)
                    let gap = m.end <= a ? m.end ..< a : (m.start >= b ? b ..< m.start : m.start ..< m.start)
                    if gap.contains(where: { tokens[$0].text == ";" }) { d += 100 }
                    if possessive && m.end <= a { d = max(0, d - 2) }
                    // A reason clause after the person is not the person's ("Ein Treffen mit X kam nicht zustande,
                    // weil diese zu einer Konferenz gereist war").
                    if m.end <= a, (m.end ..< a).contains(where: { k in tokens[k].text == "," && k + 1 < a
                        && ["weil", "because", "da", "since", "nachdem", "obwohl", "although", "which"].contains(tokens[k + 1].lower) }) { continue }
                    if d < bestDist { bestDist = d; best = c }
                }
                if bestDist == Int.max { continue }
                // The subject before the first trigger belongs to the first event with a verb.
                if m.end <= clusters[0].first!.start && !possessive,
                   let v = clusters.firstIndex(where: { $0.contains { $0.role != .noun } && $0.first!.quoted == inQuote[m.start] }) {
                    best = v
                }
                // A new clause ("…, wenn X den Gast … begrüßt") belongs to the verb that ends it.
                if let next = clusters.indices.first(where: { clusters[$0].first!.start > m.end }), next > 0,
                   clusters[next].contains(where: { $0.role != .noun }), clusters[best].allSatisfy({ $0.role == .noun }),
                   clusters[best].last!.end <= m.start,
                   (clusters[best].last!.end ..< m.start).contains(where: { tokens[$0].text == "," }) {
                    best = next
                }
                // "…, Chief Cabinet Secretary X said": a speaker after the report, English order.
                if p.reportVerb != nil, clusters[best].last!.end <= m.start, !clusters.contains(where: { $0.first!.start > m.start }) {
                    var k = m.start - 1
                    while k > s.tokens.lowerBound && k >= m.start - 6 && tokens[k].kind == .word && (tokens[k].isCapitalized || tag(covering: k) != nil) { k -= 1 }
                    if k >= s.tokens.lowerBound && tokens[k].text == "," { continue }
                }
                // A speaker after the report ("…, sagte X") is not at the meetings reported before.
                if let v = p.speakerVerb, clusters[best].last!.end <= v {
                    if let next = clusters.indices.first(where: { clusters[$0].first!.start > v }) { best = next } else { continue }
                }
                assigned[best].append(p)
            }
            // "Kihara told reporters the leaders would discuss …": who reports a clause with a subject of its own
            // is not at what it reports.
            for c in clusters.indices {
                let first = clusters[c].first!.start
                assigned[c].removeAll { p in
                    guard let v = p.reportVerb, v < first else { return false }
                    return parts.contains { q in q.mention.start > v && q.mention.start < first && q.mention.actor != p.mention.actor }
                }
            }
            // The traveller journeys on: "X was received by Y … before travelling on to Brussels for a meeting with Z".
            for (c, cl) in clusters.enumerated() where c > 0 && agreedStarts.contains(cl.first!.start) && (cl.first!.role == .visit || cl.first!.role == .arrive) {
                if let subject = parts.first(where: { !$0.source && !$0.absent && $0.mention.kind != .plural && $0.mention.end <= clusters[0].first!.start }),
                   !assigned[c].contains(where: { $0.mention.actor == subject.mention.actor }) {
                    assigned[c].insert(subject, at: 0)
                }
            }
            // "talks among A, B and C", "Gespräche mit X": the list after the connector is the noun's.
            for (c, cl) in clusters.enumerated() {
                guard let noun = cl.last(where: { $0.role == .noun }) else { continue }
                var k = noun.end
                while k < s.tokens.upperBound && k <= noun.end + 1 && !has(k, .connectors) { k += 1 }
                guard k < s.tokens.upperBound, k <= noun.end + 1, has(k, .connectors) else { continue }
                let stop = clusters.indices.contains(c + 1) ? clusters[c + 1].first!.start : s.tokens.upperBound
                for d in assigned.indices where d != c {
                    // A possessive ("Novak's meeting") belongs to the noun after it, not to this list.
                    func claimed(_ p: Participation) -> Bool {
                        p.mention.start > k && p.mention.start < stop
                            && !(p.mention.end < s.tokens.upperBound && ["'s", "'"].contains(tokens[p.mention.end].text))
                    }
                    let moving = assigned[d].filter(claimed)
                    assigned[d].removeAll(where: claimed)
                    assigned[c] += moving
                }
            }
            // A definite or dated meeting named inside a quotation, with no one named inside it,
            // is the quoted speakers' own ("…, das sie im Mai beim Forum vereinbart hatten").
            for c in clusters.indices where assigned[c].isEmpty && clusters[c].first!.quoted {
                let cl = clusters[c]
                let dated = times.contains { t in t.start >= cl.first!.start - 6 && t.end <= cl.last!.end + 6 && inQuote[t.start] }
                guard cl.contains(where: { $0.definite }) || dated else { continue }
                assigned[c] = parts.filter { !inQuote[$0.mention.start] && !$0.source && $0.mention.kind != .pronoun }
            }
            var previousEvent: MeetingRecord? = nil
            for (c, cl) in clusters.enumerated() {
                // Welcoming the delegates of a meeting already reported (no place of its own): its host.
                if cl.allSatisfy({ welcomesAll.contains($0.start) }), places.isEmpty, let target = latestMeeting(kind: "summit") ?? meetings.indices.last {
                    for p in assigned[c] where !p.source && !p.absent {
                        meetings[target].addParticipant(p.mention.actor, sentence: s.index)
                        if !meetings[target].hosts.contains(p.mention.actor) { meetings[target].hosts.append(p.mention.actor) }
                    }
                    continue
                }
                // Arrivals and attendance alone name no new encounter: they join the one reported.
                // An arrival with a place of its own and no summit to arrive for is a visit ("X arrived in Tehran").
                let arrivalVisit = cl.allSatisfy({ $0.role == .arrive }) && latestMeeting(kind: "summit") == nil
                    && places.contains(where: { $0.start > cl.first!.start && $0.start <= cl.last!.end + 3 }) && !assigned[c].isEmpty
                // "to attend a campaign event": attending something that is no meeting joins nothing.
                let attendsOther = cl.allSatisfy({ $0.role == .attend }) && cl.contains { t in
                    t.end + 1 < s.tokens.upperBound && ["a", "an"].contains(tokens[t.end].lower) && tag(covering: t.end + 1) == nil
                        && !(tokens[t.end + 1].kind == .word && Self.meetingLikeHeads.contains(tokens[t.end + 1].lower))
                }
                if attendsOther { continue }
                // "X flew in on Sunday night" while a summit is under way: a journey with no destination of its own
                // is an arrival at the summit.
                let flewIn = cl.allSatisfy({ $0.role == .visit }) && places.isEmpty && countryVenue(after: cl.last!, sentence: s) == nil
                    && latestMeeting(kind: "summit").map { !meetings[$0].planned && meetings[$0].sidelinesOf == nil } == true
                    && !cl.contains(where: { $0.end < s.tokens.upperBound && ["to", "nach"].contains(tokens[$0.end].lower) })
                if flewIn, let summit = latestMeeting(kind: "summit") {
                    for p in assigned[c] where !p.source && !p.absent { meetings[summit].addParticipant(p.mention.actor, sentence: s.index) }
                    continue
                }
                if cl.allSatisfy({ $0.role == .arrive || $0.role == .attend }) && !arrivalVisit {
                    // Joining is joining the main meeting, not a side meeting or a call reported since.
                    // (Expected to join a meeting announced just before: that one, a call too — "will co-host a video
                    // call … Merz and Meloni were expected to join".)
                    let announced = planned && meetings.last.map { $0.planned && s.index - $0.firstSentence <= 2 } == true
                    // ("Other leaders attending included …": leaders attend the summit, not a meeting on its margins.)
                    let leaders = s.tokens.contains { ["leaders", "staats-", "regierungschefs", "heads"].contains(tokens[$0].lower) }
                    let summit = latestMeeting(kind: "summit").flatMap { meetings[$0].background || meetings[$0].planned ? nil : $0 }
                    // ("damals war X angereist", "X attended at the time": the earlier meeting just recalled.)
                    let recalled = s.tokens.contains { ["damals", "seinerzeit"].contains(tokens[$0].lower) }
                        && lastMeeting.map { meetings[$0].background } == true
                    let target = recalled ? lastMeeting
                        : cl.contains { $0.role == .arrive } ? (latestMeeting(kind: "summit") ?? nil)
                        : announced ? meetings.indices.last
                        : leaders && summit != nil ? summit
                        : meetings.indices.last(where: { meetings[$0].sidelinesOf == nil && meetings[$0].mode != "phone" }) ?? meetings.indices.last
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
                let segmentEnd = (cl.last!.end ..< s.tokens.upperBound).first(where: { tokens[$0].text == ";" }) ?? s.tokens.upperBound
                let segmentStart = (s.tokens.lowerBound ..< cl.first!.start).last(where: { tokens[$0].text == ";" }).map { $0 + 1 } ?? s.tokens.lowerBound
                // (A semicolon's halves are planned or held each on its own: "kam mit Y zusammen; … soll stattfinden".)
                let semicolonSplit = segmentStart > s.tokens.lowerBound || segmentEnd < s.tokens.upperBound
                let from = prepared ? cl.first!.start : s.tokens.lowerBound
                let upTo = min(until, segmentEnd)
                var event = makeEvent(cl, sentence: s, parts: assigned[c], places: places.filter { $0.start < upTo && $0.start >= from },
                                      times: times.filter { $0.start >= from && $0.start < segmentEnd },
                                      planned: semicolonSplit ? isPlanned(s, in: segmentStart ..< segmentEnd) : planned)
                // "Eine China-Reise war im Herbst abgesagt worden", "the summit remains postponed": a meeting called
                // off or put off in its own clause was not held.
                if !event.planned, clause(around: cl.first!.start, in: s).contains(where: { k in
                    has(k, .cancelWord) || (tokens[k].lower == "on" && k + 1 < s.tokens.upperBound && tokens[k + 1].lower == "hold")
                }) {
                    event.planned = true
                }
                // "The last summit, held in Apia, …": an earlier meeting of a series is background; "the next
                // summit" is still to come. Neither is the meeting under way.
                if let noun = cl.first(where: { $0.role == .noun }) {
                    // The words before the noun back to its determiner ("the next Quad leaders' summit").
                    var from = noun.start
                    while from > s.tokens.lowerBound && from > noun.start - 4 && !has(from - 1, .determiners)
                        && ![",", ".", "of", "von", "for", "für"].contains(tokens[from - 1].lower) { from -= 1 }
                    let lead = (max(s.tokens.lowerBound, from - 1) ..< noun.start).map { tokens[$0].lower }
                    if lead.contains(where: { Self.previousWords.contains($0) }) { event.background = true }
                    if lead.contains(where: { Self.nextWords.contains($0) }) { event.upcoming = true; event.planned = true }
                    // "Next round of the dialogue", "die nächste Runde der Gespräche": the series' next or last session.
                    if from >= s.tokens.lowerBound + 3, ["of", "der", "des"].contains(tokens[from - 2].lower) || ["of", "der", "des"].contains(tokens[from - 1].lower) {
                        let head = (max(s.tokens.lowerBound, from - 5) ..< from - 1).map { tokens[$0].lower }
                        if head.contains(where: { ["round", "session", "edition", "runde", "sitzung", "ausgabe"].contains($0) }) {
                            if head.contains(where: { Self.nextWords.contains($0) }) { event.upcoming = true; event.planned = true }
                            if head.contains(where: { Self.previousWords.contains($0) }) { event.background = true }
                        }
                    }
                }
                if arrivalVisit { event.kind = "visit"; event.mode = "visit" }
                if prepared { event.planned = true }
                // (Timed by the other meeting: an encounter of its own, not the meal or talk reported before.)
                if let anchor = timeAnchor, event.timeKey == nil {
                    event.time = text(tokens: max(s.tokens.lowerBound, anchor.start - 2), anchor.end)
                    event.timeKey = "rel:\(s.index):\(anchor.start)"
                }
                if debugging {
                    debug("  event \(cl.map { text(tokens: $0.start, $0.end) + "/" + $0.role.rawValue }) people=\(event.participants.map { actors[$0].name }) city=\(event.city ?? "-") time=\(event.time ?? "-") org=\(event.org ?? "-")")
                }
                let hasOwn = !event.participants.isEmpty
                if !hasOwn, let prev = previousEvent, cl.allSatisfy({ $0.role == .noun }), !prev.participants.isEmpty {
                    event.participants = prev.participants
                    event.evidence = prev.evidence
                }
                // "The previous round of talks collapsed in Rabat", "die letzte Verhandlungsrunde": an earlier
                // encounter of the same parties as the meeting reported last.
                // (Not a summit: the last summit's leaders are not the ones reported last.)
                if event.participants.isEmpty, event.kind != "summit", let noun = cl.first(where: { $0.role == .noun }),
                   (max(s.tokens.lowerBound, noun.start - 2) ..< noun.start).contains(where: { has($0, .previousWord) }),
                   let k = meetings.indices.last(where: { meetings[$0].participants.count >= 2 && meetings[$0].mode != "phone" }) {
                    for a in meetings[k].participants { event.addParticipant(a, sentence: s.index) }
                    event.background = true
                }
                // A side meeting is its own encounter; whoever meets on the sidelines is at the summit too
                // (the annotation convention), but the summit's people do not join the side meeting.
                // "in a separate meeting", "zu einem bilateralen Gespräch" while a summit is under way, with no
                // place of its own elsewhere: a side meeting of that summit.
                var target = sidelinesTarget
                if target == nil, let summit = latestMeeting(kind: "summit"), !meetings[summit].planned, !meetings[summit].background,
                   event.cityKey == nil || event.cityKey == meetings[summit].cityKey,
                   cl.contains(where: { t in t.role == .noun && (max(s.tokens.lowerBound, t.start - 2) ..< t.start).contains { Self.separateCues.contains(tokens[$0].lower) } }) {
                    target = summit
                }
                if let target {
                    event.sidelinesOf = target
                    for a in event.participants { meetings[target].addParticipant(a, sentence: s.index) }
                }
                previousEvent = event
                integrate(event, triggers: cl)
            }
        }
    }

    private func isPlanned(_ s: Sentence, in range: Range<Int>? = nil) -> Bool {
        for k in range ?? s.tokens where tokens[k].kind == .word && !inQuote[k] {
            // The month "May" is not the modal "may".
            if tokens[k].lower == "may" && tokens[k].isCapitalized && k > s.tokens.lowerBound { continue }
            if matchesPhrase(lexicons.planned, .planned, at: k, limit: s.tokens.upperBound) != nil { return true }
            if has(k, .invited) && !tokens[k].isCapitalized { return true }
        }
        return false
    }

    private func makeEvent(_ cl: [Trigger], sentence s: Sentence, parts: [Participation], places: [PlaceMention],
                           times: [TimeExpression], planned: Bool) -> MeetingRecord {
        // Nouns name the kind of encounter; verbs only when there is no noun (a call verb always does).
        let nouns = cl.filter { $0.role == .noun || $0.role == .call }
        let main = (nouns.isEmpty ? cl : nouns).max { (Self.kindRank[$0.kind] ?? 0) < (Self.kindRank[$1.kind] ?? 0) }!
        let noun = cl.filter { $0.role == .noun }.max { (Self.kindRank[$0.kind] ?? 0) < (Self.kindRank[$1.kind] ?? 0) }
        // The label's noun in its nominative: "nach Gesprächen" → "Gespräche".
        let nounText = noun.map { n in
            let t = text(tokens: n.start, n.end)
            return isGerman && n.end == n.start + 1 ? lexicons.germanNominative(t, noun: true) : t
        }
        var event = MeetingRecord(kind: main.kind, mode: main.mode, noun: nounText,
                                  org: cl.compactMap(\.org).first, planned: planned, firstSentence: s.index)
        if event.kind == "summit" { event.mode = "multilateral" }
        event.journey = cl.contains { $0.role == .visit || $0.kind == "visit" }
        // An invitation is to something still to come ("lud sie zu einer Konferenz ein", "invited him to").
        event.invitation = s.tokens.contains { has($0, .invited) && !tokens[$0].isCapitalized }
        // The pluperfect of the sentence ("X hatte Lissabon im Herbst besucht"); in English only of the
        // encounter's own clause, not of another ("…, and both sides said they had agreed"). (German reports
        // speech in the subjunctive, so a German "hatte" is the narrative's own.)
        // (Each auxiliary begins with "h": other words are passed over on their first byte.)
        event.background = s.tokens.contains { k in
            tokens[k].lower.utf8.first == UInt8(ascii: "h") && ["hatte", "hatten", "had"].contains(tokens[k].lower) && k > s.tokens.lowerBound
                && !["who", "which", "that", "der", "die", "das", "den", "dem", ","].contains(tokens[k - 1].lower)
                // (Reported speech is not the narrative's past: "Downing Street said they had discussed …".)
                && !(max(s.tokens.lowerBound, k - 3) ..< k).contains(where: { has($0, .speechVerbs) || ["that", "dass"].contains(tokens[$0].lower) })
                && (isGerman || cl.contains { t in
                    let span = min(k, t.start) ..< max(k + 1, t.end)
                    return !span.contains { [",", ";", ":", "\u{2013}", "\u{2014}"].contains(tokens[$0].text) || tokens[$0].kind == .quote }
                })
        }
        let a = cl.first!.start, b = cl.last!.end
        // Place: the nearest place after (then before) the event, within reach.
        if event.mode != "phone" {
            // "Das Treffen im Tal-Gebiet …": a place phrase right after the noun that names no
            // known place is the meeting's place; places further on belong to other phrases.
            var reach = b + 12
            // ("Gipfeltreffen am 3. Mai in Warschau": a date after "am" is no place phrase.)
            if cl.last!.role == .noun, b < s.tokens.upperBound, ["im", "in", "at", "am"].contains(tokens[b].lower), case let prep = b,
               !places.contains(where: { $0.start > prep && $0.start <= prep + 3 }),
               !(prep + 1 < s.tokens.upperBound && tokens[prep + 1].kind == .number), !times.contains(where: { $0.start > prep && $0.start <= prep + 4 }) {
                reach = prep
            }
            // A place before the trigger does not reach across a speech verb ("X, who was in Lima, said the talks …").
            let near = places.filter { p in p.start >= a - 6 && p.start <= reach
                && !(p.end < a && (p.end ..< a).contains { has($0, .speechVerbs) }) }
            // A country named as the venue ("met in South Korea") rules out places of that country's rivals.
            let venue = countryVenue(after: cl.last!, sentence: s)
            let pick = venue != nil ? near.filter({ $0.start >= a && $0.iso == venue }).min { $0.start < $1.start }
                : near.filter { $0.start >= a }.min { $0.start < $1.start } ?? near.max { $0.start < $1.start }
            if let p = pick ?? (venue == nil && places.count == 1 && places[0].prepositional && reach == b + 12 ? places[0] : nil) {
                event.city = p.surface; event.cityKey = p.key; event.cityISO = p.iso; event.cityExplicit = true
            }
        }
        // Only a country: "met in South Korea last year", "trafen sich in Ägypten".
        if event.city == nil, event.mode != "phone", let iso = countryVenue(after: cl.last!, sentence: s, nouns: true) {
            event.cityISO = iso; event.countryOnly = true
        }
        // A country as the host: "India is due to host the next summit", "Antigua hosts summit" — the venue.
        if event.city == nil, !event.countryOnly, event.mode != "phone", let h = cl.first(where: { $0.role == .host }) {
            let clauseStart = clause(around: h.start, in: s).lowerBound
            if let k = (max(clauseStart, h.start - 5) ..< h.start).first(where: { k in
                   if let tag = tagAt[k], case .country(_, .name) = tag.entity { return true } else { return false } }),
               k == clauseStart || has(k - 1, .determiners), !parts.contains(where: { $0.mention.start > k && $0.mention.start < h.start }),
               let tag = tagAt[k], case .country(let iso, _) = tag.entity {
                event.cityISO = iso; event.countryOnly = true
            }
        }
        // A journey's destination: "Chile-Reise", "Reise nach Chile", "visit to France".
        if event.city == nil, event.kind == "visit" || cl.contains(where: { $0.role == .visit }) {
            for t in cl where t.kind == "visit" {
                if t.end == t.start + 1, tokens[t.start].hasHyphen,
                   let iso = lexicons.countryOfWord(tokens[t.start].text.split(separator: "-")[0]) {
                    event.cityISO = iso; event.countryOnly = true
                }
                var k = t.end
                while k < s.tokens.upperBound && k < t.end + 3 && !["nach", "to", "in"].contains(tokens[k].lower) { k += 1 }
                if k + 1 < s.tokens.upperBound, ["nach", "to", "in"].contains(tokens[k].lower), let c = tag(covering: k + 1),
                   case .country(let iso, .name) = c.entity {
                    event.cityISO = iso; event.countryOnly = true
                }
            }
        }
        if let t = times.min(by: { distance($0, a, b) < distance($1, a, b) }), distance(t, a, b) <= 15 {
            event.time = t.text
            event.timeKey = t.key
        }
        // "Die Außenminister der 32 Nato-Staaten sind in Brüssel zusammengekommen": a gathering named by
        // a verb, with no one named, of an international body's members is that body's meeting.
        // A summit takes the body named in its sentence: "Leaders of the Group of Seven gathered … for a summit".
        // (For a summit, only a body named before it in the same clause.)
        // (Not in a relative clause about something else: "das Abkommen, über das 25 Jahre verhandelt worden war".)
        let relative = (max(s.tokens.lowerBound, a - 8) ..< a).contains { k in
            tokens[k].text == "," && (k + 1 ..< min(a, k + 3)).contains { ["der", "die", "das", "dem", "den", "which", "whom"].contains(tokens[$0].lower) }
        }
        let gathering = parts.allSatisfy({ $0.source }) && cl.contains(where: { $0.role == .meet }) && !relative
        if event.org == nil, gathering || event.kind == "summit" {
            var clauseStart = a
            while clauseStart > s.tokens.lowerBound && tokens[clauseStart - 1].text != "," { clauseStart -= 1 }
            let span = gathering ? s.tokens : clauseStart ..< a
            event.org = span.lazy.compactMap { k -> String? in
                if let tag = self.tagAt[k], case .organization(let id) = tag.entity, self.lexicons.isInternational(id) { return id }
                if self.tokens[k].hasHyphen, let p = self.tokens[k].text.split(separator: "-").first,
                   let id = self.lexicons.organizationOfWord(p), self.lexicons.isInternational(id) { return id }
                return nil
            }.first
            if event.org != nil { event.mode = "multilateral" }
        }
        event.particular = event.org != nil || cl.contains { t in
            t.role == .noun && (t.definite || (t.end + 2 < s.tokens.upperBound && ["of", "der", "des"].contains(tokens[t.end].lower)
                && (tokens[t.end + 1].isCapitalized || has(t.end + 1, .determinersDefinite) && tokens[t.end + 2].isCapitalized)))
        }
        let hostVerbs = cl.filter { $0.role == .host }
        for p in parts {
            let m = p.mention
            if p.source { continue }
            if p.absent { if !event.invited.contains(m.actor) { event.invited.append(m.actor) }; event.absent.append(m.actor); continue }
            if p.invited { if !event.invited.contains(m.actor) { event.invited.append(m.actor) } }
            event.addParticipant(m.actor, sentence: s.index)
            if !p.accusative && isHost(m, verbs: hostVerbs, sentence: s, firstMentionStart: parts.map(\.mention.start).min())
                && !event.hosts.contains(m.actor) { event.hosts.append(m.actor) }
        }
        return event
    }

    private func distance(_ t: TimeExpression, _ a: Int, _ b: Int) -> Int {
        t.end <= a ? a - t.end : (t.start >= b ? t.start - b : 0)
    }

    /// Whether mention `m` hosts: subject of an active host verb, agent after "by"/"von" of a
    /// passive one, or called host/Gastgeber right before the name.
    private func isHost(_ m: Mention, verbs: [Trigger], sentence s: Sentence, firstMentionStart: Int? = nil) -> Bool {
        let lo = s.tokens.lowerBound
        for k in max(lo, m.start - 4) ..< m.start where ["host", "gastgeber", "gastgeberin", "hosts"].contains(tokens[k].lower) { return true }
        // "at X's residence", "in Xs Residenz": the owner of the venue hosts.
        var k = m.end
        if k < s.tokens.upperBound, ["'s", "'", "\u{2019}"].contains(tokens[k].text) { k += 1 }
        if k < s.tokens.upperBound, Self.residenceNouns.contains(tokens[k].lower) { return true }
        let passive = !verbs.isEmpty && (lo ..< s.tokens.upperBound).contains { has($0, .passiveAuxiliary) }
        for v in verbs {
            if passive {
                if isGerman {
                    if m.start < v.start, (max(lo, m.start - 12) ..< m.start).contains(where: { ["von", "vom"].contains(tokens[$0].lower) }) { return true }
                } else if m.start > v.start, (v.end ..< m.start).contains(where: { tokens[$0].lower == "by" }) {
                    return true
                }
            } else if m.start < v.start && v.start - m.end <= 12 {
                // German puts the object before the participle too ("X hat Y … empfangen"): only the
                // first person of the clause is its subject.
                if isGerman, let first = firstMentionStart, first < m.start, !(first ..< m.start).contains(where: { tokens[$0].text == "," }) {
                    return false
                }
                return true
            }
        }
        return false
    }

    /// Sentences without a trigger: invitations ("Eingeladen sind auch …") and arrivals for a summit.
    private func attachWithoutTrigger(_ s: Sentence, _ parts: [Participation]) {
        guard !parts.isEmpty, let last = meetings.indices.last else { return }
        let lower = Set(tokens[s.tokens].map(\.lower))
        if parts.contains(where: \.invited) {
            for p in parts where p.invited && !p.source {
                if !meetings[last].invited.contains(p.mention.actor) { meetings[last].invited.append(p.mention.actor) }
                if !p.absent { meetings[last].addParticipant(p.mention.actor, sentence: s.index) }
            }
            return
        }
        // "Gastgeber wird Präsident X sein", "The host is X": the host of the meeting reported last.
        let hosting = parts.filter { p in !p.source && !p.absent && isHost(p.mention, verbs: [], sentence: s) }
        if !hosting.isEmpty, let target = meetings.indices.last(where: { meetings[$0].mode != "phone" }) {
            for p in hosting {
                meetings[target].addParticipant(p.mention.actor, sentence: s.index)
                if !meetings[target].hosts.contains(p.mention.actor) { meetings[target].hosts.append(p.mention.actor) }
            }
            return
        }
        if statementsAtMeeting(s, parts) { return }
        let arriving = lower.contains { lexicons.verbRoles[$0] == "arrive" || lexicons.verbRoles[$0] == "attend" }
        if arriving, let summit = latestMeeting(kind: "summit") {
            for p in parts where !p.source && !p.absent { meetings[summit].addParticipant(p.mention.actor, sentence: s.index) }
        }
    }

    /// A country named as the venue right after a meeting verb: "met in South Korea", "trafen sich in Ägypten".
    func countryVenue(after t: Trigger, sentence s: Sentence, nouns: Bool = false) -> String? {
        guard t.role != .noun || nouns, t.role != .call, t.kind != "call" else { return nil }
        var k = t.end
        if k < s.tokens.upperBound, tokens[k].lower == "sich" { k += 1 }
        guard k + 1 < s.tokens.upperBound, ["in", "im"].contains(tokens[k].lower) else { return nil }
        k += 1
        if k < s.tokens.upperBound, has(k, .determinersDefinite) { k += 1 }
        guard k < s.tokens.upperBound, let tag = tagAt[k], case .country(let iso, .name) = tag.entity else { return nil }
        return iso
    }

    /// Words that set a meeting apart from the summit under way ("in a separate meeting", "bilateral talks").
    static let separateCues: Set<String> = [
        "separate", "bilateral", "one-on-one", "separaten", "separates", "gesonderten", "gesondertes", "bilateralen", "bilaterales", "bilaterale",
    ]

    /// Words after "attend a/the" that still name the meeting under way ("attended the opening", "the session").
    static let meetingLikeHeads: Set<String> = ["opening", "closing", "session", "plenary", "ceremony", "first", "second", "final", "two-day", "three-day"]

    /// Verbs of a statement made at a meeting ("X warnte vor …", "X urged allies to …").
    static let statementVerbs: Set<String> = [
        "sagte", "erklärte", "betonte", "warnte", "forderte", "rief", "appellierte", "mahnte", "drängte", "warb", "kritisierte",
        "versprach", "sicherte", "kündigte", "unterstrich", "verwies", "plädierte", "bekräftigte", "präsentierte", "stellte",
        "sprach", "trat", "redete", "spoke", "addressed",
        "legte", "unterstützte", "unterstützten", "warben", "forderten", "drohte", "drohten", "äußerte", "äußerten", "verlangte",
        "verlangten", "lehnte", "lehnten", "kritisierten", "betonten", "erklärten", "sagten", "mahnten", "warnten",
        "supported", "backed", "threatened", "demanded", "voiced", "expressed", "rejected", "opposed", "proposed",
        "said", "warned", "urged", "called", "appealed", "pledged", "promised", "stressed", "emphasised", "emphasized",
        "insisted", "argued", "told", "criticised", "criticized", "announced", "presented", "reminded", "noted", "vowed",
    ]

    /// "Polens Außenminister X warnte vor …" after a multilateral meeting was reported: an office holder
    /// introduced with a statement and no other place or meeting of their own spoke at that meeting.
    /// Spokespeople, people named before, quoted, or sources are left out. Returns whether anyone was added.
    private func statementsAtMeeting(_ s: Sentence, _ parts: [Participation]) -> Bool {
        // (A side meeting reported since does not end the main one.)
        // A meeting reported with no one named ("at a meeting of the contact group") counts as well.
        guard let k = meetings.indices.last(where: { meetings[$0].sidelinesOf == nil }),
              meetings[k].mode == "multilateral" || meetings[k].org != nil
                || meetings[k].particular && meetings[k].participants.allSatisfy({ statementParticipants.contains($0) || actors[$0].international
                    || actors[$0].org.map { lexicons.isInternational($0) } == true }),
              !meetings[k].planned, !meetings[k].background, meetings[k].mode != "phone",
              s.index - max(meetings[k].firstSentence, meetings[k].sentences.max() ?? 0, meetings[k].evidence.values.max() ?? 0) <= 6 else {
            debug("  statements: no meeting under way")
            return false
        }
        // Another place in the sentence is another scene ("X sagte in Kiew …", "by video link from Kyiv");
        // a capital as the object stands for its government ("urged Budapest to relent").
        if places(in: s).contains(where: { p in p.key != meetings[k].cityKey && p.start > s.tokens.lowerBound
            && ["in", "im", "at", "aus", "from", "nach", "to", "vor", "dort", "there"].contains(tokens[p.start - 1].lower) }) { return false }
        var added = false
        for p in parts where !p.source && !p.absent && p.mention.kind == .name && !inQuote[p.mention.start] {
            let a = p.mention.actor
            // (An office holder, or someone introduced by country: "Italy's Antonio Tajani said".)
            guard actors[a].family != nil || actors[a].country != nil, actors[a].family != "spokesperson", actors[a].firstToken >= p.mention.start,
                  let verb = statementVerb(after: p.mention.end, in: s, start: p.mention.start) else { continue }
            // (The verb must not belong to someone named after this person.)
            if verb > p.mention.end, parts.contains(where: { $0.mention.start > p.mention.end && $0.mention.start < verb && !coordinated(p.mention.end, $0.mention.start) }) { continue }
            meetings[k].addParticipant(a, sentence: s.index)
            statementParticipants.insert(a)
            added = true
        }
        return added
    }

    /// The statement verb whose subject ends at token `end`: right after it ("X warnte …"), after a
    /// coordinated second name ("A and his counterpart B said"), or after a relative clause set off by
    /// commas ("A, who has led the group since 2024, said").
    private func statementVerb(after end: Int, in s: Sentence, start: Int? = nil) -> Int? {
        let limit = s.tokens.upperBound
        // German inversion: "Traditionell sprach danach Brasiliens Präsident X", "Nach ihm trat Y ans Rednerpult".
        if isGerman, let start, let v = (max(s.tokens.lowerBound, start - 6) ..< start).last(where: { Self.statementVerbs.contains(tokens[$0].lower) }),
           !(v + 1 ..< start).contains(where: { tokens[$0].text == "," }) {
            return v
        }
        var k = end
        var steps = 0
        while k < limit && steps < 40 {
            if Self.statementVerbs.contains(tokens[k].lower) { return k }
            // (", der französische Präsident B" continues a list: a title or country adjective follows the article.)
            if tokens[k].text == ",", k + 1 < limit, ["who", "which", "der", "die", "das", "dessen", "deren"].contains(tokens[k + 1].lower),
               !(k + 2 < limit && tag(covering: k + 2) != nil) {
                // Skip the relative clause to its closing comma.
                var j = k + 1
                while j < limit && tokens[j].text != "," { j += 1 }
                k = j + 1
                steps += 1
                continue
            }
            let t = tokens[k]
            // A list of titled names: "Kanzler A, der französische Präsident B und die italienische Premierministerin C".
            let nameLike = ["'s", "'", "\u{2019}", ","].contains(t.text) || t.kind == .word && (t.isCapitalized || inName[k] || tag(covering: k) != nil
                || ["and", "und", "sowie", "his", "her", "sein", "seine", "seiner", "ihr", "ihre", "counterpart", "amtskollege", "kollege",
                    "kollegin", "amtskollegin", "der", "die", "the", "auch"].contains(t.lower))
            if !nameLike || k - end > 24 { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    /// Whether the tokens between two mentions only join them ("A and his counterpart B").
    private func coordinated(_ from: Int, _ to: Int) -> Bool {
        (from ..< to).allSatisfy { k in
            ["and", "und", "sowie", ",", "der", "die", "the"].contains(tokens[k].lower) || tokens[k].isCapitalized || tag(covering: k) != nil
                || ["his", "her", "sein", "seine", "seinem", "seinen", "ihr", "ihre", "ihrem", "ihren", "counterpart", "amtskollege", "amtskollegin"].contains(tokens[k].lower)
        }
    }

    func latestMeeting(kind: String) -> Int? { meetings.indices.last { meetings[$0].kind == kind } }

    /// The latest meeting of four or more people that is not a side meeting or a call: a gathering
    /// whose sidelines other meetings can be on, even when no word calls it a summit.
    func largeMeeting() -> Int? {
        meetings.indices.last { meetings[$0].participants.count >= 4 && meetings[$0].sidelinesOf == nil && meetings[$0].mode != "phone" }
    }
}

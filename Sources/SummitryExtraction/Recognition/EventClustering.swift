/// Grouping a sentence's triggers into events and giving each event the people named near it
/// (see ``DocumentAnalysis/clusterEvents(_:in:mentions:places:)``).
extension DocumentAnalysis {
    /// The events of one sentence: each a run of triggers, with the events that are agreed or prepared
    /// (still to come) marked by their first trigger's start.
    struct EventClusters {
        var clusters: [[Trigger]]
        var agreedStarts: Set<Int>
        var preparedStarts: Set<Int>
        /// Clusters of a second encounter of the subject joined by "and" ("… and hold talks with Y").
        var coordinatedStarts: Set<Int>
        /// Ceremonies named as the occasion of an encounter ("met at Kast's inauguration"): their starts.
        var occasionStarts: Set<Int> = []
    }

    /// Prepositions that name a ceremony as an encounter's occasion ("at the inauguration", "bei der Amtseinführung").
    static let occasionPrepositions = WordSet(row: 220, ["at", "during", "bei", "beim", "während", "auf"])

    /// Whether ceremony noun `t` is the occasion of an encounter told by the verb `v` of the same clause: "had first met
    /// briefly at Kast's inauguration", "had last seen each other in La Paz, at the inauguration of X", "hatten sich bei
    /// der Amtseinführung von X getroffen". One encounter, not a meeting and a ceremony.
    func isOccasion(_ t: Trigger, of v: Trigger, in s: Sentence) -> Bool {
        guard t.role == .noun, t.kind == .ceremony, v.role == .meet else { return false }
        let lead = max(s.tokens.lowerBound, t.start - 3) ..< t.start
        guard let prep = lead.last(where: { Self.occasionPrepositions.contains(tokens[$0].word) }),
              (prep + 1 ..< t.start).allSatisfy({ tokens[$0].kind == .word || tokens[$0].word == .possessiveS || tokens[$0].word == .apostrophe })
        else { return false }
        let gap = v.end <= t.start ? v.end ..< t.start : t.end ..< v.start
        return gap.count <= 12 && !gap.contains { k in
            separatesReports(k, headline: false) || tokens[k].word == .stop || tokens[k].word == .colon
                || tokens[k].word == .comma && k + 1 < s.tokens.upperBound && Self.subordinators.contains(tokens[k + 1].word)
        }
    }

    /// Words before a ceremony's owner ("the inauguration of X", "die Amtseinführung von X").
    static let ownerPrepositions = WordSet(row: 221, ["of", "von", "der", "des"])

    /// Whether mention `m` names whose ceremony an occasion is ("Kast's inauguration", "the inauguration of Bolivian
    /// President X", "die Amtseinführung von X"): the ceremony's owner, not one of those who met there.
    func ownsOccasion(_ m: Mention, _ ec: EventClusters) -> Bool {
        guard !ec.occasionStarts.isEmpty else { return false }
        return ec.occasionStarts.contains { n in
            if m.end < n, n - m.end <= 2, m.end < tokens.count, tokens[m.end].word == .possessiveS || tokens[m.end].word == .apostrophe { return true }
            guard m.start > n, m.start - n <= 8, n + 2 < tokens.count, Self.ownerPrepositions.contains(tokens[n + 1].word) else { return false }
            return (n + 1 ..< m.start).allSatisfy { tokens[$0].kind == .word }
        }
    }

    /// German zu-infinitives of holding or resuming an encounter ("aufzunehmen", "fortzusetzen").
    static let resumeInfinitives = WordSet(row: 222, [
        "aufzunehmen", "wiederaufzunehmen", "fortzusetzen", "abzuhalten", "auszurichten", "einzuberufen", "durchzuführen", "anzusetzen",
    ])

    /// Whether token `k` separates two reports in one sentence: a semicolon ("X chairs conclave; Y receives Z"),
    /// or in a headline a dash or bar ("Merz telefoniert mit Trump – Videoschalte der Koalition").
    func separatesReports(_ k: Int, headline: Bool) -> Bool {
        tokens[k].word == .semicolon || headline && RuleWords.enDashEmDashHyphenEtc.contains(tokens[k].word)
    }

    /// Groups `events` (a sentence's triggers, in order) into the encounters they report.
    func clusterEvents(_ events: [Trigger], in s: Sentence, mentions ms: [Mention], places: [PlaceMention]) -> EventClusters {
        let headline = isHeadline(s)
        // Clusters: triggers of one event. A new event starts at a noun owned by a possessive
        // name ("Novak's meeting"), at a trigger with a place of its own after an earlier place,
        // at a definite noun after a verb ("met … for the meeting" refers elsewhere), and where
        // a phone call meets another kind of encounter.
        var clusters: [[Trigger]] = []
        // Clusters that begin with what was agreed: places after them are theirs alone.
        var agreedStarts: Set<Int> = []
        var preparedStarts: Set<Int> = []
        var coordinatedStarts: Set<Int> = []
        var occasionStarts: Set<Int> = []
        for t in events {
            if let last = clusters.last?.last, let first = clusters.last?.first {
                // (Not the object of attending: "attended the king's coronation".)
                let possessive = t.role == .noun && t.start >= 2 && (tokens[t.start - 1].word == .possessiveS || tokens[t.start - 1].word == .apostrophe)
                    && ms.contains { $0.end == t.start - 1 } && last.role != .attend
                let placesBefore = places.contains { $0.start >= first.start - 3 && $0.start < t.start }
                // (A country after the trigger is a place too: "… when the two met in South Korea".)
                let newPlaceAfter = places.contains { $0.start >= t.end && $0.start <= t.end + 4 } || countryVenue(after: t, sentence: s) != nil
                let anaphor = t.role == .noun && t.definite && last.role != .noun && [.meet, .call, .host, .visit].contains(last.role)
                    && t.start - last.end > 2  // "hosted the summit" is one event
                    && !RuleWords.possessiveSApostropheRightQuote.contains(tokens[t.start - 1].word)  // so is "hosted last year's conference"
                // (A verb whose object is the call is the call: "will co-host a video call", "beriet in einer Videokonferenz".)
                // (Not across a comma, a word of sequence or a subordinate clause: "met X before a phone call with Y",
                // "hosts leaders as Trump call leaves allies uneasy" report two encounters.)
                // (German puts the verb last: "haben in einer Videokonferenz über die Lage beraten".)
                let callObject = (t.role == .noun && t.kind == .call && [.host, .meet, .attend].contains(last.role)
                    || last.role == .noun && last.kind == .call && [.host, .meet, .attend].contains(t.role)) && t.start - last.end <= 8
                    && (last.end ..< t.start).allSatisfy { k in
                        // ("chaired Tuesday's call": a possessive time before the noun.)
                        tokens[k].word == .possessiveS
                            || tokens[k].kind == .word && !RuleWords.afterBeforeFollowingEtc.contains(tokens[k].word) && !RuleWords.beforeThenBevorEtc.contains(tokens[k].word)
                            && !Self.subordinators.contains(lowers[k])
                    }
                // ("received a phone call from X, during which they discussed …", "ein Telefonat, in dem beide über … sprachen":
                // what was done during the call is the call.)
                let duringWhich = t.role != .noun && last.role == .noun && (last.end ..< t.start).contains { k in
                    tokens[k].word == .comma && k + 2 < t.start && RuleWords.duringInBeiEtc.contains(tokens[k + 1].word)
                        && RuleWords.whichDemDerEtc.contains(tokens[k + 2].word)
                        && !(k + 1 ..< t.start).contains { tokens[$0].word == .comma }
                }
                let callMix = (t.kind == .call) != (last.kind == .call) && !callObject && !duringWhich
                let farNouns = t.role == .noun && last.role == .noun && t.start - last.end > 8
                    // "The summit was preceded on Sunday by a meeting of …": one meeting before or after another.
                    || t.role == .noun && (last.end ..< t.start).contains { Self.sequenceWords.contains(tokens[$0].word) }
                // "agreed in a meeting to hold consultations in Tokyo": what was agreed is another encounter.
                // "received by X at the palace before travelling on to Brussels for a meeting": a journey on
                // to a new place starts another encounter.
                let journeyOn = (t.role == .visit || t.role == .arrive) && last.role != .visit && last.role != .noun
                    && (last.end ..< t.start).contains { RuleWords.beforeThenBevorEtc.contains(tokens[$0].word) }
                    && places.contains { $0.start > t.end && $0.start <= t.end + 4 }
                // "empfing die Norwegerin, um den Besuch ihres Außenministers vorzubereiten", "to prepare the visit":
                // the encounter prepared is another, still to come.
                let prepared = t.role == .noun && (
                    (last.end ..< t.start).contains { RuleWords.um.contains(tokens[$0].word) } && clause(around: t.start, in: s).contains { has($0, .prepareWord) }
                    || (max(s.tokens.lowerBound, t.start - 4) ..< t.start).contains { has($0, .prepareWord) })
                if prepared { preparedStarts.insert(t.start) }
                let agreedNext = journeyOn || prepared || t.role == .noun && (last.end ..< t.start).contains { k in
                    RuleWords.toZu.contains(tokens[k].word) && k + 1 < t.start && tokens[k + 1].kind == .word
                        && RuleWords.holdHoldingConveneEtc.contains(tokens[k + 1].word)
                }
                // "…, whose government has hosted separate negotiations in Doha": a relative clause reports another encounter.
                // ("the next round of the dialogue, which India will host early next year": "which" right after the meeting
                // noun is that meeting, and a verb in a clause naming no person is a role in it. "the summit, which X is to
                // attend" and "that meeting, which was attended by X" are left to attendance.)
                let relativeClause = (last.end ..< t.start).contains { k in
                    tokens[k].word == .comma && k + 1 < t.start && RuleWords.whoseWhichDessenEtc.contains(tokens[k + 1].word)
                        && !(last.role == .noun && t.role != .noun && RuleWords.which.contains(tokens[k + 1].word)
                             && k - last.end <= 3 && !(last.end ..< k).contains { tokens[$0].word == .comma }
                             && { let end = clause(around: t.start, in: s).upperBound; return !ms.contains { $0.start > k && $0.start < end } }())
                }
                // "Dort wird ihn X empfangen, der im vergangenen Jahr selbst in Berlin zu Gast war", "… received by X, who
                // visited Berlin last year": a relative clause about a person, dated a year back, tells an earlier encounter.
                    || (last.end ..< t.start).contains { k in
                        tokens[k].word == .comma && k + 1 < t.start && RuleWords.dieDerDasEtc.contains(tokens[k + 1].word)
                            && datesAYearBack(k + 2 ..< t.start, in: s)
                    }
                // "A und B, die sich zuletzt in Berlin gesehen hatten, sprachen …", "A and B, who last met in Berlin, held
                // talks …": an earlier encounter told in a relative clause about the people is another than the main clause's.
                let leavesRelative = relativeAbout([last], in: s).map { rc in
                    t.start >= rc.upperBound && rc.contains { k in
                        RuleWords.hatteHattenHad.contains(tokens[k].word) || RuleWords.lastZuletzt.contains(tokens[k].word)
                            || Self.firstErstmals.contains(tokens[k].word) }
                } == true
                // "spoke by phone … to discuss": the purpose of the encounter, not another one.
                // ("is expected to visit Manila next month, a source said, for a summit with X", "reist nach Rom zu
                // Gesprächen mit Y": what a journey is for is the journey's encounter.)
                // (A journey told by a verb: "to visit" is tagged as the noun; "a planned visit … called off after X had to
                // return for a Cabinet meeting" is no journey to that meeting.)
                let journeyVerb = last.role == .visit || last.role == .arrive
                    || last.kind == .visit && last.start > s.tokens.lowerBound && RuleWords.to.contains(tokens[last.start - 1].word)
                let journeyPurpose = t.role == .noun && journeyVerb && !t.definite
                    && (max(last.end, t.start - 3) ..< t.start).contains { RuleWords.forZuZumEtc.contains(tokens[$0].word) }
                let purpose = t.role == .meet && t.start > 0 && RuleWords.toZu.contains(tokens[t.start - 1].word) || journeyPurpose
                // "Jaishankar chairs conclave; Modi receives Lavrov": a semicolon joins two reports.
                // (So does a dash in a headline: "Merz telefoniert mit Trump – Videoschalte der Koalition".)
                let semicolon = (last.end ..< t.start).contains { separatesReports($0, headline: headline) }
                    // (So does a reason clause: "X was represented by Y, as Z was on a visit abroad".)
                    || (last.end ..< t.start).contains { k in tokens[k].word == .comma && k + 1 < t.start
                        && RuleWords.asBecauseSinceEtc.contains(tokens[k + 1].word) }
                // "call on Prime Minister X and hold talks with Minister Y", "traf X und sprach anschließend mit Y": a verb
                // after "and" with a counterpart of its own named after "with" is another encounter of the same subject.
                // ("met X in Paris and held talks with him" is one.)
                let coordinated = t.role == .meet && last.role != .noun && coordinatedEncounter(t, after: last, in: s, mentions: ms)
                if coordinated { coordinatedStarts.insert(t.start) }
                // "had last met in La Paz, at the inauguration of X": the ceremony is where the encounter was.
                let occasion = isOccasion(t, of: last, in: s) || clusters.last!.count == 1 && isOccasion(last, of: t, in: s)
                if occasion { occasionStarts.insert(t.role == .noun ? t.start : last.start) }
                if !semicolon && !coordinated && (purpose || occasion || !possessive && !(placesBefore && newPlaceAfter) && !anaphor && !callMix && !farNouns && !agreedNext && !relativeClause && !leavesRelative && t.quoted == last.quoted) {
                    clusters[clusters.count - 1].append(t)
                    continue
                }
                if agreedNext { agreedStarts.insert(t.start) }
            }
            clusters.append([t])
        }
        return EventClusters(clusters: clusters, agreedStarts: agreedStarts, preparedStarts: preparedStarts, coordinatedStarts: coordinatedStarts,
                             occasionStarts: occasionStarts)
    }

    /// Whether trigger `t` reports a second encounter after `last`: "and"/"und" between them after a person named
    /// after `last`, and "with"/"mit" within three words after `t` followed by another person's name (after a title
    /// of up to fourteen words: "hold talks with Minister of Foreign Affairs, Regional Integration and International
    /// Trade Mr. X").
    func coordinatedEncounter(_ t: Trigger, after last: Trigger, in s: Sentence, mentions ms: [Mention]) -> Bool {
        guard let and = (last.end ..< t.start).last(where: { RuleWords.andUnd.contains(tokens[$0].word) }),
              let before = ms.last(where: { $0.start >= last.end && $0.end <= and && $0.kind == .name }),
              let with = (t.end ..< min(s.tokens.upperBound, t.end + 3)).first(where: { RuleWords.withMit.contains(tokens[$0].word) }),
              let after = ms.first(where: { $0.start > with && $0.start <= with + 15 && $0.kind == .name }) else { return false }
        return before.actor != after.actor
    }

    /// Gives each event of `ec` the participations that belong to it (nearest event, with the
    /// exceptions below). Returns one list per cluster.
    func assignParticipants(_ parts: [Participation], to ec: EventClusters, in s: Sentence, times: [TimeExpression]) -> [[Participation]] {
        let headline = isHeadline(s)
        let clusters = ec.clusters, agreedStarts = ec.agreedStarts
        // Assign mentions to the nearest cluster; "X's meeting" binds to the following one.
        // (Appended one by one: `Array(repeating:count:)` of a list type allocated through the standard library's
        // unspecialised path, which looks up the storage's type metadata at run time, for every sentence.)
        var assigned: [[Participation]] = []
        assigned.reserveCapacity(clusters.count)
        for _ in clusters.indices {
            // (Room for all the sentence's people: one allocation per list, not one per first, second, fourth person.)
            var list: [Participation] = []
            list.reserveCapacity(parts.count)
            assigned.append(list)
        }
        for p in parts {
            let m = p.mention
            // (Whose inauguration it was is not one of those who met at it.)
            if ownsOccasion(m, ec) { continue }
            var best = 0, bestDist = Int.max
            let possessive = m.end < tokens.count && (tokens[m.end].word == .possessiveS || tokens[m.end].word == .apostrophe)
            for (c, cl) in clusters.enumerated() {
                if cl.first!.quoted != inQuote[m.start] && !(p.speakerVerb != nil) { continue }
                let a = cl.first!.start, b = cl.last!.end
                var d = m.end <= a ? a - m.end : (m.start >= b ? m.start - b + 1 : 0)
                // (Not across a semicolon.)
                let gap = m.end <= a ? m.end ..< a : (m.start >= b ? b ..< m.start : m.start ..< m.start)
                if gap.contains(where: { separatesReports($0, headline: headline) }) { d += 100 }
                if possessive && m.end <= a { d = max(0, d - 2) }
                // A reason clause after the person is not the person's ("Ein Treffen mit X kam nicht zustande,
                // weil diese zu einer Konferenz gereist war").
                if m.end <= a, (m.end ..< a).contains(where: { k in tokens[k].word == .comma && k + 1 < a
                    && RuleWords.weilBecauseDaEtc.contains(tokens[k + 1].word) }) { continue }
                // "telefonierte mit X, um einen Besuch in Rom vorzubereiten": X, named before the "um", is the call's,
                // not the visit's that it prepares.
                if m.end <= a, c > 0, ec.preparedStarts.contains(a), (m.end ..< a).contains(where: { RuleWords.um.contains(tokens[$0].word) }) { continue }
                if d < bestDist { bestDist = d; best = c }
            }
            if bestDist == Int.max { continue }
            // "call on X and hold talks with Y": X, named before the "and", is the first encounter's.
            if best > 0, ec.coordinatedStarts.contains(clusters[best].first!.start), m.end <= clusters[best].first!.start,
               m.start >= clusters[best - 1].last!.end { best -= 1 }
            // The subject before the first trigger belongs to the first event with a verb.
            if m.end <= clusters[0].first!.start && !possessive,
               let v = clusters.firstIndex(where: { $0.contains { $0.role != .noun } && $0.first!.quoted == inQuote[m.start] }) {
                best = v
            }
            // A new clause ("…, wenn X den Gast … begrüßt") belongs to the verb that ends it.
            if let next = clusters.indices.first(where: { clusters[$0].first!.start > m.end }), next > 0,
               clusters[next].contains(where: { $0.role != .noun }), clusters[best].allSatisfy({ $0.role == .noun }),
               clusters[best].last!.end <= m.start,
               (clusters[best].last!.end ..< m.start).contains(where: { tokens[$0].word == .comma }) {
                best = next
            }
            // "…, Chief Cabinet Secretary X said": a speaker after the report, English order.
            if p.reportVerb != nil, clusters[best].last!.end <= m.start, !clusters.contains(where: { $0.first!.start > m.start }) {
                var k = m.start - 1
                while k > s.tokens.lowerBound && k >= m.start - 6 && tokens[k].kind == .word && (tokens[k].isCapitalized || isTagged(k)) { k -= 1 }
                if k >= s.tokens.lowerBound && tokens[k].word == .comma { continue }
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
            assigned[c].removeEach { p in
                guard let v = p.reportVerb, v < first else { return false }
                return parts.contains { q in q.mention.start > v && q.mention.start < first && q.mention.actor != p.mention.actor }
                    // (A group named by a noun is a subject of its own too: "the leaders", "die beiden Minister".)
                    || (v + 1 ..< first).contains { Self.groupNouns.contains(tokens[$0].word) }
            }
        }
        // "… to call on X and hold talks with Y": the subject holds the second encounter too.
        for (c, cl) in clusters.enumerated() where c > 0 && ec.coordinatedStarts.contains(cl.first!.start) {
            if let subject = parts.first(where: { !$0.source && !$0.absent && $0.mention.end <= clusters[0].first!.start }),
               !assigned[c].contains(where: { $0.mention.actor == subject.mention.actor }) {
                assigned[c].insert(subject, at: 0)
            }
        }
        // The traveller journeys on: "X was received by Y … before travelling on to Brussels for a meeting with Z".
        for (c, cl) in clusters.enumerated() where c > 0 && agreedStarts.contains(cl.first!.start) && (cl.first!.role == .visit || cl.first!.role == .arrive) {
            if let subject = parts.first(where: { !$0.source && !$0.absent && $0.mention.kind != .plural && $0.mention.end <= clusters[0].first!.start }),
               !assigned[c].contains(where: { $0.mention.actor == subject.mention.actor }) {
                assigned[c].insert(subject, at: 0)
            }
        }
        // "X hosted the leaders in London, hours after a phone call with Y": a call with one other party named
        // after "with" is the sentence subject's own call. (So is any encounter the subject goes on to: "The pair
        // then had lunch with A, before crossing the city for talks with B".)
        for (c, cl) in clusters.enumerated() where c > 0 && cl.allSatisfy({ $0.role == .noun }) {
            let people = assigned[c].filter { !$0.source && !$0.absent }
            guard Set(people.map(\.mention.actor)).count == 1, let m = people.first?.mention, m.start > cl.last!.end, m.start - cl.last!.end <= 3,
                  (cl.last!.end ..< m.start).contains(where: { RuleWords.withMit.contains(tokens[$0].word) }) else { continue }
            let call = cl.allSatisfy { $0.kind == .call }
            // (A plural subject, "the pair", "the two", is everyone it stands for — for an encounter in person.)
            guard let first = parts.first(where: { !$0.source && !$0.absent && ($0.mention.kind != .plural || !call) && $0.mention.end <= clusters[0].first!.start }),
                  first.mention.actor != m.actor else { continue }
            let subjects = first.mention.kind == .plural ? parts.filter { $0.mention.start == first.mention.start && $0.mention.kind == .plural } : [first]
            // (Not when the subject is nobody's subject but the first encounter's people named after it.)
            guard call || assigned[0].contains(where: { $0.mention.actor == first.mention.actor }) else { continue }
            for subject in subjects.reversed() where subject.mention.actor != m.actor && !assigned[c].contains(where: { $0.mention.actor == subject.mention.actor }) {
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
                        && !(p.mention.end < s.tokens.upperBound && RuleWords.possessiveSApostrophe.contains(tokens[p.mention.end].word))
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
        return assigned
    }
}

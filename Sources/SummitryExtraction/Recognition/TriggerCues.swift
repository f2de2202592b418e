/// The first pass over a sentence's triggers: words that look like encounters but approve, name a
/// host, time another encounter, or point to a summit's sidelines (see ``DocumentAnalysis/triggerCues(in:mentions:)``).
extension DocumentAnalysis {
    /// A sentence's triggers with what was set aside from them.
    struct TriggerCues {
        /// The triggers that may report encounters.
        var triggers: [Trigger]
        /// Token positions of "welcomed the meeting": approval from afar, not a reception.
        var approvals: [Int]
        /// Trigger starts of "welcomed the delegates": the host of the meeting under way.
        var welcomesAll: Set<Int>
        /// Token positions right after "host"/"Gastgeber" used as a noun.
        var hostNouns: [Int]
        /// A meeting named as the time of another encounter ("After the talks, …").
        var timeAnchor: Trigger?
    }

    /// Prepositions of a weekday ("am Freitag", "on Friday").
    static let weekdayPrepositions = WordSet(row: 299, ["am", "on"])

    /// Sorts the triggers of sentence `s`: approvals, host nouns and time anchors are taken out.
    func triggerCues(in s: Sentence, mentions ms: [Mention]) -> TriggerCues {
        var trig = triggers(in: s)
        var approvals: [Int] = []
        // "welcomed the delegates", "begrüßte die Teilnehmer": the host of the meeting under way.
        var welcomesAll: Set<Int> = []
        // "welcomed the meeting", "begrüßte die Einigung": approval, not a reception.
        // (Collected when first needed: most sentences have no such trigger.)
        var startsOfMentions: Set<Int>? = nil
        trig.removeEach { t in
            guard t.role == .host, RuleWords.welcomedWelcomesWelcomeEtc.contains(tokens[t.start].word) else { return false }
            let mentionStarts = startsOfMentions ?? Set(ms.map(\.start))
            startsOfMentions = mentionStarts
            var k = t.end
            // ("begrüßte am Freitag den Gast": past a weekday and its preposition.)
            if k + 1 < s.tokens.upperBound, has(k + 1, .weekday), Self.weekdayPrepositions.contains(tokens[k].word) { k += 2 }
            while k < s.tokens.upperBound && (has(k, .determiners) || tokens[k].kind == .punct && tokens[k].word != .comma) { k += 1 }
            if k >= s.tokens.upperBound { return false }
            if mentionStarts.contains(k) || has(k, .pronouns) || has(k, .guestNouns) { return false }
            // A titled guest: "welcomed Canadian Prime Minister X", "welcomed Ukraine's Foreign Minister X".
            // (German puts an adjective before the title: "begrüßte den steirischen Landeshauptmann X".)
            if let m = mentionStarts.filter({ $0 > k && $0 <= k + 6 }).min(),
               (k ..< m).allSatisfy({ tokens[$0].word == .possessiveS || tokens[$0].kind == .word && (tokens[$0].isCapitalized || isTagged($0)
                   || isGerman && $0 == k && !has($0, .function) && !has($0, .verb)) }) { return false }
            // ("welcomed the Gulf leaders": the guests' noun after a qualifier or two.)
            if (k ..< min(s.tokens.upperBound, k + 3)).contains(where: { Self.attendeeNouns.contains(tokens[$0].word) }) { welcomesAll.insert(t.start); return false }
            if let tag = tagAt[k], case .title = tag.entity { return false }
            let passive = (s.tokens).contains { RuleWords.byVonVom.contains(tokens[$0].word) }
            if !passive { approvals.append(t.start) }
            return !passive
        }
        // "The host, Antigua's Prime Minister X, said …": "host" as a noun names the host of the meeting
        // under way; it reports no encounter of its own.
        var hostNouns: [Int] = []
        // ("X, the Antiguan prime minister and summit host, …": the meeting noun only qualifies "host".)
        var modifiers: Set<Int> = []
        // (Only a sentence with a host word is searched: most have none, and keep their triggers as they are.)
        func hostWord(_ t: Trigger) -> Bool {
            t.role == .host && RuleWords.hostGastgeberGastgeberinEtc.contains(tokens[t.start].word)
                && (t.start > s.tokens.lowerBound || openingHostNoun(t.start, in: s))
        }
        if trig.contains(where: hostWord) {
            let nounTriggers = trig.filter { $0.role == .noun }
            trig.removeAll { t in
                guard hostWord(t) else { return false }
                let qualified = nounTriggers.first { $0.role == .noun && $0.end == t.start && !$0.definite }
                guard t.start == s.tokens.lowerBound || has(t.start - 1, .determiners) || tokens[t.start - 1].word == .possessiveS || qualified != nil
                else { return false }
                if let q = qualified { modifiers.insert(q.start) }
                hostNouns.append(t.end)
                return true
            }
        }
        if !modifiers.isEmpty { trig.removeAll { modifiers.contains($0.start) } }
        // "After the talks, the four ministers paid a courtesy call on X", "Nach dem Treffen empfing Y …": a meeting
        // named as the time of another encounter is not that encounter.
        var timeAnchor: Trigger? = nil
        if trig.count >= 2 {
            // (Another encounter after it: a verb, or an indefinite noun — "paid a courtesy call".)
            let verbs = trig.filter { $0.role != .attend && ($0.role != .noun || !$0.definite) }
            trig.removeAll { t in
                let anchor = t.role == .noun && t.definite && t.start >= s.tokens.lowerBound + 2
                    && (max(s.tokens.lowerBound, t.start - 3) ..< t.start).contains { RuleWords.afterBeforeFollowingEtc.contains(tokens[$0].word) }
                    && verbs.contains { $0.start > t.end }
                if anchor { timeAnchor = t }
                return anchor
            }
        }
        return TriggerCues(triggers: trig, approvals: approvals, welcomesAll: welcomesAll, hostNouns: hostNouns, timeAnchor: timeAnchor)
    }

    /// Copulas after a sentence's opening host noun ("Gastgeber waren X und Y", "Hosts were X and Y").
    static let hostCopulas = WordSet(row: 300, ["war", "waren", "ist", "sind", "was", "were", "is", "are"])

    /// Whether the host noun at `k` opens sentence `s` before a copula: "Gastgeber waren Verteidigungsminister X und sein
    /// britischer Amtskollege Y" names the meeting's hosts, everyone named after it.
    func openingHostNoun(_ k: Int, in s: Sentence) -> Bool {
        k == s.tokens.lowerBound && k + 1 < s.tokens.upperBound && Self.hostCopulas.contains(tokens[k + 1].word)
            && RuleWords.hostGastgeberGastgeberinEtc.contains(tokens[k].word)
    }

    /// Splits side-lines references off the triggers: they point to a summit ("on the sidelines of the
    /// summit"), reported before or here first. Returns the triggers left and the summit they point to.
    func sidelinesEvents(_ trig: [Trigger], in s: Sentence, places: [PlaceMention], planned: Bool) -> (events: [Trigger], sidelinesTarget: Int?) {
        var sidelinesTarget: Int? = nil
        // (Filtered only when a trigger is a side-lines reference; otherwise the events are the triggers.)
        let events = !trig.contains(where: { $0.sidelines }) ? trig : trig.filter { t in
            if t.sidelines {
                sidelinesTarget = latestMeeting(kind: .summit) ?? meetings.indices.last
                // "on the sidelines of the AU summit in Addis Ababa": a summit of its own body or place is not
                // the meeting reported before.
                if let k = sidelinesTarget {
                    let torg = org(of: t)
                    let own = places.first(where: { $0.start >= t.end && $0.start <= t.end + 4 })
                    if (torg != nil && meetings[k].org != nil && meetings[k].org != torg)
                        || (own != nil && meetings[k].cityKey != nil && meetings[k].cityKey != own!.key)
                        || (torg != nil && meetings[k].org == nil && own != nil && meetings[k].cityKey != own!.key) {
                        sidelinesTarget = nil
                    }
                }
                if sidelinesTarget == nil {
                    // "am Rande des G7-Gipfels in Rom": the summit is reported here first.
                    var summit = makeEvent([t], sentence: s, parts: [], places: places, times: [], planned: planned)
                    summit.kind = .summit
                    summit.held = .multilateral
                    summit.settingOnly = true
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
        if sidelinesTarget == nil, sentence(s, mayHave: .sidelines), let cue = s.tokens.first(where: { has($0, .sidelines) && tokens[$0].kind == .word }),
           let first = events.first, let last = events.last, cue < first.start || cue >= last.end,
           let summit = latestMeeting(kind: .summit) ?? largeMeeting() ?? (cue >= last.end ? meetings.indices.last(where: { meetings[$0].held != .phone }) : nil),
           cue + 1 < s.tokens.upperBound, RuleWords.commaStopDesEtc.contains(tokens[cue + 1].word) || has(cue + 1, .determiners)
               // German "Am Rande traf A B": the verb comes second.
               || (isGerman && cue <= s.tokens.lowerBound + 1 && has(cue + 1, .verb) || isGerman && cue <= s.tokens.lowerBound + 1 && tokens[cue + 1].kind == .word && !tokens[cue + 1].isCapitalized) {
            // ("am Rande der Münchner Sicherheitskonferenz": the sidelines of a body's gathering named here are not
            // those of another summit reported before.)
            let named = (cue + 1 ..< min(s.tokens.upperBound, cue + 4)).lazy.compactMap { k -> String? in
                if let tag = self.tagAt[k], case .organization(let id) = tag.entity { return id } else { return nil } }.first
            if named == nil || named == meetings[summit].org { sidelinesTarget = summit }
        }
        return (events, sidelinesTarget)
    }
}

extension Array {
    /// `removeAll(where:)`, asking `shouldBeRemoved` of each element once, in order, and keeping the others in
    /// their order; a list with nothing to remove is only read. (The library's moves every list into place to
    /// write it, and replaces an empty range at its end, before it knows that nothing goes: some sixty
    /// instructions for each sentence's triggers, most of which lose none.)
    @inline(__always) mutating func removeEach(where shouldBeRemoved: (Element) throws -> Bool) rethrows {
        guard let first = try firstIndex(where: shouldBeRemoved) else { return }
        var kept = first
        for k in first + 1 ..< count where try !shouldBeRemoved(self[k]) {
            self[kept] = self[k]
            kept += 1
        }
        removeSubrange(kept...)
    }
}

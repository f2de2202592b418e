/// Sentences that add people to meetings reported before: hosts and invitees named without a
/// trigger, and office holders speaking at a meeting under way.
extension DocumentAnalysis {
    /// Whether mention `m` hosts: subject of an active host verb, agent after "by"/"von" of a
    /// passive one, or called host/Gastgeber right before the name.
    func isHost(_ m: Mention, verbs: [Trigger], sentence s: Sentence, firstMentionStart: Int? = nil) -> Bool {
        let lo = s.tokens.lowerBound
        // (Counted from the start of the title before the name: "Gastgeber war der Schweizer Außenminister X".)
        var head = m.start
        while head > lo && inRole[head - 1] { head -= 1 }
        // (English "host" is the noun, not the verb: "is scheduled to host a luncheon for X", "Lee hosts X".)
        for k in max(lo, head - 4) ..< m.start where RuleWords.hostGastgeberGastgeberinEtc.contains(tokens[k].word) {
            if !isGerman, k > lo, Self.beforeVerbHost.contains(tokens[k - 1].word) || inName[k - 1] { continue }
            return true
        }
        // "at X's residence", "in Xs Residenz": the owner of the venue hosts.
        var k = m.end
        if k < s.tokens.upperBound, RuleWords.possessiveSApostropheRightQuote.contains(tokens[k].word) { k += 1 }
        if k < s.tokens.upperBound, Self.residenceNouns.contains(tokens[k].word) { return true }
        // (With a modal, the passive's auxiliary is the infinitive after the participle: "soll von X empfangen werden".)
        // (In English, the auxiliary just before the verb: "is scheduled to host" is no passive of "host".)
        let passive = !verbs.isEmpty && (isGerman
            ? (lo ..< s.tokens.upperBound).contains { has($0, .passiveAuxiliary) }
                || verbs.contains { $0.end < s.tokens.upperBound && RuleWords.werden.contains(tokens[$0.end].word) }
            : verbs.contains { v in (max(lo, v.start - 3) ..< v.start).contains { has($0, .passiveAuxiliary) } })
        for v in verbs {
            if passive {
                if isGerman {
                    if m.start < v.start, (max(lo, m.start - 12) ..< m.start).contains(where: { RuleWords.vonVom.contains(tokens[$0].word) }) { return true }
                } else if m.start > v.start, (v.end ..< m.start).contains(where: { RuleWords.by.contains(tokens[$0].word) }) {
                    return true
                }
            } else if m.start < v.start && v.start - m.end <= 12 {
                // "X flog nach Warschau, wo ihn Y empfing", "X flew to Warsaw, where Y received him": a clause of place
                // or time with a person of its own before the verb is that person's welcome. So is a clause after a
                // colon: "X wechselte auf die andere Seite: Im Palazzo empfing ihn Y".
                // (The first such comma: "the delegation travelled to Kraków, where the Mayor, X, hosted members".)
                if let c = (m.end ..< v.start).first(where: { k in tokens[k].word == .colon || tokens[k].word == .comma && k + 1 < v.start
                       && (RuleWords.woWhere.contains(tokens[k + 1].word) || Self.subordinators.contains(tokens[k + 1].word)) }),
                   // (After a colon, the person may follow the verb: "empfing ihn Y".)
                   (c + 1 ..< (tokens[c].word == .colon ? min(s.tokens.upperBound, v.end + 6) : v.start)).contains(where: { inName[$0] || inRole[$0] }) {
                    continue
                }
                // German puts the object before the participle too ("X hat Y … empfangen"): only the
                // first person of the clause is its subject.
                if isGerman, let first = firstMentionStart, first < m.start, !(first ..< m.start).contains(where: { tokens[$0].word == .comma }) {
                    return false
                }
                return true
            }
        }
        return false
    }

    /// Words before an English "host" or "hosts" that make it the verb: "to host", "will host", "who hosts".
    static let beforeVerbHost = WordSet(row: 246, [
        "to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "did", "does", "do",
        "he", "she", "they", "we", "who", "which", "also", "then", "later", "again", "jointly",
    ])

    /// Sentences without a trigger: invitations ("Eingeladen sind auch …") and arrivals for a summit.
    func attachWithoutTrigger(_ s: Sentence, _ parts: [Participation]) {
        guard !parts.isEmpty, let last = meetings.indices.last else { return }
        if parts.contains(where: \.invited) {
            for p in parts where p.invited && !p.source {
                if !meetings[last].invited.contains(p.mention.actor) { meetings[last].invited.append(p.mention.actor) }
                if !p.absent { meetings[last].addParticipant(p.mention.actor, sentence: s.index) }
            }
            return
        }
        // "Eingeladen hatten X und Y": the inviters host the meeting reported last (a video conference too).
        let inviters = parts.filter { $0.inviter && !$0.source && !$0.absent }
        if !inviters.isEmpty, let target = mostRecentMeeting() {
            for p in inviters {
                meetings[target].addParticipant(p.mention.actor, sentence: s.index)
                if !meetings[target].hosts.contains(p.mention.actor) { meetings[target].hosts.append(p.mention.actor) }
            }
            return
        }
        // "Gastgeber wird Präsident X sein", "The host is X": the host of the meeting reported last.
        let hosting = parts.filter { p in !p.source && !p.absent && isHost(p.mention, verbs: [], sentence: s) }
        if !hosting.isEmpty, let target = meetings.indices.last(where: { meetings[$0].held != .phone }) {
            for p in hosting {
                meetings[target].addParticipant(p.mention.actor, sentence: s.index)
                if !meetings[target].hosts.contains(p.mention.actor) { meetings[target].hosts.append(p.mention.actor) }
            }
            return
        }
        if accompanies(s, parts) { return }
        if statementsAtMeeting(s, parts) { return }
        // (Only words of the verb class are looked up, as ``triggers(in:)`` does.)
        let arriving = s.tokens.contains { k in
            has(k, .verb) && lexicons.verbRoles[lowers[k]].map { $0 == "arrive" || $0 == "attend" } == true
        }
        // ("Aus Brüssel kamen X und Y": those named after the verb in its clause; not "Kritik kam aus Wien: X warnte".)
        let came = !sentence(s, mayHave: Self.comeWords) ? nil : s.tokens.first { Self.comeWords.contains(tokens[$0].word) }.flatMap { v -> Range<Int>? in
            guard s.tokens.contains(where: { RuleWords.fromAus.contains(tokens[$0].word) }) else { return nil }
            let end = (v + 1 ..< s.tokens.upperBound).first { RuleWords.colonSemicolon.contains(tokens[$0].word) } ?? s.tokens.upperBound
            return v + 1 ..< end
        }
        // "Die USA entsandten den Sondergesandten X", "Washington sent its envoy, X": whoever is sent attends (not the sender).
        let sent = !sentence(s, mayHave: Self.sendVerbs) ? nil : s.tokens.first { Self.sendVerbs.contains(tokens[$0].word) }
        // "Für sie saß X am Tisch", "Also at the table were …": a seat at the table is a seat at the meeting under way.
        let atTable = sentence(s, mayHave: Self.tableNouns) && s.tokens.contains { k in Self.tableNouns.contains(tokens[k].word) && k > s.tokens.lowerBound
            && (RuleWords.am.contains(tokens[k - 1].word) || RuleWords.the.contains(tokens[k - 1].word) && k - 1 > s.tokens.lowerBound
                && RuleWords.at.contains(tokens[k - 2].word)) }
        // "Unter den Gästen: A, B und C", "Among the guests were …", "Zu den Teilnehmern gehörten …": the guests of the
        // meeting reported just before.
        let amongGuests = sentence(s, mayHave: Self.guestListNouns) && s.tokens.contains { k in
            Self.guestListNouns.contains(tokens[k].word) && k >= s.tokens.lowerBound + 2 && has(k - 1, .determinersDefinite)
                && Self.amongUnterZu.contains(tokens[k - 2].word)
        }
        // (The gathering under way: a summit, a multilateral meeting or conference, or any meeting of three or more.)
        if arriving || sent != nil || came != nil, let summit = meetings.indices.last(where: { k in
               (meetings[k].kind == .summit || meetings[k].held == .multilateral || meetings[k].participants.count >= 3
                   || Self.conferenceNoun(meetings[k].noun))
                   && meetings[k].sidelinesOf == nil && meetings[k].held != .phone }),
           !meetings[summit].planned, !meetings[summit].background {
            for p in parts where !p.source && !p.absent && (sent.map { p.mention.start > $0 } ?? true)
                && (arriving || sent != nil || came?.contains(p.mention.start) == true) {
                meetings[summit].addParticipant(p.mention.actor, sentence: s.index)
            }
        } else if atTable, let k = meetings.indices.last(where: { meetings[$0].sidelinesOf == nil && meetings[$0].held != .phone }),
                  !meetings[k].planned, !meetings[k].background {
            for p in parts where !p.source && !p.absent { meetings[k].addParticipant(p.mention.actor, sentence: s.index) }
        } else if amongGuests, let k = meetings.indices.last(where: { meetings[$0].held != .phone }),
                  !meetings[k].planned, !meetings[k].background, s.index - lastReported(k) <= 2 {
            for p in parts where !p.source && !p.absent { meetings[k].addParticipant(p.mention.actor, sentence: s.index) }
        }
    }

    /// Nouns of a meeting's guests in a list of them ("Unter den Gästen", "among the guests").
    static let guestListNouns = WordSet(row: 247, [
        "gästen", "guests", "teilnehmern", "teilnehmenden", "participants", "attendees", "geladenen", "invitees",
    ])
    /// "unter", "among", "zu" before a list's noun ("unter den Gästen", "zu den Teilnehmern gehörten").
    static let amongUnterZu = WordSet(row: 248, ["unter", "among", "zu", "amongst"])
    /// Past forms of "come" ("Aus Brüssel kamen …").
    static let comeWords = WordSet(row: 249, ["kam", "kamen"])
    /// Verbs of sending someone to a meeting.
    static let sendVerbs = WordSet(row: 250, ["entsandte", "entsandten", "schickte", "schickten", "sent", "dispatched"])
    /// Nouns of the table a meeting sits at.
    static let tableNouns = WordSet(row: 251, ["tisch", "verhandlungstisch", "table", "negotiating"])

    /// Words of going along with someone ("accompanied", "begleitete", "in Begleitung").
    static let companionWords = WordSet(row: 252, [
        "accompanied", "accompanies", "accompany", "accompanying", "begleitet", "begleitete", "begleiteten", "begleiten", "begleitung",
    ])

    /// "X accompanied Y throughout the day", "Begleitet wurde Y von X": whoever goes along with someone on the
    /// visit under way is at its meetings. The people of the sentence who are at a meeting held in the last six
    /// sentences are the ones accompanied; the others join every meeting of theirs held in the same city.
    /// Returns whether anyone was added.
    private func accompanies(_ s: Sentence, _ parts: [Participation]) -> Bool {
        // (Not one only intended: "X will die Gäste begleiten".)
        guard sentence(s, mayHave: Self.companionWords), !isPlanned(s) else { return false }
        let recent = meetings.indices.filter { k in
            let m = meetings[k]
            return !m.planned && !m.background && m.held != .phone && s.index - max(m.firstSentence, m.sentences.max() ?? 0) <= 6
        }
        let people = parts.filter { !$0.source && !$0.absent }.map(\.mention.actor)
        let accompanied = Set(people.filter { a in recent.contains { meetings[$0].participants.contains(a) } })
        // (Not someone of a relative clause: "… von Außenminister X, der sich parallel mit seinem Kollegen Y austauschte".)
        let relative = (s.tokens.lowerBound ..< max(s.tokens.lowerBound, s.tokens.upperBound - 1)).first { tokens[$0].word == .comma && RuleWords.whoWhichDerEtc.contains(tokens[$0 + 1].word) }
        let companions = parts.filter { p in !p.source && !p.absent && !accompanied.contains(p.mention.actor) && relative.map { p.mention.start < $0 } ?? true }
            .map(\.mention.actor)
        guard !accompanied.isEmpty, !companions.isEmpty,
              let last = recent.last(where: { !accompanied.isDisjoint(with: meetings[$0].participants) }) else { return false }
        for k in recent where !accompanied.isDisjoint(with: meetings[k].participants)
            && (meetings[k].cityKey == meetings[last].cityKey || k == last) {
            for a in companions { meetings[k].addParticipant(a, sentence: s.index) }
        }
        debug("  accompanying -> #\(last): " + companions.map { actors[$0].name }.joined(separator: ", "))
        return true
    }

    /// Verbs of a statement made at a meeting ("X warnte vor …", "X urged allies to …").
    static let statementVerbs = WordSet(row: 253, [
        "sagte", "erklärte", "betonte", "warnte", "forderte", "rief", "appellierte", "mahnte", "drängte", "warb", "kritisierte",
        "versprach", "sicherte", "kündigte", "unterstrich", "verwies", "plädierte", "bekräftigte", "präsentierte", "stellte",
        "sprach", "trat", "redete", "spoke", "addressed",
        "legte", "unterstützte", "unterstützten", "warben", "forderten", "drohte", "drohten", "äußerte", "äußerten", "verlangte",
        "verlangten", "lehnte", "lehnten", "kritisierten", "betonten", "erklärten", "sagten", "mahnten", "warnten",
        "supported", "backed", "threatened", "demanded", "voiced", "expressed", "rejected", "opposed", "proposed",
        "said", "warned", "urged", "called", "appealed", "pledged", "promised", "stressed", "emphasised", "emphasized",
        "insisted", "argued", "told", "criticised", "criticized", "announced", "presented", "reminded", "noted", "vowed",
        "pressed", "pushed", "offered", "welcomed",
    ])

    /// "Polens Außenminister X warnte vor …" after a multilateral meeting was reported: an office holder
    /// introduced with a statement and no other place or meeting of their own spoke at that meeting.
    /// Spokespeople, people named before, quoted, or sources are left out. Returns whether anyone was added.
    private func statementsAtMeeting(_ s: Sentence, _ parts: [Participation]) -> Bool {
        // (A side meeting reported since does not end the main one.)
        // A meeting reported with no one named ("at a meeting of the contact group") counts as well.
        guard let k = meetings.indices.last(where: { meetings[$0].sidelinesOf == nil }),
              meetings[k].held == .multilateral || meetings[k].org != nil || meetings[k].participants.count >= 3
                || meetings[k].particular && meetings[k].participants.allSatisfy({ statementParticipants.contains($0) || actors[$0].international
                    || actors[$0].org.map { lexicons.isInternational($0) } == true }),
              !meetings[k].planned, !meetings[k].background, meetings[k].held != .phone,
              s.index - max(meetings[k].firstSentence, meetings[k].sentences.max() ?? 0, meetings[k].evidence.values.max() ?? 0) <= 6 else {
            debug("  statements: no meeting under way")
            return false
        }
        // Another place in the sentence is another scene ("X sagte in Kiew …", "by video link from Kyiv");
        // a capital as the object stands for its government ("urged Budapest to relent").
        if places(in: s).contains(where: { p in p.key != meetings[k].cityKey && p.start > s.tokens.lowerBound
            && RuleWords.inImAtEtc.contains(tokens[p.start - 1].word) }) { return false }
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
        if isGerman, let start, let v = (max(s.tokens.lowerBound, start - 6) ..< start).last(where: { Self.statementVerbs.contains(tokens[$0].word) }),
           !(v + 1 ..< start).contains(where: { tokens[$0].word == .comma }) {
            return v
        }
        var k = end
        var steps = 0
        while k < limit && steps < 40 {
            if Self.statementVerbs.contains(tokens[k].word) { return k }
            // (", der französische Präsident B" continues a list: a title or country adjective follows the article.)
            // (So is an apposition: "A, a Djiboutian diplomat elected last year, said", "B, the bloc's secretary-general, said".)
            let apposition = k + 1 < limit && tokens[k].word == .comma && RuleWords.aAnEinEtc2.contains(tokens[k + 1].word)
                && (k + 2 ..< min(limit, k + 30)).contains { tokens[$0].word == .comma }
            let relative = tokens[k].word == .comma && k + 1 < limit && RuleWords.whoWhichDerEtc.contains(tokens[k + 1].word)
                && !(k + 2 < limit && isTagged(k + 2))
            if relative || apposition {
                // Skip the relative clause to its closing comma.
                var j = k + 1
                while j < limit && tokens[j].word != .comma { j += 1 }
                k = j + 1
                steps += 1
                continue
            }
            let t = tokens[k]
            // A list of titled names: "Kanzler A, der französische Präsident B und die italienische Premierministerin C".
            let nameLike = RuleWords.possessiveSApostropheRightQuoteEtc.contains(t.word) || t.kind == .word && (t.isCapitalized || inName[k] || isTagged(k)
                || RuleWords.andUndSowieEtc.contains(t.word))
            if !nameLike || k - end > 24 { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    /// Whether the tokens between two mentions only join them ("A and his counterpart B").
    private func coordinated(_ from: Int, _ to: Int) -> Bool {
        (from ..< to).allSatisfy { k in
            RuleWords.andUndSowieEtc2.contains(tokens[k].word) || tokens[k].isCapitalized || isTagged(k)
                || RuleWords.hisHerSeinEtc.contains(tokens[k].word)
        }
    }
}

/// How each person named in a sentence relates to the meetings reported in it: a source of the
/// report ("nach Angaben von X", "according to X"), a speaker after it ("…, sagte X"), absent,
/// invited, or the object of a reception ("ihn", "den Gast").
extension DocumentAnalysis {
    /// What an actor mention does in a sentence, seen from the meeting detector.
    struct Participation {
        var mention: Mention
        var source = false      // "nach Angaben von X", "according to X"
        var speakerVerb: Int?   // token of the speech verb right before it ("…, sagte X")
        var reportVerb: Int?    // token of the speech verb right after it ("X told reporters …")
        var absent = false
        var invited = false
        var inviter = false     // "Eingeladen hatten X und Y": who invited hosts
        var accusative = false
    }

    static let confirmVerbs: Set<String> = [
        "confirmed", "confirms", "announced", "announces", "bestätigte", "bestätigt", "kündigte", "teilte", "mitteilte",
    ]
    /// Verbs of judging a meeting from outside ("kritisierte die Gespräche", "praised the talks").
    static let judgingVerbs: Set<String> = [
        "kritisierte", "kritisiert", "lobte", "verurteilte", "bezeichnete", "nannte", "kommentierte", "bewertete", "würdigte",
        "criticised", "criticized", "praised", "condemned", "denounced", "described", "called", "hailed", "dismissed", "slammed",
    ]
    /// Words that open a subordinate clause ("weil", "because").
    static let subordinators = WordSet(row: 260, ["weil", "da", "nachdem", "because", "since", "as", "after", "when", "als", "wenn", "obwohl", "although"])
    /// Finite auxiliaries that open a predicate after a name set off by commas.
    static let finiteAuxiliaries = WordSet(row: 261, ["was", "were", "is", "had", "has", "did", "will", "war", "ist", "hatte", "hat", "blieb", "wird"])
    /// German auxiliaries of the active perfect ("Eingeladen hatten …").
    static let activeAuxiliaries = WordSet(row: 262, ["hatte", "hatten", "hat", "haben"])
    /// Relative pronouns that open a clause about the person just named.
    static let relativePronouns = WordSet(row: 263, ["der", "die", "who", "welcher", "welche"])
    /// Words of taking part ("teilnahm", "attended"): with a negation, absence.
    static let attendanceWords = WordSet(row: 264, [
        "teilnahm", "teilnahmen", "teilnehmen", "teilgenommen", "teilnimmt", "dabei", "anwesend", "angereist", "anreiste",
        "attend", "attended", "attending", "attends", "join", "joined", "present", "travel", "travelled", "traveled",
        // (Not invited is not there: "X, who was not invited, …", "X, die nicht eingeladen war".)
        "invited", "eingeladen",
    ])
    /// Past forms of "come" after "Kritik"/"criticism".
    static let cameWords = WordSet(row: 265, ["kam", "came"])
    /// Verbs of carrying a message ("überbrachte", "delivered").
    static let messengerVerbs: Set<String> = ["überbrachte", "überbrachten", "überbringt", "delivered", "conveyed", "handed"]
    /// Verbs of accusing ("warf … vor", "accused").
    static let accusingVerbs: Set<String> = [
        "warf", "warfen", "wirft", "werfen", "beschuldigte", "beschuldigten", "beschuldigt",
        "accused", "accuses", "blamed", "blames",
    ]
    // (The verb sets above are read as word classes: ``WordClass/confirmVerb``, ``WordClass/judgingVerb``,
    // ``WordClass/accusingVerb``.)
    static let connectors: Set<String> = ["among", "between", "with", "mit", "zwischen", "including", "of"]

    func participations(in s: Sentence, mentions ms: [Mention]) -> [Participation] {
        // (A sentence without mentions has none, and takes no storage.)
        if ms.isEmpty { return [] }
        let lo = s.tokens.lowerBound, limit = s.tokens.upperBound
        var firstInvite: Int? = nil
        for k in lo ..< limit where has(k, .invited) && !tokens[k].isCapitalized || RuleWords.eingeladenInvited.contains(tokens[k].word) {
            firstInvite = k; break
        }
        // (A word of none of these classes begins no source frame and no phrase of absence: it is
        // passed over on its classes alone, as ``matchesPhrase(_:_:at:limit:)`` would return nil.)
        let frameOrAbsence: WordClass = [.sourceFrames, .absent, .phraseHead]
        let absence: WordClass = [.absent, .phraseHead]
        // (Written into the storage a sentence before gave back, ``participationStorage``.)
        var out = participationStorage
        participationStorage = []
        if !out.isEmpty { out.removeAll(keepingCapacity: true) }
        for m in ms {
            var p = Participation(mention: m)
            for k in max(lo, m.start - 8) ..< m.start where !wordClass[k].isDisjoint(with: frameOrAbsence) {
                if let n = matchesPhrase(lexicons.sourceFrames, .sourceFrames, at: k, limit: m.start + 1), !(n == 1 && RuleWords.so.contains(tokens[k].word) && !isGerman) {
                    // "so" only as German "…, so X" reported speech.
                    if RuleWords.so.contains(tokens[k].word) && !(k > lo && tokens[k - 1].word == .comma) { continue }
                    if k >= m.start - 5 { p.source = true }
                }
                // (Not across a clause: "Das Treffen wurde abgesagt, weil X … reisen musste" — X is the reason, elsewhere.)
                // (Nor across another predicate: "stayed away and sent his foreign minister, X", "skipped it, sending X".)
                // (Nor across a semicolon: "X fehlte; für sie saß Y am Tisch".)
                if matchesPhrase(lexicons.absent, .absent, at: k, limit: m.start) != nil, !(k + 1 ..< m.start).contains(where: { j in
                    if tokens[j].word == .semicolon { return true }
                    guard RuleWords.commaAndUnd.contains(tokens[j].word), j + 1 < m.start, tokens[j + 1].kind == .word else { return false }
                    return Self.subordinators.contains(tokens[j + 1].word) || !tokens[j + 1].isCapitalized && !has(j + 1, .determiners)
                }) { p.absent = true }
            }
            if m.end < limit && RuleWords.zufolge.contains(tokens[m.end].word) { p.source = true }
            // "the Trump administration's adviser", "die Trump-Regierung": a name that qualifies a government
            // names its leader, who is not at the meeting for it.
            if m.kind == .name, m.end < limit, RuleWords.administrationGovernmentRegierung.contains(tokens[m.end].word) { p.source = true }
            // A spokesperson speaking or confirming ("Regierungssprecher X sagte, …", "X confirmed the talks")
            // reports the meeting; they are not at it.
            if actors[m.actor].family == "spokesperson",
               (m.end ..< min(limit, m.end + 3)).contains(where: { has($0, .speechVerbs) || has($0, .confirmVerb) })
                || (max(lo, m.start - 3) ..< m.start).contains(where: { has($0, .speechVerbs) || has($0, .confirmVerb) }) {
                p.source = true
            }
            // "X bestätigte, dass der nächste Gipfel …", "X announced that the talks …": whoever confirms or
            // announces a meeting in a clause of its own reports it (a pronoun inside the clause still takes part).
            // (So does whoever tells it: "X told reporters on Wednesday that the visit had …".)
            if m.kind == .name, let v = (m.end ..< min(limit, m.end + 3)).first(where: { has($0, .confirmVerb) || has($0, .speechVerbs) }),
               let that = (v + 1 ..< min(limit, v + (has(v, .speechVerbs) ? 5 : 3))).first(where: { RuleWords.dassThat.contains(tokens[$0].word) }),
               // ("told reporters on arrival that …": arriving is being there.)
               !(v + 1 ..< that).contains(where: { has($0, .verb) || tagAt[$0].map { if case .meetingNoun = $0.entity { true } else { false } } == true }),
               // (A speaker's statement at a meeting under way is made there; only a clause that reports an encounter is told.)
               !has(v, .speechVerbs) || (that + 1 ..< limit).contains(where: { has($0, .verb) || tagAt[$0].map { if case .meetingNoun = $0.entity { true } else { false } } == true }) {
                p.source = true
            }
            // "Er sagte seine Teilnahme … ab": German "absagen" split around its object.
            if isGerman, m.kind != .plural, let v = (m.end ..< min(limit, m.end + 3)).first(where: { RuleWords.sagteSagtenSagt.contains(tokens[$0].word) }),
               let end = (v + 1 ..< limit).first(where: { RuleWords.commaStopSemicolon.contains(tokens[$0].word) || tokens[$0].kind.isBreak }) ?? Optional(limit),
               end - 1 > v, RuleWords.ab.contains(tokens[end - 1].word) {
                p.absent = true
            }
            // "Kritik an dem Besuch kam von X", "Criticism of the visit came from X": a critic of the meeting.
            if m.kind != .plural, let c = (lo ..< m.start).first(where: { RuleWords.kritikCriticism.contains(tokens[$0].word) }),
               (c + 1 ..< min(m.start, c + 5)).contains(where: { k in tagAt[k].map { if case .meetingNoun = $0.entity { true } else { false } } ?? false }) {
                p.source = true
            }
            // "Kritik kam aus Wien: X warnte …", "Criticism came from Vienna, where X …": a critic.
            if m.kind != .plural, let c = (lo ..< m.start).first(where: { RuleWords.kritikCriticism.contains(tokens[$0].word) }),
               (c + 1 ..< min(m.start, c + 3)).contains(where: { Self.cameWords.contains(tokens[$0].word) }) {
                p.source = true
            }
            // A commentator: "X kritisierte die Genfer Gespräche", "X praised the talks" — the subject of a verb of
            // judging whose object is the meeting reports it from outside.
            if m.kind == .name, let v = (m.end ..< min(limit, m.end + 3)).first(where: { has($0, .judgingVerb) }),
               (v + 1 ..< min(limit, v + 5)).contains(where: { k in tagAt[k].map { if case .meetingNoun = $0.entity { true } else { false } } ?? false }) {
                p.source = true
            }
            // An accuser: "X warf der Armee vor, die Verhandlungen zu sabotieren", "X accused Y of stalling the talks".
            // (After an appositive too: "X, genannt Y, warf …".)
            if m.kind == .name, let v = (m.end ..< min(limit, m.end + (tokens[min(m.end, limit - 1)].word == .comma ? 8 : 3)))
                .first(where: { has($0, .accusingVerb) }),
               (v + 1 ..< min(limit, v + 12)).contains(where: { k in tagAt[k].map { if case .meetingNoun = $0.entity { true } else { false } } ?? false }) {
                p.source = true
            }
            // A sender of greetings: "conveyed greetings from PM Y", "überbrachte Grüße von Kanzler Y", "a message from Y" —
            // named within six words after the noun and its "from"/"of"/"von", with no comma between; not at the meeting.
            if m.kind != .plural, let g = (max(lo, m.start - 6) ..< m.start).last(where: { RuleWords.greetingsGruesseGruessenEtc.contains(tokens[$0].word) }),
               g + 1 < m.start, RuleWords.fromOfVonEtc.contains(tokens[g + 1].word),
               !(g + 1 ..< m.start).contains(where: { tokens[$0].word == .comma }) {
                p.source = true
            }
            // A messenger: "X überbrachte eine Einladung von Präsident Y, der …", "X delivered a letter inviting …".
            if m.kind != .plural, (m.end ..< min(limit, m.end + 3)).contains(where: { has($0, .messengerVerb) }) {
                p.source = true
            }
            // The subject's own absence: "X did not attend", "X nahm nicht teil", "X blieb dem Gipfel fern".
            if m.kind != .plural {
                var k = m.end
                // "X, der nicht an dem Treffen teilnahm, …", "X, who did not attend the summit, …": a relative clause
                // of the subject's absence.
                if k + 1 < limit, tokens[k].word == .comma, Self.relativePronouns.contains(tokens[k + 1].word) {
                    let close = (k + 2 ..< limit).first(where: { tokens[$0].word == .comma }) ?? limit
                    let clause = k + 2 ..< close
                    if clause.contains(where: { has($0, .negation) })
                        && clause.contains(where: { Self.attendanceWords.contains(tokens[$0].word) })
                        || clause.contains(where: { matchesPhrase(lexicons.absent, .absent, at: $0, limit: close) != nil && !RuleWords.withoutOhne.contains(tokens[$0].word) }) {
                        p.absent = true
                    }
                }
                // (After an appositive: "X, the Indian prime minister, stayed away".)
                if k < limit, tokens[k].word == .comma, let close = (k + 1 ..< min(limit, k + 9)).first(where: { tokens[$0].word == .comma }),
                   isTagged(k + 1) || has(k + 1, .determiners) {
                    k = close + 1
                }
                // (The name itself set off as an appositive: "Hungary's defence minister, X, was absent".)
                if k + 1 < limit, tokens[k].word == .comma, Self.finiteAuxiliaries.contains(tokens[k + 1].word) { k += 1 }
                let stop = min(limit, k + 8)
                while k < stop && tokens[k].word != .comma && !(k > m.end && has(k, .speechVerbs)) {
                    // ("absence" names it only before the name: "in the absence of X"; "X … to make up for his absence" does not.)
                    if !wordClass[k].isDisjoint(with: absence), matchesPhrase(lexicons.absent, .absent, at: k, limit: limit) != nil,
                       !RuleWords.withoutOhneAbsenceEtc.contains(tokens[k].word) { p.absent = true; break }
                    k += 1
                }
            }
            for k in max(lo, m.start - 3) ..< m.start where has(k, .speechVerbs) { p.speakerVerb = k }
            if m.kind == .name || m.kind == .office, let v = (m.end ..< min(limit, m.end + 2)).first(where: { has($0, .speechVerbs) }) { p.reportVerb = v }
            // "…, sagte Jana Kurz, die Sprecherin des … Ivo Lind": the whole clause after the verb speaks.
            if p.speakerVerb == nil, let v = (lo ..< m.start).last(where: { has($0, .speechVerbs) && $0 > lo
                && (tokens[$0 - 1].word == .comma || tokens[$0 - 1].kind == .quote) }) { p.speakerVerb = v }
            if let fi = firstInvite, fi < m.start {
                // "Eingeladen hatten X und Y" (the active pluperfect, inverted): X and Y invited — they host.
                if isGerman, fi + 1 < m.start, Self.activeAuxiliaries.contains(tokens[fi + 1].word) { p.inviter = true } else { p.invited = true }
            }
            p.accusative = RuleWords.ihnHimIhm.contains(tokens[m.start].word) || has(m.start, .guestNouns)
                || m.kind == .plural && (Self.coupleNouns.contains(tokens[m.start].word) || Self.guestPlurals.contains(tokens[m.start].word))
            // "a Novak aide": the name qualifies someone else's title.
            if m.end < limit, m.kind == .name, let t = tag(covering: m.end), t.start == m.end, case .title = t.entity, !isGerman { p.source = true }
            // English possessive: "Lee's predecessor, X, had met …" — the owner of the title is not there.
            if !isGerman, m.kind == .name, m.end + 1 < limit, RuleWords.possessiveSApostropheRightQuote.contains(tokens[m.end].word),
               let t = tag(covering: m.end + 1), t.start == m.end + 1, case .title = t.entity { p.source = true }
            // "… discussed Trump's demand that …": the owner of a thing talked about is not at the talks
            // (unless the thing is an encounter: "Trump's meeting with Xi").
            if !isGerman, m.kind == .name, m.end + 1 < limit, RuleWords.possessiveSApostropheRightQuote.contains(tokens[m.end].word),
               tokens[m.end + 1].kind == .word, !tokens[m.end + 1].isCapitalized,
               tagAt[m.end + 1] == nil || tagAt[m.end + 1].map({ if case .meetingNoun = $0.entity { false } else { true } }) == true,
               !has(m.end + 1, .verb), lexicons.verbRoles[lowers[m.end + 1]] == nil,
               // (A venue of the person's is theirs: "at X's residence".)
               !Self.residenceNouns.contains(tokens[m.end + 1].word) {
                var k = m.end + 1
                while k < limit && k < m.end + 4 && tokens[k].kind == .word && !tokens[k].isCapitalized && tagAt[k] == nil { k += 1 }
                if !(k < limit && tagAt[k].map({ if case .meetingNoun = $0.entity { true } else { false } }) == true) { p.source = true }
            }
            // German genitive: "Novaks Amtsvorgängerin X traf …", "Mendes' Außenminister X" — the name qualifies a title.
            if isGerman, m.kind == .name, m.end < limit {
                var k = m.end
                let apostrophe = RuleWords.apostropheRightQuote.contains(tokens[k].word)
                if apostrophe { k += 1 }
                if k < limit, apostrophe || lowers[m.end - 1].hasSuffix("s"), let t = tag(covering: k), t.start == k, case .title = t.entity,
                   !actors[m.actor].folded.last!.hasSuffix("s") || apostrophe { p.source = true }
            }
            out.append(p)
        }
        return out
    }
}

/// Finds meetings: triggers (nouns and verbs of `meetings.json`) are grouped per sentence into
/// events; each event takes the actors, place and time next to it, and is merged into a meeting
/// already reported when it is the same encounter (same organisation, same city, an anaphor like
/// "das Treffen" / "the summit", or the same people at a compatible time). One node per encounter.
extension DocumentAnalysis {
    static let speechVerbs: Set<String> = ["sagte", "sagt", "said", "says", "erklärte", "betonte", "told", "so", "added", "adds", "schrieb", "wrote", "tweeted", "teilte"]
    static let definiteLeads: Set<String> = [
        "der", "die", "das", "dem", "den", "des", "the", "this", "that", "beim", "zum", "vom", "am", "im", "diesem", "dieser", "dieses",
        "its", "their", "his", "her", "seiner", "ihrer", "seines", "ihres", "seinem", "ihrem", "seinen", "ihren",
    ]
    /// "to", "with" after "on the phone": whom the call was with.
    static let phonePartners = WordSet(row: 235, ["to", "with"])

    /// "Zeit", "time": "sich Zeit für ein Gespräch nehmen" takes time for an encounter; it does not call for one.
    static let timeNouns = WordSet(row: 236, ["zeit", "time"])

    /// Adverbs pointing back to a place named before ("dort", "there"; see ``isPlaceDeictic(_:limit:)``).
    static let placeDeictics: Set<String> = ["dort", "dorthin", "there"]
    /// Nouns of chairing ("unter dem Vorsitz", "under the chairmanship of").
    static let chairNouns: Set<String> = ["vorsitz", "chairmanship"]
    /// Spans of time after "a"/"an" ("called him a day later"): no name given to the one called.
    static let spansOfTime = WordSet(row: 237, ["day", "week", "month", "year", "few", "couple", "fortnight", "half", "second", "third"])
    static let placePrepositions: Set<String> = ["in", "im", "at", "nach", "to", "for", "aus", "from", "of", "near", "bei", "nahe"]
    /// Prepositions that put an event at a place.
    static let locative: Set<String> = ["in", "im", "at", "near", "bei", "nahe", "city", "hauptstadt", "capital"]
    static let negations: Set<String> = ["nicht", "not", "never", "nie", "didn't", "won't", "kein", "keine"]
    static let genericLeads: Set<String> = [
        "regular", "future", "further", "frequent", "such", "similar", "more", "other", "many", "several",
        "numerous", "countless", "zahlreiche", "zahlreichen", "unzählige", "unzähligen", "etliche", "etlichen",
        "regelmäßige", "regelmäßigen", "weitere", "weiteren", "künftige", "künftigen", "solche", "solchen", "solches", "solcher", "mehrere", "mehreren",
        "viele", "vielen", "andere", "anderen",
    ]
    /// Verbs that call for a meeting rather than report one ("forderte Verhandlungen", "urged talks").
    static let advocacyVerbs: Set<String> = [
        "forderte", "fordert", "forderten", "plädierte", "plädiert", "drängte", "drängt", "mahnte", "warb", "wirbt",
        "urged", "urges", "demanded", "demands", "advocated", "advocates", "pressed", "pushed", "appealed",
    ]
    /// Nouns that make a building's name of a city before them ("Hyderabad House", "Lancaster House": in other
    /// cities; a castle is where its name says, "Windsor Castle").
    static let buildingNouns = WordSet(row: 238, ["house", "lodge"])
    /// Prepositions of origin: a place after them is where someone came from.
    static let origins = WordSet(row: 239, ["from", "aus", "von", "of", "to", "nach"])
    /// Finite auxiliaries and common verbs of a subject ("Beijing has …", "Moskau lehnte …").
    static let auxiliaries = WordSet(row: 240, [
        "has", "have", "had", "is", "was", "will", "would", "could", "should", "must", "wants", "insists", "rejected", "denied", "accused",
        "hat", "hatte", "ist", "war", "wird", "will", "würde", "lehnte", "lehnt", "wies", "drängt", "drängte", "fordert", "forderte",
    ])
    /// Time words that date a meeting noun as possessives ("yesterday's talks", "last week's summit").
    static let possessiveTimes = WordSet(row: 241, ["yesterday", "today", "tonight", "week", "weekend", "month", "year", "morning", "evening"])
    /// The verb role of `meetings.json` for verbs that report a call only with a word of the line in their
    /// clause ("gratulierte telefonisch", "thanked him by phone"); alone they report no encounter.
    static let byLineRole = "by-line"
    /// The verb role of `meetings.json` for verbs that report an encounter only with a reciprocal pronoun ("sahen sich",
    /// "seen each other"); alone they report none.
    static let reciprocalRole = "reciprocal"
    /// The verb role of `meetings.json` for verbs of coming that report a visit only with a destination after them
    /// ("kam ins Kanzleramt", "came to Washington"); "kam zu dem Schluss", "came to power" report none. (Only the
    /// past: "kommt nach Berlin" is as often a headline's or a plan's as a visit's.)
    static let destinationRole = "destination"
    /// Prefixes of a meeting noun held over a line ("Videokonferenz", "Online-Gipfel", "Telefonkonferenz").
    static let virtualPrefixes = ["video", "online", "telefon", "virtual", "virtuell"]
    /// The word classes of the words that may be a trigger outside a tag: a noun of chairing, a separable
    /// verb, the head of a two-word verb, a verb (see ``triggers(in:)``).
    static let triggerWordClasses: WordClass = [.chairNoun, .separable, .verbPhraseHead, .verb]
    /// The first bytes of ``virtualPrefixes``: a word that begins otherwise has none of them.
    static let virtualHeads: [UInt8] = [UInt8(ascii: "v"), UInt8(ascii: "o"), UInt8(ascii: "t")]

    /// Whether `word` begins with `prefix`, a word of ASCII letters, as `word.hasPrefix(prefix)` answers: compared
    /// by bytes, and by characters only when a byte after the prefix's is not ASCII (a combining mark there would
    /// make one character of the prefix's last letter and itself).
    static func hasASCIIPrefix(_ word: String, _ prefix: String) -> Bool {
        // (Read in place: nil when a byte after the prefix's is not ASCII.)
        let answer: Bool? = word.withUTF8Bytes { w in
            prefix.withUTF8Bytes { p in
                guard w.count >= p.count else { return false }
                for k in 0 ..< p.count where w[k] != p[k] { return false }
                return w.count == p.count || w[p.count] < 0x80 ? true : nil
            }
        }
        return answer ?? word.hasPrefix(prefix)
    }

    // MARK: Triggers

    /// The body whose meeting trigger `t` names, or `nil` for none.
    func org(of t: Trigger) -> String? { triggerBodies.name(t.orgIndex) }

    func triggers(in s: Sentence) -> [Trigger] {
        // (Written into the storage the sentence before gave back, emptied: one list per document, not per sentence.)
        var out = triggerStorage
        triggerStorage = []
        out.removeAll(keepingCapacity: true)
        // (Room for four at the first trigger: a sentence with one often has a second, which would
        // otherwise move the list to a larger buffer; most sentences have none and allocate nothing.)
        func add(_ t: Trigger) {
            if out.isEmpty { out.reserveCapacity(4) }
            out.append(t)
        }
        let limit = s.tokens.upperBound
        var i = s.tokens.lowerBound
        while i < limit {
            // (A token that starts no meeting noun's or body's tag and is of none of the word classes a trigger
            // word has is passed over on those two readings: every test below asks one of them first.)
            let tagKind = tagKinds[i]
            // "nahm eine Einladung nach Wien an": a visit still to come (see ``invitationToPlace(at:in:)``).
            if has(i, .invited), invitationToPlace(at: i, in: s) {
                add(Trigger(start: i, end: i + 1, role: .noun, kind: .visit, mode: .visit, orgIndex: -1, definite: false,
                            sidelines: false, quoted: inQuote[i]))
                i += 1
                continue
            }
            if tagKind != .meetingNoun && tagKind != .organization && wordClass[i].isDisjoint(with: Self.triggerWordClasses) {
                i += 1
                continue
            }
            // (The tag kinds are read first: most tokens start no tag, and a tag is copied only for its kind.)
            if tagKinds[i] == .meetingNoun, let tag = tagAt.meetingNoun(at: i) {
                let idx = tag.index
                let info = lexicons.meetingNouns[idx]
                let prev = i > s.tokens.lowerBound ? tokens[i - 1].word : .unknown
                let next = tag.end < limit ? tokens[tag.end].word : .unknown
                // "bilateral" names a meeting only as a noun ("held a bilateral"), not before one ("bilateral trade").
                let adjectiveUse = RuleWords.bilateral.contains(tokens[i].word) && tag.end < limit && tokens[tag.end].kind == .word && !tokens[tag.end].isCapitalized
                    && !RuleWords.onWithInEtc.contains(next)
                var skip = adjectiveUse || RuleWords.pressNewsPresse.contains(prev) || lowers[i].utf8.first == UInt8(ascii: "p") && (lowers[i].hasPrefix("presse") || lowers[i].hasPrefix("pressekonferenz"))
                if RuleWords.im.contains(prev) && RuleWords.istSindWarEtc.contains(next) { skip = true }  // "im Gespräch sein"
                if RuleWords.callCalls.contains(tokens[i].word) && RuleWords.forWord.contains(next) { skip = true }  // "Boric, Petro call for …"
                // "is scheduled to call on Prime Minister X", "calls on the President": a courtesy call in person, not a phone
                // call — unless a "to" of urging follows ("calls on Russia to withdraw"). (As "called on" is read below.)
                if !skip, !isGerman, tag.end == i + 1, RuleWords.callCalls.contains(tokens[i].word), RuleWords.on.contains(next), tag.end + 1 < limit,
                   tokens[tag.end + 1].isCapitalized || has(tag.end + 1, .determiners), !has(tag.end + 1, .weekday), !has(tag.end + 1, .month),
                   i == s.tokens.lowerBound || !has(i - 1, .determiners),
                   !(tag.end + 1 ..< min(limit, i + 9)).prefix(while: { tokens[$0].word != .comma }).contains(where: { RuleWords.to.contains(tokens[$0].word) }) {
                    add(Trigger(start: i, end: i + 1, role: .meet, kind: .meeting, mode: .inPerson, orgIndex: -1, definite: false,
                                sidelines: false, quoted: inQuote[i]))
                    i = tag.end
                    continue
                }
                // Generic: "regular visits", "weitere Gespräche", "such meetings".
                // (Not "the last such summit", "das letzte solche Treffen".)
                if i > s.tokens.lowerBound && has(i - 1, .genericLead), !(RuleWords.suchSolcheSolchen.contains(prev) && i >= s.tokens.lowerBound + 2
                    && (has(i - 2, .determinersDefinite) || RuleWords.lastNextFirstEtc.contains(tokens[i - 2].word))) { skip = true }
                // ("a trilateral working lunch, the first such meeting since …": it describes the encounter just named.)
                if RuleWords.suchSolcheSolches.contains(prev), i >= s.tokens.lowerBound + 2, RuleWords.firstErsteErsten.contains(tokens[i - 2].word) { skip = true }
                // A process begun, not an encounter: "agreed to begin negotiations", "Verhandlungen aufzunehmen".
                if (max(s.tokens.lowerBound, i - 4) ..< i).contains(where: { k in RuleWords.to.contains(tokens[k].word) && k + 1 < i
                        && RuleWords.beginStartLaunchEtc.contains(tokens[k + 1].word) })
                    || (tag.end < limit && RuleWords.aufzunehmenAufnehmenBeginnenEtc.contains(tokens[tag.end].word)
                        && (tag.end + 1 >= limit || !RuleWords.zu.contains(tokens[tag.end].word) || RuleWords.beginnenStartenEroeffnen.contains(tokens[tag.end + 1].word))) {
                    skip = true
                }
                // Called for, not held: "sprach sich für neue Gespräche aus", "urged talks", "forderte Verhandlungen".
                if (max(s.tokens.lowerBound, i - 4) ..< i).contains(where: { has($0, .advocacyVerb) })
                    || (max(s.tokens.lowerBound, i - 3) ..< i).contains(where: { k in RuleWords.fuerFor.contains(tokens[k].word)
                        // ("hatte sich eine Stunde Zeit für ein Gespräch mit X genommen": time taken for it, not a call for it.)
                        && !(k > s.tokens.lowerBound && Self.timeNouns.contains(tokens[k - 1].word)) })
                        && (max(s.tokens.lowerBound, i - 8) ..< i).contains(where: { has($0, .advocacyVerb) || RuleWords.sich.contains(tokens[$0].word) }) {
                    skip = true
                }
                // Negated: "kein Treffen", "no meeting", "A meeting … was not planned".
                if RuleWords.noKeinKeineEtc.contains(prev) { skip = true }
                if !skip, let k = (tag.end ..< min(limit, tag.end + 8)).first(where: { RuleWords.notNichtComma.contains(tokens[$0].word) }),
                   tokens[k].word != .comma { skip = true }
                if !skip {
                    var org: String? = nil
                    // "Video-Sondergipfel", "Online-Konferenz", "Telefonkonferenz": held over a line, not at a place.
                    // (Compared only for a word that begins with one of the prefixes' first letters.)
                    let virtual = Self.virtualHeads.contains(lowers[i].utf8.first ?? 0) && Self.virtualPrefixes.contains { Self.hasASCIIPrefix(lowers[i], $0) }
                        && !RuleWords.video.contains(tokens[i].word)
                    if isGerman, !virtual, let g = Lexicons.germanMeetingNoun(lowers[i], in: lexicons.nounTrie), !g.prefix.isEmpty {
                        for part in g.prefix.split(separator: "-") { if let o = lexicons.singleOrg[part.latinLowercased()] { org = o } }
                        // (Not the first word of a longer phrase: "Vier-Augen-Gespräch".)
                        if org == nil, g.prefix.split(separator: "-").count == 1, let p = g.prefix.split(separator: "-").first, p.count >= 2, p.count <= 5,
                           case let spelled = spelling(i),
                           spelled.hasPrefix(p.uppercased()) || spelled.prefix(p.count).first?.isUppercase == true && tokens[i].hasHyphen {
                            // Unknown short prefix such as "G20-" or "Brics-": keep as the organisation's name.
                            org = lexicons.singleOrg[p.latinLowercased()] ?? (p.count <= 5 && tokens[i].hasHyphen ? String(spelling(i).split(separator: "-")[0]).uppercased() : nil)
                        }
                    }
                    var j = i - 1
                    while j >= s.tokens.lowerBound && j >= i - 3 {
                        if let c = self.tag(covering: j), case .organization(let id) = c.entity { org = org ?? id; break }
                        j -= 1
                    }
                    if org == nil, tag.end + 1 < limit, RuleWords.derDesOf.contains(next) {
                        var k = tag.end + 1
                        while k < limit && k < tag.end + 4 && (RuleWords.the.contains(tokens[k].word) || !tokens[k].isCapitalized) { k += 1 }
                        if k < limit, let c = self.tag(covering: k), case .organization(let id) = c.entity { org = id }
                    }
                    var lead = i - 1
                    // (Back over the noun's modifiers only, not over a verb or a preposition: "The pair then had lunch",
                    // "crossing the city for talks" name no meeting reported before.)
                    while lead > s.tokens.lowerBound && tokens[lead].kind == .word && !tokens[lead].isCapitalized
                        && !has(lead, .definiteLeads) && lead > i - 4 && !has(lead, .function) && !has(lead, .verb) { lead -= 1 }
                    // "Saturday's talks", "last week's summit", "yesterday's meeting": dated by a possessive, so definite.
                    let datedPossessive = !isGerman && i >= s.tokens.lowerBound + 2 && RuleWords.possessiveSApostropheRightQuote.contains(tokens[i - 1].word)
                        && (has(i - 2, .weekday) || Self.possessiveTimes.contains(tokens[i - 2].word))
                    let definite = lead >= s.tokens.lowerBound && has(lead, .definiteLeads) || datedPossessive
                    var side = false
                    // "am Rande des Gipfels", "on the sidelines of the summit" — not "On the sidelines, A held talks".
                    for k in max(s.tokens.lowerBound, i - 4) ..< i where has(k, .sidelines)
                        && !(k ..< i).contains(where: { tokens[$0].word == .comma || inName[$0] || has($0, .verb) }) { side = true }
                    // "on ASEAN Summit sidelines", "on the summit's margins": the sidelines word after the noun.
                    if !isGerman, tag.end < limit, has(tag.end, .sidelines)
                        || tag.end + 1 < limit && RuleWords.possessiveSApostropheRightQuote.contains(tokens[tag.end].word) && has(tag.end + 1, .sidelines) {
                        side = true
                    }
                    let kind: MeetingKind = info.kind == .meeting && lowers[i].containsUTF8("gipfel") ? .summit : info.kind
                    add(Trigger(start: i, end: tag.end, role: .noun, kind: virtual ? .call : kind, mode: virtual ? .phone : info.mode,
                                       orgIndex: triggerBodies.number(of: org), definite: definite, sidelines: side, quoted: inQuote[i]))
                }
                i = tag.end
                continue
            }
            // An organisation's meeting named by the body: "at the G7", "beim G20".
            if tagKinds[i] == .organization, let tag = tagAt[i], case .organization(let id) = tag.entity, i > s.tokens.lowerBound,
               RuleWords.forumIntergovernmentalAlliance.contains(lexicons.organizations[id]?.kind ?? ""),
               RuleWords.beimZumVom.contains(tokens[i - 1].word)
                   // "at the United Nations" is a place (a body with a seat); "at the G20" is its meeting.
                   || (i >= s.tokens.lowerBound + 2 && RuleWords.the.contains(tokens[i - 1].word) && RuleWords.at.contains(tokens[i - 2].word) && lexicons.headquarters[id] == nil),
               !(tag.end < limit && tagAt[tag.end].map({ if case .meetingNoun = $0.entity { true } else { false } }) == true) {
                add(Trigger(start: i, end: tag.end, role: .noun, kind: .summit, mode: .multilateral, orgIndex: triggerBodies.number(of: id), definite: true,
                                   sidelines: false, quoted: inQuote[i]))
                i = tag.end
                continue
            }
            // "unter dem Vorsitz des Kronprinzen", "under the chairmanship of X": a meeting chaired by someone.
            if tokens[i].kind == .word, has(i, .chairNoun), i > s.tokens.lowerBound,
               (max(s.tokens.lowerBound, i - 2) ..< i).contains(where: { RuleWords.unterUnder.contains(tokens[$0].word) }) {
                add(Trigger(start: i, end: i + 1, role: .host, kind: .meeting, mode: .inPerson, orgIndex: -1, definite: false,
                                   sidelines: false, quoted: inQuote[i]))
                i += 1
                continue
            }
            if tokens[i].kind == .word, !isTagged(i) {
                var role: Trigger.Role? = nil
                if has(i, .separable), let seps = lexicons.separable[lowers[i]] {
                    for sep in seps where ((i + 1) ..< limit).contains(where: { lowers[$0] == sep.particle && tokens[$0].kind == .word }) {
                        role = Trigger.Role(named: sep.role); break
                    }
                }
                // Two-word verbs: "took part", "held talks", "sat down".
                if has(i, .verbPhraseHead), i + 1 < limit, let r = lexicons.verbRoles[lowers[i], lowers[i + 1]] {
                    role = Trigger.Role(named: r)
                }
                // "sprach sich für … aus" advocates; it is no conversation.
                // (Asked only of a verb not yet given a role: the words are compared last.)
                func reflexive() -> Bool { isGerman && i + 1 < limit && RuleWords.sich.contains(tokens[i + 1].word) && lowers[i].hasPrefix("sprach") }
                if role == nil, has(i, .verb), !reflexive(), let r = lexicons.verbRoles[lowers[i]], !(isGerman && tokens[i].isCapitalized && i != s.tokens.lowerBound && !RuleWords.teilnahme.contains(tokens[i].word)) {
                    role = Trigger.Role(named: r)
                    // "the host, X" is a noun; "to meet" is planned and still a meeting.
                    // "hatte Takaichi telefonisch gratuliert", "congratulated him by phone": a call, but only over a line.
                    if r == Self.byLineRole, lineWord(near: i, in: s) { role = .call }
                    // "hatten sich zuletzt in Kiel gesehen", "had last seen each other in May": people meeting.
                    if r == Self.reciprocalRole, reciprocal(near: i, in: s) { role = .meet }
                    if r == Self.destinationRole, cameTo(at: i, in: s) { role = .visit }
                }
                // Negated: "nicht … gereist", "did not attend".
                // (Negations are read as a word class: ``WordClass/negation``.)
                var negated = role != nil && (max(s.tokens.lowerBound, i - 6) ..< i).contains { k in
                    has(k, .negation) && !(k ..< i).contains { tokens[$0].word == .comma }
                }
                // German verb-second clauses put the negation last: "traf sie aber nicht".
                if role != nil && isGerman, let k = (i + 1 ..< min(limit, i + 6)).first(where: { has($0, .negation) || tokens[$0].kind == .punct }),
                   has(k, .negation) { negated = true }
                // "called for", "called it": not a phone call; "called Novak" is.
                // ("was on the phone to X", "on the phone with X": a call.)
                let onThePhone = i >= s.tokens.lowerBound + 2 && RuleWords.on.contains(tokens[i - 2].word) && has(i - 1, .determinersDefinite)
                    && i + 1 < limit && Self.phonePartners.contains(tokens[i + 1].word)
                if role == .call, !isGerman, RuleWords.calledCallPhone.contains(tokens[i].word), !onThePhone,
                   !(i + 1 < limit && (tokens[i + 1].isCapitalized || RuleWords.himHerHisEtc.contains(tokens[i + 1].word))) {
                    role = nil
                    // "Mr Anwar called on President Tharman": a courtesy call, in person — unless a "to" of urging
                    // follows ("called on Russia to withdraw").
                    // (Not "phone on Monday", "a call on Tuesday".)
                    if lowers[i] != "phone", i + 2 < limit, lowers[i + 1] == "on", tokens[i + 2].isCapitalized || has(i + 2, .determiners),
                       !has(i + 2, .weekday), !has(i + 2, .month),
                       !(i + 2 ..< min(limit, i + 9)).prefix(while: { tokens[$0].word != .comma }).contains(where: { lowers[$0] == "to" }) {
                        role = .meet
                    }
                }
                // "called his host an old friend", "called Novak \"a partner\"": naming someone, not a phone call (an
                // article after at most four words of the object; "called Novak a day after the vote" is still a call).
                if role == .call, !isGerman, RuleWords.called.contains(tokens[i].word),
                   let article = (i + 2 ..< min(limit, i + 6)).prefix(while: { tokens[$0].kind != .punct })
                       .first(where: { RuleWords.aAn.contains(tokens[$0].word) }),
                   !(article + 1 < limit && Self.spansOfTime.contains(tokens[article + 1].word)) {
                    role = nil
                }
                // "Lula sprach als erster Staatschef", "Trump spoke at the UN": a speech, not talks — one person
                // speaking is talking with someone only with "mit"/"with" (or by phone) in the clause.
                if role == .meet, RuleWords.sprachSprichtSpokeEtc.contains(tokens[i].word),
                   !(i + 1 ..< min(limit, i + 10)).prefix(while: { tokens[$0].word != .comma }).contains(where: {
                       RuleWords.mitWithToEtc.contains(tokens[$0].word) }),
                   !(max(s.tokens.lowerBound, i - 8) ..< i).contains(where: { RuleWords.mitWith.contains(tokens[$0].word) }) {
                    role = nil
                }
                // "spent three hours with X", "verbrachte den Abend mit X": time spent with someone is an encounter;
                // "spent the night in Kyiv", "spent billions" is none.
                if role == .meet, RuleWords.spentSpendSpendsEtc.contains(tokens[i].word),
                   !(i + 1 ..< min(limit, i + 9)).prefix(while: { tokens[$0].word != .comma }).contains(where: { RuleWords.mitWith.contains(tokens[$0].word) }) {
                    role = nil
                }
                // "spoke by phone", "talked over the phone", "sprach telefonisch": a call.
                // (Also after the person spoken with: "had spoken with Indonesian President X by phone".)
                // ("by phone" itself is then no trigger of its own.)
                if role != nil, overALine(at: i, in: s),
                   out.last.map({ $0.role == .call && i - $0.end <= 10 }) == true {
                    role = nil
                }
                if role == .meet, (i + 1 ..< min(limit, i + 10)).prefix(while: { tokens[$0].word != .comma }).contains(where: { isLineWord(at: $0, in: s) }) {
                    role = .call
                }
                if let role, !negated {
                    let mode: MeetingMode
                    switch role {
                    case .call: mode = .phone
                    case .visit: mode = .visit
                    default: mode = .inPerson
                    }
                    let kind: MeetingKind = role == .call ? .call : (role == .visit ? .visit : .meeting)
                    add(Trigger(start: i, end: i + 1, role: role, kind: kind, mode: mode, orgIndex: -1, definite: false,
                                       sidelines: false, quoted: inQuote[i]))
                }
            }
            i += 1
        }
        return out
    }
}

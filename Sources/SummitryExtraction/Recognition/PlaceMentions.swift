/// Places of a sentence: cities, settlements named after their noun, seats of international bodies, "there" (see
/// ``DocumentAnalysis/places(in:travel:)``). The dateline that places the whole report is read in Datelines.swift.
extension DocumentAnalysis {
    /// Remembers the last city named in sentence `s` (any mention, not only after a preposition),
    /// for a "dort"/"there" in a later sentence.
    func notePlaces(in s: Sentence) {
        for i in s.tokens.reversed() {
            guard tagKinds[i] == .place, let tag = tagAt[i], tag.start == i, !inName[i], case .place(let key, let iso, let strong) = tag.entity,
                  strong || (i > s.tokens.lowerBound && has(i - 1, .placePrepositions)) else { continue }
            // (A shouted dateline names the place as the lexicon writes it.)
            let shouted = tokens[i ..< tag.end].allSatisfy { $0.kind != .word || $0.isAllCaps }
            lastPlaceNamed = PlaceMention(start: i, end: tag.end, surface: shouted ? key : text(tokens: i, tag.end), key: key, iso: iso, strong: strong, prepositional: true)
            if firstPlaceNamed == nil { firstPlaceNamed = lastPlaceNamed }
            return
        }
    }

    /// A place after "for" that is a topic, not a venue: "a donors' conference for Gaza's reconstruction",
    /// "talks for Ruritania" — the place owns a noun, or "for" follows a meeting noun.
    func placeIsTopic(_ start: Int, _ end: Int, _ limit: Int) -> Bool {
        if end < limit, RuleWords.possessiveSApostropheRightQuote.contains(tokens[end].word) { return true }
        if start >= 2, let t = tagAt[start - 2] ?? tag(covering: start - 2), case .meetingNoun = t.entity { return true }
        return false
    }

    /// Whether token `i` is the adverb "there"/"dort" pointing back to a place (not existential "there is").
    func isPlaceDeictic(_ i: Int, limit: Int) -> Bool {
        // (Each of the words is a ``WordClass/placeDeictic``: other tokens are passed without comparing.)
        guard has(i, .placeDeictic) else { return false }
        // ("tagte wieder dort, wo sie ihren Namen herhat: in Ramstein", "met there, where it all began": the place
        // is told after it, not before.)
        let next = i + 1 < limit && tokens[i + 1].word == .comma ? i + 2 : i + 1
        if next < limit, RuleWords.woWhere.contains(tokens[next].word) { return false }
        if isGerman { return RuleWords.dortDorthin.contains(tokens[i].word) }
        guard RuleWords.there.contains(tokens[i].word) else { return false }
        return !(i + 1 < limit && RuleWords.isAreWasEtc.contains(tokens[i + 1].word))
    }

    /// Nouns of a format of talks named after a place ("the Weimar format", "das Normandie-Format" as two words).
    static let formatNouns = WordSet(row: 267, ["format", "formats", "formate"])

    func places(in s: Sentence, travel: Bool = false) -> [PlaceMention] {
        var out: [PlaceMention] = []
        let limit = s.tokens.upperBound
        var i = s.tokens.lowerBound
        // The place named last so far in this sentence ("nach Warschau gereist und dort empfangen").
        var namedHere: PlaceMention? = nil
        // (Read once per sentence, not behind a once-check for every token.)
        let capitalNouns = Self.capitalNouns
        while i < limit {
            // "Dort traf …", "There, she met …": the place named last before it, in this sentence or before.
            // (The word is tested first: the place is copied only for "dort"/"there".)
            if tokens[i].kind == .word, has(i, .placeDeictic), isPlaceDeictic(i, limit: limit),
               let p = namedHere ?? lastPlaceNamed.flatMap({ $0.end <= s.tokens.lowerBound ? $0 : nil }) {
                out.append(PlaceMention(start: i, end: i + 1, surface: p.surface, key: p.key, iso: p.iso, strong: true, prepositional: true))
                i += 1
                continue
            }
            // "at UN headquarters", "im Nato-Hauptquartier", "at the General Assembly": the body's seat.
            // (Only an organisation's tag, a seat noun or a hyphenated compound can start one: other tokens
            // are passed without the call.)
            if tagKinds[i] == .organization || tokens[i].kind == .word && (tokens[i].hasHyphen || has(i, .seatNoun)),
               let seat = seatMention(at: i, sentence: s) {
                out.append(seat)
                i = seat.end
                continue
            }
            // (The tag's end is read in place: only a place's tag is copied, for its entity.)
            if tagKinds[i] != .none, let tagEnd = tagAt.end(at: i), !inName[i] {
                let prev = i > s.tokens.lowerBound ? lowers[i - 1] : ""
                // (Whether the word before is of a class: ``WordClass/placePrepositions``, ``WordClass/determiners``
                // and ``WordClass/locative`` are those lists.)
                func prevIs(_ c: WordClass) -> Bool { i > s.tokens.lowerBound && has(i - 1, c) }
                // (The word before, by its number; "" when there is none, which no list holds.)
                let prevWord = i > s.tokens.lowerBound ? tokens[i - 1].word : .unknown
                let prep = prevIs(.placePrepositions) || RuleWords.hauptstadtCapitalCity.contains(prevWord)
                    || (i >= s.tokens.lowerBound + 2 && has(i - 2, .placePrepositions) && prevIs(.determiners))
                // "im Hyderabad House", "at Lancaster House": a building named after a city is a venue elsewhere.
                let building = tagEnd < limit && tokens[tagEnd].isCapitalized && Self.buildingNouns.contains(tokens[tagEnd].word)
                    // "in the Weimar format", "im Normandie-Format": a format named after a city is held anywhere.
                    || tagEnd < limit && Self.formatNouns.contains(tokens[tagEnd].word)
                if tagKinds[i] == .place, let tag = tagAt[i], case .place(let key, let iso, let strong) = tag.entity, strong || prep, !building {
                    namedHere = PlaceMention(start: i, end: tagEnd, surface: text(tokens: i, tagEnd), key: key, iso: iso, strong: strong, prepositional: prep)
                    // "his home region of Andong", "the prefecture of Nara": a place noun's complement.
                    let placeNounOf = RuleWords.of.contains(prevWord) && i >= s.tokens.lowerBound + 2
                        && RuleWords.regionCityTownEtc.contains(tokens[i - 2].word)
                    // ("who had flown in from Damascus": "in" is the verb's particle; the place is an origin.)
                    let locativeLead = prevIs(.locative) || (i >= s.tokens.lowerBound + 2 && has(i - 2, .locative) && !Self.origins.contains(prevWord)) || placeNounOf
                        || (travel && RuleWords.nachTo.contains(prevWord))
                        // "who visited Lima in May", "besuchte Riga": the visit verb's object is the place.
                        || (i > s.tokens.lowerBound && lexicons.verbRoles[prev] == "visit" && !RuleWords.travelFlyReiseEtc.contains(prevWord))
                        || (!isGerman && RuleWords.forWord.contains(prevWord) && !placeIsTopic(i, tagEnd, limit)) || (tagEnd < limit && tagKinds[tagEnd] == .meetingNoun)
                    // "Beijing has postponed the meeting", "Moskau lehnte ab": a capital as the subject is its
                    // government, not a venue.
                    let metonym = i == s.tokens.lowerBound && tagEnd < limit && tokens[tagEnd].kind == .word && !tokens[tagEnd].isCapitalized
                        && (Self.auxiliaries.contains(tokens[tagEnd].word) || has(tagEnd, .speechVerbs))
                    if !locativeLead && (i != s.tokens.lowerBound || metonym) { i = tagEnd; continue }
                    // "discussed the humanitarian situation in Gaza", "über die Lage in Gaza", "the war in Khartoum": a
                    // place that qualifies a topic is no venue.
                    if prevIs(.locative) && i >= s.tokens.lowerBound + 2 && Self.topicNouns.contains(tokens[i - 2].word) { i = tagEnd; continue }
                    var surface = text(tokens: i, tagEnd)
                    if isGerman && surface.hasSuffix("s") && tagEnd == i + 1 && !lexicons.gazetteer.hasMatch(tokenized, at: i, limit: limit, where: { _, _ in true }) { surface.removeLast() }
                    out.append(PlaceMention(start: i, end: tagEnd, surface: surface, key: key, iso: iso, strong: strong, prepositional: prep))
                }
                i = tagEnd
                continue
            }
            // "in the Greenlandic town of Ilulissat", "in der geteilten Stadt Moyale": a name after a settlement noun.
            // (Only a capitalised word after "of" or a German settlement noun is asked.)
            if tokens[i].kind == .word, tokens[i].isCapitalized, i >= s.tokens.lowerBound + 2, !inName[i],
               RuleWords.of.contains(tokens[i - 1].word) || Self.germanSettlementNouns.contains(tokens[i - 1].word),
               let p = settlementName(at: i, sentence: s) {
                out.append(p)
                namedHere = p
                i = p.end
                continue
            }
            // "im Duisburger Hafen", "in der Münchner Staatskanzlei": a major city's adjective after a locative.
            // (Asked only of a capitalised word that starts no tag: the test's first conditions, read here without the call.)
            if isGerman, tokens[i].isCapitalized, tagKinds[i] == .none, let p = cityAdjective(at: i, sentence: s) {
                out.append(p)
                namedHere = p
                i += 1
                continue
            }
            // "in the Kenyan capital", "in der Hauptstadt" after a country: the capital.
            // (By the word's number: comparing every token's text with both words cost two string comparisons.)
            if capitalNouns.contains(tokens[i].word), !(i + 1 < limit && tagKinds[i + 1] == .place) {
                var j = i - 1
                while j >= s.tokens.lowerBound && j >= i - 3 {
                    if let c = tag(covering: j), case .country(let iso, _) = c.entity, let cap = lexicons.capitals[iso] {
                        out.append(PlaceMention(start: i, end: i + 1, surface: cap.name, key: cap.name, iso: iso, strong: true, prepositional: true))
                        break
                    }
                    j -= 1
                }
            }
            i += 1
        }
        // A seat gives way to the city named right after it: "at the UN in Geneva", "im Nato-Hauptquartier in Mons".
        let seats = out.filter { p in seatMention(at: p.start, sentence: s)?.start == p.start && !isPlaceDeictic(p.start, limit: limit) }
        // (Without a seat nothing gives way.)
        guard !seats.isEmpty else { return out }
        let all = out
        out.removeAll { p in seats.contains { $0.start == p.start } && all.contains { q in q.start > p.start && q.start <= p.end + 3 } }
        return out
    }

    /// Nouns of a topic a place can qualify ("the situation in Gaza", "die Lage in Gaza").
    static let topicNouns = WordSet(row: 268, [
        "situation", "war", "conflict", "crisis", "fighting", "violence", "ceasefire", "truce", "reconstruction", "hostilities",
        "famine", "lage", "krieg", "konflikt", "krise", "kämpfe", "gewalt", "waffenruhe", "feuerpause", "wiederaufbau",
    ])

    /// English nouns of a settlement before "of" and its name ("the town of X").
    static let settlementNouns = WordSet(row: 269, ["town", "city", "village", "resort", "port", "hamlet"])
    /// German nouns of a settlement before its name ("die Stadt X", "im Kurort X").
    static let germanSettlementNouns = WordSet(row: 270, [
        "stadt", "kleinstadt", "grenzstadt", "hafenstadt", "küstenstadt", "ortschaft", "dorf", "kurort", "badeort", "gemeinde",
        "schloss",
    ])
    /// "auf Schloss Meseberg": a castle is "auf", not only "in", a place.
    static let castleNoun = WordSet(row: 271, ["schloss"])
    static let auf = WordSet(row: 272, ["auf"])

    /// A settlement the lexicon need not know, named after its noun behind a locative preposition: "in the
    /// Greenlandic town of Ilulissat", "in der geteilten Stadt Moyale", "auf Schloss Meseberg" (a castle stands for
    /// the place it is named after). Its country is the adjective before the noun,
    /// if any ("Greenlandic"); otherwise it is left empty for the meeting's completion to fill in.
    func settlementName(at i: Int, sentence s: Sentence) -> PlaceMention? {
        let lo = s.tokens.lowerBound, limit = s.tokens.upperBound
        guard tagKinds[i] == .none, wordClass[i].isDisjoint(with: .never) else { return nil }
        let noun = isGerman ? i - 1 : i - 2
        guard noun >= lo, isGerman ? Self.germanSettlementNouns.contains(tokens[noun].word)
                : RuleWords.of.contains(tokens[i - 1].word) && Self.settlementNouns.contains(tokens[noun].word) else { return nil }
        // A locative a few words before the noun, with only a determiner or adjectives between.
        var iso = ""
        var k = noun - 1
        let castle = Self.castleNoun.contains(tokens[noun].word)
        func locative(_ k: Int) -> Bool { has(k, .locative) || castle && Self.auf.contains(tokens[k].word) }
        while k >= lo && k >= noun - 4 && !locative(k) {
            if let t = tag(covering: k), case .country(let c, .adjective) = t.entity { iso = c }
            k -= 1
        }
        guard k >= lo, locative(k) else { return nil }
        // The name: this word, and in English one more capitalised word no lexicon names ("the town of Port Vila").
        var end = i + 1
        if !isGerman, end < limit, tokens[end].kind == .word, tokens[end].isCapitalized, tagKinds[end] == .none, !inName[end] { end += 1 }
        let surface = text(tokens: i, end)
        return PlaceMention(start: i, end: end, surface: surface, key: surface, iso: iso, strong: false, prepositional: true)
    }

    /// The place a German city adjective names at token `i` of sentence `s`: "Duisburger", "Münchner", "Bremer" — a
    /// capitalised word in "-er" that no lexicon tags, whose stem ("Duisburg", "Münch-en", "Brem-en") is a major city,
    /// before a capitalised noun and after "im"/"in"/"bei" (and a determiner): "im Duisburger Hafen", "in der Kieler
    /// Innenstadt". Not before a word of a treaty or a format ("im Weimarer Format", "die Wiener Konvention").
    func cityAdjective(at i: Int, sentence s: Sentence) -> PlaceMention? {
        let lo = s.tokens.lowerBound, limit = s.tokens.upperBound
        guard tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].isAllCaps, tagKinds[i] == .none, !inName[i], i + 1 < limit,
              tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, !Self.notVenueNouns.contains(tokens[i + 1].word), i > lo else { return nil }
        let lower = lowers[i]
        guard lower.utf8.count >= 5, lower.hasSuffix("er") else { return nil }
        let lead = has(i - 1, .determiners) && i - 2 >= lo ? i - 2 : i - 1
        guard Self.adjectiveLocatives.contains(tokens[lead].word) else { return nil }
        let stem = lower.dropLast(2)
        for candidate in [String(stem), stem + "en", String(stem.dropLast()) + "en"] {
            if let city = lexicons.germanCityByWord[candidate] {
                return PlaceMention(start: i, end: i + 1, surface: city.name, key: city.key, iso: city.iso, strong: true, prepositional: true)
            }
        }
        return nil
    }

    /// Prepositions before a city adjective ("im Duisburger Hafen", "in der Kieler Innenstadt", "beim Bremer Senat").
    static let adjectiveLocatives = WordSet(row: 273, ["im", "in", "bei", "beim", "am"])
    /// Nouns after a city adjective that name no venue ("im Weimarer Format", "die Wiener Konvention").
    static let notVenueNouns = WordSet(row: 274, [
        "format", "formats", "abkommen", "abkommens", "übereinkommen", "übereinkommens", "konvention", "vertrag", "vertrags",
        "vertrages", "prozess", "prozesses", "protokoll", "protokolls", "erklärung", "kongress", "dreieck", "dreiecks",
        "runde", "gruppe", "initiative", "kreis", "kreises",
    ])

    /// "capital", "Hauptstadt": a country's capital after the country.
    static let capitalNouns = WordSet(row: 275, ["capital", "hauptstadt"])
    static let seatLeads = WordSet(row: 276, [
        "at", "in", "im", "ins", "vor", "before", "during", "während", "rande", "sidelines", "margins", "session", "sitzung", "tagung",
    ])
    static let seatNouns: Set<String> = [
        "headquarters", "hq", "secretariat", "hauptquartier", "hauptsitz", "zentrale", "sitz", "sekretariat", "amtssitz",
    ]

    /// A place given only as an international body's seat: the body followed by a seat noun ("at
    /// U.N. headquarters", "im Nato-Hauptquartier", "am Sitz der Afrikanischen Union"), or a
    /// deliberative body after a locative preposition ("at the General Assembly", "im Sicherheitsrat").
    /// Returns the seat city (`hq_city` of `organizations.json`) as a place mention over the body's tokens.
    func seatMention(at i: Int, sentence s: Sentence) -> PlaceMention? {
        let lo = s.tokens.lowerBound, limit = s.tokens.upperBound
        func seat(_ id: String, _ start: Int, _ end: Int) -> PlaceMention? {
            guard let hq = lexicons.headquarters[id] else { return nil }
            // (A national seat of government is a venue of its own; an international body's seat is where all its
            // bodies meet: "at UN headquarters" and "at the Security Council" may be one meeting.)
            return PlaceMention(start: start, end: end, surface: isGerman ? hq.german : hq.name, key: hq.name, iso: hq.iso, strong: true, prepositional: true,
                                venue: lexicons.isInternational(id) ? nil : id)
        }
        // German compound: "Nato-Hauptquartier", "UN-Hauptsitz".
        if isGerman, tokens[i].kind == .word, tokens[i].hasHyphen {
            let parts = spelling(i).split(separator: "-")
            if parts.count == 2, Self.seatNouns.contains(parts[1].latinLowercased()), let id = lexicons.organizationOfWord(parts[0]) { return seat(id, i, i + 1) }
        }
        if tokens[i].kind == .word, has(i, .seatNoun), i + 1 < limit {
            // "am Sitz der Vereinten Nationen", "at the headquarters of the African Union".
            var k = i + 1
            while k < limit && k <= i + 3 && (has(k, .determiners) || RuleWords.ofVon.contains(tokens[k].word)) { k += 1 }
            if k < limit, let tag = tagAt[k], case .organization(let id) = tag.entity { return seat(id, i, tag.end) }
        }
        guard tagKinds[i] == .organization, let tag = tagAt[i], case .organization(let id) = tag.entity, lexicons.headquarters[id] != nil else { return nil }
        if tag.end < limit, has(tag.end, .seatNoun) { return seat(id, i, tag.end + 1) }
        // A deliberative body meets at its seat: "at the General Assembly", "vor dem Sicherheitsrat".
        // A national seat of government after a locative: "at the White House", "im Kreml", "im Kanzleramt".
        let national = !lexicons.isInternational(id)
        // A national body's name that other countries use too ("the Foreign Office" is Pakistan's, and Britain's)
        // is not placed at its seat in a report datelined in another country.
        if national, tag.ambiguous, let d = datelineISO, !d.isEmpty, d != lexicons.organizations[id]?.country { return nil }
        if lexicons.organizations[id]?.kind == "government_body" && id.hasPrefix("UN") || national {
            var k = i - 1
            while k >= lo && k >= i - 4 && (has(k, .determiners) || RuleWords.unUnOf.contains(tokens[k].word)) { k -= 1 }
            if k >= lo, Self.seatLeads.contains(tokens[k].word) { return seat(id, i, tag.end) }
            // ("came to the White House": the seat someone comes to; see ``cameTo(at:in:)``.)
            if k > lo, national, RuleWords.to.contains(tokens[k].word), lexicons.verbRoles[lowers[k - 1]] == Self.destinationRole { return seat(id, i, tag.end) }
            // (A seat that a clause of place follows is a venue, whatever leads to it: "kam direkt aus dem Auswärtigen
            // Amt, wo sie mit X zusammengetroffen war", "returned to the Élysée, where he received Y".)
            if national, tag.end + 1 < limit, tokens[tag.end].word == .comma, RuleWords.woWhere.contains(tokens[tag.end + 1].word) {
                return seat(id, i, tag.end)
            }
        }
        return nil
    }}

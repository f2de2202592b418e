import Foundation

/// Classes a lowercase word can belong to (a bit set), looked up once per token so that the
/// recognisers test bits instead of hashing strings into many sets.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64
    static let nonName = WordClass(rawValue: 1 << 0)
    static let function = WordClass(rawValue: 1 << 1)
    static let month = WordClass(rawValue: 1 << 2)
    static let weekday = WordClass(rawValue: 1 << 3)
    static let roleWord = WordClass(rawValue: 1 << 4)
    static let honorific = WordClass(rawValue: 1 << 5)
    static let planned = WordClass(rawValue: 1 << 6)
    static let absent = WordClass(rawValue: 1 << 7)
    static let sourceFrames = WordClass(rawValue: 1 << 8)
    static let invited = WordClass(rawValue: 1 << 9)
    static let sidelines = WordClass(rawValue: 1 << 10)
    static let phraseHead = WordClass(rawValue: 1 << 11)
    static let verb = WordClass(rawValue: 1 << 12)
    static let separable = WordClass(rawValue: 1 << 13)
    static let speechVerbs = WordClass(rawValue: 1 << 14)
    static let determiners = WordClass(rawValue: 1 << 15)
    static let determinersDefinite = WordClass(rawValue: 1 << 16)
    static let definiteLeads = WordClass(rawValue: 1 << 17)
    static let pronouns = WordClass(rawValue: 1 << 18)
    static let pluralCues = WordClass(rawValue: 1 << 19)
    static let guestNouns = WordClass(rawValue: 1 << 20)
    static let connectors = WordClass(rawValue: 1 << 21)
    static let placePrepositions = WordClass(rawValue: 1 << 22)
    static let locative = WordClass(rawValue: 1 << 23)
    static let timeLead = WordClass(rawValue: 1 << 24)
    static let dayParts = WordClass(rawValue: 1 << 25)
    static let deictic = WordClass(rawValue: 1 << 26)
    static let modifiers = WordClass(rawValue: 1 << 27)
    static let pairNouns = WordClass(rawValue: 1 << 28)
    static let personVerbs = WordClass(rawValue: 1 << 29)
    static let monthNumber = WordClass(rawValue: 1 << 30)
    static let weekdayStart = WordClass(rawValue: 1 << 31)
    static let seatNoun = WordClass(rawValue: 1 << 32)
    static let particle = WordClass(rawValue: 1 << 33)
    static let surnameStarter = WordClass(rawValue: 1 << 34)
    static let passiveAuxiliary = WordClass(rawValue: 1 << 35)
    /// First word of a two-word meeting verb ("took part", "held talks", "sat down").
    static let verbPhraseHead = WordClass(rawValue: 1 << 36)
    /// Negations (``DocumentAnalysis/negations``).
    static let negation = WordClass(rawValue: 1 << 37)
    /// Verbs that call for a meeting (``DocumentAnalysis/advocacyVerbs``).
    static let advocacyVerb = WordClass(rawValue: 1 << 38)
    /// Participles of calling a meeting off (``DocumentAnalysis/cancelWords``).
    static let cancelWord = WordClass(rawValue: 1 << 39)
    /// Words before a meeting noun that make it a generic one (``DocumentAnalysis/genericLeads``).
    static let genericLead = WordClass(rawValue: 1 << 40)
    /// Words of an earlier meeting of a series (``DocumentAnalysis/previousWords``).
    static let previousWord = WordClass(rawValue: 1 << 41)
    /// Words of the next meeting of a series (``DocumentAnalysis/nextWords``).
    static let nextWord = WordClass(rawValue: 1 << 42)
    /// Verbs of preparing an encounter (``DocumentAnalysis/prepareWords``).
    static let prepareWord = WordClass(rawValue: 1 << 43)
    /// Verbs of carrying a message (``DocumentAnalysis/messengerVerbs``).
    static let messengerVerb = WordClass(rawValue: 1 << 44)
    /// Numerals of a group ("the four ministers"; ``DocumentAnalysis/numerals``).
    static let numeral = WordClass(rawValue: 1 << 45)
    /// Nouns of chairing a meeting ("unter dem Vorsitz"; ``DocumentAnalysis/chairNouns``).
    static let chairNoun = WordClass(rawValue: 1 << 46)
    /// Adverbs pointing back to a place ("dort", "there"; ``DocumentAnalysis/placeDeictics``).
    static let placeDeictic = WordClass(rawValue: 1 << 47)
    /// Plural pronouns ("sie", "they"; ``DocumentAnalysis/pluralPronouns``).
    static let pluralPronoun = WordClass(rawValue: 1 << 48)
    /// Second word of a phrase of the phrase sets (after a ``phraseHead``).
    static let phraseSecond = WordClass(rawValue: 1 << 49)
    /// Verbs of confirming or announcing (``DocumentAnalysis/confirmVerbs``).
    static let confirmVerb = WordClass(rawValue: 1 << 50)
    /// Verbs of judging a meeting from outside (``DocumentAnalysis/judgingVerbs``).
    static let judgingVerb = WordClass(rawValue: 1 << 51)
    /// Verbs of accusing (``DocumentAnalysis/accusingVerbs``).
    static let accusingVerb = WordClass(rawValue: 1 << 52)
    /// "by", "von" (``DocumentAnalysis/agentPrepositions``).
    static let agentPreposition = WordClass(rawValue: 1 << 53)
    /// Never the first word of a name.
    static let notFirst: WordClass = [.nonName, .function, .month, .weekday, .roleWord, .honorific]
    static let never: WordClass = [.nonName, .month, .weekday, .roleWord, .honorific]
    /// Any cue of the phrase sets.
    static let cue: WordClass = [.planned, .absent, .sourceFrames, .invited, .sidelines, .phraseHead]
}

/// An office or title, as `titles.json` describes it.
struct TitleInfo: Sendable {
    var family: String
    var org: String?
    var international: Bool
    var political: Bool
    var country: String?
}

/// A meeting noun's kind and mode, as `meetings.json` describes it.
struct MeetingNounInfo: Sendable {
    var kind: MeetingKind
    var mode: MeetingMode
}

/// Every lexicon the extractor uses, compiled into look-up tables once.
///
/// Loaded from the module's resources (`Resources/Lexicons/*.json`): `countries`, `places`,
/// `organizations`, `agencies` (generated from public data; optional except `countries`), and the
/// hand-curated `titles`, `meetings` and `function_words`.
public struct Lexicons: Sendable {
    var gazetteer = Gazetteer()
    var countryNames = TextKeyTable<String>()          // ISO → English short name
    var ambiguousNames: TextKeySet = []              // lowercased names that need context
    var capitals = TextKeyTable<(name: String, iso: String)>()  // ISO → capital
    // (The tables the rules look words up in while reading a text are ``TextKeyTable``s, which find a key by an
    // FNV-1a hash of its bytes, where a `Dictionary` hashes it with SipHash: they answer as the dictionaries did.)
    var singleCountry = TextKeyTable<String>()         // lowercased single-token country name/adjective → ISO (for compounds)
    var singleOrg = TextKeyTable<String>()             // lowercased single-token org alias → id
    var organizations = TextKeyTable<OrganizationEntry>()
    /// Organisation id → its seat (place key as the gazetteer names it, and ISO), from `hq_city`.
    var headquarters = TextKeyTable<(name: String, iso: String, german: String)>()
    var titles: [TitleInfo] = []
    var germanTitleForms: [String: Int] = [:]
    /// German inflected form → its nominative form (lowercase), for titles and meeting nouns.
    var germanTitleLemma = TextKeyTable<String>()
    var germanNounLemma = TextKeyTable<String>()
    var titleTrie = SuffixTrie()
    var nounTrie = SuffixTrie()
    var meetingNouns: [MeetingNounInfo] = []
    var germanNounForms: [String: Int] = [:]
    var verbRoles = TextKeyTable<String>()
    var separable: [String: [(particle: String, role: String)]] = [:]
    var planned: TextKeySet = []
    var absent: TextKeySet = []
    var sourceFrames: TextKeySet = []
    var invited: TextKeySet = []
    var sidelines: TextKeySet = []
    /// Word classes of lowercase words (``WordClass``), one look-up per token.
    var wordClasses: [String: WordClass] = [:]
    /// First words of the multi-word cue phrases (planned, absent, source frames, …).
    var phraseHeads: Set<String> = []
    var modifiers: Set<String> = []
    var roleWords: Set<String> = []
    var facilityWords: TextKeySet = []
    var honorifics: Set<String> = []
    var functionWords: Set<String> = []
    var abbreviations: Set<String> = []
    var functionWordsByLanguage: [String: [String]] = [:]
    /// Word classes, gazetteer phrase heads and function words by word: one look-up per token.
    /// Compiled at the end of ``init(countries:places:organizations:agencies:titles:meetings:functionWords:)``.
    var words = WordTable(wordClasses: [:], gazetteer: Gazetteer(), functionWords: [:])
    /// Known public figures (`people.json`) and, by the folded first word of each name form, the
    /// folded words of that form with the person's index.
    var people: [PersonEntry] = []
    var peopleByFirstWord = TextKeyTable<[(words: [String], person: Int)]>()
    /// The keys of ``peopleByFirstWord``, so that most capitalised words are passed without hashing
    /// them into it (65,536 bits for some thousand keys: about one false positive in a thousand words).
    var peopleFirstWords = KeyFilter(bitCount: 1 << 16)
    /// Folded full name form (words joined by spaces) → person index.
    var peopleByName = TextKeyTable<Int>()
    /// English title form (lowercased) → index in ``titles``, for the offices of `people.json`.
    var titleByEnglishForm = TextKeyTable<Int>()
    /// Folded given name → whether it names a woman (`given_names.json`; see ``givenNameGender(_:)``).
    var givenNameFeminine = TextKeyTable<Bool>()

    /// Loads and compiles the bundled lexicons.
    /// - Throws: ``ExtractionError/lexicon(name:message:)`` if a required resource is missing or malformed.
    public static func bundled() throws -> Lexicons {
        try Lexicons(bundle: Bundle.module)
    }

    init(bundle: Bundle) throws {
        let countries = try LexiconLoader.load(LexiconFile<[CountryEntry]>.self, "countries", bundle: bundle)?.entries ?? []
        let places = try LexiconLoader.load(LexiconFile<[PlaceEntry]>.self, "places", bundle: bundle, required: false)?.entries ?? []
        let orgs = try LexiconLoader.load(LexiconFile<[OrganizationEntry]>.self, "organizations", bundle: bundle, required: false)?.entries ?? []
        let agencies = try LexiconLoader.load(LexiconFile<[AgencyEntry]>.self, "agencies", bundle: bundle, required: false)?.entries ?? []
        let titles = try LexiconLoader.load(TitlesFile.self, "titles", bundle: bundle)!
        let meetings = try LexiconLoader.load(MeetingsFile.self, "meetings", bundle: bundle)!
        for (i, m) in meetings.nouns.enumerated() where MeetingKind(name: m.kind) == nil || MeetingMode(name: m.mode) == nil {
            throw ExtractionError.lexicon(name: "meetings", message: "noun \(i + 1) has kind \"\(m.kind)\" and mode \"\(m.mode)\"; "
                + "expected a kind of \(MeetingKind.allCases.map(\.name)) and a mode of \(MeetingMode.allCases.map(\.name))")
        }
        let words = try LexiconLoader.load(FunctionWordsFile.self, "function_words", bundle: bundle)!
        self.init(countries: countries, places: places, organizations: orgs, agencies: agencies, titles: titles,
                  meetings: meetings, functionWords: words)
        let people = try LexiconLoader.load(LexiconFile<[PersonEntry]>.self, "people", bundle: bundle, required: false)?.entries ?? []
        addPeople(people)
        if let names = try LexiconLoader.load(LexiconFile<GivenNamesEntries>.self, "given_names", bundle: bundle, required: false)?.entries {
            addGivenNames(names)
        }
    }

    /// Indexes the known public figures by every name form (see ``peopleByFirstWord``).
    mutating func addPeople(_ entries: [PersonEntry]) {
        for entry in entries {
            let index = people.count
            people.append(entry)
            for form in [entry.name] + (entry.aliases ?? []) {
                let words = form.split(separator: " ").map { NameShapes.fold(String($0)) }
                guard let first = words.first else { continue }
                peopleByName.set(words.joined(separator: " "), to: index)
                peopleByFirstWord.update(first, default: { [] }) { $0.append((words, index)) }
                peopleFirstWords.insert(first)
            }
        }
        // Longest forms first, so "Luiz Inácio Lula da Silva" wins over "Lula".
        for key in peopleByFirstWord.keys { peopleByFirstWord.update(key, default: { [] }) { $0.sort { $0.words.count > $1.words.count } } }
        let firstWords = peopleByFirstWord
        words.decidePersonFirstWords { key in firstWords[key] != nil }
    }

    init(countries: [CountryEntry], places: [PlaceEntry], organizations: [OrganizationEntry], agencies: [AgencyEntry],
         titles: TitlesFile, meetings: MeetingsFile, functionWords words: FunctionWordsFile) {
        for c in countries {
            let iso = c.iso.uppercased()
            countryNames.set(iso, to: c.name_en ?? c.names?.en?.first ?? iso)
            for n in c.ambiguous_names ?? [] { ambiguousNames.insert(n.lowercased()) }
            for n in [c.name_en, c.name_de].compactMap({ $0 }) + (c.names?.all ?? []) { addCountry(n, iso, .name) }
            for n in c.adjectives?.all ?? [] { addCountry(n, iso, .adjective) }
            for n in c.demonyms?.all ?? [] { addCountry(n, iso, .demonym) }
            for n in c.genitives?.all ?? [] { addCountry(n, iso, .genitive) }
            if let cap = c.capital {
                if let en = cap.en { capitals.set(iso, to: (en, iso)) }
                for n in [cap.en, cap.de].compactMap({ $0 }) { gazetteer.add(n, .place(name: n, iso: iso, strong: true)) }
            }
        }
        // (Of places sharing a name the gazetteer keeps the first added: the most populous is added first, so
        // "Sevilla" is Seville in Spain, not the Colombian town.)
        let byPopulation = places.enumerated().sorted { a, b in
            (a.element.population ?? 0, b.offset) > (b.element.population ?? 0, a.offset)
        }.map(\.element)
        for p in byPopulation {
            guard let iso = p.country?.uppercased(), iso.count == 2 else { continue }
            for n in Set([p.name] + (p.names?.all ?? []) + (p.aliases ?? [])) where n.unicodeScalars.count >= 3 {
                let doubtful = p.ambiguous_names?[n] != nil
                if doubtful { ambiguousNames.insert(n.lowercased()) }
                let strong = (p.capital ?? false) || ((p.major ?? false) && !doubtful)
                gazetteer.add(n, .place(name: p.names?.en?.first ?? p.name, iso: iso, strong: strong))
            }
        }
        var seats: [String: (name: String, iso: String, german: String, population: Int)] = [:]
        for p in places {
            guard let iso = p.country?.uppercased(), iso.count == 2 else { continue }
            let pop = p.population ?? 0
            let en = p.names?.en?.first ?? p.name
            if (seats[p.name]?.population ?? -1) < pop { seats[p.name] = (en, iso, p.names?.de?.first ?? en, pop) }
        }
        for o in organizations {
            self.organizations.set(o.id, to: o)
            if let city = o.hq_city, let seat = seats[city] { headquarters.set(o.id, to: (seat.name, seat.iso, seat.german)) }
            for n in o.ambiguous_aliases ?? [] { ambiguousNames.insert(n.lowercased()) }
            for n in Set([o.id] + [o.name].compactMap({ $0 }) + (o.aliases ?? [])) where n.unicodeScalars.count >= 2 {
                gazetteer.add(n, .organization(o.id))
                if !n.contains(" ") { singleOrg.set(n.lowercased(), to: o.id) }
            }
        }
        for a in agencies {
            for n in a.ambiguous_aliases ?? [] { ambiguousNames.insert(n.lowercased()) }
            for n in [a.name] + (a.aliases ?? []) where n.unicodeScalars.count >= 2 { gazetteer.add(n, .agency) }
        }
        for (i, t) in titles.entries.enumerated() {
            self.titles.append(TitleInfo(family: t.family, org: t.org, international: t.international ?? false,
                                         political: t.political ?? true, country: t.country))
            for f in t.en ?? [] {
                gazetteer.add(f, .title(i))
                if titleByEnglishForm[f.lowercased()] == nil { titleByEnglishForm.set(f.lowercased(), to: i) }
            }
            for spec in t.de ?? [] {
                for (f, lemma) in lemmaForms(spec, nouns: false) where germanTitleLemma[f] == nil { germanTitleLemma.set(f, to: lemma) }
                for f in expandForms(spec) where germanTitleForms[f] == nil {
                    germanTitleForms[f] = i
                    titleTrie.insert(f, value: i)
                }
            }
        }
        modifiers = Set(titles.modifiers.all.map { $0.lowercased() })
        roleWords = Set(titles.role_words.all.map { $0.lowercased() })
        facilityWords = TextKeySet(roleWords.union((titles.facility_words?.all ?? []).map { $0.lowercased() }))
        honorifics = Set(titles.honorifics.all)
        for (i, m) in meetings.nouns.enumerated() {
            // (``init(bundle:)`` has checked the names.)
            guard let kind = MeetingKind(name: m.kind), let mode = MeetingMode(name: m.mode) else {
                preconditionFailure("meetings.json: noun \(i + 1) has kind \"\(m.kind)\" and mode \"\(m.mode)\"")
            }
            meetingNouns.append(MeetingNounInfo(kind: kind, mode: mode))
            for f in m.en ?? [] { gazetteer.add(f, .meetingNoun(i)) }
            for spec in m.de ?? [] {
                for (f, lemma) in lemmaForms(spec, nouns: true) where germanNounLemma[f] == nil { germanNounLemma.set(f, to: lemma) }
                for f in expandForms(spec) where germanNounForms[f] == nil {
                    germanNounForms[f] = i
                    nounTrie.insert(f, value: i)
                }
            }
        }
        for v in meetings.verbs { for f in (v.en ?? []) + (v.de ?? []) where verbRoles[f] == nil { verbRoles.set(f, to: v.role) } }
        for s in meetings.separable { for stem in s.stems { separable[stem, default: []].append((s.particle, s.role)) } }
        planned = TextKeySet(meetings.planned.all)
        absent = TextKeySet(meetings.absent.all)
        sourceFrames = TextKeySet(meetings.source_frames.all)
        invited = TextKeySet(meetings.invited.all)
        sidelines = TextKeySet(meetings.sidelines.all)
        for phrase in Set(planned).union(absent).union(sourceFrames).union(invited).union(sidelines) where phrase.contains(" ") {
            let words = phrase.split(separator: " ")
            phraseHeads.insert(String(words[0]))
            if words.count >= 2 { wordClasses[String(words[1]), default: []].insert(.phraseSecond) }
        }
        for h in phraseHeads { wordClasses[h, default: []].insert(.phraseHead) }
        for key in verbRoles.keys where key.split(separator: " ").count == 2 {
            wordClasses[String(key.split(separator: " ")[0]), default: []].insert(.verbPhraseHead)
        }
        functionWordsByLanguage = words.entries
        functionWords = Set((words.entries["en"] ?? []) + (words.entries["de"] ?? []))
        func mark(_ words: some Sequence<String>, _ c: WordClass) { for w in words { wordClasses[w, default: []].insert(c) } }
        mark(NameShapes.nonNames, .nonName)
        mark((words.entries["en"] ?? []) + (words.entries["de"] ?? []), .function)
        mark(NameShapes.months, .month)
        mark(NameShapes.weekdays, .weekday)
        mark(titles.role_words.all.map { $0.lowercased() }, .roleWord)
        mark(titles.honorifics.all, .honorific)
        mark(planned, .planned)
        mark(absent, .absent)
        mark(sourceFrames, .sourceFrames)
        mark(invited, .invited)
        mark(sidelines, .sidelines)
        mark(verbRoles.keys, .verb)
        mark(separable.keys, .separable)
        mark(modifiers, .modifiers)
        mark(DocumentAnalysis.speechVerbs, .speechVerbs)
        mark(DocumentAnalysis.determiners, .determiners)
        mark(DocumentAnalysis.determinersDefinite, .determinersDefinite)
        mark(DocumentAnalysis.definiteLeads, .definiteLeads)
        mark(DocumentAnalysis.pronouns, .pronouns)
        mark(DocumentAnalysis.pluralCues, .pluralCues)
        mark(DocumentAnalysis.guestNouns, .guestNouns)
        mark(DocumentAnalysis.connectors, .connectors)
        mark(DocumentAnalysis.placePrepositions, .placePrepositions)
        mark(DocumentAnalysis.locative, .locative)
        mark(DocumentAnalysis.timeLead, .timeLead)
        mark(DocumentAnalysis.dayParts, .dayParts)
        mark(DocumentAnalysis.deictic, .deictic)
        mark(DocumentAnalysis.pairNouns, .pairNouns)
        mark(DocumentAnalysis.personVerbs, .personVerbs)
        mark(DocumentAnalysis.monthNumbers.keys, .monthNumber)
        mark(DocumentAnalysis.weekdayCanon.keys, .weekdayStart)
        mark(DocumentAnalysis.seatNouns, .seatNoun)
        mark(NameShapes.particles, .particle)
        mark(NameShapes.surnameStarters, .surnameStarter)
        mark(DocumentAnalysis.passiveAuxiliaries, .passiveAuxiliary)
        mark(DocumentAnalysis.negations, .negation)
        mark(DocumentAnalysis.advocacyVerbs, .advocacyVerb)
        mark(DocumentAnalysis.cancelWords, .cancelWord)
        mark(DocumentAnalysis.genericLeads, .genericLead)
        mark(DocumentAnalysis.previousWords, .previousWord)
        mark(DocumentAnalysis.nextWords, .nextWord)
        mark(DocumentAnalysis.prepareWords, .prepareWord)
        mark(DocumentAnalysis.messengerVerbs, .messengerVerb)
        mark(DocumentAnalysis.numerals.keys, .numeral)
        mark(DocumentAnalysis.chairNouns, .chairNoun)
        mark(DocumentAnalysis.placeDeictics, .placeDeictic)
        mark(DocumentAnalysis.pluralPronouns, .pluralPronoun)
        mark(DocumentAnalysis.confirmVerbs, .confirmVerb)
        mark(DocumentAnalysis.judgingVerbs, .judgingVerb)
        mark(DocumentAnalysis.accusingVerbs, .accusingVerb)
        mark(DocumentAnalysis.agentPrepositions, .agentPreposition)
        abbreviations = Set(words.abbreviations)
        let heads = self
        self.words = WordTable(wordClasses: wordClasses, gazetteer: gazetteer, functionWords: functionWordsByLanguage,
                               isGermanHead: { key in heads.germanTitle(key) != nil || heads.germanMeetingNoun(key) != nil },
                               isAmbiguous: { key in heads.ambiguousNames.contains(key) })
    }

    private mutating func addCountry(_ text: String, _ iso: String, _ form: Entity.CountryForm) {
        guard text.unicodeScalars.count >= 2 else { return }
        gazetteer.add(text, .country(iso, form))
        if !text.contains(" ") && !text.contains("-") && (form == .name || form == .adjective) {
            let key = text.latinLowercased()
            if singleCountry[key] == nil { singleCountry.set(key, to: iso) }
        }
    }

    /// The title a single German word names: the form itself or a compound ending in a form of five
    /// or more letters (`Bundesaußenministerin`, `EU-Kommissionspräsidentin`), with the prefix.
    func germanTitle(_ lower: String) -> (index: Int, prefix: Substring)? {
        compoundLookup(lower, titleTrie, minimum: 5)
    }

    /// The meeting noun a single German word names, like ``germanTitle(_:)``; heads of six or more letters.
    func germanMeetingNoun(_ lower: String) -> (index: Int, prefix: Substring)? {
        guard let hit = compoundLookup(lower, nounTrie, minimum: 6) else { return nil }
        // "Diplomatenkreisen", "Energiepreise", "Greise": a head "reise" glued to k/p/g is another word.
        if let last = hit.prefix.last, ["k", "p", "g"].contains(last),
           lower.unicodeScalars.dropFirst(hit.prefix.unicodeScalars.count).starts(with: "reise".unicodeScalars) { return nil }
        return hit
    }

    /// The nominative of a German title or meeting noun as written (casing and compound prefix
    /// kept): "Ministerpräsidenten" → "Ministerpräsident", "US-Präsidentinnen" → "US-Präsidentin",
    /// "Gesprächen" → "Gespräche", "Gipfels" → "Gipfel". Unknown words are returned unchanged.
    func germanNominative(_ surface: String, noun: Bool) -> String {
        let lower = surface.latinLowercased()
        let trie = noun ? nounTrie : titleTrie
        guard let hit = trie.longestSuffix(of: lower, minimum: noun ? 6 : 5) else { return surface }
        // Views and index offsets instead of scalar arrays: no copies of the words.
        let scalars = surface.unicodeScalars, lowerScalars = lower.unicodeScalars
        // (Scalars counted by their lead bytes: walking both views cost more than the rest of the look-up.)
        guard surface.utf8ScalarCount == lower.utf8ScalarCount else { return surface }
        let form = String(lowerScalars[lowerScalars.index(lowerScalars.startIndex, offsetBy: hit.prefixLength)...])
        guard let lemma = noun ? germanNounLemma[form] : germanTitleLemma[form], lemma != form else { return surface }
        var common = 0
        var formIterator = form.unicodeScalars.makeIterator(), lemmaIterator = lemma.unicodeScalars.makeIterator()
        while let f = formIterator.next(), let l = lemmaIterator.next(), f == l { common += 1 }
        let kept = scalars.index(scalars.startIndex, offsetBy: hit.prefixLength + common)
        let lemmaScalars = lemma.unicodeScalars
        return String(scalars[..<kept]) + String(lemmaScalars[lemmaScalars.index(lemmaScalars.startIndex, offsetBy: common)...])
    }

    private func compoundLookup(_ lower: String, _ trie: SuffixTrie, minimum: Int) -> (index: Int, prefix: Substring)? {
        guard let hit = trie.longestSuffix(of: lower, minimum: minimum) else { return nil }
        if hit.prefixLength == 0 { return (hit.value, "") }
        let prefixEnd = lower.unicodeScalars.index(lower.unicodeScalars.startIndex, offsetBy: hit.prefixLength)
        var prefix = lower[..<prefixEnd]
        if prefix.hasSuffix("-") { prefix = prefix.dropLast() }
        else if hit.prefixLength < 2 { return nil }
        return (hit.value, prefix)
    }

    /// The country a single word (or compound part) names: `US`, `deutsch`, `Brasilien`.
    func countryOfWord(_ word: Substring) -> String? {
        let lower = word.latinLowercased()
        if let iso = singleCountry[lower] { return iso }
        // German compound adjective stems: "deutsch-brasilianische" parts like "brasilianische".
        return nil
    }

    /// The organisation a single word (or compound part) names: `Nato`, `EU`.
    func organizationOfWord(_ word: Substring) -> String? { singleOrg[word.latinLowercased()] }

    /// Whether an organisation is international (an alliance, a UN body, …).
    func isInternational(_ id: String) -> Bool { organizations[id]?.international ?? true }
}

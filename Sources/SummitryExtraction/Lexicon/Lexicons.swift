import Foundation

/// An office or title, as `titles.json` describes it.
///
/// (A class, made once per title when the lexicons are compiled and never changed: a ``TitleHit`` holding one
/// is copied with one reference counted, not each of its strings.)
final class TitleInfo: Sendable {
    let family: String
    let org: String?
    let international: Bool
    let political: Bool
    let country: String?

    init(family: String, org: String?, international: Bool, political: Bool, country: String?) {
        self.family = family
        self.org = org
        self.international = international
        self.political = political
        self.country = country
    }
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
    /// Lowercased one-word German name of a major city or capital → its name, gazetteer key and country, for the
    /// city's adjective ("im Duisburger Hafen": ``DocumentAnalysis/cityAdjective(at:sentence:)``).
    var germanCityByWord = TextKeyTable<(name: String, key: String, iso: String)>()
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
}

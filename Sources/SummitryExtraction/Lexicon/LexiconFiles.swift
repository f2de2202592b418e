import Foundation

// The JSON shapes of the lexicon resources. Every file is `{"source": …, "entries": …}`; fields that
// a generator may leave out are optional, so a partial lexicon still loads.

struct LexiconFile<Entries: Decodable>: Decodable {
    var source: String?
    var entries: Entries
}

/// A public figure of `people.json`: the state they represent, or the international body they serve.
struct PersonEntry: Decodable, Sendable {
    var name: String
    var aliases: [String]?
    var country: String?
    var org: String?
    var office: String?
}

struct LanguageLists: Decodable, Sendable {
    var en: [String]?
    var de: [String]?
    var all: [String] { (en ?? []) + (de ?? []) }
}

struct CountryEntry: Decodable, Sendable {
    struct Capital: Decodable, Sendable { var en: String?; var de: String? }
    var iso: String
    var name_en: String?
    var name_de: String?
    var names: LanguageLists?
    var adjectives: LanguageLists?
    var demonyms: LanguageLists?
    var genitives: LanguageLists?
    var capital: Capital?
    /// Names that also mean something else (a US state, a person, another country).
    var ambiguous_names: [String]?
}

struct PlaceEntry: Decodable, Sendable {
    var name: String
    var names: LanguageLists?
    var aliases: [String]?
    var country: String?
    var population: Int?
    var capital: Bool?
    var major: Bool?
    var ambiguous: Bool?
    /// Names that need context, with the reasons (`common_word`, `person_name`, `homonym`, …).
    var ambiguous_names: [String: [String]]?
}

struct OrganizationEntry: Decodable, Sendable {
    var id: String
    var name: String?
    var aliases: [String]?
    var kind: String?
    var international: Bool?
    var country: String?
    var ambiguous_aliases: [String]?
    /// The organisation this body belongs to ("AU" for the AU Peace and Security Council).
    var parent: String?
    /// The seat of an international body, as named in `places.json` ("New York City" for the UN).
    var hq_city: String?
}

struct AgencyEntry: Decodable, Sendable {
    var name: String
    var aliases: [String]?
    var ambiguous_aliases: [String]?
}

struct TitleEntry: Decodable, Sendable {
    var family: String
    var en: [String]?
    var de: [String]?
    var org: String?
    var international: Bool?
    var political: Bool?
    /// The state the office belongs to when the text names none (`Kremlchef`, `Secretary of State`).
    var country: String?
}

struct TitlesFile: Decodable, Sendable {
    var entries: [TitleEntry]
    var modifiers: LanguageLists
    var role_words: LanguageLists
    /// Words that end the names of places named after people ("… Road", "… Park").
    var facility_words: LanguageLists?
    var honorifics: LanguageLists
}

struct MeetingNounEntry: Decodable, Sendable {
    var kind: String
    var mode: String
    var en: [String]?
    var de: [String]?
}

struct MeetingVerbEntry: Decodable, Sendable {
    var role: String
    var en: [String]?
    var de: [String]?
}

struct SeparableVerbEntry: Decodable, Sendable {
    var role: String
    var particle: String
    var stems: [String]
}

struct MeetingsFile: Decodable, Sendable {
    var nouns: [MeetingNounEntry]
    var verbs: [MeetingVerbEntry]
    var separable: [SeparableVerbEntry]
    var planned: LanguageLists
    var absent: LanguageLists
    var source_frames: LanguageLists
    var invited: LanguageLists
    var sidelines: LanguageLists
}

struct FunctionWordsFile: Decodable, Sendable {
    var entries: [String: [String]]
    var abbreviations: [String]
}

/// Expands a German form list entry `base|suf|suf` into `[base, base+suf, …]`, lowercased.
func expandForms(_ spec: String) -> [String] {
    let parts = spec.lowercased().split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    guard let base = parts.first else { return [] }
    return [base] + parts.dropFirst().map { base + $0 }
}

/// Each form of a German form spec with its nominative: feminine forms keep `-in`, the rest fall
/// back to the base; for nouns a dative plural `-en`/`-n` becomes the nominative plural when the
/// spec has one (`gespräch|e|en` → Gesprächen → Gespräche).
func lemmaForms(_ spec: String, nouns: Bool) -> [(String, String)] {
    let parts = spec.lowercased().split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    guard let base = parts.first else { return [] }
    let endings = Set(parts.dropFirst())
    return parts.dropFirst().map { e in
        let form = base + e
        if e == "in" || e == "innen" { return (form, endings.contains("in") ? base + "in" : form) }
        if nouns && e == "en" && endings.contains("e") { return (form, base + "e") }
        if nouns && e == "e" { return (form, form) }  // nominative plural: "Gespräche"
        return (form, base)
    }
}

enum LexiconLoader {
    /// Decodes the resource `name.json` of this module's bundle.
    static func load<T: Decodable>(_ type: T.Type, _ name: String, bundle: Bundle, required: Bool = true) throws -> T? {
        let url = bundle.url(forResource: name, withExtension: "json", subdirectory: "Lexicons")
            ?? bundle.url(forResource: name, withExtension: "json")
        guard let url else {
            if required { throw ExtractionError.lexicon(name: name, message: "resource \(name).json not found") }
            return nil
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            throw ExtractionError.lexicon(name: name, message: "cannot decode \(url.lastPathComponent): \(error)")
        }
    }
}

/// The words that make references, for the left-to-right pass of ``DocumentAnalysis/resolveMentions(in:)``:
/// pronouns, plural cues, leader, group, guest and spouse nouns, the nouns of a politician, German parties,
/// and the tests of a plural verb and a plural demonym.
extension DocumentAnalysis {
    /// Words before a plural office or noun that make it two or more people ("beiden", "both").
    static let pluralCues: Set<String> = ["beiden", "beide", "beider", "two", "both"]
    /// Plural nouns for heads of state or government ("both leaders", "die beiden Regierungschefs").
    static let leaderNouns: Set<String> = ["leaders", "staatschefs", "regierungschefs", "spitzenpolitiker", "staatsoberhäupter", "premiers"]
    /// Plural nouns after "beide"/"both" that name countries or sides, not people.
    static let collectiveNouns = WordSet(row: 278, [
        "seiten", "länder", "staaten", "regierungen", "nachbarländer", "sides", "countries", "nations", "governments", "states",
        "parties", "parteien", "delegationen", "delegations", "tage", "days", "jahre", "years", "and", "und", "of", "von",
    ])
    /// Nouns for two people together ("the pair").
    static let pairNouns: Set<String> = ["pair", "duo"]
    /// "two", which refers to a pair only after "the" or before a noun of officials ("two sources" are nobody's).
    static let bareTwo = WordSet(row: 279, ["two"])
    /// Nouns for a visitor ("den Gast", "the guest").
    static let guestNouns: Set<String> = ["gast", "gäste", "guest", "visitor", "besucher", "besucherin", "gästin"]
    /// Third-person singular pronouns that refer to a person.
    static let pronouns: Set<String> = ["er", "ihn", "ihm", "he", "him", "she"]
    /// Third-person plural pronouns ("they", "sie").
    static let pluralPronouns: Set<String> = ["they", "sie"]
    /// Singular finite verbs: German "sie" next to one is singular, "she" ("wurde sie … empfangen", "sie hat").
    static let singularFinite = WordSet(row: 280, [
        "wurde", "wird", "war", "ist", "hat", "hatte", "sei", "habe", "werde", "traf", "trifft", "reiste", "reist", "sagte", "sagt",
        "kam", "kommt", "flog", "empfing", "besuchte", "sprach", "will", "soll", "wollte", "sollte",
    ])

    /// Nouns of a politician or diplomat ("CSU-Politiker", "Diplomatin", "politician").
    static func isPoliticianNoun(_ w: String) -> Bool {
        w.hasSuffix("politiker") || w.hasSuffix("politikerin") || w.hasSuffix("diplomat") || w.hasSuffix("diplomatin")
            || w == "politician" || w == "diplomat" || w == "sozialdemokrat" || w == "sozialdemokratin"
            || w == "christdemokrat" || w == "christdemokratin"
    }

    /// Nouns of a spouse ("Frau", "wife").
    static let spouseNouns = WordSet(row: 281, ["frau", "ehefrau", "gattin", "mann", "ehemann", "gatte", "wife", "husband", "spouse"])

    /// Plural nouns of unnamed people a "they" after them refers to ("officials", "diplomats").
    static let anonymousGroups = WordSet(row: 282, [
        "officials", "diplomats", "sources", "aides", "analysts", "observers", "critics", "experts", "protesters", "residents",
        "reporters", "journalists", "lawmakers", "negotiators", "beamte", "diplomaten", "kreise", "quellen", "beobachter", "kritiker",
    ])

    /// Numbers of people named in a group ("the four ministers").
    static let numerals: [String: Int] = [
        "three": 3, "four": 4, "five": 5, "six": 6, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    ]
    /// Plural nouns for a group of officials.
    static let groupNouns = WordSet(row: 283, [
        "ministers", "leaders", "presidents", "officials", "diplomats", "envoys", "heads",
        "minister", "ministerinnen", "staatschefs", "regierungschefs", "politiker", "präsidenten", "chefdiplomaten", "außenminister", "aussenminister",
    ])

    /// Nouns of a royal couple ("das Königspaar"; English "couple" after "royal" or "imperial").
    static let coupleNouns = WordSet(row: 284, ["königspaar", "kaiserpaar", "fürstenpaar", "herrscherpaar", "großherzogspaar", "kronprinzenpaar"])
    /// Plural nouns of the guests.
    static let guestPlurals = WordSet(row: 285, ["gäste", "guests", "visitors", "staatsgäste"])
    /// English "couple" (a royal couple only after "royal" or "imperial").
    static let coupleWord = WordID("couple")
    /// Every word ``groupReference(at:inSentence:)`` can resolve: tested first, by the token's word number.
    static let groupReferenceNouns = WordSet(row: 286, [
        "königspaar", "kaiserpaar", "fürstenpaar", "herrscherpaar", "großherzogspaar", "kronprinzenpaar",
        "gäste", "guests", "visitors", "staatsgäste", "couple",
    ])

    /// German parties, whose politicians ("der CDU-Politiker", "die SPD-Politikerin") are German.
    static let germanParties: Set<String> = ["cdu", "csu", "spd", "fdp", "afd", "grüne", "grünen", "linke", "linken", "bsw"]

    func isPluralVerb(_ w: String) -> Bool {
        RuleWords.hattenHabenWarenEtc.contains(w)
    }

    func isPluralDemonym(_ i: Int) -> Bool {
        // "der Esten und Letten" (genitive plural) names peoples, not a person.
        let next = i + 1 < tokens.count ? lowers[i + 1] : ""
        return next == "und" || next == "and" || lowers[i].hasSuffix("en") && RuleWords.der.contains(tokens[i - 1].word) && next != "," && next != "sagte"
    }
}

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

import Foundation

/// What the lexicons know about one lowercase word: its word classes, the gazetteer phrases that
/// start with it, the languages whose function words hold it, and its number in the rules'
/// vocabulary.
///
/// Built once with the lexicons, so that each token costs one hash look-up (see
/// ``WordTable/entries(of:)``) instead of one per table that the tokenizer, the language detector
/// and the tagger would otherwise consult.
struct WordEntry: Sendable {
    /// The word's classes (``WordClass``).
    var classes: WordClass = []
    /// The index of the gazetteer's phrase list for phrases starting with the word, or -1.
    var phrases: Int32 = -1
    /// Bit `k` is set if the word is a function word of ``WordTable/languages``[k].
    var languages: UInt32 = 0
    /// The word's number in ``RuleWords/vocabulary``.
    var word: WordID = .unknown
    /// The word is known to be neither a German title nor a German meeting noun (nor a compound
    /// ending in one): ``Lexicons/germanTitle(_:)`` and ``Lexicons/germanMeetingNoun(_:)`` give nil
    /// for it. Decided when the table is built, for the keys the tokenizer finds by their bytes
    /// (false, "not known", for every other entry), so that the tagger need not walk the suffix
    /// tries for the capitalised common words of every German sentence.
    var notGermanHead = false
    /// The word is one of ``Lexicons/ambiguousNames`` (a lexicon name that needs context): decided,
    /// like ``notGermanHead``, for the keys the tokenizer finds by their bytes, so that a one-token
    /// match needs no look-up in that set.
    var ambiguousName = false
    /// The word is known to open no public figure's name (it is no key of ``Lexicons/peopleByFirstWord``):
    /// decided, like ``notGermanHead``, for the keys the tokenizer finds by their bytes (false, "not known",
    /// for every other entry), so that the search for known people need not hash the capitalised common
    /// words of every sentence.
    var notPersonFirstWord = false

    /// An entry that knows nothing.
    static let none = WordEntry()
}

/// What the lexicons know about one lowercase word: its word classes, the gazetteer phrases that
/// start with it and the languages whose function words hold it.
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

    /// An entry that knows nothing.
    static let none = WordEntry()
}

/// Every lowercase word any per-token table knows, with its ``WordEntry``.
///
/// - Complexity: one hash look-up per token.
struct WordTable: Sendable {
    /// The languages with function words, sorted by code: the bit order of ``WordEntry/languages``.
    let languages: [String]
    private let entries: [String: WordEntry]

    /// Collects the entries of the word classes, the gazetteer's phrase heads and the function
    /// words of each language (lowercased, as the language detector reads them).
    init(wordClasses: [String: WordClass], gazetteer: Gazetteer, functionWords: [String: [String]]) {
        var table: [String: WordEntry] = [:]
        for (word, classes) in wordClasses { table[word, default: .none].classes = classes }
        for (word, list) in gazetteer.phraseListIndex { table[word, default: .none].phrases = Int32(list) }
        languages = functionWords.keys.sorted()
        precondition(languages.count <= 32, "at most 32 languages with function words")
        for (k, lang) in languages.enumerated() {
            for w in functionWords[lang] ?? [] { table[w.lowercased(), default: .none].languages |= 1 << UInt32(k) }
        }
        entries = table
    }

    /// The entry of each token that the tables can know: words, numbers and the apostrophe token
    /// (``WordEntry/none`` for the others, and for words no table lists).
    func entries(of tokens: [Token]) -> [WordEntry] {
        var out: [WordEntry] = []
        out.reserveCapacity(tokens.count)
        for i in tokens.indices {
            let kind = tokens[i].kind
            if kind == .word || kind == .number || tokens[i].text == "'", let e = entries[tokens[i].lower] {
                out.append(e)
            } else {
                out.append(.none)
            }
        }
        return out
    }
}

/// The number of a word in ``RuleWords/vocabulary``, the words and marks the rules compare tokens
/// with; ``unknown`` for every other string.
///
/// Each token carries the number of its lowercase form (``Token/word``), found with the token's
/// lexicon entry in the same hash look-up (``WordTable/entries(of:)``), so that a rule asking whether
/// a token is one of a few words tests a bit instead of comparing strings.
struct WordID: Equatable, Sendable {
    /// The index into ``RuleWords/vocabulary``, or -1.
    let index: Int32

    /// The number of no word of the vocabulary.
    static let unknown = WordID(index: -1)
}

extension WordID {
    /// The number of `word`, which must be in the vocabulary (the generator collects these literals too).
    init(_ word: String) {
        guard let k = RuleWords.vocabularyIndex[word] else {
            preconditionFailure("\"\(word)\" is not in RuleWords.vocabulary: run scripts/hoist_rule_words.py")
        }
        index = k
    }

    // The punctuation marks the rules look for; a token is one if its ``Token/word`` is equal
    // (only a punctuation token's text can be a mark, and its lowercase form is its text).
    // Each is its number in ``RuleWords/vocabulary``, written by `scripts/hoist_rule_words.py` from the
    // mark in the comment: a constant, so that the rules' per-token loops read it without the lazy
    // initialisation (a `swift_once` call) that `WordID(",")` would cost at every read.
    static let comma = WordID(index: 6)  // WordID(",")
    static let stop = WordID(index: 11)  // WordID(".")
    static let semicolon = WordID(index: 14)  // WordID(";")
    static let colon = WordID(index: 13)  // WordID(":")
    static let apostrophe = WordID(index: 2)  // WordID("'")
    /// The possessive `'s` split off a name (`Novak's`), also written with `’`.
    static let possessiveS = WordID(index: 3)  // WordID("'s")
    static let hyphen = WordID(index: 7)  // WordID("-")
    static let openParen = WordID(index: 4)  // WordID("(")
    static let closeParen = WordID(index: 5)  // WordID(")")
    static let enDash = WordID(index: 953)  // WordID("\u{2013}")
}

/// A fixed set of words (and marks) of ``RuleWords/vocabulary``, asked about tokens by their
/// ``WordID`` and about other strings by value.
///
/// Written as an array literal of strings, each of which must be in the vocabulary (the generator
/// `scripts/hoist_rule_words.py` collects the vocabulary from the rules' lists and from every
/// `WordSet` literal). `contains` gives what `[String].contains` or `Set<String>.contains` gave on the
/// same strings: the vocabulary is matched by `String` equality, and a token's lowercase form is
/// looked up the same way.
///
/// - Complexity: ``contains(_:)-(WordID)`` O(1); ``contains(_:)-(String)`` O(length of the string).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The words as the rule wrote them, in its order.
    let words: [String]
    /// Bit `k` is set if ``RuleWords/vocabulary``[k] is in the set.
    private let bits: [UInt64]

    init(arrayLiteral words: String...) {
        self.words = words
        var bits = [UInt64](repeating: 0, count: (RuleWords.vocabulary.count + 63) / 64)
        for w in words {
            guard let k = RuleWords.vocabularyIndex[w] else {
                preconditionFailure("\"\(w)\" is not in RuleWords.vocabulary: run scripts/hoist_rule_words.py")
            }
            bits[Int(k) >> 6] |= 1 << UInt64(k & 63)
        }
        self.bits = bits
    }

    /// Whether the word numbered `word` is in the set (never for ``WordID/unknown``).
    @inline(__always) func contains(_ word: WordID) -> Bool {
        let k = Int(word.index)
        return k >= 0 && bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// Whether `string` is one of the words (by `String` equality).
    func contains(_ string: String) -> Bool {
        // (A short list is read through; a longer one through the vocabulary's index.)
        if words.count <= 4 { return words.contains(string) }
        guard let k = RuleWords.vocabularyIndex[string] else { return false }
        return contains(WordID(index: k))
    }

    /// Whether a word satisfies `predicate` (for rules that look at the words' spelling: suffixes).
    func contains(where predicate: (String) throws -> Bool) rethrows -> Bool {
        try words.contains(where: predicate)
    }
}

extension RuleWords {
    /// The number of each word of ``vocabulary``.
    static let vocabularyIndex: [String: Int32] = {
        var index: [String: Int32] = [:]
        for (k, w) in vocabulary.enumerated() {
            precondition(index[w] == nil, "\"\(w)\" is twice in RuleWords.vocabulary")
            index[w] = Int32(k)
        }
        return index
    }()
}

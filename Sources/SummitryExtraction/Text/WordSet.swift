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
    static let enDash = WordID(index: 1059)  // WordID("\u{2013}")
}

/// A fixed set of words (and marks) of ``RuleWords/vocabulary``, asked about tokens by their
/// ``WordID`` and about other strings by value.
///
/// The rules' sets are written `WordSet(row: n, ["…", …])`: `n` is the set's row of bits in
/// ``RuleWords/membership``, both written by the generator `scripts/hoist_rule_words.py` (which
/// collects the vocabulary from the rules' lists and from every such set, and numbers the rows). Made
/// of constants only, such a set is laid out by the compiler in the binary: reading it costs no lazy
/// initialisation (a `swift_once` call at every read, in the rules' per-token loops), and a test of
/// a token is one bit of a constant table. A set can also be written as an array literal of strings
/// (its bits then made when it is first read), each of which must be in the vocabulary. `contains`
/// gives what `[String].contains` or `Set<String>.contains` gave on the same strings: the vocabulary
/// is matched by `String` equality, and a token's lowercase form is looked up the same way.
///
/// - Complexity: ``contains(_:)-(WordID)`` O(1); ``contains(_:)-(String)`` O(length of the string).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The set's row in ``RuleWords/membership`` (and ``RuleWords/rowWords``), or -1 for a set made
    /// from an array literal.
    private let row: Int
    /// The bits of a set made from an array literal (bit `k` is set if ``RuleWords/vocabulary``[k] is
    /// in the set); nil for a set with a row.
    /// (Optionals, not empty arrays: a set holding an empty array literal, or the array of its words,
    /// would not be laid out as a constant.)
    private let bits: [UInt64]?
    /// The words of a set made from an array literal; nil for a set with a row.
    private let literalWords: [String]?

    /// The words as the rule wrote them, in its order.
    var words: [String] { literalWords ?? RuleWords.rowWords[row] }

    /// The set whose bits are row `row` of ``RuleWords/membership``, as the generator wrote it with the
    /// set's `words` (which a debug build checks against the row; the words of the row are
    /// ``RuleWords/rowWords``[row]).
    init(row: Int, _ words: [String]) {
        self.row = row
        bits = nil
        literalWords = nil
        assert(words == RuleWords.rowWords[row] && Self.bits(of: words).elementsEqual(
            RuleWords.membership[row * RuleWords.membershipRowLength ..< (row + 1) * RuleWords.membershipRowLength]),
               "WordSet row \(row) does not hold \(words): run scripts/hoist_rule_words.py")
    }

    init(arrayLiteral words: String...) {
        row = -1
        bits = Self.bits(of: words)
        literalWords = words
    }

    /// Bit `k` set for each word of `words` that is ``RuleWords/vocabulary``[k], in rows of
    /// ``RuleWords/membershipRowLength``.
    private static func bits(of words: [String]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: RuleWords.membershipRowLength)
        for w in words {
            guard let k = RuleWords.vocabularyIndex[w] else {
                preconditionFailure("\"\(w)\" is not in RuleWords.vocabulary: run scripts/hoist_rule_words.py")
            }
            bits[Int(k) >> 6] |= 1 << UInt64(k & 63)
        }
        return bits
    }

    /// Whether the word numbered `word` is in the set (never for ``WordID/unknown``).
    @inline(__always) func contains(_ word: WordID) -> Bool {
        // (One unsigned comparison rules out both ``WordID/unknown``, -1, which is a huge unsigned number, and a
        // number past the rows' width, which no word of the vocabulary has: two tests per token cost more than
        // the rest of the look-up.)
        let w = UInt(bitPattern: Int(word.index)) &>> 6
        guard w < UInt(RuleWords.membershipRowLength) else { return false }
        let mask: UInt64 = 1 &<< UInt64(truncatingIfNeeded: word.index & 63)
        if let bits { return bits[Int(w)] & mask != 0 }
        return RuleWords.membership[row &* RuleWords.membershipRowLength &+ Int(w)] & mask != 0
    }

    /// Word `j` of the set's bits (bits `64 j …` of its row).
    @inline(__always) func word(_ j: Int) -> UInt64 {
        if let bits { return bits[j] }
        return RuleWords.membership[row &* RuleWords.membershipRowLength &+ j]
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

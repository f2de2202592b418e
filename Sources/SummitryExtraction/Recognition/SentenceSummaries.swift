/// What each sentence holds, summed over its tokens once per document: the union of its tokens' word
/// classes and the set of its tokens' ``WordID``s. A rule that scans a whole sentence for a token of
/// some class, or for one of a ``WordSet``'s words, asks the summary first: most sentences hold none,
/// and are then not scanned (see ``DocumentAnalysis/sentence(_:mayHave:)-(_,WordClass)``).
///
/// - Complexity: O(n) in the number of tokens to build; a question costs one bit test, or
///   ``RuleWords/membershipRowLength`` word tests for a set.
struct SentenceSummaries: Sendable {
    /// The union of the word classes of each sentence's tokens, by sentence index.
    let classes: [WordClass]
    /// Bit `k` of a sentence's row (``RuleWords/membershipRowLength`` words, rows by sentence index) is
    /// set when one of its tokens is the word numbered `k`.
    let words: [UInt64]

    private init(classes: [WordClass], words: [UInt64]) {
        self.classes = classes
        self.words = words
    }

    /// The summaries of `sentences`, and the sentence of each token (-1 for a token in none), made in one
    /// pass over the sentences' tokens.
    /// (One pass, over the tables' storage: the sentence of each token and the summaries were two passes,
    /// each token's reads checked against the arrays' bounds.)
    static func make(sentences: [Sentence], tokens: [Token], wordClass: [WordClass]) -> (SentenceSummaries, sentenceOf: [Int32]) {
        let row = RuleWords.membershipRowLength
        var classes = [WordClass](repeating: [], count: sentences.count)
        var words = [UInt64](repeating: 0, count: sentences.count * row)
        var sentenceOf = [Int32](repeating: -1, count: tokens.count)
        precondition(wordClass.count == tokens.count, "a word class per token")
        tokens.withUnsafeBufferPointer { tokens in
            wordClass.withUnsafeBufferPointer { wordClass in
                words.withUnsafeMutableBufferPointer { words in
                    sentenceOf.withUnsafeMutableBufferPointer { sentenceOf in
                        for s in sentences {
                            precondition(s.index >= 0 && s.index < classes.count && s.tokens.lowerBound >= 0
                                         && s.tokens.upperBound <= tokens.count, "a sentence of the text")
                            var union: WordClass = []
                            let base = s.index * row
                            let index = Int32(s.index)
                            for i in s.tokens {
                                sentenceOf[i] = index
                                union.formUnion(wordClass[i])
                                // (The unknown word, -1, is a huge unsigned number: one test rules it out, and any
                                // number past the row.)
                                let k = Int(tokens[i].word.index)
                                let w = UInt(bitPattern: k) &>> 6
                                if w < UInt(row) { words[base + Int(w)] |= 1 &<< UInt64(truncatingIfNeeded: k & 63) }
                            }
                            classes[s.index] = union
                        }
                    }
                }
            }
        }
        return (SentenceSummaries(classes: classes, words: words), sentenceOf)
    }
}

extension DocumentAnalysis {
    /// Whether some token of sentence `s` may belong to a class of `c` (false: none does).
    @inline(__always) func sentence(_ s: Sentence, mayHave c: WordClass) -> Bool {
        !summaries.classes[s.index].isDisjoint(with: c)
    }

    /// Whether some token of sentence `s` is one of the words of `set` (false: none is).
    @inline(__always) func sentence(_ s: Sentence, mayHave set: WordSet) -> Bool {
        set.intersects(summaries.words, row: s.index)
    }
}

extension WordSet {
    /// Whether the set shares a word with row `row` of `table` (rows of ``RuleWords/membershipRowLength``
    /// words, bit `k` for the word numbered `k`).
    func intersects(_ table: [UInt64], row: Int) -> Bool {
        let n = RuleWords.membershipRowLength
        let base = row * n
        // (The row is read in place, its bounds checked once: a sentence's row is mostly zero words, each passed
        // over on one test.)
        precondition(base >= 0 && base + n <= table.count, "a row of the table")
        return table.withUnsafeBufferPointer { t in
            for j in 0 ..< n where t[base + j] != 0 && word(j) & t[base + j] != 0 { return true }
            return false
        }
    }
}

/// A sentence: a range of tokens and the scalar span they cover.
struct Sentence: Sendable {
    var index: Int
    /// Token indices `[first, last)`.
    var tokens: Range<Int>
    /// Scalar offsets of the sentence span.
    var start: Int
    var end: Int
}

/// Splits a token stream into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and a closing quote after it) when the next word starts a new
/// sentence, and at every line break (news text puts headlines, datelines and paragraphs on lines of
/// their own). A full stop does not end a sentence after an abbreviation (`Dr.`, `z.B.`, `Sept.`),
/// after a single capital letter (initials: `Arthur Q.R. Miller`), after a German ordinal of one or two
/// digits in German (`am 16. Juli`), or when the next token is lowercase or a digit.
///
/// - Complexity: O(n) in the number of tokens.
struct SentenceSplitter: Sendable {
    /// Lowercased abbreviations without their final dot.
    var abbreviations: Set<String> {
        didSet { abbreviationFilter = Self.filter(abbreviations) }
    }
    /// German text: a number of one or two digits before a full stop is an ordinal (`16. Juli`).
    var german = true
    /// The abbreviations as a Bloom filter: most words before a full stop are certainly none, and are
    /// not hashed into the set.
    private var abbreviationFilter: KeyFilter

    /// A splitter that knows `abbreviations` (lowercased, without their final dot).
    init(abbreviations: Set<String>, german: Bool = true) {
        self.abbreviations = abbreviations
        self.german = german
        abbreviationFilter = Self.filter(abbreviations)
    }

    /// A filter of `words`, with room for them at a load of about one in sixteen bits.
    private static func filter(_ words: Set<String>) -> KeyFilter {
        var bits = 1024
        while bits < 16 * words.count { bits *= 2 }
        var filter = KeyFilter(bitCount: bits)
        for w in words { filter.insert(w) }
        return filter
    }

    func split(_ text: TokenizedText) -> [Sentence] {
        let tokens = text.tokens, lowers = text.lowers
        var sentences: [Sentence] = []
        // (Room for a sentence every eight tokens, twice as many as news text has: the list is seldom moved
        // to a larger buffer as it grows.)
        sentences.reserveCapacity(tokens.count / 8 + 4)
        var first = 0
        func close(_ endExclusive: Int) {
            // Trim breaks.
            var a = first, b = endExclusive
            while a < b && tokens[a].kind.isBreak { a += 1 }
            while b > a && tokens[b - 1].kind.isBreak { b -= 1 }
            if a < b {
                sentences.append(Sentence(index: sentences.count, tokens: a ..< b, start: tokens[a].start, end: tokens[b - 1].end))
            }
            first = endExclusive
        }
        var i = 0
        let n = tokens.count
        while i < n {
            if tokens[i].kind.isBreak {
                close(i + 1)
                i += 1
                continue
            }
            let kind = tokens[i].kind
            // (A mark's lowercase form is its text.)
            if kind == .punct, case let mark = lowers[i], mark == "." || mark == "!" || mark == "?" || mark == "\u{2026}" {
                var j = i + 1
                while j < n && (tokens[j].kind == .quote || lowers[j] == ")") && tokens[j].start == tokens[j - 1].end { j += 1 }
                if j >= n { close(n); break }
                if tokens[j].kind.isBreak { i = j; continue }
                if mark == "." && !endsSentence(tokens, lowers: lowers, dot: i, next: j) { i += 1; continue }
                close(j)
                i = j
                continue
            }
            i += 1
        }
        close(n)
        return sentences
    }

    /// (Marks are compared by their lowercase forms, which are their texts.)
    private func endsSentence(_ tokens: [Token], lowers: [String], dot: Int, next: Int) -> Bool {
        if tokens[next].kind == .word && !tokens[next].isCapitalized { return false }
        if tokens[next].kind == .number { return false }
        if tokens[next].kind == .punct && lowers[next] != "(" && lowers[next] != "-" && lowers[next] != "\u{2013}" { return false }
        guard dot > 0 else { return true }
        guard tokens[dot - 1].end == tokens[dot].start else { return true }
        if tokens[dot - 1].kind == .word {
            if tokens[dot - 1].length == 1 && tokens[dot - 1].isCapitalized { return false }  // initial
            if abbreviationFilter.mayContain(lowers[dot - 1]) && abbreviations.contains(lowers[dot - 1]) { return false }
            // Dotted abbreviations: "U.S.", "z.B." — a letter, a dot, a letter, a dot.
            if dot >= 2 && lowers[dot - 2] == "." && tokens[dot - 2].end == tokens[dot - 1].start && tokens[dot - 1].length <= 2 {
                return false
            }
        }
        if german && tokens[dot - 1].kind == .number && tokens[dot - 1].length <= 2 { return false }  // German ordinal
        return true
    }
}

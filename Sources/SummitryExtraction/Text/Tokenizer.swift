/// One token of a text: a word (letters and digits, with inner hyphens, dots of initials excluded,
/// and inner apostrophes), a number, or a single punctuation mark.
///
/// Offsets are Unicode scalar indices into the NFC text, the unit of ``SummitryModel/Evidence``.
/// A token is plain data (no strings: copying one retains nothing); its spelling is in the
/// ``TokenizedText`` it belongs to, at the same index.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct, quote, newline, paragraph

        /// A line break (``newline`` or ``paragraph``).
        var isBreak: Bool { self == .newline || self == .paragraph }
    }

    let kind: Kind
    /// Scalar offsets: `[start, end)`.
    let start: Int
    let end: Int
    /// First scalar is an uppercase letter.
    let isCapitalized: Bool
    /// Every letter is uppercase (and there are at least two).
    let isAllCaps: Bool
    /// The word holds a hyphen (`Nato-Gipfel`, `al-Hadi`); stored because the recognisers ask often.
    let hasHyphen: Bool
    /// The number of ``lower`` in ``RuleWords/vocabulary`` (``WordID/unknown`` if it is not there, and
    /// until ``WordTable/entries(of:)`` has looked the token up): rules test it against ``WordSet``s.
    var word: WordID = .unknown

    /// - Parameter hasHyphen: whether the text holds a hyphen-minus (the tokenizer knows it from its
    ///   scan); kept for words only.
    init(kind: Kind, start: Int, end: Int, isCapitalized: Bool, isAllCaps: Bool, hasHyphen: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.hasHyphen = kind == .word && hasHyphen
    }

    var isWord: Bool { kind == .word }
    var isBreak: Bool { kind.isBreak }
    /// The number of scalars the token spans: the length of its text (`unicodeScalars.count`) for
    /// words, numbers and marks, `'s` included; not for line breaks, whose text is one newline.
    var length: Int { end - start }
}

/// The tokens of a text with their lowercase forms, index for index: `lowers[i]` belongs to
/// `tokens[i]`. A token's spelling is not stored: it is the text's bytes from the token's start to its
/// end (``text(_:)``), but for a line break (`"\n"`) and a possessive (`'s`, also for `’s`).
struct TokenizedText: Sendable {
    var tokens: [Token]
    /// Each token lowercased (words only; the text otherwise).
    var lowers: [String]
    /// The text the tokens' offsets point into.
    let source: ScalarText

    /// No tokens, of `source`.
    init(source: ScalarText) {
        tokens = []
        lowers = []
        self.source = source
    }

    /// Appends a token with its lowercase form.
    @inline(__always) mutating func append(_ token: Token, lower: String) {
        tokens.append(token)
        lowers.append(lower)
    }

    /// Token `i` as written (`"\n"` for a line break, `'s` for either possessive): made from the text's
    /// bytes when asked for.
    /// (Not inlined, nor ``spells(_:_:)``: inlined into the gazetteer's phrase loops, they changed how those
    /// loops were compiled, and each phrase read was copied.)
    @inline(never) func text(_ i: Int) -> String {
        let t = tokens[i]
        if t.kind.isBreak { return "\n" }
        // (A mark spans one scalar but the possessive, which spans two.)
        if t.kind == .punct && t.end - t.start == 2 { return "'s" }
        return source.string(t.start, t.end)
    }

    /// Whether token `i` is spelled `s` (as ``text(_:)`` gives it), compared by bytes without making its text.
    @inline(never) func spells(_ i: Int, _ s: String) -> Bool {
        let t = tokens[i]
        if t.kind.isBreak { return s == "\n" }
        if t.kind == .punct && t.end - t.start == 2 { return s == "'s" }
        return source.bytesEqual(t.start, t.end, s)
    }

    /// Whether token `i` is spelled with the bytes `s` (as ``text(_:)`` gives it): compared in a loop that
    /// calls nothing.
    @inline(__always) func spells(_ i: Int, utf8 s: [UInt8]) -> Bool {
        let t = tokens[i]
        if t.kind.isBreak { return s.count == 1 && s[0] == 0x0A }
        if t.kind == .punct && t.end - t.start == 2 { return s.count == 2 && s[0] == 0x27 && s[1] == 0x73 }
        let from = Int(source.byteOffsets[t.start]), to = Int(source.byteOffsets[t.end])
        guard to - from == s.count else { return false }
        for k in 0 ..< s.count where source.utf8[from + k] != s[k] { return false }
        return true
    }

    /// Whether the last byte of token `i`'s text is `byte` (an ASCII byte; not asked of line breaks and possessives).
    func textEnds(_ i: Int, with byte: UInt8) -> Bool {
        let t = tokens[i]
        return t.end > t.start && source.utf8[Int(source.byteOffsets[t.end]) - 1] == byte
    }

    /// Every token's text, as ``text(_:)`` gives it (for tests and tools: made anew on each call).
    var texts: [String] { tokens.indices.map(text) }

    /// The tokens for which `isIncluded` holds, with their spellings.
    func filter(_ isIncluded: (Token) -> Bool) -> TokenizedText {
        var out = TokenizedText(source: source)
        for i in tokens.indices where isIncluded(tokens[i]) { out.append(tokens[i], lower: lowers[i]) }
        return out
    }
}

/// Splits text into ``Token``s in one pass over its Unicode scalars.
///
/// Words keep inner hyphens (`Nato-Gipfel`, `al-Hadi`) and inner apostrophes (`O'Brien`), but an
/// English possessive `'s`/`’s` and a final apostrophe are split off as their own tokens
/// (`Novak's` → `Novak`, `'s`). A trailing hyphen stays on the word (`Staats-`). Line breaks are
/// tokens (`newline`, or `paragraph` for a blank line) so the sentence splitter can see them.
///
/// - Complexity: O(n) in the number of scalars.
enum Tokenizer {
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            // (Setting bit 5 folds `A`–`Z` onto `a`–`z` and moves no other ASCII byte into that range.)
            return (s.value | 0x20) &- 0x61 < 26
        }
        // Latin-1 letters (À–ÿ but × and ÷), without a Unicode property look-up.
        if s.value >= 0xC0 && s.value <= 0xFF { return s.value != 0xD7 && s.value != 0xF7 }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    /// Whether `s` is an uppercase letter; ASCII and Latin-1 without a Unicode property look-up.
    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v <= 0xFF && v >= 0xC0 { return v <= 0xDE && v != 0xD7 }
        return s.properties.isUppercase
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value &- 0x30 < 10 }

    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }

    @inline(__always) static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        // Single quotation marks are left out: ‘ pairs with ’, which is also the apostrophe.
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": true
        default: false
        }
    }

    /// Tokenizes `scalars` (the NFC text as an array).
    static func tokenize(_ scalars: [Unicode.Scalar]) -> TokenizedText {
        tokenize(ScalarText(scalars: scalars))
    }

    /// Tokenizes `source` (the NFC text); token texts are copied from its UTF-8 bytes.
    static func tokenize(_ source: ScalarText) -> TokenizedText {
        tokenize(source, WordLookUps(words: nil, table: nil)).0
    }

    /// Tokenizes `source`, looking tokens up as `lookUps` says (see ``tokenize(_:words:)``): the
    /// tokens and their entries (``WordEntry``s that know nothing when there is no table).
    static func tokenize(_ source: ScalarText, _ lookUps: WordLookUps) -> (TokenizedText, [WordEntry]) {
        // (The columns are written in place into arrays with room for a token per two scalars, which
        // running text hardly ever fills (about one per four is usual); a text that does is read again
        // with room for a token per scalar, which every text has: each token spans at least one.)
        let n = source.scalars.count
        if let done = TokenColumns.write(capacity: n / 2 + 16, source: source, { scan(source, lookUps, into: &$0) }) { return done }
        return TokenColumns.write(capacity: n + 1, source: source, { scan(source, lookUps, into: &$0) })!
    }

    /// Appends the tokens of `source` to `tokens`; false if they ran out of room.
    private static func scan(_ source: ScalarText, _ lookUps: WordLookUps, into tokens: inout TokenColumns) -> Bool {
        let scalars = source.scalars
        let n = scalars.count
        var i = 0
        while i < n {
            // (Each pass appends one token at most.)
            if tokens.isFull { return false }
            let s = scalars[i]
            if s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" {
                // A run of line breaks: paragraph if it holds two or more newlines.
                var j = i, lines = 0
                while j < n {
                    let c = scalars[j]
                    if c == "\n" || c == "\u{2028}" || c == "\u{2029}" { lines += 1 }
                    else if c == "\r" { if j + 1 >= n || scalars[j + 1] != "\n" { lines += 1 } }
                    else if !(c == " " || c == "\t") { break }
                    j += 1
                }
                var token = Token(kind: lines >= 2 ? .paragraph : .newline, start: i, end: j, isCapitalized: false, isAllCaps: false)
                var entry = WordEntry()
                if let words = lookUps.words { entry = lookUps.record(&token, text: "\n", found: words.mark(0x0A).entry) }
                tokens.append(token, lower: "\n", entry: entry)
                i = j
                continue
            }
            if s == " " || s == "\t" || (s.value >= 0x80 && (s.properties.isWhitespace || s == "\u{FEFF}" || s == "\u{00AD}")) { i += 1; continue }
            if isLetter(s) || isDigit(s) {
                // (Most words are plain ASCII runs: read and appended in one pass over their bytes.)
                if s.value < 0x80, let end = appendPlainASCIIWord(source, at: i, &tokens, lookUps) {
                    i = end
                    continue
                }
                var j = i + 1
                var digitsOnly = isDigit(s)
                while j < n {
                    let c = scalars[j]
                    if isLetter(c) || isDigit(c) {
                        if !isDigit(c) { digitsOnly = false }
                        j += 1
                    } else if (isHyphen(c) || isApostrophe(c)) && j + 1 < n && (isLetter(scalars[j + 1]) || isDigit(scalars[j + 1])) {
                        // Possessive 's ends the word.
                        if isApostrophe(c) && (scalars[j + 1] == "s" || scalars[j + 1] == "S")
                            && (j + 2 >= n || !(isLetter(scalars[j + 2]) || isDigit(scalars[j + 2]))) { break }
                        if isHyphen(c) { digitsOnly = false }
                        j += 2
                    } else if isHyphen(c) && digitsOnly == false && (j + 1 >= n || scalars[j + 1] == " " || scalars[j + 1] == ",") {
                        j += 1  // truncated compound: "Staats- und"
                        break
                    } else if (c == "." || c == ",") && digitsOnly && j + 1 < n && isDigit(scalars[j + 1]) {
                        j += 2  // 7,5 / 1.000
                    } else {
                        break
                    }
                }
                appendWord(source, i, j, number: digitsOnly, &tokens, lookUps)
                i = j
                continue
            }
            if isApostrophe(s) && i + 1 < n && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                && (i + 2 >= n || !(isLetter(scalars[i + 2]) || isDigit(scalars[i + 2]))) && i > 0 && isLetter(scalars[i - 1]) {
                var token = Token(kind: .punct, start: i, end: i + 2, isCapitalized: false, isAllCaps: false)
                let entry = lookUps.lookUp(&token, text: "'s", lower: "'s")
                tokens.append(token, lower: "'s", entry: entry)
                i += 2
                continue
            }
            var token = Token(kind: isQuote(s) ? .quote : .punct, start: i, end: i + 1, isCapitalized: false, isAllCaps: false)
            let text: String, entry: WordEntry
            if s.value < 0x80, let words = lookUps.words {
                // (A one-byte mark: its string and entry are the table's.)
                let mark = words.mark(UInt8(s.value))
                text = mark.text
                entry = lookUps.record(&token, text: text, found: mark.entry)
            } else {
                text = source.string(i, i + 1)
                entry = lookUps.lookUp(&token, text: text, lower: text)
            }
            tokens.append(token, lower: text, entry: entry)
            i += 1
        }
        return true
    }

}

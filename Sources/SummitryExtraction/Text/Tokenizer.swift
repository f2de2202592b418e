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

/// The tokens of a text with their spellings, index for index: `texts[i]` and `lowers[i]` belong
/// to `tokens[i]`.
struct TokenizedText: Sendable {
    var tokens: [Token]
    /// Each token as written (`"\n"` for a line break, `'s` for either possessive).
    var texts: [String]
    /// Each token lowercased (words only; the text otherwise).
    var lowers: [String]

    /// No tokens.
    init() {
        tokens = []
        texts = []
        lowers = []
    }

    /// Appends a token with its spelling.
    @inline(__always) mutating func append(_ token: Token, text: String, lower: String) {
        tokens.append(token)
        texts.append(text)
        lowers.append(lower)
    }

    /// The tokens for which `isIncluded` holds, with their spellings.
    func filter(_ isIncluded: (Token) -> Bool) -> TokenizedText {
        var out = TokenizedText()
        for i in tokens.indices where isIncluded(tokens[i]) { out.append(tokens[i], text: texts[i], lower: lowers[i]) }
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
        var lookUps = WordLookUps(words: nil, table: nil)
        return tokenize(source, &lookUps)
    }

    /// Tokenizes `source` and looks each token up in `words` as it goes: the tokens (with their
    /// ``Token/word`` set) and their entries, as ``WordTable/entries(of:)`` gives them for the
    /// tokens of ``tokenize(_:)-(ScalarText)``.
    ///
    /// A lowercase ASCII word is looked up by its bytes before any string is made: a word the table
    /// knows takes the table's string for its lowercase form (and for its text, if it has no
    /// capital), so most tokens cost neither a new string nor a second hash of it.
    static func tokenize(_ source: ScalarText, words: WordTable) -> (TokenizedText, [WordEntry]) {
        words.withLookUp { table in
            var lookUps = WordLookUps(words: table, table: words)
            lookUps.entries.reserveCapacity(source.scalars.count / 5)
            let tokens = tokenize(source, &lookUps)
            return (tokens, lookUps.entries)
        }
    }

    /// The table the tokenizer looks words up in (none for ``tokenize(_:)-(ScalarText)``) and the
    /// entries found so far.
    private struct WordLookUps {
        /// The table's storage, for the look-ups by bytes.
        let words: WordTable.LookUp?
        /// The table itself, for the look-ups by string (read in place: a copy would retain its arrays).
        let table: WordTable?
        var entries: [WordEntry] = []

        init(words: WordTable.LookUp?, table: WordTable?) {
            self.words = words
            self.table = table
        }

        /// Records the entry of a token of `kind` spelled `text` whose lowercase form `lower` has
        /// not been looked up; sets the token's word number.
        @inline(__always) mutating func lookUp(_ token: inout Token, text: String, lower: String) {
            guard words != nil else { return }
            record(&token, text: text, found: table?.entry(lower))
        }

        /// Records the entry of a token whose lowercase form has the entry `found`.
        @inline(__always) mutating func record(_ token: inout Token, text: String, found: WordEntry?) {
            token.word = found?.word ?? .unknown
            entries.append(WordTable.tokenEntry(kind: token.kind, text: text, found: found))
        }
    }

    private static func tokenize(_ source: ScalarText, _ lookUps: inout WordLookUps) -> TokenizedText {
        let scalars = source.scalars
        var tokens = TokenizedText()
        tokens.tokens.reserveCapacity(scalars.count / 5)
        tokens.texts.reserveCapacity(scalars.count / 5)
        tokens.lowers.reserveCapacity(scalars.count / 5)
        let n = scalars.count
        var i = 0
        while i < n {
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
                if let words = lookUps.words { lookUps.record(&token, text: "\n", found: words.mark(0x0A).entry) }
                tokens.append(token, text: "\n", lower: "\n")
                i = j
                continue
            }
            if s == " " || s == "\t" || (s.value >= 0x80 && (s.properties.isWhitespace || s == "\u{FEFF}" || s == "\u{00AD}")) { i += 1; continue }
            if isLetter(s) || isDigit(s) {
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
                appendWord(source, i, j, number: digitsOnly, &tokens, &lookUps)
                i = j
                continue
            }
            if isApostrophe(s) && i + 1 < n && (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                && (i + 2 >= n || !(isLetter(scalars[i + 2]) || isDigit(scalars[i + 2]))) && i > 0 && isLetter(scalars[i - 1]) {
                var token = Token(kind: .punct, start: i, end: i + 2, isCapitalized: false, isAllCaps: false)
                lookUps.lookUp(&token, text: "'s", lower: "'s")
                tokens.append(token, text: "'s", lower: "'s")
                i += 2
                continue
            }
            var token = Token(kind: isQuote(s) ? .quote : .punct, start: i, end: i + 1, isCapitalized: false, isAllCaps: false)
            let text: String
            if s.value < 0x80, let words = lookUps.words {
                // (A one-byte mark: its string and entry are the table's.)
                let mark = words.mark(UInt8(s.value))
                text = mark.text
                lookUps.record(&token, text: text, found: mark.entry)
            } else {
                text = source.string(i, i + 1)
                lookUps.lookUp(&token, text: text, lower: text)
            }
            tokens.append(token, text: text, lower: text)
            i += 1
        }
        return tokens
    }

    /// Appends the word or number token of scalars `[i, j)` with its text and lowercase form, and
    /// (with a table) its entry.
    ///
    /// An ASCII token is read in one pass over its bytes, which yields its flags and the hash of its
    /// lowercase form; a form the table knows is then the table's string (and the text too, if the
    /// token has no capital), and only the other spellings become new strings.
    @inline(__always)
    private static func appendWord(_ source: ScalarText, _ i: Int, _ j: Int, number: Bool,
                                   _ tokens: inout TokenizedText, _ lookUps: inout WordLookUps) {
        if source.isASCII(i, j) {
            let from = Int(source.byteOffsets[i]), count = j - i
            source.utf8.withUnsafeBufferPointer { all in
                let bytes = UnsafeBufferPointer(rebasing: all[from ..< from + count])
                var upper = 0, letters = 0, hyphen = false
                var hash = WordTable.LookUp.hashSeed
                for v in bytes {
                    var lower = v
                    if v &- 0x41 < 26 { upper += 1; letters += 1; lower = v + 32 } else if v &- 0x61 < 26 { letters += 1 }
                    else if v == 0x2D { hyphen = true }
                    hash = WordTable.LookUp.hash(hash, lower)
                }
                let first = bytes[0]
                var token = number ? Token(kind: .number, start: i, end: j, isCapitalized: false, isAllCaps: false)
                    : Token(kind: .word, start: i, end: j, isCapitalized: first &- 0x41 < 26,
                            isAllCaps: letters >= 2 && upper == letters, hasHyphen: hyphen)
                if let words = lookUps.words, let k = words.index(ofLowercased: bytes, hash: hash) {
                    let lower = words.keyString(k)
                    // (A word with one capital, its first letter, is the table's capitalized form: "Der", "The".)
                    let text = upper == 0 ? lower : upper == 1 && first &- 0x41 < 26 ? words.capitalizedKeyString(k) : source.string(i, j)
                    lookUps.record(&token, text: text, found: words.entry(at: k))
                    tokens.append(token, text: text, lower: lower)
                    return
                }
                let text = source.string(i, j)
                let lower = upper == 0 ? text : String(unsafeUninitializedCapacity: count) { buffer in
                    for k in 0 ..< count {
                        let v = bytes[k]
                        buffer[k] = v &- 0x41 < 26 ? v + 32 : v
                    }
                    return count
                }
                if lookUps.words != nil { lookUps.record(&token, text: text, found: nil) }
                tokens.append(token, text: text, lower: lower)
            }
            return
        }
        let text = source.string(i, j)
        var token: Token, lower = text
        if number {
            token = Token(kind: .number, start: i, end: j, isCapitalized: false, isAllCaps: false)
        } else {
            let scalars = source.scalars
            let cap = isUppercase(scalars[i])
            var letters = 0, upper = 0
            for k in i ..< j where isLetter(scalars[k]) {
                letters += 1
                if isUppercase(scalars[k]) { upper += 1 }
            }
            token = Token(kind: .word, start: i, end: j, isCapitalized: cap, isAllCaps: letters >= 2 && upper == letters,
                          hasHyphen: scalars[i ..< j].contains("-"))
            if cap || upper > 0 { lower = text.latinLowercased() }
        }
        lookUps.lookUp(&token, text: text, lower: lower)
        tokens.append(token, text: text, lower: lower)
    }
}

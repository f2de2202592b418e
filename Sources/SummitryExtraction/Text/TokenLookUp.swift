/// The tokenizer's look-up of every token in the word table as the token is made (see
/// ``Tokenizer/tokenize(_:words:)``): the entries ``WordTable/entries(of:)`` would give afterwards,
/// without a second pass that hashes every lowercase form again, and the table's own strings for
/// the known words instead of new ones.
///
/// - Complexity: O(length of the word) per word, one probe of the table's open addressing.
extension Tokenizer {
    /// Tokenizes `source` and looks each token up in `words` as it goes: the tokens (with their
    /// ``Token/word`` set) and their entries, as ``WordTable/entries(of:)`` gives them for the
    /// tokens of ``tokenize(_:)-(ScalarText)``.
    ///
    /// A lowercase ASCII word is looked up by its bytes before any string is made: a word the table
    /// knows takes the table's string for its lowercase form, so most tokens cost neither a new string
    /// nor a second hash of it. (A token's text is not made: see ``TokenizedText/text(_:)``.)
    static func tokenize(_ source: ScalarText, words: WordTable) -> (TokenizedText, [WordEntry]) {
        words.withLookUp { table in tokenize(source, WordLookUps(words: table, table: words)) }
    }

    /// The table the tokenizer looks words up in (none for ``tokenize(_:)-(ScalarText)``).
    struct WordLookUps {
        /// The table's storage, for the look-ups by bytes.
        let words: WordTable.LookUp?
        /// The table itself, for the look-ups by string (read in place: a copy would retain its arrays).
        let table: WordTable?

        init(words: WordTable.LookUp?, table: WordTable?) {
            self.words = words
            self.table = table
        }

        /// The entry of a token spelled `text` whose lowercase form `lower` has not been looked up
        /// (one that knows nothing without a table); sets the token's word number.
        @inline(__always) func lookUp(_ token: inout Token, text: String, lower: String) -> WordEntry {
            guard words != nil else { return WordEntry() }
            return record(&token, text: text, found: table?.entry(lower))
        }

        /// The entry of a token whose lowercase form has the entry `found`; sets the token's word number.
        /// (`text` is read for marks only, whose lowercase form is their text: either may be given.)
        @inline(__always) func record(_ token: inout Token, text: String, found: WordEntry?) -> WordEntry {
            token.word = found?.word ?? .unknown
            return WordTable.tokenEntry(kind: token.kind, text: text, found: found)
        }
    }

    /// Appends the word or number token of scalars `[i, j)` with its lowercase form, and (with a table)
    /// its entry.
    ///
    /// An ASCII token is read in one pass over its bytes, which yields its flags and the hash of its
    /// lowercase form; a form the table knows is then the table's string, and only the other forms
    /// become new strings.
    @inline(__always)
    static func appendWord(_ source: ScalarText, _ i: Int, _ j: Int, number: Bool,
                           _ tokens: inout TokenColumns, _ lookUps: WordLookUps) {
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
                appendASCIIWord(bytes, i, number: number, upper: upper, letters: letters, hyphen: hyphen, hash: hash, &tokens, lookUps)
            }
            return
        }
        appendOtherWord(source, i, j, number: number, &tokens, lookUps)
    }

    /// Appends the word at scalar `i` of `source` (an ASCII letter or digit there) as
    /// ``appendWord(_:_:_:number:_:_:)`` does, and returns its end, if it is plain: a run of ASCII
    /// letters and digits ended by the end of the text or by an ASCII byte that cannot continue a word
    /// (none of `-`, `'`, `.`, `,`). Otherwise returns nil and appends nothing (the scanner reads the
    /// word scalar by scalar).
    ///
    /// Most words are plain: one pass over their bytes finds their end, flags and hash, which
    /// ``appendWord(_:_:_:number:_:_:)`` would read again.
    @inline(__always)
    static func appendPlainASCIIWord(_ source: ScalarText, at i: Int, _ tokens: inout TokenColumns, _ lookUps: WordLookUps) -> Int? {
        source.utf8.withUnsafeBufferPointer { all -> Int? in
            let from = Int(source.byteOffsets[i])
            var b = from, upper = 0, letters = 0
            var hash = WordTable.LookUp.hashSeed
            while b < all.count {
                var v = all[b]
                if v &- 0x41 < 26 { upper += 1; letters += 1; v += 32 } else if v &- 0x61 < 26 { letters += 1 }
                else if v &- 0x30 >= 10 { break }
                hash = WordTable.LookUp.hash(hash, v)
                b += 1
            }
            // (A hyphen, an apostrophe, a decimal mark or a scalar that is not ASCII may continue the word.)
            if b < all.count {
                let v = all[b]
                if v >= 0x80 || v == 0x2D || v == 0x27 || v == 0x2E || v == 0x2C { return nil }
            }
            let bytes = UnsafeBufferPointer(rebasing: all[from ..< b])
            appendASCIIWord(bytes, i, number: letters == 0, upper: upper, letters: letters, hyphen: false, hash: hash, &tokens, lookUps)
            return i + bytes.count
        }
    }

    /// Appends the ASCII word or number token spelled `bytes` at scalar `i`, given what a pass over
    /// its bytes found: its capitals, its letters, whether it holds a hyphen, the hash of its
    /// lowercase form (``WordTable/LookUp/hash(_:_:)`` from ``WordTable/LookUp/hashSeed``).
    ///
    /// A form the table knows is the table's string; only the other forms become new strings.
    @inline(__always)
    private static func appendASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, number: Bool, upper: Int, letters: Int,
                                        hyphen: Bool, hash: UInt64, _ tokens: inout TokenColumns, _ lookUps: WordLookUps) {
        let count = bytes.count, j = i + count
        let first = bytes[0]
        var token = number ? Token(kind: .number, start: i, end: j, isCapitalized: false, isAllCaps: false)
            : Token(kind: .word, start: i, end: j, isCapitalized: first &- 0x41 < 26,
                    isAllCaps: letters >= 2 && upper == letters, hasHyphen: hyphen)
        if let words = lookUps.words, let k = words.index(ofLowercased: bytes, hash: hash, lowercase: upper == 0) {
            let lower = words.keyString(k)
            let entry = lookUps.record(&token, text: lower, found: words.entry(at: k))
            tokens.append(token, lower: lower, entry: entry)
            return
        }
        // (ASCII bytes are valid UTF-8: copied into a string of their length, they skip the repairing
        // decoder that `ScalarText.string(_:_:)` goes through.)
        let lower = String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0 ..< count {
                let v = bytes[k]
                buffer[k] = v &- 0x41 < 26 ? v + 32 : v
            }
            return count
        }
        let entry = lookUps.words != nil ? lookUps.record(&token, text: lower, found: nil) : WordEntry()
        tokens.append(token, lower: lower, entry: entry)
    }

    /// ``appendWord(_:_:_:number:_:_:)`` for a token that is not ASCII: its flags from its scalars'
    /// properties, its lowercase form made from its bytes, its entry looked up by that string.
    ///
    /// (Not inlined into the ASCII path: the properties' types cost a metadata look-up on entry to
    /// the function that reads them, for every word.)
    @inline(never)
    private static func appendOtherWord(_ source: ScalarText, _ i: Int, _ j: Int, number: Bool,
                                        _ tokens: inout TokenColumns, _ lookUps: WordLookUps) {
        var token: Token, lower: String
        if number {
            token = Token(kind: .number, start: i, end: j, isCapitalized: false, isAllCaps: false)
            lower = source.string(i, j)
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
            // (A word with a capital is lowercased from the source's bytes, without its text made first.)
            lower = cap || upper > 0 ? source.lowercased(i, j) : source.string(i, j)
        }
        let entry = lookUps.lookUp(&token, text: lower, lower: lower)
        tokens.append(token, lower: lower, entry: entry)
    }
}

import Foundation

/// Every lowercase word any per-token table knows, and every word of the rules' vocabulary, with its
/// ``WordEntry``.
///
/// Words are found in an open-addressing table keyed by the bytes of their NFC form, with an FNV-1a
/// hash (Fowler, Noll & Vo). For a word whose scalars are all below U+0300 (ASCII and the Latin
/// letters of German and English news) the word is in NFC, so byte equality is canonical
/// equivalence and the table finds what one `Dictionary` would; other words are looked up in a
/// `Dictionary`, whose `String` keys compare by canonical equivalence.
///
/// - Complexity: one hash look-up per token, O(length of the word).
struct WordTable: Sendable {
    /// The languages with function words, sorted by code: the bit order of ``WordEntry/languages``.
    let languages: [String]
    /// The keys' NFC bytes, one after another; key `k` is `asciiBytes[asciiStart[k] ..< asciiStart[k + 1]]`.
    private let asciiBytes: [UInt8]
    private let asciiStart: [Int32]
    private var asciiEntries: [WordEntry]
    /// Open-addressing slots (a power of two, at most half full): a key index, or -1.
    private let slots: [Int32]
    /// Words that are not ASCII (after NFC normalisation), for words with a scalar from U+0300 on.
    private let others: [String: WordEntry]
    /// Each key as a string (its NFC form), for the tokenizer to hand out instead of building the
    /// same lowercase string again for every token that is a known word (see ``LookUp``).
    /// ... and as it is written at the start of a sentence (its first letter a capital, if it is an
    /// ASCII letter), for a known word written so.
    private let keyStrings: [(lower: String, capitalized: String)]
    /// The entry and the string of each one-byte ASCII token (`,`, `.`, `\n`), by its byte.
    /// (Set last in `init`, from the finished table.)
    private var asciiMarks: [(text: String, entry: WordEntry?)] = []

    /// Collects the entries of the word classes, the gazetteer's phrase heads, the function
    /// words of each language (lowercased, as the language detector reads them) and the words of
    /// ``RuleWords/vocabulary``.
    ///
    /// - Parameter isGermanHead: whether a key (its NFC form) is a German title or meeting noun, or a
    ///   compound ending in one; the keys for which it is false get ``WordEntry/notGermanHead``.
    /// - Parameter isAmbiguous: whether a key (its NFC form) is an ambiguous name
    ///   (``WordEntry/ambiguousName``).
    init(wordClasses: [String: WordClass], gazetteer: Gazetteer, functionWords: [String: [String]],
         isGermanHead: (String) -> Bool = { _ in true }, isAmbiguous: (String) -> Bool = { _ in false }) {
        var table: [String: WordEntry] = [:]
        for (k, word) in RuleWords.vocabulary.enumerated() { table[word, default: .none].word = WordID(index: Int32(k)) }
        for (word, classes) in wordClasses { table[word, default: .none].classes = classes }
        for (word, list) in gazetteer.phraseListIndex { table[word, default: .none].phrases = Int32(list) }
        languages = functionWords.keys.sorted()
        precondition(languages.count <= 32, "at most 32 languages with function words")
        for (k, lang) in languages.enumerated() {
            for w in functionWords[lang] ?? [] { table[w.lowercased(), default: .none].languages |= 1 << UInt32(k) }
        }
        // Sorted keys make the layout the same from run to run.
        var bytes: [UInt8] = [], starts: [Int32] = [0], entries: [WordEntry] = [], others: [String: WordEntry] = [:]
        for key in table.keys.sorted() {
            let normal = TextSource.nfc(key)
            bytes += normal.utf8
            starts.append(Int32(bytes.count))
            // (Only a key found by its bytes, which are then the token's lowercase bytes, is decided.)
            var entry = table[key]!
            if normal.utf8.allSatisfy({ $0 < 0xCC }) {
                entry.notGermanHead = !isGermanHead(normal)
                entry.ambiguousName = isAmbiguous(normal)
            }
            entries.append(entry)
            if !normal.utf8.allSatisfy({ $0 < 0x80 }) { others[key] = table[key]! }
        }
        var size = 16
        while size < 2 * entries.count { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        bytes.withUnsafeBufferPointer { all in
            for k in entries.indices {
                let key = UnsafeBufferPointer(rebasing: all[Int(starts[k]) ..< Int(starts[k + 1])])
                var h = Int(truncatingIfNeeded: Self.hash(key)) & (size - 1)
                while slots[h] >= 0 { h = (h + 1) & (size - 1) }
                slots[h] = Int32(k)
            }
        }
        asciiBytes = bytes
        asciiStart = starts
        asciiEntries = entries
        self.slots = slots
        self.others = others
        keyStrings = entries.indices.map { k in
            var key = Array(bytes[Int(starts[k]) ..< Int(starts[k + 1])])
            let lower = String(decoding: key, as: UTF8.self)
            if let first = key.first, first &- 0x61 < 26 { key[0] = first - 32 }
            return (lower, String(decoding: key, as: UTF8.self))
        }
        asciiMarks = (0 ..< 128).map { b in
            let text = String(Unicode.Scalar(UInt8(b)))
            return (text, entry(text))
        }
    }

    /// Sets ``WordEntry/notPersonFirstWord`` on each key found by its bytes (those below 0xCC) that
    /// `isPersonFirstWord` says opens no known person's name, and clears it on the others: called
    /// whenever the known people change (``Lexicons/addPeople(_:)``), as they are added after the table is made.
    /// - Parameter isPersonFirstWord: whether a key (its NFC form) opens a known public figure's name.
    mutating func decidePersonFirstWords(_ isPersonFirstWord: (String) -> Bool) {
        for k in asciiEntries.indices {
            let key = keyStrings[k].lower
            guard key.utf8.allSatisfy({ $0 < 0xCC }) else { continue }
            asciiEntries[k].notPersonFirstWord = !isPersonFirstWord(key)
        }
        // (The one-byte marks carry copies of their entries.)
        asciiMarks = (0 ..< 128).map { b in
            let text = String(Unicode.Scalar(UInt8(b)))
            return (text, entry(text))
        }
    }

    /// FNV-1a over bytes, with its high bits folded into the low ones (the slot index).
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let h = fnv1a(bytes).hash
        return h ^ (h >> 29)
    }

    /// FNV-1a over bytes, and the largest byte.
    @inline(__always) private static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, top: UInt8) {
        var h = LookUp.hashSeed
        var top: UInt8 = 0
        for b in bytes {
            top = max(top, b)
            h = LookUp.hash(h, b)
        }
        return (h, top)
    }

    /// The entry of `word`, or nil if no table lists it.
    func entry(_ word: String) -> WordEntry? {
        let k = word.withUTF8Bytes { byteKey($0) }
        if k >= 0 { return asciiEntries[k] }
        return k == Self.notNFC ? others[word] : nil
    }

    private static let notNFC = -2

    /// The entry a token of `kind` with spelling `text` gets in ``entries(of:)``, given the entry
    /// `found` for its lowercase form: that entry for words, numbers and the apostrophe token, for
    /// the others only its word number.
    @inline(__always) static func tokenEntry(kind: Token.Kind, text: String, found: WordEntry?) -> WordEntry {
        if kind == .word || kind == .number || text == "'", let found { return found }
        return WordEntry(word: found?.word ?? .unknown)
    }

    /// The index of the key whose bytes are `b`; -1 if there is none, ``notNFC`` if `b` holds a
    /// scalar from U+0300 on (a lead byte from 0xCC on), for which the bytes may not be NFC.
    ///
    /// One pass over the bytes both hashes them and finds their largest byte; the tables are read
    /// through buffer pointers (the loop runs once per token of every document).
    private func byteKey(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var (h, top) = Self.fnv1a(b)
        // (Below U+0300 every scalar is in NFC and starts no combining sequence: the bytes are NFC.)
        if top >= 0xCC { return Self.notNFC }
        h ^= h >> 29
        return slots.withUnsafeBufferPointer { slots in
            asciiStart.withUnsafeBufferPointer { starts in
                asciiBytes.withUnsafeBufferPointer { all in Self.probe(b, hash: h, slots: slots, starts: starts, bytes: all) }
            }
        }
    }

    /// The index of the key whose bytes are `b`, hashed to `h`, or -1: the open-addressing probe.
    @inline(__always) fileprivate static func probe(_ b: UnsafeBufferPointer<UInt8>, hash h: UInt64, slots: UnsafeBufferPointer<Int32>,
                                                    starts: UnsafeBufferPointer<Int32>, bytes all: UnsafeBufferPointer<UInt8>) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[slot])
            if k < 0 { return -1 }
            let from = Int(starts[k]), to = Int(starts[k + 1])
            if to - from == b.count, b.isEmpty || memcmp(all.baseAddress! + from, b.baseAddress!, b.count) == 0 { return k }
            slot = (slot + 1) & mask
        }
    }

    /// The entry of each token that the tables can know: words, numbers and the apostrophe token
    /// (``WordEntry/none`` for the others, and for words no table lists); and each token's
    /// ``Token/word``, the number of its lowercase form in ``RuleWords/vocabulary``, for every kind.
    func entries(of text: inout TokenizedText) -> [WordEntry] {
        var out: [WordEntry] = []
        out.reserveCapacity(text.tokens.count)
        for i in text.tokens.indices {
            let found = entry(text.lowers[i])
            text.tokens[i].word = found?.word ?? .unknown
            out.append(Self.tokenEntry(kind: text.tokens[i].kind, text: text.lowers[i], found: found))
        }
        return out
    }
}

extension WordTable {
    /// The table's storage borrowed as buffer pointers, for the tokenizer's look-up of every token:
    /// plain data (pointers only), so copying it retains nothing. Valid only inside ``withLookUp(_:)``.
    struct LookUp {
        fileprivate let slots: UnsafeBufferPointer<Int32>
        fileprivate let starts: UnsafeBufferPointer<Int32>
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let entries: UnsafeBufferPointer<WordEntry>
        fileprivate let keyStrings: UnsafeBufferPointer<(lower: String, capitalized: String)>
        fileprivate let marks: UnsafeBufferPointer<(text: String, entry: WordEntry?)>

        /// The FNV-1a hash of no bytes, for ``hash(_:_:)``.
        static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

        /// `hash` extended by `byte` (FNV-1a, as the table hashes its keys).
        @inline(__always) static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
            (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }

        /// The index of the key equal to `b` lowercased (ASCII letters only), given `hash`, the hash
        /// of the lowercase bytes by ``hash(_:_:)`` from ``hashSeed``; nil if there is none: what
        /// ``WordTable/entry(_:)`` finds for the lowercase string.
        /// - Parameter lowercase: `b` holds no capital letter (is its own lowercase form): its bytes are
        ///   compared as they are, at once.
        /// - Precondition: every byte of `b` is below 0x80 (ASCII is NFC).
        @inline(__always) func index(ofLowercased b: UnsafeBufferPointer<UInt8>, hash: UInt64, lowercase: Bool = false) -> Int? {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while true {
                let k = Int(slots[slot])
                if k < 0 { return nil }
                let from = Int(starts[k])
                if Int(starts[k + 1]) - from == b.count {
                    var equal = true
                    if lowercase {
                        equal = b.isEmpty || memcmp(bytes.baseAddress! + from, b.baseAddress!, b.count) == 0
                    } else {
                        for m in 0 ..< b.count {
                            let v = b[m]
                            if bytes[from + m] != (v &- 0x41 < 26 ? v + 32 : v) { equal = false; break }
                        }
                    }
                    if equal { return k }
                }
                slot = (slot + 1) & mask
            }
        }

        /// The entry of key `k` (an index from ``index(ofLowercased:hash:lowercase:)``).
        @inline(__always) func entry(at k: Int) -> WordEntry { entries[k] }

        /// The string of key `k`: equal to the lowercase bytes ``index(ofLowercased:hash:lowercase:)`` found it by.
        @inline(__always) func keyString(_ k: Int) -> String { keyStrings[k].lower }

        /// The string of key `k` with its first letter a capital: the text of a token whose lowercase
        /// form is key `k` and whose only capital is its first letter (an ASCII letter).
        @inline(__always) func capitalizedKeyString(_ k: Int) -> String { keyStrings[k].capitalized }

        /// The string of the one-byte ASCII token `byte` and its entry (as ``WordTable/entry(_:)`` gives it).
        @inline(__always) func mark(_ byte: UInt8) -> (text: String, entry: WordEntry?) { marks[Int(byte)] }
    }

    /// Calls `body` with the table's storage borrowed (see ``LookUp``).
    func withLookUp<R>(_ body: (LookUp) throws -> R) rethrows -> R {
        try slots.withUnsafeBufferPointer { slots in
            try asciiStart.withUnsafeBufferPointer { starts in
                try asciiBytes.withUnsafeBufferPointer { bytes in
                    try asciiEntries.withUnsafeBufferPointer { entries in
                        try keyStrings.withUnsafeBufferPointer { keyStrings in
                            try asciiMarks.withUnsafeBufferPointer { marks in
                                try body(LookUp(slots: slots, starts: starts, bytes: bytes, entries: entries, keyStrings: keyStrings,
                                                marks: marks))
                            }
                        }
                    }
                }
            }
        }
    }
}

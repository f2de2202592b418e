/// What a lexicon phrase stands for.
enum Entity: Hashable, Sendable {
    enum CountryForm: UInt8, Sendable { case name, adjective, demonym, genitive }
    case country(String, CountryForm)
    /// A city: its display name, its country, whether a bare mention is enough (major, unambiguous).
    case place(name: String, iso: String, strong: Bool)
    case organization(String)
    case agency
    case title(Int)
    case meetingNoun(Int)
}

/// A dictionary of multi-token phrases matched against a token stream, longest first.
///
/// Phrases are stored by their lowercased first token; a match checks the following tokens. Phrases
/// written in capitals of up to four letters (`US`, `EU`, `UN`) match only in capitals, so `us` and
/// `un-` never do.
///
/// - Complexity: one hash look-up per token, plus the candidates starting there.
struct Gazetteer: Sendable {
    struct Phrase: Sendable {
        var tokens: [String]
        var exact: [String]?
        /// The NFC UTF-8 bytes of each of ``exact``: a token of the (NFC) text is spelled as an exact word if
        /// it has its bytes.
        let exactUTF8: [[UInt8]]?
        var entity: Entity
        /// The UTF-8 length of each of ``tokens`` that is ASCII, -1 for the others: a token of the (NFC) text
        /// equal to an ASCII word has its bytes, so one of another length is not compared.
        var asciiLengths: [Int]
        /// The number of ``tokens``, and ``Gazetteer/wordKey(_:)`` of the second (0 if there is none):
        /// read before the phrase is compared, so that most phrases of a list are passed over by two
        /// comparisons of integers.
        let count: Int
        let secondKey: UInt64

        init(tokens: [String], exact: [String]?, entity: Entity) {
            self.tokens = tokens
            self.exact = exact
            exactUTF8 = exact?.map { Array(TextSource.nfc($0).utf8) }
            self.entity = entity
            asciiLengths = tokens.map { $0.utf8.allSatisfy { $0 < 0x80 } ? $0.utf8.count : -1 }
            count = tokens.count
            secondKey = tokens.count > 1 ? Gazetteer.wordKey(tokens[1]) : 0
        }

        /// Whether the phrase may match at a token with `room` tokens up to the limit (itself
        /// included), followed by a token whose lowercase form has key `next` (``Gazetteer/wordKey(_:)``;
        /// anything if `room` is 1): false only if ``Gazetteer/phrase(_:matches:at:limit:)`` is false.
        @inline(__always) func mayMatch(room: Int, next: UInt64) -> Bool {
            count <= room && (secondKey == 0 || secondKey == next)
        }
    }

    /// A key of a lowercase word for the phrases' pre-check: 0 if the word holds a non-ASCII byte,
    /// else an FNV-1a hash of its bytes with the lowest bit set (never 0).
    ///
    /// Equal words of an NFC text and a phrase have equal keys when the phrase's word is ASCII: NFC
    /// text holds no other spelling of an ASCII word (as ``Phrase/asciiLengths`` assumes). A phrase word
    /// that is not ASCII has key 0, which any word may match; a text word that is not ASCII has key 0,
    /// which only such phrase words match.
    /// - Complexity: O(`word.utf8.count`), no allocation.
    static func wordKey(_ word: String) -> UInt64 {
        word.withUTF8Bytes { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes {
                if b >= 0x80 { return 0 }
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            return h | 1
        }
    }

    /// Phrase lists, each holding the phrases of one first token, longest first.
    private var lists: [[Phrase]] = []
    /// The index in ``lists`` of each lowercased first token's list.
    /// (Looked up for the phrase heads of every text: found by an FNV-1a hash of the word's bytes, see ``TextKeyTable``.)
    private(set) var phraseListIndex = TextKeyTable<Int>()

    /// Adds `text` (tokenized as running text is) for `entity`.
    mutating func add(_ text: String, _ entity: Entity) {
        // (The text's scalars and bytes are read from the text itself: made from an array of its scalars, they
        // were the same, after a string was rebuilt from them scalar by scalar.)
        let toks = Tokenizer.tokenize(ScalarText(text)).filter { !$0.isBreak }
        guard let first = toks.lowers.first else { return }
        let caseSensitive = Self.isShortCapitals(text)
        let phrase = Phrase(tokens: toks.lowers, exact: caseSensitive ? toks.texts : nil, entity: entity)
        let index: Int
        if let k = phraseListIndex[first] {
            index = k
        } else {
            index = lists.count
            lists.append([])
            phraseListIndex.set(first, to: index)
        }
        if lists[index].contains(where: { $0.tokens == phrase.tokens && $0.entity == entity && $0.exact == phrase.exact }) { return }
        lists[index].append(phrase)
        lists[index].sort { $0.tokens.count > $1.tokens.count }  // longest first, stable for equal lengths
    }

    /// Whether `text` has two to four letters (alphabetic scalars), all capitals (`US`, `EU`, `UN`): a phrase
    /// that matches only in capitals.
    /// (Read scalar by scalar, up to the fifth letter or the first that is not a capital; an ASCII scalar is a
    /// letter if it is one of `A`–`Z` and `a`–`z`, and a capital if it is one of `A`–`Z`, as its Unicode
    /// properties say, without looking them up.)
    static func isShortCapitals(_ text: String) -> Bool {
        var letters = 0
        for u in text.unicodeScalars {
            let letter: Bool, capital: Bool
            if u.isASCII {
                capital = u.value &- 0x41 < 26
                letter = capital || u.value &- 0x61 < 26
            } else {
                letter = u.properties.isAlphabetic
                capital = letter && u.properties.isUppercase
            }
            guard letter else { continue }
            letters += 1
            if letters > 4 || !capital { return false }
        }
        return letters >= 2
    }

    /// Whether `p` matches the tokens from `i` on, ending before `limit`: the same words (and the same
    /// case for case-sensitive phrases), adjacent or separated by plain spaces only (no line breaks).
    ///
    /// The first word is not compared again: `p` comes from the list of token `i`'s lowercase form.
    /// The spelling of a case-sensitive phrase is compared apart (``spelledExactly(_:_:at:)``).
    private func phrase(_ p: Phrase, matches text: TokenizedText, at i: Int, limit: Int) -> Bool {
        let k = p.tokens.count
        guard i + k <= limit else { return false }
        for j in 0 ..< k {
            // (NFC text holds no scalar equal to an ASCII one but that one: lengths that differ tell words apart
            // before they are compared.)
            if j > 0 && ((p.asciiLengths[j] >= 0 && text.lowers[i + j].utf8.count != p.asciiLengths[j]) || text.lowers[i + j] != p.tokens[j]) {
                return false
            }
            if j > 0 && text.tokens[i + j].start - text.tokens[i + j - 1].end > 2 { return false }
        }
        return true
    }

    /// Whether the tokens from `i` on are spelled with the bytes of `exact`, one entry per token
    /// (``Phrase/exactUTF8``; nil for a phrase that matches in any case).
    ///
    /// (Asked apart from ``phrase(_:matches:at:limit:)``, and only of a phrase that matched: in the loops over
    /// a list, reading the text's bytes there had each phrase copied before it was compared.)
    @inline(never)
    private static func spelledExactly(_ exact: [[UInt8]]?, _ text: TokenizedText, at i: Int) -> Bool {
        guard let exact else { return true }
        return exact.indices.allSatisfy { text.spells(i + $0, utf8: exact[$0]) }
    }

    /// The longest phrase matching at token `i` that `accept` takes, without allocating.
    func longestMatch(_ text: TokenizedText, at i: Int, limit: Int, accept: (Entity, Int) -> Bool) -> (Entity, Int)? {
        guard let list = phraseListIndex[text.lowers[i]] else { return nil }
        return longestMatch(list: list, text, at: i, limit: limit, accept: accept)
    }

    /// ``longestMatch(_:at:limit:accept:)`` with the phrase list of token `i` already looked up
    /// (``WordEntry/phrases``; -1 for none).
    func longestMatch(list: Int, _ text: TokenizedText, at i: Int, limit: Int, accept: (Entity, Int) -> Bool) -> (Entity, Int)? {
        guard list >= 0 else { return nil }
        // Phrases are read in place: copying one would retain its strings and arrays.
        // (Most phrases of a list are passed over by their length and their second word's key, without
        // reading their words: the key of the text's next word is made once.)
        let room = limit - i
        let next = room > 1 ? Self.wordKey(text.lowers[i + 1]) : 0
        return lists[list].withUnsafeBufferPointer { phrases in
            for n in phrases.indices where phrases[n].mayMatch(room: room, next: next) && phrase(phrases[n], matches: text, at: i, limit: limit)
                && Self.spelledExactly(phrases[n].exactUTF8, text, at: i) {
                if accept(phrases[n].entity, phrases[n].tokens.count) { return (phrases[n].entity, phrases[n].tokens.count) }
            }
            return nil
        }
    }

    /// Whether a phrase matching at token `i` satisfies `predicate` (entity, token count): what
    /// `matches(_:at:limit:).contains(where:)` answers, without building and sorting the list.
    func hasMatch(_ text: TokenizedText, at i: Int, limit: Int, where predicate: (Entity, Int) -> Bool) -> Bool {
        guard let list = phraseListIndex[text.lowers[i]] else { return false }
        // Phrases are read in place: copying one would retain its strings and arrays.
        return lists[list].withUnsafeBufferPointer { phrases in
            phrases.indices.contains { n in
                phrase(phrases[n], matches: text, at: i, limit: limit) && Self.spelledExactly(phrases[n].exactUTF8, text, at: i)
                    && predicate(phrases[n].entity, phrases[n].tokens.count)
            }
        }
    }

    /// The first phrase matching at token `i`, in the order of ``matches(_:at:limit:)``, that `select`
    /// maps to a value, and that value: `matches(…).lazy.compactMap(select).first`, without building and
    /// sorting the list (each list is kept longest first, the order that sort gives).
    func firstMatch<T>(_ text: TokenizedText, at i: Int, limit: Int, _ select: (Entity, Int) -> T?) -> T? {
        guard let list = phraseListIndex[text.lowers[i]] else { return nil }
        // Phrases are read in place: copying one would retain its strings and arrays.
        return lists[list].withUnsafeBufferPointer { phrases in
            for n in phrases.indices where phrase(phrases[n], matches: text, at: i, limit: limit) && Self.spelledExactly(phrases[n].exactUTF8, text, at: i) {
                if let value = select(phrases[n].entity, phrases[n].tokens.count) { return value }
            }
            return nil
        }
    }

    /// The phrases matching at token `i`, longest match first: (entity, token count).
    func matches(_ text: TokenizedText, at i: Int, limit: Int) -> [(Entity, Int)] {
        guard let list = phraseListIndex[text.lowers[i]] else { return [] }
        var out: [(Entity, Int)] = []
        for p in lists[list] where phrase(p, matches: text, at: i, limit: limit) && Self.spelledExactly(p.exactUTF8, text, at: i) {
            out.append((p.entity, p.tokens.count))
        }
        out.sort { $0.1 > $1.1 }
        return out
    }
}

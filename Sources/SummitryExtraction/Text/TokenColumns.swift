/// The tokenizer's output while it is written: the columns of a ``TokenizedText`` and its
/// entries (tokens, lowercase forms, ``WordEntry``s), index for index, written in place
/// into the storage of the arrays that become those columns.
///
/// Appending to four arrays costs four uniqueness and capacity checks per token (and a retain of
/// each string stored), and the arrays grow by copying. Here the arrays are made with a fixed room
/// (``write(capacity:_:)``), a token is four stores, and nothing is copied afterwards; the writer
/// asks ``isFull`` before each token and, if the room runs out, gives up, to be run again with
/// more room.
///
/// Not copyable: a copy would write the same storage with a count of its own.
///
/// - Complexity: ``append(_:lower:entry:)`` O(1).
struct TokenColumns: ~Copyable {
    private let tokens: UnsafeMutablePointer<Token>
    private let lowers: UnsafeMutablePointer<String>
    private let entries: UnsafeMutablePointer<WordEntry>
    /// The number of tokens appended.
    private(set) var count = 0
    /// The number of tokens there is room for.
    let capacity: Int

    private init(tokens: UnsafeMutablePointer<Token>, lowers: UnsafeMutablePointer<String>,
                 entries: UnsafeMutablePointer<WordEntry>, capacity: Int) {
        self.tokens = tokens
        self.lowers = lowers
        self.entries = entries
        self.capacity = capacity
    }

    /// Whether there is no room for another token.
    @inline(__always) var isFull: Bool { count == capacity }

    /// Appends a token with its lowercase form and its entry.
    /// - Precondition: not ``isFull``.
    @inline(__always) mutating func append(_ token: Token, lower: String, entry: WordEntry) {
        precondition(count < capacity, "no room for another token")
        (tokens + count).initialize(to: token)
        (lowers + count).initialize(to: lower)
        (entries + count).initialize(to: entry)
        count += 1
    }

    /// Calls `body` with empty columns that have room for `capacity` tokens (at least one) and
    /// returns what it appended, as a ``TokenizedText`` and its entries; nil if `body` returns
    /// false (it ran out of room), in which case what it appended is dropped.
    static func write(capacity: Int, source: ScalarText, _ body: (inout TokenColumns) -> Bool) -> (TokenizedText, [WordEntry])? {
        let room = Swift.max(capacity, 1)
        var done = false
        var lowers: [String] = [], entries: [WordEntry] = []
        // (Each array is made with room for every token and told at the end how many it holds.)
        let tokens = [Token](unsafeUninitializedCapacity: room) { tokenStorage, tokenCount in
            lowers = [String](unsafeUninitializedCapacity: room) { lowerStorage, lowerCount in
                entries = [WordEntry](unsafeUninitializedCapacity: room) { entryStorage, entryCount in
                    var columns = TokenColumns(tokens: tokenStorage.baseAddress!, lowers: lowerStorage.baseAddress!,
                                               entries: entryStorage.baseAddress!, capacity: room)
                    done = body(&columns)
                    tokenCount = columns.count
                    lowerCount = columns.count
                    entryCount = columns.count
                }
            }
        }
        guard done else { return nil }
        var text = TokenizedText(source: source)
        text.tokens = tokens
        text.lowers = lowers
        return (text, entries)
    }
}

/// A document's actors by key (a folded surname key, or the last folded word of a name): what
/// ``DocumentAnalysis/actorsByKey`` and ``DocumentAnalysis/actorsByLast`` answer, a list of actor
/// numbers per key in the order they were added, each actor once.
///
/// It replaces a `[String: [Int]]` that every new actor changed through its `subscript(_:default:)`
/// (a SipHash of the key, the accessor, a dynamic exclusivity check on the analysis): keys are
/// found in an open-addressing table by an FNV-1a hash of their bytes (Fowler, Noll & Vo), which the
/// analysis holds as a constant.
///
/// Keys compare as strings do (by canonical equivalence), as a dictionary's, and are hashed as
/// ``TextKeyTable`` hashes them (the bytes of their NFC form), in the same ``KeySlots``. (Not a ``TextKeyTable``
/// of lists itself: changing a list through the table's accessor cost more than this index's own list array.)
///
/// Only looked up by key, never walked: the table's layout changes no result. The lists share one
/// array of entries, each chained to the next of its key.
///
/// - Complexity: ``add(_:for:)`` and ``subscript(_:)`` O(length of the key) expected, plus the
///   length of the key's list for ``add(_:for:)``.
final class ActorKeyIndex {
    /// One actor in a key's list, and the next entry of that list (-1 after the last).
    private struct Entry {
        var actor: Int
        var next: Int32
    }

    // (The storage is read and written only by this single-threaded analysis's own calls, one at a
    // time: unchecked, so that an access costs no dynamic exclusivity check.)
    /// The keys and where they are.
    @exclusivity(unchecked) private var table: KeySlots
    /// Each key's first and last entry in ``entries``, index for index with the keys.
    @exclusivity(unchecked) private var firstEntry: [Int32] = []
    @exclusivity(unchecked) private var lastEntry: [Int32] = []
    /// Every key's list, chained through ``Entry/next`` in one array: a new key costs no array of
    /// its own (one allocation per key, and one free per key when the document is done, for a
    /// `[[Int]]`), and freeing the index frees three arrays of plain integers whatever its keys.
    @exclusivity(unchecked) private var entries: [Entry] = []

    /// An empty index with room for `capacity` keys before it grows.
    init(capacity: Int = 16) {
        table = KeySlots(capacity: capacity)
        firstEntry.reserveCapacity(capacity)
        lastEntry.reserveCapacity(capacity)
        entries.reserveCapacity(capacity)
    }

    /// The number of keys.
    var count: Int { table.keys.count }

    /// Whether no key has been added.
    var isEmpty: Bool { table.keys.isEmpty }

    /// The actors added for `key` (one equal to it as a string), in the order they were added; nil if none.
    /// - Complexity: O(length of the key) expected, plus the length of its list (made into an array).
    subscript(key: String) -> [Int]? {
        var list: [Int] = []
        return appendActors(of: key, to: &list) ? list : nil
    }

    /// Appends the actors added for `key` to `list`, in the order they were added (what
    /// ``subscript(_:)`` answers, without an array of their own); whether the key has any.
    /// - Complexity: O(length of the key) expected, plus the length of its list.
    @discardableResult
    func appendActors(of key: String, to list: inout [Int]) -> Bool {
        let k = table.find(key, hash: Self.hash(key)).key
        guard k >= 0 else { return false }
        var e = Int(firstEntry[k])
        while e >= 0 {
            list.append(entries[e].actor)
            e = Int(entries[e].next)
        }
        return true
    }

    /// Whether some actor was added for `key` (``subscript(_:)`` is not nil), without making its list.
    /// - Complexity: O(length of the key) expected.
    func contains(_ key: String) -> Bool {
        table.find(key, hash: Self.hash(key)).key >= 0
    }

    /// Adds actor `a` to the list of `key` unless it is there; whether it was added.
    @discardableResult
    func add(_ a: Int, for key: String) -> Bool {
        let h = Self.hash(key)
        let (k, slot) = table.find(key, hash: h)
        let new = Int32(entries.count)
        if k >= 0 {
            var e = Int(firstEntry[k])
            while e >= 0 {
                if entries[e].actor == a { return false }
                e = Int(entries[e].next)
            }
            entries.append(Entry(actor: a, next: -1))
            entries[Int(lastEntry[k])].next = new
            lastEntry[k] = new
            return true
        }
        table.insert(key, hash: h, at: slot)
        entries.append(Entry(actor: a, next: -1))
        firstEntry.append(new)
        lastEntry.append(new)
        return true
    }

    /// FNV-1a over the UTF-8 bytes of `key`'s NFC form: ``TextKeyTable/hash(_:)``.
    @inline(__always) static func hash(_ key: String) -> UInt64 { TextKeyTable<[Int]>.hash(key) }
}

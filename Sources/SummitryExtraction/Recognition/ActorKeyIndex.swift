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
/// Only looked up by key, never walked: the table's layout changes no result.
///
/// - Complexity: ``add(_:for:)`` and ``subscript(_:)`` O(length of the key) expected, plus the
///   length of the key's list for ``add(_:for:)``.
final class ActorKeyIndex {
    // (The storage is read and written only by this single-threaded analysis's own calls, one at a
    // time: unchecked, so that an access costs no dynamic exclusivity check.)
    /// The keys and where they are.
    @exclusivity(unchecked) private var table: KeySlots
    /// Each key's actors, index for index.
    @exclusivity(unchecked) private var lists: [[Int]] = []

    /// An empty index with room for `capacity` keys before it grows.
    init(capacity: Int = 16) {
        table = KeySlots(capacity: capacity)
        lists.reserveCapacity(capacity)
    }

    /// The number of keys.
    var count: Int { table.keys.count }

    /// Whether no key has been added.
    var isEmpty: Bool { table.keys.isEmpty }

    /// The actors added for `key` (one equal to it as a string), in the order they were added; nil if none.
    subscript(key: String) -> [Int]? {
        let h = Self.hash(key)
        let k = table.find(key, hash: h).key
        return k >= 0 ? lists[k] : nil
    }

    /// Adds actor `a` to the list of `key` unless it is there; whether it was added.
    @discardableResult
    func add(_ a: Int, for key: String) -> Bool {
        let h = Self.hash(key)
        let (k, slot) = table.find(key, hash: h)
        if k >= 0 {
            if lists[k].contains(a) { return false }
            lists[k].append(a)
            return true
        }
        table.insert(key, hash: h, at: slot)
        lists.append([a])
        return true
    }

    /// FNV-1a over the UTF-8 bytes of `key`'s NFC form: ``TextKeyTable/hash(_:)``.
    @inline(__always) static func hash(_ key: String) -> UInt64 { TextKeyTable<[Int]>.hash(key) }
}

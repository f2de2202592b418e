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
/// ``TextKeyTable`` hashes them (the bytes of their NFC form). (Not a ``TextKeyTable`` of lists
/// itself: changing a list through the table's accessor cost more than this table's own arrays.)
///
/// Only looked up by key, never walked: the table's layout changes no result.
///
/// - Complexity: ``add(_:for:)`` and ``subscript(_:)`` O(length of the key) expected, plus the
///   length of the key's list for ``add(_:for:)``.
final class ActorKeyIndex {
    // (The storage is read and written only by this single-threaded analysis's own calls, one at a
    // time: unchecked, so that an access costs no dynamic exclusivity check.)
    /// Open-addressing slots (a power of two, at most half full): an index into ``keys``, or -1.
    @exclusivity(unchecked) private var slots: [Int32]
    @exclusivity(unchecked) private var keys: [String] = []
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var lists: [[Int]] = []

    /// An empty index with room for `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        // (Room for the keys at once: growing three arrays from one by doubling cost more than the look-ups.)
        keys.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        lists.reserveCapacity(capacity)
    }

    /// The number of keys.
    var count: Int { keys.count }

    /// Whether no key has been added.
    var isEmpty: Bool { keys.isEmpty }

    /// The actors added for `key` (one equal to it as a string), in the order they were added; nil if none.
    subscript(key: String) -> [Int]? {
        let h = Self.hash(key)
        let k = find(key, hash: h).key
        return k >= 0 ? lists[k] : nil
    }

    /// Adds actor `a` to the list of `key` unless it is there; whether it was added.
    @discardableResult
    func add(_ a: Int, for key: String) -> Bool {
        let h = Self.hash(key)
        let (k, slot) = find(key, hash: h)
        if k >= 0 {
            if lists[k].contains(a) { return false }
            lists[k].append(a)
            return true
        }
        slots[slot] = Int32(keys.count)
        keys.append(key)
        hashes.append(h)
        lists.append([a])
        if 2 * keys.count > slots.count { grow() }
        return true
    }

    /// The index of `key` (hashed to `h`) in ``keys``, or -1 and the free slot where it would go.
    @inline(__always) private func find(_ key: String, hash h: UInt64) -> (key: Int, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let k = Int(slots[slot])
            if k < 0 { return (-1, slot) }
            if hashes[k] == h && keys[k] == key { return (k, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the slots and places every key again.
    private func grow() {
        let size = 2 * slots.count, mask = size - 1
        var grown = [Int32](repeating: -1, count: size)
        for k in hashes.indices {
            let h = hashes[k]
            var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while grown[slot] >= 0 { slot = (slot + 1) & mask }
            grown[slot] = Int32(k)
        }
        slots = grown
    }

    /// FNV-1a over the UTF-8 bytes of `key`'s NFC form: ``TextKeyTable/hash(_:)``.
    @inline(__always) static func hash(_ key: String) -> UInt64 { TextKeyTable<[Int]>.hash(key) }
}

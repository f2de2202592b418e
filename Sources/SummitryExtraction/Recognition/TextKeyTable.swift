/// A table from strings to values, for the few dozen or few hundred keys one document makes (its
/// candidate names, its actors' keys) and for the lexicons' tables the rules look words up in: what a
/// `[String: Value]` answers for keys added and looked up, with the values kept in the order their keys
/// were first added.
///
/// A `Dictionary` hashes each key with SipHash and goes through its accessors; here keys are found
/// in an open-addressing table by an FNV-1a hash of their bytes (Fowler, Noll & Vo), and a key is
/// hashed once per ``update(_:default:_:)``, however the value changes.
///
/// Keys compare as strings do (by canonical equivalence), as a dictionary's: a key whose UTF-8
/// bytes are all below 0xCC (scalars below U+0300) is its own NFC form and is hashed by its bytes;
/// another key is hashed by the bytes of its NFC form (``TextSource/nfc(_:)``), so that equal keys
/// hash alike.
///
/// - Complexity: ``update(_:default:_:)`` and ``subscript(_:)`` O(length of the key) expected.
struct TextKeyTable<Value>: Sequence {
    /// The keys and where they are.
    private var table: KeySlots
    /// The keys, in the order they were first added.
    var keys: [String] { table.keys }
    /// The value of each of ``keys``, index for index.
    private(set) var values: [Value] = []

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 16) {
        table = KeySlots(capacity: capacity)
        values.reserveCapacity(capacity)
    }

    /// The number of keys.
    var count: Int { table.keys.count }

    /// The value of `key` (a key equal to it as a string), or nil if it has none.
    subscript(key: String) -> Value? {
        let k = table.find(key, hash: Self.hash(key)).key
        return k >= 0 ? values[k] : nil
    }

    /// The value of the phrase `a b` (the words joined by a space), as `self[a + " " + b]` answers; the phrase
    /// is made only if a key has its hash (or if a byte is 0xCC or above, where the hash is the NFC form's).
    subscript(_ a: String, _ b: String) -> Value? {
        guard let h = TextKeySet.phraseHash(a, b, nil) else { return self[a + " " + b] }
        let k = table.index(hash: h) { $0 == a + " " + b }
        return k >= 0 ? values[k] : nil
    }

    /// Calls `body` with the value of `key`, made by `make` first if the key is new, and returns
    /// what `body` returns.
    @inline(__always)
    mutating func update<R>(_ key: String, default make: () -> Value, _ body: (inout Value) -> R) -> R {
        let h = Self.hash(key)
        let (k, slot) = table.find(key, hash: h)
        if k >= 0 { return body(&values[k]) }
        table.insert(key, hash: h, at: slot)
        values.append(make())
        return body(&values[values.count - 1])
    }

    /// The keys with their values, in the order the keys were first added.
    func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator { zip(table.keys, values).makeIterator() }

    /// Sets the value of `key` to `value`, adding the key if it is new, as `dictionary[key] = value` does.
    mutating func set(_ key: String, to value: Value) {
        update(key, default: { value }) { $0 = value }
    }

    /// FNV-1a over the UTF-8 bytes of `key`'s NFC form (of `key` itself when all its bytes are below 0xCC):
    /// equal for keys equal as strings.
    static func hash(_ key: String) -> UInt64 {
        var below = true
        let h = key.withUTF8Bytes { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes {
                if b >= 0xCC { below = false; break }
                h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            return h
        }
        if below { return h }
        return TextSource.nfc(key).withUTF8Bytes { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h
        }
    }
}

/// The open-addressing part of ``TextKeyTable`` and ``ActorKeyIndex``: keys in the order they were added, with
/// their hashes, and slots (a power of two, at most half full) that hold an index into ``keys`` or -1, probed
/// linearly from the hash.
struct KeySlots {
    /// The slots: an index into ``keys``, or -1.
    private var slots: [Int32]
    /// Each key's hash, index for index.
    private var hashes: [UInt64] = []
    /// The keys, in the order they were added.
    private(set) var keys: [String] = []

    /// Empty, with room for `capacity` keys before the slots grow.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        // (Room for the keys at once: growing the arrays from one by doubling cost more than the look-ups.)
        hashes.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    /// The index of `key` (hashed to `h`) in ``keys``, or -1 and the free slot where it would go.
    @inline(__always) func find(_ key: String, hash h: UInt64) -> (key: Int, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let k = Int(slots[slot])
            if k < 0 { return (-1, slot) }
            if hashes[k] == h && keys[k] == key { return (k, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `key` (hashed to `h`, not yet present) in the free `slot` that ``find(_:hash:)`` gave; its index is
    /// the number of keys before it.
    @inline(__always) mutating func insert(_ key: String, hash h: UInt64, at slot: Int) {
        slots[slot] = Int32(keys.count)
        keys.append(key)
        hashes.append(h)
        if 2 * keys.count > slots.count { grow() }
    }

    /// The index in ``keys`` of the first key hashed to `h` that satisfies `matches`, or -1 (see
    /// ``containsKey(hash:where:)``).
    @inline(__always) func index(hash h: UInt64, where matches: (String) -> Bool) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let k = Int(slots[slot])
            if k < 0 { return -1 }
            if hashes[k] == h && matches(keys[k]) { return k }
            slot = (slot + 1) & mask
        }
    }

    /// Whether some key hashed to `h` satisfies `matches` (asked only of the keys with that hash): what
    /// ``find(_:hash:)`` finds for a key that `matches` compares with, without that key made first.
    @inline(__always) func containsKey(hash h: UInt64, where matches: (String) -> Bool) -> Bool {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let k = Int(slots[slot])
            if k < 0 { return false }
            if hashes[k] == h && matches(keys[k]) { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
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
}

extension TextKeyTable: Sendable where Value: Sendable {}

/// A set of strings, for the lexicons' word lists that the rules ask about while reading a text: what a
/// `Set<String>` answers to ``contains(_:)``, with the keys found as ``TextKeyTable`` finds them (FNV-1a
/// over their NFC bytes, where a `Set` hashes them with SipHash).
///
/// Walked in the order the keys were first inserted (a `Set` walks them in an order of its own).
///
/// - Complexity: ``contains(_:)`` and ``insert(_:)`` O(length of the key) expected.
struct TextKeySet: Sequence, ExpressibleByArrayLiteral, Sendable {
    /// The keys and where they are.
    private var table = KeySlots(capacity: 16)

    /// An empty set.
    init() {}

    /// The set of `elements`, each once.
    init(_ elements: some Sequence<String>) {
        for e in elements { insert(e) }
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// The number of keys.
    var count: Int { table.keys.count }

    /// The keys, in the order they were first inserted.
    var keys: [String] { table.keys }

    /// Whether the set holds `key` (a key equal to it as a string).
    func contains(_ key: String) -> Bool {
        table.find(key, hash: TextKeyTable<Int>.hash(key)).key >= 0
    }

    /// Whether the set holds the phrase `a b` (the words joined by a space), as `contains(a + " " + b)`
    /// answers; the phrase is made only if a key has its hash (or if a byte is 0xCC or above, where the
    /// hash is the NFC form's).
    func contains(_ a: String, _ b: String) -> Bool {
        guard let h = Self.phraseHash(a, b, nil) else { return contains(a + " " + b) }
        return table.containsKey(hash: h) { $0 == a + " " + b }
    }

    /// Whether the set holds the phrase `a b c`, as `contains(a + " " + b + " " + c)` answers (see
    /// ``contains(_:_:)``).
    func contains(_ a: String, _ b: String, _ c: String) -> Bool {
        guard let h = Self.phraseHash(a, b, c) else { return contains(a + " " + b + " " + c) }
        return table.containsKey(hash: h) { $0 == a + " " + b + " " + c }
    }

    /// ``TextKeyTable/hash(_:)`` of the words joined by spaces, read word by word; nil if a byte is 0xCC or
    /// above (the hash is then the NFC form's, made from the joined string).
    fileprivate static func phraseHash(_ a: String, _ b: String, _ c: String?) -> UInt64? {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        @inline(__always) func add(_ word: String) -> Bool {
            word.withUTF8Bytes { bytes in
                for v in bytes {
                    if v >= 0xCC { return false }
                    h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3
                }
                return true
            }
        }
        guard add(a) else { return nil }
        h = (h ^ 0x20) &* 0x0000_0100_0000_01B3
        guard add(b) else { return nil }
        if let c {
            h = (h ^ 0x20) &* 0x0000_0100_0000_01B3
            guard add(c) else { return nil }
        }
        return h
    }

    /// Inserts `key` unless the set holds it; whether it was inserted.
    @discardableResult
    mutating func insert(_ key: String) -> Bool {
        let h = TextKeyTable<Int>.hash(key)
        let (k, slot) = table.find(key, hash: h)
        if k >= 0 { return false }
        table.insert(key, hash: h, at: slot)
        return true
    }

    func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}

/// A fixed list of word endings, tested against the UTF-8 bytes of a word: what
/// ``Swift/String/hasUTF8Suffix(in:)`` answers for the list, without comparing the word with every ending.
///
/// The endings are kept as bytes, grouped by their last byte: a word is compared only with the endings
/// that end in its own last byte (German noun endings end in a handful of letters, so most words meet
/// one or two candidates, or none). Comparison is by bytes, as ``Swift/String/hasUTF8Suffix(_:)``
/// compares: equal to `hasSuffix(_:)` for NFC words and endings that begin with a letter no preceding
/// character combines with.
///
/// - Complexity: building O(total length of the endings); a test O(length of the endings sharing the
///   word's last byte), no allocation.
struct UTF8SuffixSet: Sendable, ExpressibleByArrayLiteral {
    /// The endings, in the order given.
    let endings: [String]
    /// The bytes of every ending, one after another, grouped by last byte.
    private let bytes: [UInt8]
    /// For each ending in group order: where its bytes start in ``bytes``, and how many there are.
    private let starts: [Int32]
    private let lengths: [Int32]
    /// For each byte value `b`, the endings whose last byte is `b` are `groupStart[b] ..< groupStart[b + 1]`
    /// (in group order); 257 entries.
    private let groupStart: [Int32]
    /// Whether the empty ending is in the list (it ends every word).
    private let hasEmpty: Bool

    /// A set of `endings` (duplicates allowed; the empty ending matches every word).
    init(_ endings: [String]) {
        self.endings = endings
        let encoded = endings.map { Array($0.utf8) }
        hasEmpty = encoded.contains { $0.isEmpty }
        // Group by last byte, keeping the given order within a group.
        var counts = [Int32](repeating: 0, count: 257)
        for e in encoded { if let last = e.last { counts[Int(last) + 1] += 1 } }
        for b in 1 ..< 257 { counts[b] += counts[b - 1] }
        groupStart = counts
        var next = counts
        var order = [Int](repeating: 0, count: encoded.count)
        var placed = 0
        for (k, e) in encoded.enumerated() {
            guard let last = e.last else { continue }
            order[Int(next[Int(last)])] = k
            next[Int(last)] += 1
            placed += 1
        }
        var bytes: [UInt8] = [], starts: [Int32] = [], lengths: [Int32] = []
        for slot in 0 ..< placed {
            let e = encoded[order[slot]]
            starts.append(Int32(bytes.count))
            lengths.append(Int32(e.count))
            bytes += e
        }
        self.bytes = bytes
        self.starts = starts
        self.lengths = lengths
    }

    init(arrayLiteral endings: String...) {
        self.init(endings)
    }

    /// Whether `word`'s UTF-8 bytes end with those of one of the endings.
    func isSuffix(of word: String) -> Bool {
        if hasEmpty { return true }
        return word.withUTF8Bytes { w in
            guard let last = w.last else { return false }
            let lo = Int(groupStart[Int(last)]), hi = Int(groupStart[Int(last) + 1])
            guard lo < hi else { return false }
            return bytes.withUnsafeBufferPointer { all in
                for e in lo ..< hi {
                    let n = Int(lengths[e]), from = Int(starts[e])
                    guard n <= w.count else { continue }
                    let offset = w.count - n
                    // (The last bytes are equal: the group says so.)
                    var k = 0
                    while k < n - 1 && w[offset + k] == all[from + k] { k += 1 }
                    if k == n - 1 { return true }
                }
                return false
            }
        }
    }
}

extension String {
    /// Whether the string ends with one of the endings of `set` (compared as ``hasUTF8Suffix(_:)`` does).
    /// - Complexity: that of ``UTF8SuffixSet/isSuffix(of:)``.
    @inline(__always) func hasUTF8Suffix(in set: UTF8SuffixSet) -> Bool {
        set.isSuffix(of: self)
    }
}

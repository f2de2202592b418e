/// A trie over reversed words: finds the longest lexicon word that a given word ends with, in one
/// backward pass over its scalars and without allocating. German compounds put the head last
/// (`Bundes|außenministerin`, `Nato-|Gipfel`), so the head decides what the compound is.
///
/// Nodes are stored in flat arrays: each node's children form a singly linked list (first child,
/// next sibling), so a step is a short walk over a few integers instead of a hash look-up.
///
/// - Complexity: O(length of the word × children per node) per look-up; nodes have few children.
struct SuffixTrie: Sendable {
    /// The scalar on the edge into each node (unused for the root).
    private var scalar: [UInt32] = [0]
    /// Each node's first child, or -1.
    private var firstChild: [Int32] = [-1]
    /// Each node's next sibling, or -1.
    private var nextSibling: [Int32] = [-1]
    private var values: [Int32] = [-1]

    /// The child of `node` reached over `s`, or -1.
    @inline(__always) private func child(_ node: Int, _ s: UInt32) -> Int {
        var c = Int(firstChild[node])
        while c >= 0 && scalar[c] != s { c = Int(nextSibling[c]) }
        return c
    }

    mutating func insert(_ word: String, value: Int) {
        var node = 0
        for s in word.unicodeScalars.reversed() {
            let next = child(node, s.value)
            if next >= 0 {
                node = next
            } else {
                let new = scalar.count
                scalar.append(s.value)
                firstChild.append(-1)
                nextSibling.append(firstChild[node])
                values.append(-1)
                firstChild[node] = Int32(new)
                node = new
            }
        }
        if values[node] < 0 { values[node] = Int32(value) }
    }

    /// The value of the longest word that `word` ends with — the whole word, a part after a hyphen,
    /// or a head of at least `minimum` scalars — and the length of the remaining prefix (0 when the
    /// whole word matched).
    func longestSuffix(of word: String, minimum: Int) -> (value: Int, prefixLength: Int)? {
        var word = word
        return word.withUTF8 { bytes -> (value: Int, prefixLength: Int)? in
            // Scalars are counted by their lead bytes and decoded backwards from the end.
            var total = 0
            for b in bytes where b & 0xC0 != 0x80 { total += 1 }
            var node = 0
            var best: (Int, Int)? = nil
            var depth = 0
            var pending: Int32 = -1  // a word ending here, accepted if a hyphen comes next
            var k = bytes.count
            while k > 0 {
                k -= 1
                var value = UInt32(bytes[k])
                if value >= 0x80 {
                    var shift: UInt32 = 0
                    value = 0
                    while bytes[k] & 0xC0 == 0x80 {
                        value |= UInt32(bytes[k] & 0x3F) << shift
                        shift += 6
                        k -= 1
                    }
                    let lead = UInt32(bytes[k])
                    let mask: UInt32 = lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F
                    value |= (lead & mask) << shift
                }
                if pending >= 0 && value == 0x2D { best = (Int(pending), total - depth) }
                pending = -1
                let next = child(node, value)
                guard next >= 0 else { return best }
                node = next
                depth += 1
                if values[node] >= 0 {
                    if depth == total || depth >= minimum { best = (Int(values[node]), total - depth) } else { pending = values[node] }
                }
            }
            return best
        }
    }
}

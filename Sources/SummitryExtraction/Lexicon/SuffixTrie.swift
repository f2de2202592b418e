/// A trie over reversed words: finds the longest lexicon word that a given word ends with, in one
/// backward pass over its scalars and without allocating. German compounds put the head last
/// (`Bundes|außenministerin`, `Nato-|Gipfel`), so the head decides what the compound is.
///
/// Nodes are stored in flat arrays: each node's children form a singly linked list (first child,
/// next sibling), so a step is a short walk over a few integers instead of a hash look-up. Nodes
/// with many children (the root, the last letters) also get a row indexed by lowercase ASCII letter.
///
/// - Complexity: O(length of the word) per look-up for lowercase ASCII; other scalars walk the
///   children of a node.
struct SuffixTrie: Sendable {
    /// The scalar on the edge into each node (unused for the root).
    private var scalar: [UInt32] = [0]
    /// Each node's first child, or -1.
    private var firstChild: [Int32] = [-1]
    /// Each node's next sibling, or -1.
    private var nextSibling: [Int32] = [-1]
    private var values: [Int32] = [-1]
    /// Each node's number of children.
    private var childCount: [Int32] = [0]
    /// Each node's row in ``denseChildren``, or -1.
    private var denseRow: [Int32] = [-1]
    /// Rows of ``rowWidth`` children, indexed by scalar minus ``rowBase`` (`` ` ``, `a` … `z`, `{` … DEL); -1 for none.
    private var denseChildren: [Int32] = []
    private static let rowBase: UInt32 = 0x60, rowWidth = 32
    /// Children before a node gets a row.
    private static let denseThreshold: Int32 = 6

    /// The child of `node` reached over `s`, or -1.
    @inline(__always) private func child(_ node: Int, _ s: UInt32) -> Int {
        let row = denseRow[node]
        if row >= 0 && s &- Self.rowBase < UInt32(Self.rowWidth) {
            return Int(denseChildren[Int(row) * Self.rowWidth + Int(s - Self.rowBase)])
        }
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
                childCount.append(0)
                denseRow.append(-1)
                firstChild[node] = Int32(new)
                childCount[node] += 1
                if denseRow[node] < 0 && childCount[node] >= Self.denseThreshold {
                    // Give the node a row, filled with the children it has so far.
                    denseRow[node] = Int32(denseChildren.count / Self.rowWidth)
                    denseChildren += repeatElement(-1, count: Self.rowWidth)
                    var c = Int(firstChild[node])
                    while c >= 0 {
                        setDense(node, scalar[c], c)
                        c = Int(nextSibling[c])
                    }
                } else if denseRow[node] >= 0 {
                    setDense(node, s.value, new)
                }
                node = new
            }
        }
        if values[node] < 0 { values[node] = Int32(value) }
    }

    /// Records `child` in the row of `node` if `s` has a column there.
    private mutating func setDense(_ node: Int, _ s: UInt32, _ child: Int) {
        guard s &- Self.rowBase < UInt32(Self.rowWidth) else { return }
        denseChildren[Int(denseRow[node]) * Self.rowWidth + Int(s - Self.rowBase)] = Int32(child)
    }

    /// The value of the longest word that `word` ends with — the whole word, a part after a hyphen,
    /// or a head of at least `minimum` scalars — and the length of the remaining prefix (0 when the
    /// whole word matched).
    func longestSuffix(of word: String, minimum: Int) -> (value: Int, prefixLength: Int)? {
        return word.withUTF8Bytes { bytes -> (value: Int, prefixLength: Int)? in
            // Scalars are decoded backwards from the end. The length of a prefix (in scalars) is counted
            // by its lead bytes only when a word is found: most look-ups find none.
            @inline(__always) func scalars(before end: Int) -> Int {
                var n = 0
                for m in 0 ..< end where bytes[m] & 0xC0 != 0x80 { n += 1 }
                return n
            }
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
                // (The prefix ends with the hyphen at `k`.)
                if pending >= 0 && value == 0x2D { best = (Int(pending), scalars(before: k) + 1) }
                pending = -1
                let next = child(node, value)
                guard next >= 0 else { return best }
                node = next
                depth += 1
                if values[node] >= 0 {
                    // (The whole word has been read when `k` is 0; the prefix is the scalars before `k`.)
                    if k == 0 || depth >= minimum { best = (Int(values[node]), k == 0 ? 0 : scalars(before: k)) } else { pending = values[node] }
                }
            }
            return best
        }
    }
}

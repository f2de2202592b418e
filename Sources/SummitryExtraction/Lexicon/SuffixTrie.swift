/// A trie over reversed words: finds the longest lexicon word that a given word ends with, in one
/// backward pass over its scalars and without allocating. German compounds put the head last
/// (`Bundes|außenministerin`, `Nato-|Gipfel`), so the head decides what the compound is.
///
/// - Complexity: O(length of the word) per look-up.
struct SuffixTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var values: [Int32] = [-1]
    private var depths: [Int32] = [0]

    mutating func insert(_ word: String, value: Int) {
        var node = 0
        for s in word.unicodeScalars.reversed() {
            if let next = children[node][s.value] {
                node = Int(next)
            } else {
                children.append([:])
                values.append(-1)
                depths.append(depths[node] + 1)
                children[node][s.value] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        if values[node] < 0 { values[node] = Int32(value) }
    }

    /// The value of the longest word that `word` ends with — the whole word, a part after a hyphen,
    /// or a head of at least `minimum` scalars — and the length of the remaining prefix (0 when the
    /// whole word matched).
    func longestSuffix(of word: String, minimum: Int) -> (value: Int, prefixLength: Int)? {
        let view = word.unicodeScalars
        var total = 0
        for _ in view { total += 1 }
        var node = 0
        var best: (Int, Int)? = nil
        var depth = 0
        var pending: Int32 = -1  // a word ending here, accepted if a hyphen comes next
        for scalar in view.reversed() {
            if pending >= 0 && scalar == "-" { best = (Int(pending), total - depth) }
            pending = -1
            guard let next = children[node][scalar.value] else { return best }
            node = Int(next)
            depth += 1
            if values[node] >= 0 {
                if depth == total || depth >= minimum { best = (Int(values[node]), total - depth) } else { pending = values[node] }
            }
        }
        return best
    }
}

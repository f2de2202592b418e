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
        let scalars = Array(word.unicodeScalars)
        let total = scalars.count
        var node = 0
        var best: (Int, Int)? = nil
        var depth = 0
        var k = total - 1
        while k >= 0 {
            guard let next = children[node][scalars[k].value] else { break }
            node = Int(next)
            depth += 1
            if values[node] >= 0 && (depth == total || depth >= minimum || (k > 0 && scalars[k - 1] == "-")) {
                best = (Int(values[node]), total - depth)
            }
            k -= 1
        }
        return best
    }
}

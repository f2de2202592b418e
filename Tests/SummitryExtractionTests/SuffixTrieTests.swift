import Testing
import SummitryCentrality
@testable import SummitryExtraction

/// `SuffixTrie.longestSuffix` against a brute-force reading of its contract: the longest listed
/// suffix that is the whole word, at least `minimum` scalars long, or preceded by a hyphen.
@Suite struct SuffixTrieTests {
    func bruteForce(_ words: [String: Int], _ word: String, minimum: Int) -> (Int, Int)? {
        let s = Array(word.unicodeScalars)
        var best: (Int, Int)? = nil
        for d in 1 ... max(s.count, 1) where d <= s.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[(s.count - d)...])
            guard let v = words[String(view)] else { continue }
            if d == s.count || d >= minimum || s[s.count - d - 1] == "-" { best = (v, s.count - d) }
        }
        return best
    }

    @Test func compounds() {
        var trie = SuffixTrie()
        trie.insert("ministerin", value: 1)
        trie.insert("gipfel", value: 2)
        #expect(trie.longestSuffix(of: "bundesministerin", minimum: 5).map { [$0.value, $0.prefixLength] } == [1, 6])
        #expect(trie.longestSuffix(of: "nato-gipfel", minimum: 7).map { [$0.value, $0.prefixLength] } == [2, 5])
        #expect(trie.longestSuffix(of: "vorgipfel", minimum: 7) == nil)
    }

    /// Random lexicons and words over a small alphabet with a hyphen and umlauts; reports the seed that failed.
    @Test(arguments: 0 ..< 20)
    func randomWordsMatchBruteForce(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let alphabet: [Character] = ["a", "b", "e", "n", "-", "ä", "ß", "é"]
        func randomWord(_ maxLength: Int) -> String {
            String((0 ..< 1 + Int(rng.next() % UInt64(maxLength))).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
        }
        var trie = SuffixTrie()
        var words: [String: Int] = [:]
        for v in 0 ..< 60 {
            let w = randomWord(6)
            trie.insert(w, value: v)
            if words[w] == nil { words[w] = v }
        }
        for _ in 0 ..< 300 {
            let w = randomWord(10), minimum = 1 + Int(rng.next() % 5)
            let got = trie.longestSuffix(of: w, minimum: minimum).map { [$0.value, $0.prefixLength] }
            #expect(got == bruteForce(words, w, minimum: minimum).map { [$0.0, $0.1] }, "seed \(seed): \(w), minimum \(minimum)")
        }
    }
}

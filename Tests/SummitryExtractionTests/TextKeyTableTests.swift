import Testing
@testable import SummitryExtraction

/// ``TextKeyTable`` against the `[String: Value]` it stands for.
@Suite struct TextKeyTableTests {
    /// Counts random keys (growing past the first room) in the table and in a dictionary: both
    /// answer alike for every key and for absent ones, and the table lists its keys in the order
    /// they were first added.
    @Test func agreesWithADictionary() {
        var random = SystemRandomNumberGenerator()
        let syllables = ["no", "vak", "Lind", "qvist", "ab", "iy", "é", "e\u{301}", "ø", "ß", "ш", "s"]
        for round in 0 ..< 20 {
            var table = TextKeyTable<Int>(capacity: round % 2 == 0 ? 1 : 16)
            var reference: [String: Int] = [:]
            var order: [String] = []
            for _ in 0 ..< 300 {
                let key = (0 ..< Int.random(in: 1 ... 3, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined()
                if reference[key] == nil { order.append(key) }
                reference[key, default: 0] += 1
                let now = table.update(key, default: { 0 }) { (count: inout Int) -> Int in
                    count += 1
                    return count
                }
                #expect(now == reference[key])
            }
            #expect(table.count == reference.count)
            #expect(table.keys == order)
            #expect(table.values == order.map { reference[$0]! })
            for key in order { #expect(table[key] == reference[key]) }
            for absent in ["", "x", "novakx", "lindqvistqvistqvist"] { #expect(table[absent] == reference[absent]) }
        }
    }

    /// ``TextKeyTable/set(_:to:)`` sets as assigning a dictionary's key does (the last value wins), and
    /// the table is walked as its keys with their values, in the order the keys were first added.
    @Test func setAgreesWithADictionaryAndWalksInOrder() {
        var random = SystemRandomNumberGenerator()
        let syllables = ["no", "vak", "Lind", "qvist", "ab", "é", "e\u{301}", "ß", "ш"]
        var table = TextKeyTable<Int>(capacity: 1)
        var reference: [String: Int] = [:]
        var order: [String] = []
        for step in 0 ..< 400 {
            let key = (0 ..< Int.random(in: 1 ... 3, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined()
            if reference[key] == nil { order.append(key) }
            reference[key] = step
            table.set(key, to: step)
        }
        for key in order { #expect(table[key] == reference[key]) }
        #expect(table.map { $0.0 } == order)
        #expect(table.map { $0.1 } == order.map { reference[$0]! })
    }

    /// ``TextKeySet`` against the `Set<String>` it stands for: the same members (canonically equivalent
    /// spellings are one), the same answers for absent strings, its keys walked in the order first inserted.
    @Test func textKeySetAgreesWithASet() {
        var random = SystemRandomNumberGenerator()
        let syllables = ["no", "vak", "Lind", "qvist", "ab", "é", "e\u{301}", "ß", "ш"]
        var set: TextKeySet = ["novak"]
        var reference: Set<String> = ["novak"]
        var order = ["novak"]
        for _ in 0 ..< 400 {
            let key = (0 ..< Int.random(in: 1 ... 3, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined()
            let new = !reference.contains(key)
            if new { order.append(key) }
            reference.insert(key)
            #expect(set.insert(key) == new)
        }
        #expect(set.count == reference.count)
        #expect(Array(set) == order)
        for key in order { #expect(set.contains(key)) }
        for absent in ["", "x", "novakx", "lindqvistqvistqvist"] { #expect(set.contains(absent) == reference.contains(absent)) }
        #expect(TextKeySet(["jos\u{E9}", "jose\u{301}"]).count == 1)
        #expect(TextKeySet(["jos\u{E9}"]).contains("jose\u{301}"))
    }

    /// A phrase looked up word by word is a member exactly when the words joined by spaces are: for
    /// random phrases of two and three words, members and not, canonically equivalent spellings included.
    @Test func phrasesAreLookedUpAsJoined() {
        var random = SystemRandomNumberGenerator()
        let words = ["im", "rahmen", "des", "on", "the", "sidelines", "é", "e\u{301}", "ß", "", "talks"]
        var set: TextKeySet = []
        var reference: Set<String> = []
        for _ in 0 ..< 60 {
            let n = Int.random(in: 2 ... 3, using: &random)
            let phrase = (0 ..< n).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            set.insert(phrase)
            reference.insert(phrase)
        }
        for a in words {
            for b in words {
                #expect(set.contains(a, b) == reference.contains(a + " " + b), "\(a) \(b)")
                for c in words {
                    #expect(set.contains(a, b, c) == reference.contains(a + " " + b + " " + c), "\(a) \(b) \(c)")
                }
            }
        }
    }

    /// Canonically equivalent spellings are one key, as they are one dictionary key.
    @Test func canonicallyEquivalentKeysAreOne() {
        var table = TextKeyTable<[Int]>()
        table.update("jos\u{E9}", default: { [] }) { $0.append(1) }
        table.update("jose\u{301}", default: { [] }) { $0.append(2) }
        #expect(table["jos\u{E9}"] == [1, 2])
        #expect(table["jose\u{301}"] == [1, 2])
        #expect(table["jose"] == nil)
        #expect(table.count == 1)
        #expect(TextKeyTable<Int>.hash("jos\u{E9}") == TextKeyTable<Int>.hash("jose\u{301}"))
    }
}

import Testing
@testable import SummitryExtraction

/// ``ActorKeyIndex`` against the `[String: [Int]]` it replaces.
@Suite struct ActorKeyIndexTests {
    /// Adds random actors under random keys (growing past the first room) to the index and to a
    /// dictionary kept as the analysis kept it; both answer alike for every key and for absent ones.
    @Test func agreesWithADictionary() {
        var random = SystemRandomNumberGenerator()
        let syllables = ["no", "vak", "lind", "qvist", "ab", "iy", "é", "e\u{301}", "ø", "ß", "ш", "s"]
        for round in 0 ..< 20 {
            let index = ActorKeyIndex(capacity: round % 2 == 0 ? 1 : 16)
            var reference: [String: [Int]] = [:]
            var keys: [String] = []
            for _ in 0 ..< 300 {
                let key = (0 ..< Int.random(in: 1 ... 3, using: &random)).map { _ in syllables.randomElement(using: &random)! }.joined()
                keys.append(key)
                let actor = Int.random(in: 0 ..< 40, using: &random)
                let added = !(reference[key]?.contains(actor) ?? false)
                if added { reference[key, default: []].append(actor) }
                #expect(index.add(actor, for: key) == added)
            }
            #expect(index.count == reference.count)
            for key in keys {
                #expect(index[key] == reference[key])
                #expect(index.contains(key))
                // Appended after what the list holds already, as `+=` appends the dictionary's list.
                var list = [-1]
                #expect(index.appendActors(of: key, to: &list))
                #expect(list == [-1] + reference[key]!)
            }
            for absent in ["", "x", "novakx", "lindqvistqvistqvist"] {
                #expect(index[absent] == reference[absent])
                #expect(index.contains(absent) == (reference[absent] != nil))
                var list = [7]
                #expect(index.appendActors(of: absent, to: &list) == (reference[absent] != nil))
                #expect(list == [7] + (reference[absent] ?? []))
            }
        }
    }

    /// Canonically equivalent spellings are one key, as they are one dictionary key.
    @Test func canonicallyEquivalentKeysAreOne() {
        let index = ActorKeyIndex()
        #expect(index.add(1, for: "jos\u{E9}"))
        #expect(!index.add(1, for: "jose\u{301}"))
        #expect(index.add(2, for: "jose\u{301}"))
        #expect(index["jos\u{E9}"] == [1, 2])
        #expect(index["jose"] == nil)
        #expect(index.count == 1)
    }
}

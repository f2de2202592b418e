import Testing
@testable import SummitryExtraction

/// A Bloom filter has no false negatives, and few false positives at the load it is sized for.
@Suite struct KeyFilterTests {
    /// Deterministic pseudo-words: "w0", "w1", … with a varying tail.
    static func words(_ range: Range<Int>, prefix: String) -> [String] { range.map { "\(prefix)\($0)x\($0 % 7)" } }

    @Test func everyInsertedKeyIsFound() {
        var filter = KeyFilter(bitCount: 1 << 15)
        let keys = Self.words(0 ..< 2000, prefix: "name") + ["zoë", "müller", "al-hadi", ""]
        for k in keys { filter.insert(k) }
        #expect(keys.allSatisfy { filter.mayContain($0) })
    }

    @Test func mostOtherKeysAreRejected() {
        var filter = KeyFilter(bitCount: 1 << 15)
        for k in Self.words(0 ..< 1500, prefix: "name") { filter.insert(k) }
        let others = Self.words(0 ..< 10_000, prefix: "other")
        let falsePositives = others.filter { filter.mayContain($0) }.count
        // Two probes into 32,768 bits holding 1,500 keys: about 0.8 % expected.
        #expect(falsePositives < others.count / 50, "\(falsePositives) false positives")
        #expect(!KeyFilter(bitCount: 64).mayContain("anything"))
    }

    @Test func actorKeyFilterProbesAsKeyFilterDoes() {
        let actors = ActorKeyFilter()
        var keys = KeyFilter(bitCount: 1024)
        for k in Self.words(0 ..< 40, prefix: "surname") {
            actors.insert(k)
            keys.insert(k)
        }
        for k in Self.words(0 ..< 500, prefix: "word") + Self.words(0 ..< 40, prefix: "surname") {
            #expect(actors.mayContain(k) == keys.mayContain(k), "\(k)")
        }
    }

    @Test func aStemIsProbedAsItsOwnString() {
        // The probes of a word less its last byte are those of that shorter word made a string: a stem in the
        // filter is found, and a stem not in it is answered as its string would be.
        let actors = ActorKeyFilter()
        let stems = Self.words(0 ..< 40, prefix: "novak") + ["zoë", "müller", "a"]
        for k in stems { actors.insert(k) }
        for k in stems { #expect(actors.mayContain(droppingLastByteOf: k + "s"), "\(k)s") }
        for k in Self.words(0 ..< 500, prefix: "word") + ["s", "", "zoës"] {
            let stem = String(decoding: Array(k.utf8.dropLast()), as: UTF8.self)
            #expect(actors.mayContain(droppingLastByteOf: k) == actors.mayContain(stem), "\(k)")
        }
    }
}

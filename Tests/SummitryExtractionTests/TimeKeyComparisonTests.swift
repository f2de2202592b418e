import Testing
@testable import SummitryExtraction

/// `timesCompatible` (bytes in place) answers as `timesCompatibleReference` (substrings) on the
/// time keys the extractor makes, on odd keys (empty, colons only, non-ASCII) and on random ones.
@Suite struct TimeKeyComparisonTests {
    static let keys: [String?] = [
        nil, "", ":", "::", "md:7-16", "md:7-17", "md:12-1", "m:7", "m:12", "m:1", "y:2025", "y:2024", "wd:monday",
        "wd:friday", "rel:12:340", "rel:12:341", "rel:123456:7890123", ":md:7-16", "md", "m", "y", "m:", "md:7", "mx:7",
        "m:7-1", "md:٧-١٦", "m:٧", "é:1", "md:7-16\u{301}", "rel:1:2:3", "yy:1", "d:3",
    ]

    @Test func agreesWithTheReferenceOnEveryPair() {
        for a in Self.keys {
            for b in Self.keys {
                #expect(timesCompatible(a, b) == timesCompatibleReference(a, b), "\(a ?? "nil") / \(b ?? "nil")")
            }
        }
    }

    @Test func agreesWithTheReferenceOnRandomKeys() {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["md", "m", "y", "wd", "rel", "", ":", "7", "-", "12", "16", "ä", "d", "x"]
        func key() -> String { (0 ..< Int.random(in: 0 ... 5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        for _ in 0 ..< 20_000 {
            let a = key(), b = key()
            #expect(timesCompatible(a, b) == timesCompatibleReference(a, b), "\(a) / \(b)")
        }
    }

    @Test func namesTheRulesItImplements() {
        #expect(timesCompatible(nil, "y:2025"))
        #expect(timesCompatible("md:7-16", "md:7-16"))
        #expect(!timesCompatible("md:7-16", "md:7-17"))
        #expect(timesCompatible("md:7-16", "m:7"))
        #expect(!timesCompatible("m:8", "md:7-16"))
        #expect(!timesCompatible("y:2025", "m:7"))
        #expect(timesCompatible("wd:monday", "md:7-16"))
        #expect(!timesCompatible("rel:3:40", "rel:4:52"))
    }

    @Test func kindsOfTwoKeys() {
        func kinds(_ a: String, _ b: String) -> TimeKeyKinds? {
            var a = a, b = b
            return a.withUTF8 { pa in b.withUTF8 { pb in TimeKeyKinds(pa, pb) } }
        }
        #expect(kinds("md:1-2", "md:3-4") == .same)
        #expect(kinds(":", "") == .same)
        #expect(kinds("m:1", "md:1-2") == .dayAndMonth)
        #expect(kinds("y:1", "wd:x") == .oneYear)
        #expect(kinds("wd:x", "rel:1:2") == .other)
        #expect(kinds("m:ä", "m:1") == nil)
    }
}

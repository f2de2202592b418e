import Testing
@testable import SummitryExtraction

/// The table lowercasing agrees with `lowercased()` on every scalar it covers, on words mixing
/// them, and on texts beyond it (which `lowercased()` itself handles).
@Suite struct LatinLowercaseTests {
    @Test func everyCoveredScalarAgrees() {
        for v in UInt32(0) ..< 0x260 {
            let s = String(Unicode.Scalar(v)!)
            #expect(s.latinLowercased() == s.lowercased(), "U+\(String(v, radix: 16))")
            let word = "A" + s + "ßÄ" + s + "z"
            #expect(word.latinLowercased() == word.lowercased(), "U+\(String(v, radix: 16))")
            #expect(Array(word.latinLowercased().utf8) == Array(word.lowercased().utf8))
        }
    }

    @Test(arguments: ["", "Außenministerin", "ÖSTERREICH", "İstanbul", "Łódź", "Ǆemal", "ΣΟΦΙΑ", "Zoë-Ÿves", "Tōkyō", "a\u{301}B", "Ελλάδα", "Bundeskanzler"])
    func wordsAgree(_ word: String) {
        #expect(word.latinLowercased() == word.lowercased())
        #expect(Array(word.latinLowercased().utf8) == Array(word.lowercased().utf8))
        let tail = word.dropFirst(min(1, word.count))
        #expect(tail.latinLowercased() == tail.lowercased())
    }
}

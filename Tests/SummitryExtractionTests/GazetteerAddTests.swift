import Testing
@testable import SummitryExtraction

/// ``Gazetteer/add(_:_:)`` reads a phrase from the text itself: its capitals test
/// (``Gazetteer/isShortCapitals(_:)``) and its tokens are what the scalar arrays and Unicode properties gave.
@Suite struct GazetteerAddTests {
    /// The test as it was written: two to four alphabetic scalars, all uppercase.
    private static func reference(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count <= 4 && letters.allSatisfy { $0.properties.isUppercase } && letters.count >= 2
    }

    @Test func shortCapitalsAnswerAsTheScalarProperties() {
        let fixed = ["US", "EU", "UN", "Un", "U.S.", "UK-", "NATO", "NATOS", "G7", "G", "ÄÖ", "ÄÖÜß", "ÉU", "Éu", "ΣΑ", "Σα",
                     "", " ", "1234", "U N", "ǅX", "ʼA", "ABCDE", "AB12CD", "İS", "ⅫA"]
        for text in fixed { #expect(Gazetteer.isShortCapitals(text) == Self.reference(text), "\(text)") }
        var random = SystemRandomNumberGenerator()
        let pieces = ["A", "B", "z", "É", "é", "ß", "Σ", "σ", "1", "-", " ", ".", "’", "\u{301}", "ǅ", "Ⅻ", "ı", "ʼ"]
        for _ in 0 ..< 2000 {
            let text = (0 ..< Int.random(in: 0 ... 7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(Gazetteer.isShortCapitals(text) == Self.reference(text), "\(text)")
        }
    }

    @Test func tokensOfTheTextAreThoseOfItsScalars() {
        for text in ["São Tomé", "Washington, D.C.", "’s-Hertogenbosch", "Ad-Dawhah", "e\u{301}cole", "U.S.", "New  York", ""] {
            let a = Tokenizer.tokenize(ScalarText(text)), b = Tokenizer.tokenize(Array(text.unicodeScalars))
            #expect(a.texts == b.texts && a.lowers == b.lowers && a.tokens.map(\.start) == b.tokens.map(\.start)
                && a.tokens.map(\.end) == b.tokens.map(\.end) && a.tokens.map(\.kind) == b.tokens.map(\.kind), "\(text)")
        }
    }
}

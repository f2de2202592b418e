import Testing
@testable import SummitryExtraction

/// The byte tests agree with `String.hasSuffix`, `hasPrefix` and `contains` on the NFC words the
/// recognisers test, and differ from them only where their documentation says they may.
@Suite struct UTF8SearchTests {
    static let words = [
        "Regierung", "regierung", "Freiheit", "Universität", "tät", "Gespräche", "Bundeskanzler", "bundesminister",
        "gipfeltreffen", "g20-gipfel", "nato-gipfel", "Gipfel", "Präsidentin", "Ökonomie", "Zoë", "", "e", "en",
        "Lindqvists", "Novaks", "Sánchez", "Müller-Lüdenscheidt", "Kommissionspräsidentin", "delegation",
    ]
    static let needles = ["ung", "heit", "tät", "ie", "e", "en", "er", "s", "gipfel", "bundes", "präsident", "delegation", "x"]

    @Test(arguments: words) func suffixAgreesWithCharacters(_ word: String) {
        for n in Self.needles {
            #expect(word.hasUTF8Suffix(n) == word.hasSuffix(n), "\(word) / \(n)")
        }
        #expect(word.hasUTF8Suffix(in: Self.needles) == Self.needles.contains { word.hasSuffix($0) })
    }

    @Test(arguments: words + ["中文", "Ødegård", "u\u{0308}ber", "👍🏽", "ﬁ"]) func scalarCountAgreesWithTheScalarView(_ word: String) {
        #expect(word.utf8ScalarCount == word.unicodeScalars.count, "\(word)")
    }

    @Test(arguments: words) func prefixAndSubstringAgreeWithCharacters(_ word: String) {
        for n in Self.needles {
            #expect(word.hasUTF8Prefix(n) == word.hasPrefix(n), "\(word) / \(n)")
            #expect(word.containsUTF8(n) == word.contains(n), "\(word) / \(n)")
        }
    }

    @Test func bytesDifferFromCharactersOnlyBeforeACombiningMark() {
        // "e" followed by a combining acute (no precomposed form is used here): one character "é",
        // whose bytes still begin with those of "e".
        let decomposed = "Cafe\u{0301}"
        #expect(decomposed.hasSuffix("e") == false)
        #expect(decomposed.hasUTF8Suffix("e\u{0301}"))
        #expect(decomposed.containsUTF8("Cafe") && decomposed.contains("Cafe") == false)
    }
}

import Testing
@testable import SummitryExtraction

/// A token's text is not stored: ``TokenizedText/text(_:)`` makes it from the source, and
/// ``TokenizedText/spells(_:_:)`` and ``TokenizedText/spells(_:utf8:)`` compare it by bytes. They give
/// what the tokenizer's column of texts held: the span of the source, `"\n"` for a line break, `'s` for
/// either possessive.
@Suite struct TokenTextTests {
    static let lexicons = try! Shared.extractor.get().lexicons

    static let texts = [
        "Der Gipfel in Wien, der am Montag begann – und für Merz? \"Nein\", sagte er; 2.000 Gäste.\n\nThe end's near.",
        "U.S. President Biden’s talks (Camp David) with Ødegård, Zoë and Mu\u{0308}ller at 10 Downing St.\r\n«non» 中文!",
        "", "a", "\n", "'s", "’s",
    ]

    @Test(arguments: texts)
    func textsAreTheSpansOfTheSource(_ text: String) {
        let source = ScalarText(TextSource.nfc(text))
        let (tokenized, _) = Tokenizer.tokenize(source, words: Self.lexicons.words)
        for i in tokenized.tokens.indices {
            let t = tokenized.tokens[i]
            let expected = t.isBreak ? "\n" : t.kind == .punct && t.length == 2 ? "'s" : source.string(t.start, t.end)
            #expect(tokenized.text(i) == expected)
            #expect(tokenized.spells(i, expected) && tokenized.spells(i, utf8: Array(expected.utf8)))
            #expect(!tokenized.spells(i, expected + "x") && !tokenized.spells(i, utf8: Array((expected + "x").utf8)))
            if t.isWord { #expect(tokenized.text(i).latinLowercased() == tokenized.lowers[i]) }
        }
    }

    /// Possessives spelled either way are both `'s`.
    @Test func possessivesAreApostropheS() {
        let (tokenized, _) = Tokenizer.tokenize(ScalarText("Biden’s and Merz's"), words: Self.lexicons.words)
        #expect(tokenized.texts == ["Biden", "'s", "and", "Merz", "'s"])
    }

    /// A span lowercased from the source's bytes is the span's text lowercased, Latin table or not.
    @Test(arguments: ["Ødegård", "ÄRGER", "Zoë", "Łukasz", "ΩΜΈΓΑ Ωμέγα", "Straße", "İstanbul", "abc"])
    func spansAreLowercasedAsTheirTexts(_ text: String) {
        let source = ScalarText(TextSource.nfc(text))
        let n = source.scalars.count
        for start in 0 ..< n {
            for end in start + 1 ... n { #expect(source.lowercased(start, end) == source.string(start, end).latinLowercased()) }
        }
    }
}

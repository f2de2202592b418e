import Testing
@testable import SummitryExtraction

/// Tokenizing with the word table at hand (``Tokenizer/tokenize(_:words:)``, which looks ASCII words
/// up by their bytes and hands out the table's strings) gives the tokens, spellings, word numbers
/// and entries that tokenizing and then looking every lowercase form up (``WordTable/entries(of:)``)
/// gives.
@Suite struct TokenLookUpTests {
    static let lexicons = try! Shared.extractor.get().lexicons

    static let texts = [
        "Der Gipfel in Wien, der am Montag begann – und für Merz? \"Nein\", sagte er; 2.000 Gäste.\n\nThe end's near.",
        "Bundesaußenministerin Baerbock traf den NATO-Generalsekretär in Brüssel; U.S. President Biden's talks (Camp David).",
        "THE PRIME MINISTER met Ødegård, Zoë and Mu\u{0308}ller at 10 Downing St. on 3,5 days' notice 'twice' – «non».",
        "Staats- und Regierungschefs: Xi Jinping, Lee Jae-myung, O'Brien, al-Hadi und 中文 über Iran's Atomprogramm!",
        "", "a", "A", "\n", "1999", "'", "Meeting MEETING meeting Meet meet",
    ]

    @Test(arguments: texts)
    func theFusedLookUpEqualsTheTwoSteps(_ text: String) {
        let source = ScalarText(text)
        var expected = Tokenizer.tokenize(source)
        let expectedEntries = Self.lexicons.words.entries(of: &expected)
        let (tokenized, entries) = Tokenizer.tokenize(source, words: Self.lexicons.words)
        #expect(tokenized.texts == expected.texts)
        #expect(tokenized.lowers == expected.lowers)
        #expect(tokenized.tokens.count == expected.tokens.count)
        #expect(entries.count == expectedEntries.count)
        for i in 0 ..< min(tokenized.tokens.count, expected.tokens.count) {
            let a = tokenized.tokens[i], b = expected.tokens[i]
            #expect(a.kind == b.kind && a.start == b.start && a.end == b.end, "\(expected.texts[i])")
            #expect(a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps && a.hasHyphen == b.hasHyphen, "\(expected.texts[i])")
            #expect(a.word == b.word, "\(expected.texts[i])")
        }
        for i in 0 ..< min(entries.count, expectedEntries.count) {
            let a = entries[i], b = expectedEntries[i]
            #expect(a.classes == b.classes && a.phrases == b.phrases && a.languages == b.languages && a.word == b.word,
                    "\(expected.texts[i])")
        }
    }

    /// Known words take the table's entry: the fused path does find them (not only agree on misses).
    @Test func knownWordsAreFound() {
        let (tokenized, entries) = Tokenizer.tokenize(ScalarText("Der Präsident und the Minister"), words: Self.lexicons.words)
        for (i, lower) in tokenized.lowers.enumerated() where ["der", "und", "the"].contains(lower) {
            #expect(entries[i].languages != 0, "\(lower)")
        }
    }
}

import Testing
@testable import SummitryExtraction

/// The word table finds what the separate tables hold: word classes, gazetteer phrase heads and
/// function words, for ASCII words (byte table) and others (dictionary).
@Suite struct WordTableTests {
    static let lexicons = try! Shared.extractor.get().lexicons

    @Test func everyClassifiedWordHasItsClasses() {
        let table = Self.lexicons.words
        for (word, classes) in Self.lexicons.wordClasses {
            #expect(table.entry(word)?.classes == classes, "\(word)")
        }
    }

    @Test func everyPhraseHeadHasItsList() {
        let table = Self.lexicons.words
        for (word, list) in Self.lexicons.gazetteer.phraseListIndex {
            #expect(table.entry(word)?.phrases == Int32(list), "\(word)")
        }
    }

    @Test func functionWordsCarryTheirLanguages() throws {
        let table = Self.lexicons.words
        let de = try #require(table.languages.firstIndex(of: "de")), en = try #require(table.languages.firstIndex(of: "en"))
        #expect(try #require(table.entry("über")).languages & (1 << UInt32(de)) != 0)
        #expect(try #require(table.entry("the")).languages & (1 << UInt32(en)) != 0)
        // A word with a combining mark is found by canonical equivalence ("über" decomposed).
        #expect(try #require(table.entry("u\u{0308}ber")).languages == table.entry("über")?.languages)
        #expect(table.entry("qzxv") == nil)
        #expect(table.entry("") == nil)
    }
}

@Suite struct FunctionWordSetTests {
    @Test func theFunctionWordSetIsFilled() throws {
        let lexicons = try Shared.extractor.get().lexicons
        #expect(lexicons.functionWords.contains("the"))
        #expect(lexicons.functionWords.contains("und"))
        #expect(!lexicons.functionWords.contains("merz"))
    }
}

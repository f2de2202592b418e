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

    /// A key marked as no German head is one for which both compound look-ups give nil, and a
    /// key that is a title or meeting noun (or ends in one) is not marked.
    @Test func germanHeadFlagAgreesWithTheLookUps() throws {
        let lexicons = Self.lexicons
        var marked = 0
        for word in Array(lexicons.wordClasses.keys) + Array(lexicons.gazetteer.phraseListIndex.keys) {
            guard let entry = lexicons.words.entry(word), entry.notGermanHead else { continue }
            marked += 1
            #expect(lexicons.germanTitle(word) == nil && lexicons.germanMeetingNoun(word) == nil, "\(word)")
        }
        #expect(marked > 100)
        for head in ["gipfel", "außenminister", "präsident"] {
            #expect(lexicons.words.entry(head)?.notGermanHead != true, "\(head)")
        }
        #expect(try #require(lexicons.words.entry("der")).notGermanHead)
    }

    /// The ambiguous-name flag is set exactly on the phrase heads that are ambiguous names.
    @Test func ambiguousFlagAgreesWithTheSet() {
        let lexicons = Self.lexicons
        var flagged = 0
        for word in lexicons.gazetteer.phraseListIndex.keys where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let entry = lexicons.words.entry(word)
            #expect(entry?.ambiguousName == lexicons.ambiguousNames.contains(word), "\(word)")
            if entry?.ambiguousName == true { flagged += 1 }
        }
        #expect(flagged > 0)
    }

    /// A key marked as opening no known person's name is no key of ``Lexicons/peopleByFirstWord``, and an
    /// ASCII key that is one is not marked.
    @Test func personFirstWordFlagAgreesWithTheTable() {
        let lexicons = Self.lexicons
        var marked = 0, unmarked = 0
        let words = Array(lexicons.wordClasses.keys) + Array(lexicons.gazetteer.phraseListIndex.keys) + RuleWords.vocabulary
        for word in words where word.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let entry = lexicons.words.entry(word) else { continue }
            #expect(entry.notPersonFirstWord == (lexicons.peopleByFirstWord[word] == nil), "\(word)")
            if entry.notPersonFirstWord { marked += 1 } else { unmarked += 1 }
        }
        #expect(marked > 100)
        #expect(unmarked > 0)
    }

    /// The particle class is carried exactly by the words of ``NameShapes/particles`` (the rules ask the
    /// class where they asked the set).
    @Test func particleClassIsTheParticleSet() {
        let lexicons = Self.lexicons
        for p in NameShapes.particles { #expect(lexicons.words.entry(p)?.classes.contains(.particle) == true, "\(p)") }
        for (word, classes) in lexicons.wordClasses where classes.contains(.particle) {
            #expect(NameShapes.particles.contains(word), "\(word)")
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

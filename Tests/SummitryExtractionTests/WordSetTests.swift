import Testing
@testable import SummitryExtraction

/// Word sets answer for a token's number what the string lists they replace answered for its
/// lowercase form, and the word table gives every token the number of its lowercase form.
@Suite struct WordSetTests {
    static let lexicons = try! Shared.extractor.get().lexicons

    @Test func theVocabularyIsSortedAndHasNoWordTwice() {
        let words = RuleWords.vocabulary
        #expect(Set(words).count == words.count)
        #expect(zip(words, words.dropFirst()).allSatisfy { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(RuleWords.vocabularyIndex.count == words.count)
    }

    @Test func everyRowOfTheMembershipTableHoldsTheBitsOfItsWords() throws {
        let length = RuleWords.membershipRowLength
        #expect(length == (RuleWords.vocabulary.count + 63) / 64)
        #expect(RuleWords.membership.count == RuleWords.rowWords.count * length)
        for (row, words) in RuleWords.rowWords.enumerated() {
            var bits = [UInt64](repeating: 0, count: length)
            for w in words {
                let k = try #require(RuleWords.vocabularyIndex[w], "\(w)")
                bits[Int(k) >> 6] |= 1 << UInt64(k & 63)
            }
            #expect(bits.elementsEqual(RuleWords.membership[row * length ..< (row + 1) * length]), "row \(row)")
            let set = WordSet(row: row, words)
            #expect(set.words == words)
            for w in words { #expect(set.contains(WordID(index: RuleWords.vocabularyIndex[w]!)), "\(w)") }
        }
    }

    @Test func aSetHoldsItsWordsByNumberAndByString() throws {
        let short: WordSet = ["und", "and"]
        let long: WordSet = ["der", "die", "das", "the", "für", "\u{2013}"]
        for set in [short, long] {
            for w in set.words {
                let k = try #require(RuleWords.vocabularyIndex[w], "\(w)")
                #expect(set.contains(WordID(index: k)), "\(w)")
                #expect(set.contains(w), "\(w)")
            }
            for other in ["oder", "a", ",", "The", "", "qzxv"] {
                #expect(!set.contains(other), "\(other)")
                if let k = RuleWords.vocabularyIndex[other] { #expect(!set.contains(WordID(index: k)), "\(other)") }
            }
            #expect(!set.contains(WordID.unknown))
        }
        // By String equality: a decomposed "für" is the same string as the composed one.
        #expect(long.contains("fu\u{0308}r"))
    }

    @Test func everyTokenCarriesTheNumberOfItsLowercaseForm() {
        let text = "Der Gipfel in Wien, der am Montag begann – und für Merz? \"Nein\", sagte er; 2.000 Gäste.\n\nThe end's near."
        var tokenized = Tokenizer.tokenize(Array(text.unicodeScalars))
        let entries = Self.lexicons.words.entries(of: &tokenized)
        let tokens = tokenized.tokens
        #expect(entries.count == tokens.count)
        var known = 0
        for (t, lower) in zip(tokens, tokenized.lowers) {
            let expected = RuleWords.vocabularyIndex[lower].map { WordID(index: $0) } ?? .unknown
            #expect(t.word == expected, "\(lower)")
            if t.word != .unknown { known += 1 }
        }
        // ("der", "in", ",", "am", "–", "und", "für", "?", "\"", "sagte", ";", ".", "the", "'s" at least.)
        #expect(known >= 10)
        for (i, e) in entries.enumerated() where !(tokens[i].kind == .word || tokens[i].kind == .number || tokenized.texts[i] == "'") {
            #expect(e.classes.isEmpty && e.phrases == -1 && e.languages == 0, "\(tokenized.texts[i])")
        }
    }
}

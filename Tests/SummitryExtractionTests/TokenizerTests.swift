import Testing
@testable import SummitryExtraction

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] { Tokenizer.tokenize(Array(text.unicodeScalars)).filter { !$0.isBreak }.texts }

    @Test func keepsHyphenatedCompoundsAndParticles() {
        #expect(words("Beim Nato-Gipfel traf al-Rashid den Staats- und Regierungschef.")
            == ["Beim", "Nato-Gipfel", "traf", "al-Rashid", "den", "Staats-", "und", "Regierungschef", "."])
    }

    @Test func splitsEnglishPossessives() {
        #expect(words("The minister's visit and Paris' mayor") == ["The", "minister", "'s", "visit", "and", "Paris", "'", "mayor"])
        #expect(words("O'Neill met them") == ["O'Neill", "met", "them"])
    }

    @Test func offsetsAreUnicodeScalarIndices() {
        let text = "Ümit Öztürk sagte: «Ja»."
        let tokenized = Tokenizer.tokenize(Array(text.unicodeScalars))
        let tokens = tokenized.tokens
        let scalars = Array(text.unicodeScalars)
        #expect(tokenized.texts.count == tokens.count && tokenized.lowers.count == tokens.count)
        for (t, written) in zip(tokens, tokenized.texts) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.start ..< t.end])
            #expect(String(view) == written)
        }
        #expect(tokens.first?.isCapitalized == true)
        #expect(tokens.filter { $0.kind == .quote }.count == 2)
        #expect(tokenized.lowers.first == "ümit")
    }

    @Test func numbersKeepDecimalSeparators() {
        let t = Tokenizer.tokenize(Array("rund 3,2 Millionen und 1.000 Soldaten".unicodeScalars))
        #expect(t.filter { $0.kind == .number }.texts == ["3,2", "1.000"])
    }

    @Test func lineBreaksBecomeTokens() {
        let t = Tokenizer.tokenize(Array("Title\n\nBody line\nnext".unicodeScalars))
        #expect(t.tokens.filter { $0.kind == .paragraph }.count == 1)
        #expect(t.tokens.filter { $0.kind == .newline }.count == 1)
    }
}

/// The tokenizer's Latin-1 fast paths agree with the Unicode properties they stand for.
@Suite struct TokenizerLatin1Tests {
    @Test func letterAndCaseTestsAgreeWithUnicodeProperties() {
        for v in UInt32(0) ... 0x17F {
            let s = Unicode.Scalar(v)!
            let letter = s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
            #expect(Tokenizer.isLetter(s) == letter, "U+\(String(v, radix: 16))")
            #expect(Tokenizer.isUppercase(s) == s.properties.isUppercase, "U+\(String(v, radix: 16))")
        }
    }
}

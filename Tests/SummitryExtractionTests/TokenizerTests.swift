import Testing
@testable import SummitryExtraction

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] { Tokenizer.tokenize(Array(text.unicodeScalars)).filter { !$0.isBreak }.map(\.text) }

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
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let scalars = Array(text.unicodeScalars)
        for t in tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.start ..< t.end])
            #expect(String(view) == t.text)
        }
        #expect(tokens.first?.isCapitalized == true)
        #expect(tokens.filter { $0.kind == .quote }.count == 2)
    }

    @Test func numbersKeepDecimalSeparators() {
        let t = Tokenizer.tokenize(Array("fast 7,5 Millionen und 1.000 Soldaten".unicodeScalars))
        #expect(t.filter { $0.kind == .number }.map(\.text) == ["7,5", "1.000"])
    }

    @Test func lineBreaksBecomeTokens() {
        let t = Tokenizer.tokenize(Array("Title\n\nBody line\nnext".unicodeScalars))
        #expect(t.filter { $0.kind == .paragraph }.count == 1)
        #expect(t.filter { $0.kind == .newline }.count == 1)
    }
}

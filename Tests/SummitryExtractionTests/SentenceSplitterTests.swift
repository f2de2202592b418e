import Testing
@testable import SummitryExtraction

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter(abbreviations: ["dr", "mr", "z.b", "nr", "sept", "u.s"])

    func sentences(_ text: String, german: Bool = true) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var splitter = self.splitter
        splitter.german = german
        return splitter.split(Tokenizer.tokenize(scalars)).map { s in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start ..< s.end])
            return String(v)
        }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(sentences("Dr. Vera Lind met Mr. Tom K. Ashby on Sept. 4. They talked.", german: false)
            == ["Dr. Vera Lind met Mr. Tom K. Ashby on Sept. 4.", "They talked."])
        #expect(sentences("President John Q.R. Miller arrived. He spoke.", german: false) == ["President John Q.R. Miller arrived.", "He spoke."])
    }

    @Test func abbreviationsSetLaterAreKnown() {
        // The splitter's filter of abbreviations follows the set when it is replaced.
        var splitter = SentenceSplitter(abbreviations: [])
        let text = "They met Gen. Ana Lobo. Talks began."
        let scalars = Array(text.unicodeScalars)
        #expect(splitter.split(Tokenizer.tokenize(scalars)).count == 3)
        splitter.abbreviations = ["gen"]
        #expect(splitter.split(Tokenizer.tokenize(scalars)).count == 2)
        // Many abbreviations: each is still found.
        let many = Set((0 ..< 500).map { "abk\($0)" })
        splitter.abbreviations = many.union(["gen"])
        #expect(splitter.split(Tokenizer.tokenize(scalars)).count == 2)
    }

    @Test func germanOrdinalsDoNotEndSentences() {
        #expect(sentences("Am 16. Juli trafen sie sich. Danach reisten sie ab.") == ["Am 16. Juli trafen sie sich.", "Danach reisten sie ab."])
    }

    @Test func lineBreaksEndSentences() {
        #expect(sentences("Gipfel in Rom\nDie Minister kamen zusammen.") == ["Gipfel in Rom", "Die Minister kamen zusammen."])
    }

    @Test func quotesStayWithTheirSentence() {
        #expect(sentences("„Das war gut.“ Danach gingen sie.") == ["„Das war gut.“", "Danach gingen sie."])
    }
}

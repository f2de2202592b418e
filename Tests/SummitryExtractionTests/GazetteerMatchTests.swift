import Testing
@testable import SummitryExtraction

/// Phrase matching in the ``Gazetteer``: later words compared by length first (for ASCII words), then as strings.
@Suite struct GazetteerMatchTests {
    private static func gazetteer() -> Gazetteer {
        var g = Gazetteer()
        g.add("The Hague", .place(name: "The Hague", iso: "NL", strong: true))
        g.add("The Netherlands", .country("NL", .name))
        g.add("São Tomé", .place(name: "São Tomé", iso: "ST", strong: true))
        g.add("Den Haag", .place(name: "Den Haag", iso: "NL", strong: true))
        return g
    }

    private static func match(_ text: String, at i: Int) -> (Entity, Int)? {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return gazetteer().longestMatch(tokens, at: i, limit: tokens.tokens.count) { _, _ in true }
    }

    @Test func asciiPhrasesMatchTheirWordsOnly() throws {
        let hague = try #require(Self.match("The Hague", at: 0))
        #expect(hague.0 == .place(name: "The Hague", iso: "NL", strong: true) && hague.1 == 2)
        let netherlands = try #require(Self.match("the Netherlands", at: 0))
        #expect(netherlands.0 == .country("NL", .name) && netherlands.1 == 2)
        // Same first word, a second word of another length or spelling: no match.
        #expect(Self.match("The Hagues", at: 0) == nil)
        #expect(Self.match("The Hogue", at: 0) == nil)
        #expect(Self.match("Den Haager", at: 0) == nil)
    }

    @Test func nonASCIIWordsAreComparedAsStrings() throws {
        let tome = try #require(Self.match("in São Tomé", at: 1))
        #expect(tome.0 == .place(name: "São Tomé", iso: "ST", strong: true) && tome.1 == 2)
        #expect(Self.match("in São Tome", at: 1) == nil)
    }

    @Test func firstMatchIsTheFirstOfTheSortedMatches() {
        var g = Self.gazetteer()
        g.add("The Hague Convention", .organization("HCCH"))
        g.add("The", .agency)
        let text = "at The Hague Convention today"
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        let n = tokens.tokens.count
        let selects: [(Entity, Int) -> String?] = [
            { e, _ in "\(e)" },
            { e, k in if case .place = e, k == 2 { "place" } else { nil } },
            { _, k in k == 1 ? "one" : nil },
            { _, _ in nil },
        ]
        for select in selects {
            for i in 0 ..< n {
                #expect(g.firstMatch(tokens, at: i, limit: n, select) == g.matches(tokens, at: i, limit: n).compactMap(select).first)
            }
        }
        #expect(g.firstMatch(tokens, at: 1, limit: n) { e, k in "\(k)" } == "3")
    }

    @Test func wordKeysAreZeroExactlyForNonASCIIWords() {
        for word in ["", "a", "hague", "den", "9", "'s", "\n"] { #expect(Gazetteer.wordKey(word) != 0) }
        for word in ["são", "tomé", "côte", "straße"] { #expect(Gazetteer.wordKey(word) == 0) }
        #expect(Gazetteer.wordKey("hague") == Gazetteer.wordKey(String("xhague".dropFirst())))
        #expect(Gazetteer.wordKey("hague") != Gazetteer.wordKey("hogue"))
    }

    /// The pre-check by length and second word passes every phrase that matches: the longest match
    /// any `accept` takes is the first of all matches (listed without the pre-check) that it takes.
    @Test func preCheckedMatchesAgreeWithAllMatches() {
        var g = Gazetteer()
        let words = ["the", "hague", "den", "haag", "são", "tomé", "tome", "new", "york", "Sao"]
        var random = SystemRandomNumberGenerator()
        for n in 0 ..< 120 {
            let length = Int.random(in: 1 ... 3, using: &random)
            let phrase = (0 ..< length).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            g.add(phrase, n % 2 == 0 ? .organization("O\(n)") : .place(name: phrase, iso: "X\(n)", strong: n % 3 == 0))
        }
        let accepts: [(Entity, Int) -> Bool] = [
            { _, _ in true },
            { e, _ in if case .place = e { true } else { false } },
            { _, k in k == 1 },
            { _, k in k >= 2 },
        ]
        for _ in 0 ..< 200 {
            let text = (0 ..< Int.random(in: 1 ... 6, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
            let n = tokens.tokens.count
            for i in 0 ..< n {
                for limit in i + 1 ... n {
                    for accept in accepts {
                        let found = g.longestMatch(tokens, at: i, limit: limit, accept: accept)
                        let expected = g.matches(tokens, at: i, limit: limit).first(where: { accept($0.0, $0.1) })
                        #expect(found?.0 == expected?.0 && found?.1 == expected?.1, "\(text) at \(i) limit \(limit)")
                    }
                }
            }
        }
    }
}

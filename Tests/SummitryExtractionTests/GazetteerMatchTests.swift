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
}

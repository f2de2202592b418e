import Testing
@testable import SummitryExtraction

/// ``TokenColumns`` hands back, in order, what was appended, or nothing when the writer ran out of
/// room; and the tokenizer, which retries with more room, gives a text dense with tokens (more
/// than one per two scalars) the tokens a short piece of it repeated gives.
@Suite struct TokenColumnsTests {
    /// The `k`-th test token, lowercase form and entry.
    func item(_ k: Int) -> (Token, String, WordEntry) {
        let token = Token(kind: k % 3 == 0 ? .punct : .word, start: 2 * k, end: 2 * k + 1, isCapitalized: k % 2 == 0, isAllCaps: false)
        // (Long strings too, which live on the heap.)
        let lower = k % 5 == 0 ? "wort-\(k)-mit-einem-langen-text" : "w\(k)"
        return (token, lower, WordEntry(phrases: Int32(k)))
    }

    /// A text long enough for the test tokens' offsets.
    static let source = ScalarText(String(repeating: "ab", count: 400))

    @Test(arguments: [(0, 1), (1, 1), (3, 4), (16, 16), (100, 300)])
    func writeGivesWhatWasAppended(_ n: Int, _ capacity: Int) throws {
        let written = TokenColumns.write(capacity: capacity, source: Self.source) { columns in
            for k in 0 ..< n {
                let (token, lower, entry) = item(k)
                columns.append(token, lower: lower, entry: entry)
            }
            return true
        }
        let (text, entries) = try #require(written)
        #expect(text.tokens.count == n && text.lowers.count == n && entries.count == n)
        for k in 0 ..< n {
            let (token, expected, _) = item(k)
            #expect(text.lowers[k] == expected)
            // (A token's text is the source's scalars it spans.)
            #expect(text.text(k) == "a")
            #expect(text.tokens[k].start == token.start && text.tokens[k].end == token.end && text.tokens[k].kind == token.kind)
            #expect(entries[k].phrases == Int32(k))
        }
    }

    /// A writer that finds the columns full gives up; what it wrote is dropped (its strings freed).
    @Test func aFullWriterGivesNothing() {
        var sawFull = false
        let written = TokenColumns.write(capacity: 4, source: Self.source) { columns in
            for k in 0 ..< 10 {
                if columns.isFull { sawFull = true; return false }
                let (token, lower, entry) = item(k)
                columns.append(token, lower: lower, entry: entry)
            }
            return true
        }
        #expect(written == nil)
        #expect(sawFull)
    }

    /// Marks only ("!!!…"): one token per scalar, more than the first room holds.
    @Test func aTextOfMarksIsReadAgainWithMoreRoom() {
        let piece = "a,b.c;"
        let one = Tokenizer.tokenize(ScalarText(piece))
        let many = Tokenizer.tokenize(ScalarText(String(repeating: piece, count: 50)))
        #expect(one.tokens.count == 6)
        #expect(many.tokens.count == 50 * one.tokens.count)
        for k in many.tokens.indices {
            let m = k % one.tokens.count
            #expect(many.texts[k] == one.texts[m])
            #expect(many.lowers[k] == one.lowers[m])
            #expect(many.tokens[k].kind == one.tokens[m].kind)
            #expect(many.tokens[k].start == k)
        }
    }
}

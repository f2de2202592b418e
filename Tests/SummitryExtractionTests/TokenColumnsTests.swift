import Testing
@testable import SummitryExtraction

/// ``TokenColumns`` hands back, in order, what was appended, or nothing when the writer ran out of
/// room; and the tokenizer, which retries with more room, gives a text dense with tokens (more
/// than one per two scalars) the tokens a short piece of it repeated gives.
@Suite struct TokenColumnsTests {
    /// The `k`-th test token, spelling and entry.
    func item(_ k: Int) -> (Token, String, WordEntry) {
        let token = Token(kind: k % 3 == 0 ? .punct : .word, start: 2 * k, end: 2 * k + 1, isCapitalized: k % 2 == 0, isAllCaps: false)
        // (Long strings too, which live on the heap.)
        let text = k % 5 == 0 ? "Wort-\(k)-mit-einem-langen-Text" : "W\(k)"
        return (token, text, WordEntry(phrases: Int32(k)))
    }

    @Test(arguments: [(0, 1), (1, 1), (3, 4), (16, 16), (100, 300)])
    func writeGivesWhatWasAppended(_ n: Int, _ capacity: Int) throws {
        let written = TokenColumns.write(capacity: capacity) { columns in
            for k in 0 ..< n {
                let (token, text, entry) = item(k)
                columns.append(token, text: text, lower: text.lowercased(), entry: entry)
            }
            return true
        }
        let (text, entries) = try #require(written)
        #expect(text.tokens.count == n && text.texts.count == n && text.lowers.count == n && entries.count == n)
        for k in 0 ..< n {
            let (token, expected, _) = item(k)
            #expect(text.texts[k] == expected)
            #expect(text.lowers[k] == expected.lowercased())
            #expect(text.tokens[k].start == token.start && text.tokens[k].end == token.end && text.tokens[k].kind == token.kind)
            #expect(entries[k].phrases == Int32(k))
        }
    }

    /// A writer that finds the columns full gives up; what it wrote is dropped (its strings freed).
    @Test func aFullWriterGivesNothing() {
        var sawFull = false
        let written = TokenColumns.write(capacity: 4) { columns in
            for k in 0 ..< 10 {
                if columns.isFull { sawFull = true; return false }
                let (token, text, entry) = item(k)
                columns.append(token, text: text, lower: text, entry: entry)
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

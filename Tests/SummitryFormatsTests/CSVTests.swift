import Testing
@testable import SummitryFormats

@Suite struct CSVTests {
    @Test func quotedFieldsCommasQuotesAndLineBreaks() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n"
        let records = try CSV.records(in: text, file: "t.csv")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func finalRecordWithoutLineBreakAndBlankLines() throws {
        let records = try CSV.records(in: "\u{FEFF}h1,h2\n\n1,2", file: "t.csv")
        #expect(records.map(\.fields) == [["h1", "h2"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func lineEndingsCRLFAndCRAreOneBreak() throws {
        let records = try CSV.records(in: "a\r\nb\rc\n", file: "t.csv")
        #expect(records.map(\.fields) == [["a"], ["b"], ["c"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func quoteInUnquotedFieldNamesTheLine() {
        #expect(throws: FormatError.syntax(file: "t.csv", line: 2,
                                           message: "a double quote inside an unquoted field (quote the whole field and double the quote)")) {
            try CSV.records(in: "a,b\nx\"y,z\n", file: "t.csv")
        }
    }

    @Test func unclosedQuoteNamesTheLineItOpened() {
        #expect(throws: FormatError.syntax(file: "t.csv", line: 3, message: "a quoted field is never closed")) {
            try CSV.records(in: "a\nb\n\"open\nmore\n", file: "t.csv")
        }
    }

    @Test func textAfterClosingQuote() {
        #expect(throws: FormatError.self) { try CSV.records(in: "\"a\"b\n", file: "t.csv") }
    }

    @Test(arguments: ["plain", "with,comma", "with \"quote\"", "multi\nline", " padded ", "", "ünïcødé"])
    func escapeRoundTrips(_ field: String) throws {
        let line = CSV.line([field, "next"])
        let back = try CSV.records(in: line, file: "t.csv")
        #expect(back.first?.fields == [field, "next"])
    }
}

import Testing
@testable import SummitryExtraction

/// The byte-wise split agrees with `split(separator:)` on roles, time keys and hyphenated words,
/// and where a combining mark or a prepended scalar makes a separator part of a larger character.
@Suite struct ASCIISplitTests {
    static let texts = [
        "", " ", "   ", "Foreign Minister", "foreign ministers of", " heads  of state ", "Präsidentin", "Vize-Präsidentin",
        "Ministerpräsident der Ukraine", "md:05-12", "m:05", ":y:2024", "::", "Nato-Gipfel", "g20-gipfel-", "-al-Hadi",
        "é e", "a \u{301}b", "a\u{301} b", "x \u{0600}y", "\u{0600} x", "a\r\n b", "Queen Consort", "König Abdullah",
    ]
    static let separators: [UInt8] = [0x20, 0x3A, 0x2D]

    @Test(arguments: texts) func agreesWithCharacterSplit(_ text: String) {
        for sep in Self.separators {
            let character = Character(Unicode.Scalar(sep))
            #expect(text.splitASCII(separator: sep).map(String.init) == text.split(separator: character).map(String.init), "\(text) / \(sep)")
            let tail = text.dropFirst(min(1, text.count))
            #expect(tail.splitASCII(separator: sep).map(String.init) == tail.split(separator: character).map(String.init), "\(tail) / \(sep)")
        }
    }

    @Test func aSpaceWithACombiningMarkIsNoSeparator() {
        // " \u{301}" is one character, not a space: the character-wise split keeps it inside a piece.
        #expect("a \u{301}b".splitASCII(separator: 0x20).count == 1)
        #expect("a b".splitASCII(separator: 0x20).count == 2)
    }

    @Test(arguments: texts) func lastPieceIsTheSplitsLast(_ text: String) {
        for sep in Self.separators {
            let character = Character(Unicode.Scalar(sep))
            #expect(text.lastSplitASCII(separator: sep).map(String.init) == text.split(separator: character).last.map(String.init), "\(text) / \(sep)")
            #expect(text.lastSplitASCII(separator: sep).map(String.init) == text.splitASCII(separator: sep).last.map(String.init), "\(text) / \(sep)")
        }
    }
}

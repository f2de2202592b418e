import Foundation
import Testing
@testable import SummitryExtraction

@Suite struct TextSourceTests {
    @Test func decodesUTF8AndStripsTheByteOrderMark() throws {
        #expect(try TextSource.decode(Data([0xEF, 0xBB, 0xBF] + Array("Hallo".utf8)), file: "a.txt") == "Hallo")
    }

    @Test func normalisesToNFC() throws {
        let decomposed = "Mu\u{0308}nchen"  // u + combining diaeresis
        let text = try TextSource.decode(Data(decomposed.utf8), file: "a.txt")
        #expect(Array(text.unicodeScalars).count == 7)
        #expect(text.unicodeScalars.contains("\u{00FC}"))
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        data.append("Gipfel".data(using: .utf16LittleEndian)!)
        var warnings: [String] = []
        #expect(try TextSource.decode(data, file: "u.txt") { warnings.append($0) } == "Gipfel")
        // The recovery is told, naming the file; UTF-8 input is not.
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("u.txt: decoded from UTF-16") == true)
        _ = try TextSource.decode(Data("Gipfel".utf8), file: "v.txt") { warnings.append($0) }
        #expect(warnings.count == 1)
    }

    @Test(arguments: [
        (Data(), "empty"),
        (Data(Array("Zeile eins\nZeile \u{1} zwei".utf8).map { $0 == 1 ? 0xFF : $0 }), "not valid UTF-8"),
        ("Gipfel".data(using: .utf16LittleEndian)!, "UTF-16 without a byte-order mark"),
        (Data(Array("a long text with one NUL byte here".utf8) + [0] + Array(" and more text after it to dilute".utf8)), "NUL"),
        (Data("   \n  ".utf8), "only white space"),
    ])
    func refusesUnusableBytes(_ data: Data, _ expected: String) {
        do {
            _ = try TextSource.decode(data, file: "bad.txt")
            Issue.record("expected an error mentioning \(expected)")
        } catch let error as ExtractionError {
            #expect(error.description.contains("bad.txt"))
            #expect(error.description.contains(expected))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func namesTheLineOfInvalidUTF8() {
        let data = Data(Array("eins\nzwei\ndrei ".utf8) + [0xC3, 0x28])
        #expect(throws: ExtractionError.invalidText(file: "x.txt", line: 3,
                                                    message: "not valid UTF-8 (byte 15); convert the file to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)")) {
            try TextSource.decode(data, file: "x.txt")
        }
    }

    @Test func refusesOverlongLines() {
        let data = Data(repeating: 0x61, count: TextSource.maximumLineLength + 10)
        #expect(throws: ExtractionError.self) { try TextSource.decode(data, file: "long.txt") }
    }

    @Test func refusesTextsLongerThanADocument() {
        // (Short lines, so only the document's length is at fault.)
        let line = Array("Der Kanzler traf am Montag die Ministerin.\n".utf8)
        let data = Data((0 ..< (TextSource.maximumDocumentLength / line.count + 1)).flatMap { _ in line })
        do {
            _ = try TextSource.decode(data, file: "archive.txt")
            Issue.record("expected an error for a text longer than a document")
        } catch let error as ExtractionError {
            #expect(error.description.contains("archive.txt"))
            #expect(error.description.contains("one file per article"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        // Just under the limit is read.
        #expect(throws: Never.self) { try TextSource.decode(data.prefix(TextSource.maximumDocumentLength), file: "ok.txt") }
    }

    @Test func missingFileIsNamed() {
        #expect(throws: ExtractionError.unreadable(file: "/nonexistent/x.txt", message: "no such file")) {
            try TextSource.read(path: "/nonexistent/x.txt")
        }
    }
}

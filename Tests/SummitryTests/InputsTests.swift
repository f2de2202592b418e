import Foundation
import Testing
@testable import Summitry

@Suite struct InputsTests {
    @Test func formatByExtension() {
        #expect(InputFormat(path: "a/b.TXT") == .article)
        #expect(InputFormat(path: "a/b.txt", textIsEdgeList: true) == .edgeList)
        #expect(InputFormat(path: "m.csv") == .affiliationTable)
        #expect(InputFormat(path: "n.json") == .nodeLink)
        #expect(InputFormat(path: "g.graphml") == .graphML)
        #expect(InputFormat(path: "g.gv") == .dot && InputFormat(path: "g.dot") == .dot)
        #expect(InputFormat(path: "g.edgelist") == .edgeList)
        #expect(InputFormat(path: "g.xlsx") == nil)
    }

    @Test func directoryExpandsToSortedArticles() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        for name in ["b.txt", "a.txt", "B.txt", "notes.md", ".hidden.txt"] { try write("x", to: name, in: dir) }
        #expect(try Pipeline.expand([dir]) == [dir + "/B.txt", dir + "/a.txt", dir + "/b.txt"])
        #expect(throws: SummitryError.missingInput(path: dir + "/nope")) { try Pipeline.expand([dir + "/nope"]) }
        let empty = dir + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        #expect(throws: SummitryError.emptyDirectory(path: empty)) { try Pipeline.expand([empty]) }
    }

    @Test func utf8ErrorsNameLineAndByte() throws {
        let bytes = Data("line one\nline two ".utf8) + Data([0xFF, 0x41]) + Data("\n".utf8)
        #expect(throws: FormatError.invalid(file: "x.txt", line: 2,
                                            message: "not UTF-8 text (byte 0xFF at offset 18); convert the file to UTF-8")) {
            try Pipeline.decodeUTF8(bytes, file: "x.txt")
        }
        // NFC at ingest: a decomposed é becomes one scalar.
        let text = try Pipeline.decodeUTF8(Data("e\u{301}".utf8), file: "x.txt")
        #expect(text.unicodeScalars.count == 1)
    }

    @Test func loadsAndMergesTables() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        let a = try write("actor,meeting,country\nAda One,Talks,DE\n", to: "a.csv", in: dir)
        let b = try write("actor,meeting,country,role\nAda One,Talks,DE,Minister\nBo Two,Talks,FR,\n", to: "b.csv", in: dir)
        let n = try Pipeline.loadNetwork([a, b])
        #expect(n.nodes(ofKind: .actor).count == 2)
        #expect(n.node("actor:ada-one")?.role == "Minister")
        #expect(n.relations(ofKind: .attended).count == 2)
        #expect(throws: SummitryError.unsupportedInput(path: dir + "/x.xlsx", expected: InputFormat.extensionsDescription)) {
            try write("", to: "x.xlsx", in: dir)
            return try Pipeline.loadNetwork([dir + "/x.xlsx"])
        }
    }
}

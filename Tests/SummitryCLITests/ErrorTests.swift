import Foundation
import Testing

/// Wrong input gives one line on standard error naming the file (and line), a non-zero exit and no output file.
@Suite struct ErrorTests {
    @Test func missingFile() throws {
        let r = try summitry(["centrality", "no/such/graph.edgelist", "--format", "csv"])
        #expect(r.stderr == "summitry: no/such/graph.edgelist: no such file or directory\n")
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func missingInputOfAnalyzeLeavesNoOutputDirectory() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["analyze", "missing.csv", "--out", dir.appendingPathComponent("out").path])
        #expect(r.stderr == "summitry: missing.csv: no such file or directory\n")
        #expect(r.status == 1)
        #expect(listing(dir).isEmpty)
    }

    @Test func unknownMeasureNamesTheFlag() throws {
        let r = try summitry(["centrality", "graph.edgelist", "--measure", "closeness", "--measure", "fame"])
        #expect(r.stderr.hasPrefix("summitry: graph.edgelist: --measure: unknown measure \"fame\" (expected one of: degree, "))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1 && r.stderr.hasSuffix(".\n"))
        #expect(r.status == 64)
    }

    @Test func notUTF8NamesFileAndLineAndWritesNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("latin1.txt")
        try (Data("Erste Zeile.\nZweite Zeile mit ".utf8) + Data([0xE4]) + Data("rger.\n".utf8)).write(to: article)
        let output = dir.appendingPathComponent("net.json")
        let r = try summitry(["extract", article.path, "--output", output.path])
        #expect(r.stderr.hasPrefix("summitry: \(article.path):"))
        #expect(r.stderr.contains("UTF-8"))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
        #expect(r.status == 1)
        #expect(listing(dir) == ["latin1.txt"])
    }

    @Test func malformedCSVNamesTheLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = dir.appendingPathComponent("t.csv")
        try Data("actor,meeting\nAda,Talks\nBo,\"Talks\n".utf8).write(to: table)
        let r = try summitry(["export", table.path, "--format", "json", "--output", dir.appendingPathComponent("o.json").path])
        #expect(r.stderr == "summitry: \(table.path):3: a quoted field is never closed\n")
        #expect(r.status == 1)
        #expect(listing(dir) == ["t.csv"])
    }

    @Test func usageErrorsAreOneLine() throws {
        let r = try summitry(["centrality", "g.edgelist", "--weight-as", "distance"])
        #expect(r.stderr == "summitry: --weight-as needs --weighted (weights are ignored without it).\n")
        #expect(r.status == 64)
        let render = try summitry(["render", "g.json", "--output", "g.gif"])
        #expect(render.stderr == "summitry: --output must end in .svg, .png, .pdf or .dot (got \"g.gif\").\n")
    }
}

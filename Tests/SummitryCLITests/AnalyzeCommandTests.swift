import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
    let table = "examples/affiliation/meetings.csv"
    let outputs = ["centrality.csv", "graph.dot", "graph.svg", "network.json", "report.html"]

    @Test func writesTheFilesAndPrintsTheRankedTable() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let r = try summitry(["analyze", table, "--out", out.path])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty, "progress goes to stderr only on a terminal")
        #expect(listing(out) == outputs)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first?.split(separator: " ", omittingEmptySubsequences: true) == [
            "#", "name", "role", "country", "degree", "closeness", "betweenness", "eigenvector", "pagerank",
            "two-mode-degree", "two-mode-betweenness"])
        #expect(lines.count == 1 + 7)
        #expect(lines.dropFirst().map { $0.split(separator: " ").first } == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(r.stdout.contains("Lukas Brunner") && r.stdout.contains("Federal Councillor"))

        let csv = try String(contentsOf: out.appendingPathComponent("centrality.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("id,degree,closeness,betweenness,eigenvector,pagerank,two-mode-degree,two-mode-betweenness\n"))
        #expect(csv.split(separator: "\n").count == 1 + 7)
        let svg = try String(contentsOf: out.appendingPathComponent("graph.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("Mara"))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("Baltic Security Forum"))
    }

    @Test func graphvizDotReadsGraphDot() throws {
        let dotBinary = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["analyze", table, "--out", dir.path])
        #expect(r.status == 0)
        let dot = try #require(dotBinary, "graphviz's dot is not installed (scripts/setup.sh installs it)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", "-o", "/dev/null", dir.appendingPathComponent("graph.dot").path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let messages = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!messages.contains("Error"), "dot said: \(messages)")
    }

    @Test func aBadInputLeavesNoOutputBehind() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.gv")
        try Data("digraph { a -> }\n".utf8).write(to: bad)
        let out = dir.appendingPathComponent("out")
        let r = try summitry(["analyze", table, bad.path, "--out", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("summitry: \(bad.path):1: syntax error"))
        #expect(r.stderr.filter { $0 == "\n" }.count == 1)
        #expect(listing(dir) == ["bad.gv"])
        // An existing output directory keeps its earlier files and gains nothing.
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        try Data("old".utf8).write(to: out.appendingPathComponent("network.json"))
        #expect(try summitry(["analyze", table, bad.path, "--out", out.path]).status == 1)
        #expect(listing(out) == ["network.json"])
        #expect(try String(contentsOf: out.appendingPathComponent("network.json"), encoding: .utf8) == "old")
    }

    /// `summitry analyze` with no arguments reads seeds/ and writes out/ in the working directory.
    @Test func defaultsAreSeedsAndOut() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("seeds"), to: dir.appendingPathComponent("seeds"))
        let r = try summitry(["analyze"], in: dir)
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(listing(dir.appendingPathComponent("out")) == outputs)
        #expect(r.stdout.split(separator: "\n").count > 2)
        let json = try Data(contentsOf: dir.appendingPathComponent("out/network.json"))
        let top = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let nodes = try #require(top?["nodes"] as? [[String: Any]])
        #expect(nodes.contains { $0["kind"] as? String == "actor" })
        #expect(nodes.contains { $0["kind"] as? String == "meeting" })
        // The drawing shows every actor found (labels may wrap, so look for each surname).
        let svg = try String(contentsOf: dir.appendingPathComponent("out/graph.svg"), encoding: .utf8)
        for actor in nodes where actor["kind"] as? String == "actor" {
            let surname = try #require((actor["name"] as? String)?.split(separator: " ").last)
            #expect(svg.contains(String(surname)), "\(surname) is not in graph.svg")
        }
    }
}

extension AnalyzeCommandTests {
    /// The articles example runs end to end: a directory of English and German text.
    @Test func articlesExample() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["analyze", "examples/articles", "--out", dir.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        #expect(listing(dir) == outputs)
        #expect(r.stdout.split(separator: "\n").count > 2)
    }
}

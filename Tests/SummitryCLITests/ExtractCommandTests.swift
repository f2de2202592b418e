import Foundation
import Testing

@Suite struct ExtractCommandTests {
    let article = "examples/articles/baltic-talks-en.txt"

    @Test func nodeLinkJSONOnStandardOutput() throws {
        let r = try summitry(["extract", article])
        #expect(r.status == 0 && r.stderr.isEmpty)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(top["directed"] as? Bool == true && top["multigraph"] as? Bool == true)
        let documents = (top["graph"] as? [String: Any])?["documents"] as? [[String: Any]]
        #expect(documents?.first?["path"] as? String == article)
        let nodes = try #require(top["nodes"] as? [[String: Any]])
        #expect(nodes.contains { $0["kind"] as? String == "actor" })
        let edges = try #require(top["edges"] as? [[String: Any]])
        #expect(!edges.isEmpty)
        #expect(edges.allSatisfy { ($0["evidence"] as? [[String: Any]])?.isEmpty == false })
    }

    @Test func outputFileAndMergingTheSameArticleTwice() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let once = dir.appendingPathComponent("once.json"), twice = dir.appendingPathComponent("twice.json")
        let r = try summitry(["extract", article, "--output", once.path])
        #expect(r.status == 0 && r.stdout.isEmpty)
        #expect(try summitry(["extract", article, article, "-o", twice.path]).status == 0)
        #expect(try Data(contentsOf: once) == Data(contentsOf: twice), "the same article twice adds nothing")
        #expect(listing(dir) == ["once.json", "twice.json"])
    }

    @Test func missingArticle() throws {
        let r = try summitry(["extract", article, "examples/articles/none.txt"])
        #expect(r.stderr == "summitry: examples/articles/none.txt: no such file or directory\n")
        #expect(r.status == 1 && r.stdout.isEmpty)
    }
}

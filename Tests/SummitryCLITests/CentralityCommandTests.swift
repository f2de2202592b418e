import Foundation
import Testing

@Suite struct CentralityCommandTests {
    func file(_ name: String, _ text: String) throws -> (URL, URL) {
        let dir = try temporaryDirectory()
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return (dir, url)
    }

    /// The path a – b – c: degree 1/2, 1, 1/2; closeness (n−1)/Σd = 2/3, 1, 2/3; betweenness 0, 1, 0
    /// (one pair, a–c, whose only shortest path runs through b; normalised by (n−1)(n−2)/2 = 1).
    @Test func csvOfAPathGraph() throws {
        let (dir, url) = try file("p3.edgelist", "# a path\na b\nb c  # trailing comment\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["centrality", url.path, "--format", "csv",
                              "--measure", "degree", "--measure", "closeness", "--measure", "betweenness"])
        #expect(r.stdout == """
        id,degree,closeness,betweenness
        a,0.5,0.6666666666666666,0.0
        b,1.0,1.0,1.0
        c,0.5,0.6666666666666666,0.0

        """)
        #expect(r.stderr.isEmpty && r.status == 0)
    }

    @Test func defaultMeasuresAndTop() throws {
        let (dir, url) = try file("star.txt", "hub a\nhub b\nhub c\nhub d\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["centrality", url.path, "--format", "csv", "--top", "2"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "id,degree,closeness,betweenness,eigenvector,pagerank")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("hub,1.0,1.0,1.0,"))
    }

    @Test func weightedUsesTheThirdColumnForPaths() throws {
        // a–c directly costs 5, through b costs 2: weighted betweenness puts b on the a–c path.
        let (dir, url) = try file("w.edgelist", "a b 1\nb c 1\na c 5\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = try summitry(["centrality", url.path, "--format", "csv", "--measure", "betweenness"])
        #expect(plain.stdout == "id,betweenness\na,0.0\nb,0.0\nc,0.0\n")
        let weighted = try summitry(["centrality", url.path, "--weighted", "--format", "csv", "--measure", "betweenness"])
        #expect(weighted.stdout == "id,betweenness\na,0.0\nb,1.0\nc,0.0\n")
    }

    @Test func edgeBetweennessHasOneRowPerEdge() throws {
        let (dir, url) = try file("p3.edgelist", "a b\nb c\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["centrality", url.path, "--format", "csv", "--measure", "edge-betweenness"])
        // Each edge lies on 2 of the 3 pairs' shortest paths; normalised by n(n−1)/2 = 3.
        #expect(r.stdout == "source,target,edge-betweenness\na,b,0.6666666666666666\nb,c,0.6666666666666666\n")
    }

    @Test func malformedDOTNamesFileAndLine() throws {
        let (dir, url) = try file("bad.dot", "graph g {\n  a -- b;\n  b -- c;\n  c -- ;\n}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["centrality", url.path])
        #expect(r.stderr == "summitry: \(url.path):4: syntax error in line 4 near ';'\n")
        #expect(r.status == 1 && r.stdout.isEmpty)
    }

    @Test func dotInputIsSanitisedAndRead() throws {
        let (dir, url) = try file("g.gv", "graph g {\n a -- b [image=\"/etc/passwd\"];\n b -- c;\n}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["centrality", url.path, "--format", "csv", "--measure", "degree"])
        #expect(r.stdout == "id,degree\na,0.5\nb,1.0\nc,0.5\n")
    }

    @Test func twoModeMeasuresUseMeetingsAsTheOtherSide() throws {
        let (dir, url) = try file("t.csv", "actor,meeting\nAnn,M1\nBo,M1\nBo,M2\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["centrality", url.path, "--format", "csv", "--measure", "two-mode-degree"])
        // bipartite.degree_centrality: degree over the size of the other side (2 meetings, 2 actors).
        #expect(r.stdout == "id,two-mode-degree\nactor:ann,0.5\nactor:bo,1.0\nmeeting:m1,1.0\nmeeting:m2,0.5\n")
    }

    @Test func jsonFormat() throws {
        let (dir, url) = try file("p2.edgelist", "a b\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try summitry(["centrality", url.path, "--format", "json", "--measure", "degree"])
        let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let nodes = try #require(parsed?["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["a", "b"])
        #expect(nodes.map { $0["degree"] as? Double } == [1.0, 1.0])
    }
}

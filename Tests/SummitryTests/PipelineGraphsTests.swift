import Foundation
import Testing
@testable import Summitry

@Suite struct PipelineGraphsTests {
    @Test func edgeListAsNetwork() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        let path = try write("a b 2.5\nb c 1\n", to: "g.edgelist", in: dir)
        let n = try Pipeline.loadNetwork([path])
        #expect(n.nodes.map(\.id) == ["a", "b", "c"])
        #expect(n.nodes.allSatisfy { $0.kind == nil })
        #expect(n.relations.map(\.kind) == ["edge", "edge"])
        #expect(n.relations.map(\.weight) == [2.5, 1])
        #expect(n.attributes[GraphML.edgeDefaultAttribute] == "undirected")
    }

    @Test func dotAsNetworkKeepsKindsAndDropsFileAttributes() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        let path = try write("""
            digraph {
              "actor:a" [kind=actor, label="Ann A", role="Envoy", image="/etc/passwd"];
              "meeting:m" [kind=meeting, label="Talks"];
              "actor:a" -> "meeting:m" [relation=attended, weight=3];
            }
            """, to: "g.dot", in: dir)
        let n = try Pipeline.loadNetwork([path])
        let a = try #require(n.node("actor:a"))
        #expect(a.kind == .actor && a.name == "Ann A" && a.role == "Envoy")
        #expect(a.attributes["image"] == nil)
        #expect(n.relation("actor:a", .attended, "meeting:m")?.weight == 3)
    }

    @Test func dotWithAnUnknownKind() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        let path = try write("graph { x [kind=planet]; }", to: "g.gv", in: dir)
        #expect(throws: SummitryError.failed(file: path,
                                             message: "node x: unknown kind \"planet\" (expected actor, country, organization or meeting)")) {
            try Pipeline.loadNetwork([path])
        }
    }

    @Test func twoModeSidesByColouringForPlainGraphs() throws {
        // A path a–m1–b–m2: 2-colouring puts a and b (lowest index first) on one side.
        var builder = GraphBuilder(directed: false)
        builder.addEdge(from: "a", to: "m1")
        builder.addEdge(from: "m1", to: "b")
        builder.addEdge(from: "b", to: "m2")
        let table = try Pipeline.computeScores(builder.build(), measures: ["two-mode-degree"], options: CentralityRequest())
        // bipartite.degree_centrality: degree / size of the other side (2 each).
        #expect(table.column("two-mode-degree") == [0.5, 1.0, 1.0, 0.5])
        var triangle = GraphBuilder(directed: false)
        triangle.addEdge(from: "a", to: "b")
        triangle.addEdge(from: "b", to: "c")
        triangle.addEdge(from: "c", to: "a")
        #expect(throws: (any Error).self) {
            try Pipeline.computeScores(triangle.build(), measures: ["two-mode-degree"], options: CentralityRequest())
        }
    }

    @Test func perEdgeTable() throws {
        var builder = GraphBuilder(directed: false)
        builder.addEdge(from: "a", to: "b")
        builder.addEdge(from: "b", to: "c")
        let table = try Pipeline.edgeScores(builder.build(), measure: "edge-betweenness", options: CentralityRequest())
        #expect(table.idHeader == ["source", "target"])
        #expect(table.csv() == "source,target,edge-betweenness\na,b,0.6666666666666666\nb,c,0.6666666666666666\n")
        #expect(table.top(1).idFields == [["a", "b"]])
    }

    @Test func degreeStaysACountUnderWeightedUnlessStrengthIsAsked() throws {
        var builder = GraphBuilder(directed: false)
        builder.addEdge(from: "a", to: "b", weight: 4)
        builder.addEdge(from: "b", to: "c", weight: 1)
        let graph = builder.build()
        let plain = try Pipeline.computeScores(graph, measures: ["degree"], options: CentralityRequest(weighted: true))
        #expect(plain.column("degree") == [0.5, 1.0, 0.5])
        let strength = try Pipeline.computeScores(graph, measures: ["degree"],
                                                  options: CentralityRequest(weighted: true, weightAs: .strength))
        #expect(strength.column("degree") != plain.column("degree"))
    }
}

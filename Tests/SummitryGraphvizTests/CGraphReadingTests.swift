import Foundation
import Testing
@testable import SummitryGraphviz

/// The disciplines of `ordered_ids.h` and `ordered_memory.h`, seen through what libcgraph makes of a graph.
@Suite struct CGraphReadingTests {
    /// Clusters declared in an order that neither their names nor their lengths follow, an anonymous
    /// subgraph between them, a nested cluster, and a name shared by a node and a subgraph.
    static let clustered = """
        digraph G {
          subgraph cluster_zulu { label="Z"; z1; z2 }
          { rank=same; a; b }
          subgraph cluster_alpha { label="A"; a1; subgraph cluster_inner { i1 } }
          subgraph cluster_m { m1 }
          subgraph x { x }
          a -> b [key=first]; a -> b; z1 -> a1 [key=second]; m1 -> x
        }
        """

    @Test func subgraphsComeInDeclarationOrderWithIncreasingIDs() throws {
        let inventory = try CGraphReading.inventory(ofDOT: Self.clustered)
        let names = inventory.subgraphs.map(\.name)
        let anonymous = try #require(names[1])
        #expect(names == ["cluster_zulu", anonymous, "cluster_alpha", "cluster_inner", "cluster_m", "x"])
        // The anonymous subgraph prints as `%<its id>`, as with libcgraph's own discipline.
        #expect(anonymous == "%\(inventory.subgraphs[1].id)")
        // Ids follow creation order: the root first, then each subgraph in turn (nodes in between).
        let ids = [inventory.graph.id] + inventory.subgraphs.map(\.id)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        #expect(inventory.subgraphs.enumerated().allSatisfy { i, s in (s.id % 2 == 1) == (i == 1) })
        #expect(inventory.graph.name == "G" && inventory.graph.id == 2)
    }

    @Test func namesRoundTripForNamedAndAnonymousObjects() throws {
        let inventory = try CGraphReading.inventory(ofDOT: Self.clustered)
        #expect(inventory.nodes.map(\.name) == ["z1", "z2", "a", "b", "a1", "i1", "m1", "x"])
        #expect(inventory.nodes.allSatisfy { $0.id % 2 == 0 })
        #expect(inventory.nodes.map(\.id) == inventory.nodes.map(\.id).sorted())
        // Edges in creation order: keyed edges keep their key as name, anonymous ones have none.
        #expect(inventory.edges.map(\.name) == ["first", nil, "second", nil])
        #expect(inventory.edges.map { $0.id % 2 } == [0, 1, 0, 1])
        // The node `x` and the subgraph `x` are different objects with their own ids and the same name.
        let nodeX = try #require(inventory.nodes.last), subgraphX = try #require(inventory.subgraphs.last)
        #expect(nodeX.name == subgraphX.name && nodeX.id != subgraphX.id)
        // An anonymous root graph is named like other anonymous graphs.
        let root = try CGraphReading.inventory(ofDOT: "graph { a -- b }").graph
        #expect(root.name == "%\(root.id)" && root.id % 2 == 1)
    }

    @Test func sameTextSameIDsEveryTime() throws {
        let first = try CGraphReading.inventory(ofDOT: Self.clustered)
        for _ in 0 ..< 5 {
            _ = try GraphvizRenderer.render(Self.clustered, layout: .fdp)  // other graphs come and go
            let again = try CGraphReading.inventory(ofDOT: Self.clustered)
            #expect(again.subgraphs.map(\.id) == first.subgraphs.map(\.id))
            #expect(again.nodes.map(\.id) == first.nodes.map(\.id))
            #expect(again.edges.map(\.id) == first.edges.map(\.id))
        }
    }

    @Test func graphsBuiltInCodeGetTheSameDiscipline() throws {
        let inventory = try #require(CGraphReading.inventory(
            ofGraphNamed: "built", subgraphs: ["cluster_b", nil, "cluster_a"], nodes: ["n2", "n1"],
            edges: [("n1", "n3", key: nil), ("n3", "n2", key: "k")]))
        #expect(inventory.graph.name == "built")
        #expect(inventory.subgraphs.map(\.name) == ["cluster_b", "%\(inventory.subgraphs[1].id)", "cluster_a"])
        #expect(inventory.subgraphs.map(\.id) == inventory.subgraphs.map(\.id).sorted())
        #expect(inventory.nodes.map(\.name) == ["n2", "n1", "n3"])
        #expect(inventory.edges.map(\.name) == [nil, "k"])
        let anonymousGraph = try #require(CGraphReading.inventory(ofGraphNamed: nil, subgraphs: [], nodes: ["a"], edges: []))
        #expect(anonymousGraph.graph.name == "%\(anonymousGraph.graph.id)")
    }

    @Test func objectsLieAtAddressesInCreationOrder() throws {
        var g = DOTGraph()
        for i in 0 ..< 300 { g.addNode("n\((i * 7919) % 300)") }
        for i in 0 ..< 300 { g.addEdge("n\(i)", "n\((i * 31 + 7) % 300)") }
        let inventory = try CGraphReading.inventory(ofDOT: g.dotText)
        let nodes = inventory.nodes.map(\.address), edges = inventory.edges.map(\.address)
        #expect(nodes.count == 300 && nodes == nodes.sorted())
        #expect(edges.count == 300 && edges == edges.sorted())
    }

    @Test func everyGraphIsClosedAndItsNameTableFreed() throws {
        let before = GraphvizLibrary.shared.runCgraph { CGraphReading.openGraphs }
        for _ in 0 ..< 20 {
            _ = try DOTReader.read(Self.clustered)
            _ = try GraphvizRenderer.render(Self.clustered, layout: .dot)
            _ = try? DOTReader.read("digraph { a -> }")  // syntax error
            _ = try? DOTReader.read("digraph { a } digraph { b } graph { c }")  // leftovers drained
            _ = CGraphReading.inventory(ofGraphNamed: "g", subgraphs: ["s"], nodes: ["a"], edges: [])
        }
        #expect(GraphvizLibrary.shared.runCgraph { CGraphReading.openGraphs } == before)
    }

    /// The memory channel hands the lexer at most one line per call and never more than it asks for:
    /// lines far longer than the lexer's buffer, many lines, and no final newline all read back whole.
    @Test func longLinesAndManyLinesReadBackWhole() throws {
        let long = String(repeating: "0123456789abcdef", count: 12_000)  // 192 000 characters
        var text = "digraph {\n  a [label=\"\(long)\"];\n"
        for i in 0 ..< 2_000 { text += "  b\(i) -> b\(i + 1);\n" }
        text += "  z [label=\"end\"] }"
        let graph = try DOTReader.read(text)
        #expect(graph.node("a")?.attributes["label"] == .text(long))
        #expect(graph.nodes.count == 2_003 && graph.edges.count == 2_000)
        #expect(graph.node("z")?.attributes["label"] == .text("end"))
    }

    /// Names stay pool strings: a node named by an HTML string is written back as one (agwrite asks
    /// aghtmlstr about the name, which reads the string pool's header).
    @Test func htmlNamesStayHTMLWhenGraphvizWritesThem() throws {
        let text = "digraph { <<b>bold</b>> -> plain }"
        #expect(try DOTReader.read(text).nodes.map(\.id) == ["<b>bold</b>", "plain"])
        let written = String(decoding: try GraphvizRenderer.render(text, engine: "dot", format: "canon"), as: UTF8.self)
        #expect(written.contains("<<b>bold</b>>"))
    }

    /// Reading from memory opens no file: a line directive naming a file that holds another graph only
    /// renames the input in messages, and file-reading attributes are still refused or removed.
    @Test func readingFromMemoryOpensNoFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("summitry-\(UUID().uuidString).dot")
        try "digraph { fromfile [image=\"/etc/passwd\"] }".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let text = "# 1 \"\(url.path)\"\ndigraph { fromtext }"
        #expect(try DOTReader.read(text).nodes.map(\.id) == ["fromtext"])
        for attribute in ["image", "shapefile", "imagepath", "fontpath", "stylesheet"] {
            let hostile = "digraph { a [\(attribute)=\"\(url.path)\"] }"
            #expect(throws: GraphvizError.self) { try DOTSanitizer(mode: .reject).sanitize(text: hostile) }
            let stripped = try DOTSanitizer(mode: .strip).sanitize(text: hostile).graph
            #expect(!stripped.dotText.contains(url.path))
        }
    }
}

import Foundation
import SummitryGraph
import SummitryModel
import Testing
import SummitryCentrality
@testable import SummitryGraphviz

@Suite struct NetworkDiagramTests {
    /// Set SUMMITRY_DIAGRAM_DIR to a directory to keep the rendered pictures for looking at.
    static func keep(_ data: Data, _ name: String) throws {
        guard let directory = ProcessInfo.processInfo.environment["SUMMITRY_DIAGRAM_DIR"] else { return }
        try GraphvizRenderer.writeAtomically(data, to: directory + "/" + name)
    }

    @Test(arguments: DiagramOptions.Clustering.allCases)
    func sampleNetworkRenders(clustering: DiagramOptions.Clustering) throws {
        let network = SampleNetwork.make()
        let diagram = NetworkDiagram(
            network: network, scores: SampleNetwork.degreeScores(network), measure: "degree centrality",
            options: DiagramOptions(clustering: clustering, title: "Sample summit network"))
        let graph = diagram.dotGraph
        // The DOT we write is what Graphviz reads.
        let reread = try DOTReader.read(graph.dotText)
        #expect(reread.nodes.map(\.id) == network.nodes.map(\.id))
        // Our own diagrams pass the sanitiser untouched.
        #expect(try DOTSanitizer(mode: .reject).sanitize(graph).findings.isEmpty)
        try Self.keep(Data(graph.dotText.utf8), "sample-\(clustering.rawValue).dot")
        let png = try GraphvizRenderer.render(graph, layout: diagram.recommendedLayout, format: .png, sanitize: nil)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        try Self.keep(png, "sample-\(clustering.rawValue).png")
        let svg = String(decoding: try GraphvizRenderer.render(graph, layout: diagram.recommendedLayout, format: .svg), as: UTF8.self)
        try Self.keep(Data(svg.utf8), "sample-\(clustering.rawValue).svg")
        #expect(svg.contains("xlink:title=\"Pieter Vos (actor)&#10;Prime Minister&#10;country NL"))
        #expect(svg.contains("degree centrality: "))
        #expect(svg.contains("“Pieter Vos, Prime Minister, spoke for NL.”"))
        if clustering == .countries { #expect(svg.contains("class=\"cluster\"")) }
    }

    @Test func shapesColoursAndAreas() throws {
        let network = SampleNetwork.make()
        let scores = SampleNetwork.degreeScores(network)
        let options = DiagramOptions()
        let g = NetworkDiagram(network: network, scores: scores, measure: "degree", options: options).dotGraph
        func node(_ id: String) throws -> DOTAttributes { try #require(g.node(id)).attributes }
        #expect(try node("actor:pieter-vos")["shape"] == "ellipse")
        #expect(try node("country:NL")["shape"] == "box")
        #expect(try node("org:NATO")["shape"] == "hexagon")
        #expect(try node("meeting:summit")["shape"] == "pentagon")
        #expect(try node("meeting:rome")["style"] == "filled,dashed")
        #expect(Set(try [node("actor:pieter-vos"), node("country:NL"), node("org:NATO"), node("meeting:summit")]
            .map { $0["fillcolor"] }).count == 4)
        // Area above the minimum is proportional to the score.
        let minimumArea = options.minimumWidth * options.minimumWidth
        func extraArea(_ id: String) throws -> Double {
            let w = try #require(Double(try node(id)["width"]?.string ?? ""))
            return w * w - minimumArea
        }
        let top = try #require(scores.values.max())
        for id in ["actor:pieter-vos", "meeting:summit", "country:UA", "org:EU"] {
            let expected = (options.maximumWidth * options.maximumWidth - minimumArea) * (scores[id] ?? 0) / top
            #expect(abs(try extraArea(id) - expected) < 0.01, "\(id)")
        }
        #expect(try node("meeting:summit")["fixedsize"] == "shape")
    }

    @Test func edgesAreStyledByRelationAndMerged() throws {
        let g = NetworkDiagram(network: SampleNetwork.make()).dotGraph
        func edge(_ s: String, _ t: String) throws -> DOTAttributes {
            try #require(g.edges.first { $0.source == s && $0.target == t }).attributes
        }
        #expect(try edge("actor:pieter-vos", "meeting:summit")["style"] == "bold")  // hosted beats attended
        #expect(g.edges.filter { $0.source == "actor:pieter-vos" && $0.target == "meeting:summit" }.count == 1)
        #expect(try edge("actor:pieter-vos", "meeting:summit")["tooltip"]?.string.contains("hosted, attended") == true)
        #expect(try edge("actor:daniel-crane", "meeting:summit")["style"] == nil)
        #expect(try edge("actor:sophie-laurent", "meeting:rome")["style"] == "dashed")
        #expect(try edge("actor:sophie-laurent", "org:EU")["style"] == "dotted")
        #expect(try edge("actor:sophie-laurent", "country:BE")["style"] == "dotted")
    }

    @Test func hostileNamesAreEscaped() throws {
        var n = Network()
        let evil = "<script>alert(\"x\")</script> & \\N \"quoted\"\nnext"
        n.add(Node(id: "actor:evil\"id", kind: .actor, name: evil, role: "<b>role</b>"))
        n.add(.country("NL", name: "Netherlands"))
        n.add(Relation("actor:evil\"id", .represents, "country:NL", evidence: [
            Evidence(document: "d", sentence: 0, start: 0, end: 5, text: "</title><script>x</script>"),
        ]))
        let diagram = NetworkDiagram(network: n, options: DiagramOptions(title: "A <title> & more"))
        let reread = try DOTReader.read(diagram.dotGraph.dotText)
        #expect(reread.nodes.map(\.id) == ["actor:evil\"id", "country:NL"])
        let svg = String(decoding: try GraphvizRenderer.render(diagram.dotGraph, layout: .dot, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;"))
    }

    @Test func largeGraphUsesAFastLayout() throws {
        var rng = SeededGenerator(seed: 7)
        var b = GraphBuilder(directed: true)
        for i in 0 ..< 1500 { b.addNode("n\(i)") }
        for _ in 0 ..< 4500 { b.addEdge(from: "n\(rng.next() % 1500)", to: "n\(rng.next() % 1500)") }
        let graph = b.build()
        #expect(Layout.automatic(nodes: graph.nodeCount, edges: graph.edgeCount) == .sfdp)
        let start = ContinuousClock.now
        let svg = try GraphvizRenderer.render(GraphDiagram(graph: graph).dotGraph, layout: .automatic, format: .svg)
        let elapsed = ContinuousClock.now - start
        #expect(svg.count > 100_000)
        // dot would take far longer on a graph like this; sfdp takes about a second here (debug build).
        #expect(elapsed < .seconds(60))
    }

    @Test func genericGraphDiagram() throws {
        var b = GraphBuilder(directed: false)
        for (s, t, w) in [("a", "b", 1.0), ("b", "c", 4.0), ("c", "a", 2.0), ("c", "1abc", 1.0)] {
            b.addEdge(from: s, to: t, weight: w)
        }
        let graph = b.build()
        let diagram = GraphDiagram(graph: graph, scores: ["c": 1, "a": 0.5], measure: "closeness",
                                   options: DiagramOptions(title: "Generic"))
        let g = diagram.dotGraph
        #expect(!g.isDirected)
        #expect(g.nodes.map(\.id) == ["a", "b", "c", "1abc"])
        #expect(g.edges.count == 4)
        #expect(g.node("c")?.attributes["width"] == .number(2.0, digits: 3))
        #expect(g.edges[1].attributes["penwidth"] == "4")
        let svg = String(decoding: try GraphvizRenderer.render(g, layout: .neato, format: .svg), as: UTF8.self)
        #expect(svg.contains("closeness: 1"))
        #expect(svg.contains(">1abc<"))
        try Self.keep(try GraphvizRenderer.render(g, layout: .neato, format: .png), "generic.png")
    }
}

import Testing
@testable import SummitryGraphviz

@Suite struct DOTReaderTests {
    static let trickyIDs = [
        "plain", "with space", "quote\"inside", "\"", "back\\slash", "two\\\\slashes", "trailing\\\\",
        "Zürich", "東京", "Ελλάδα", "emoji 🇳🇱", "node", "EDGE", "Graph", "subgraph", "strict", "digraph", "1abc",
        "42", "-7.5", ".5", "", "line\nbreak", "crlf\r\nline", "tab\tstop", "<not html>", "a;b", "{}", "a->b",
        "#comment", "//comment", "/*c*/", "\\N", "x=y",
    ]

    @Test(arguments: trickyIDs)
    func trickyIDsRoundTrip(id: String) throws {
        var g = DOTGraph(name: id)
        g.addNode(id, ["label": .text(id), "tooltip": .text(id + "!")])
        g.addNode("other")
        g.addEdge(id, "other", ["label": .text(id)])
        g.addEdge("other", id)
        let back = try DOTReader.read(g.dotText)
        #expect(back.name == id)
        #expect(back.nodes.map(\.id) == [id, "other"])
        // The reader returns what differs from the defaults: a node label `\N` and an empty edge label
        // are the defaults, so they come back as unset (same drawing).
        let nodeLabel: DOTAttributes = id == "\\N" ? [:] : ["label": .text(id)]
        #expect(back.nodes.first?.attributes == nodeLabel.merging(["tooltip": .text(id + "!")]) { a, _ in a })
        #expect(back.edges.map { [$0.source, $0.target] } == [[id, "other"], ["other", id]])
        #expect(back.edges.first?.attributes == (id.isEmpty ? [:] : ["label": .text(id)]))
    }

    @Test func readerNormalisesToNFCAndWriterKeepsSpellingsApart() throws {
        let nfd = "Zu\u{0308}rich"  // u + combining diaeresis
        let nfc = "Z\u{00FC}rich"
        var g = DOTGraph()
        g.addNode(nfd, ["label": .text(nfd)])
        g.addNode(nfc)
        // Graphviz sees two nodes (different bytes); the writer must not merge them.
        let text = g.dotText
        #expect(text.utf8.split(separator: UInt8(ascii: "\n")).count == 4)  // header, two nodes, brace
        #expect(text.utf8.firstRange(of: Array(nfd.utf8)) != nil)
        #expect(text.utf8.firstRange(of: Array(nfc.utf8)) != nil)
        let back = try DOTReader.read(text)
        #expect(back.nodes.count == 2)
        #expect(back.nodes.allSatisfy { Array($0.id.utf8) == Array(nfc.utf8) })
        #expect(back.nodes[0].attributes["label"].map { Array($0.string.utf8) } == Array(nfc.utf8))
    }

    @Test func lossyBackslashGetsOneMore() throws {
        var g = DOTGraph()
        g.addNode("end\\")
        #expect(try DOTReader.read(g.dotText).nodes.map(\.id) == ["end\\\\"])
    }

    @Test func readsStructure() throws {
        let text = """
            strict graph "G" {
              graph [rankdir=LR]; label="top";
              node [shape=box];
              edge [color=blue];
              a [label=<<I>a</I>>];
              subgraph cluster_x { label="X"; node [color=red]; b; c }
              c -- a [weight=3];
              a -- b;
              d:n -- a:s;
            }
            """
        let g = try DOTReader.read(text)
        #expect(g.name == "G")
        #expect(!g.isDirected)
        #expect(g.isStrict)
        #expect(g.attributes == ["rankdir": "LR", "label": "top"])
        #expect(g.nodeDefaults == ["shape": "box"])
        #expect(g.edgeDefaults == ["color": "blue"])
        #expect(g.nodes.map(\.id) == ["a", "b", "c", "d"])
        #expect(g.nodes[0].attributes == ["label": .html("<I>a</I>")])
        // Defaults set in the subgraph come back on the nodes they applied to.
        #expect(g.nodes[1].attributes == ["color": "red"])
        #expect(g.edges.count == 3)
        #expect(g.edges[0].attributes == ["weight": "3"])
        #expect(g.edges[2].attributes == ["tailport": "n", "headport": "s"])
        let cluster = try #require(g.subgraphs.first)
        #expect(cluster.name == "cluster_x")
        #expect(cluster.isCluster)
        #expect(cluster.attributes["label"] == "X")
        #expect(cluster.nodeIDs == ["b", "c"])
        // Subgraphs come back in document order, though libcgraph keeps them in a dictionary.
        let order = try DOTReader.read("graph { subgraph zeta { a } subgraph alpha { b } subgraph mid { c } }")
        #expect(order.subgraphs.map(\.name) == ["zeta", "alpha", "mid"])
    }

    @Test(arguments: [
        ("digraph {\n a -> b\n c -> ;\n}\n", 3),
        ("graph {\n\n\n a -> b }", 4),
        ("digraph { a [label=\"x\" }", 1),
        // An unterminated string: libcgraph names the line where the string opened.
        ("digraph {\n a [label=\"open\n\n }", 2),
    ])
    func syntaxErrorsNameFileAndLine(text: String, line: Int) throws {
        let error = #expect(throws: GraphvizError.self) { try DOTReader.read(text, file: "in.dot") }
        guard case .syntax(let file, let reported, let message)? = error else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
        #expect(file == "in.dot")
        #expect(reported == line)
        #expect(message.contains("syntax error"))
        #expect(error?.description.hasPrefix("in.dot:\(line): ") == true)
        // The library is clean afterwards: the next read works and reports nothing stale.
        let next = try DOTReader.readReportingWarnings("digraph { x -> y }")
        #expect(next.graph.nodes.map(\.id) == ["x", "y"])
        #expect(next.warnings.isEmpty)
    }

    @Test func lineNumbersStartAtOneForEveryRead() throws {
        _ = try DOTReader.read("digraph {\n a\n b\n c\n d\n}\n")
        #expect(throws: GraphvizError.self) { try DOTReader.read("graph X { x } graph Y { y }\n\n\n") }
        let error = #expect(throws: GraphvizError.self) { try DOTReader.read("digraph {\n -> }", file: "f.dot") }
        #expect(error?.description.hasPrefix("f.dot:2: ") == true)
    }

    @Test func secondGraphIsRejectedAndDoesNotLeakIntoTheNextRead() throws {
        #expect(throws: GraphvizError.self) { try DOTReader.read("graph X { x } graph Y { y }") }
        let next = try DOTReader.read("digraph Z { z }")
        #expect(next.name == "Z")
        #expect(next.nodes.map(\.id) == ["z"])
        // Three graphs, the last broken: still rejected, still clean afterwards.
        #expect(throws: GraphvizError.self) { try DOTReader.read("graph A { a } graph B { b } graph C { -- }") }
        #expect(try DOTReader.read("graph W { w }").name == "W")
    }

    @Test func nulByteIsRefusedWithItsLine() {
        #expect(throws: GraphvizError.invalid(
            file: "n.dot", line: 2, message: "the text holds a NUL byte; DOT text cannot")) {
            try DOTReader.read("digraph {\n a\u{0} -> b }", file: "n.dot")
        }
    }

    @Test func emptyInputHasNoGraph() {
        #expect(throws: GraphvizError.self) { try DOTReader.read("  /* nothing */ ") }
    }

    @Test func warningsAreReturnedNotPrinted() throws {
        let result = try DOTReader.readReportingWarnings("graph { 1abc }")
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("badly delimited number") == true)
    }
}

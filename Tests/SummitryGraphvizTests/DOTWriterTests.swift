import Testing
@testable import SummitryGraphviz

@Suite struct DOTWriterTests {
    @Test(arguments: [
        ("a", "a"), ("_x1", "_x1"), ("nodes", "nodes"), ("Zürich", "Zürich"), ("Владимир", "Владимир"),
        ("12", "12"), ("-1.5", "-1.5"), (".5", ".5"), ("1.", "1."), ("-.25", "-.25"),
        ("1abc", "\"1abc\""), ("-", "\"-\""), ("", "\"\""), ("1.2.3", "\"1.2.3\""), ("--", "\"--\""),
        ("node", "\"node\""), ("Graph", "\"Graph\""), ("STRICT", "\"STRICT\""), ("subGraph", "\"subGraph\""),
        ("edge", "\"edge\""), ("digraph", "\"digraph\""), ("a b", "\"a b\""), ("a-b", "\"a-b\""),
        ("actor:jens", "\"actor:jens\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("a\\b", "\"a\\b\""),
        ("a\\\\b", "\"a\\\\b\""), ("a\nb", "\"a\nb\""), ("<b>", "\"<b>\""),
    ])
    func quoting(id: String, expected: String) {
        #expect(DOTWriter.quoted(id) == expected)
    }

    @Test func backslashRunsDOTCannotExpressGetOneMore() {
        // A lone trailing backslash would escape the closing quote.
        #expect(DOTWriter.quoted("a\\") == "\"a\\\\\"")
        // An even run before a quote is fine as it is; an odd one gets one more.
        #expect(DOTWriter.quoted("x\\\\\"") == "\"x\\\\\\\"\"")
        #expect(DOTWriter.quoted("x\\\"") == "\"x\\\\\\\"\"")
    }

    @Test func writesSortedAttributesAndStatements() {
        var g = DOTGraph(name: "G", attributes: ["rankdir": "LR", "label": "Title"])
        g.nodeDefaults = ["shape": "box", "fontname": "Helvetica"]
        g.edgeDefaults = ["color": "#999999"]
        g.addNode("b", ["label": "Bee", "color": "red"])
        g.addNode("a")
        g.addEdge("a", "b", ["weight": .number(2)])
        g.subgraphs = [DOTSubgraph(name: "cluster_1", attributes: ["label": "C"], nodeDefaults: ["color": "blue", "shape": "box"],
                                   nodeIDs: ["b", "c"])]
        let expected = """
            digraph G {
            \tgraph [label=Title, rankdir=LR];
            \tnode [fontname=Helvetica, shape=box];
            \tedge [color="#999999"];
            \tb [color=red, label=Bee, shape=box];
            \ta;
            \tsubgraph cluster_1 {
            \t\tgraph [label=C];
            \t\tnode [color=blue, shape=box];
            \t\tb;
            \t\tc;
            \t}
            \ta -> b [weight=2];
            }

            """
        #expect(g.dotText == expected)
    }

    @Test func undirectedStrictAndHTML() {
        var g = DOTGraph(isDirected: false, isStrict: true)
        g.addNode("x", ["label": .html("<B>bold</B> &amp; more")])
        g.addNode("y", ["label": .html("unbalanced > here")])
        g.addEdge("x", "y")
        #expect(g.dotText == """
            strict graph {
            \tx [label=<<B>bold</B> &amp; more>];
            \ty [label="unbalanced > here"];
            \tx -- y;
            }

            """)
    }

    @Test(arguments: [(1.0, "1"), (0.5, "0.5"), (2.0 / 3.0, "0.6667"), (-3.25, "-3.25"), (1e-7, "0"), (1e-5, "0")])
    func numbers(value: Double, expected: String) {
        #expect(DOTValue.number(value) == .text(expected))
    }

    @Test func labelEscaping() {
        #expect(DOTValue.escapeLabel("a\nb\r\nc\rd") == "a\\nb\\nc\\nd")
        #expect(DOTValue.escapeLabel("C:\\temp \\N") == "C:\\\\temp \\\\N")
    }
}

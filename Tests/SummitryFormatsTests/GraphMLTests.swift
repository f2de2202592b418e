import Foundation
import Testing
import SummitryModel
@testable import SummitryFormats

/// A small network with every kind, field and relation shape the model has.
func sampleNetwork() -> Network {
    var n = Network()
    n.add(Document(id: "doc-1", path: "articles/doc-1.txt", lang: "en"))
    n.add(Node.actor("Ada Example", aliases: ["Example", "Examples"], country: "DE", organization: "EU", role: "Foreign <Minister> & \"Envoy\""))
    n.add(Node.country("DE", name: "Germany"))
    n.add(Node.organization("EU", name: "European Union"))
    var meeting = Node(id: "meeting:harbour-talks", kind: .meeting, name: "Harbour talks", country: "DE", city: "Kiel",
                       time: "Tuesday evening", mode: "multilateral", status: "held")
    meeting.attributes = ["seats": 12, "score": 0.25, "public": true, "tags": .array(["a", "b"])]
    n.add(meeting)
    let e = Evidence(document: "doc-1", sentence: 3, start: 10, end: 42, text: "Ada Example met\nthe others in Kiel.")
    n.add(Relation("actor:ada-example", .represents, "country:DE", evidence: [e]))
    n.add(Relation("actor:ada-example", .memberOf, "org:EU"))
    n.add(Relation("actor:ada-example", .attended, "meeting:harbour-talks", evidence: [e], weight: 2.5,
                   attributes: ["note": "first"]))
    n.add(Relation("meeting:harbour-talks", .heldIn, "country:DE", evidence: [e]))
    return n
}

@Suite struct GraphMLTests {
    @Test func roundTripKeepsEveryField() throws {
        let network = sampleNetwork()
        let back = try GraphML.read(GraphML.data(of: network), file: "s.graphml")
        #expect(back == network)
    }

    @Test func writerDeclaresTypedKeysAndEscapes() {
        let text = GraphML.string(of: sampleNetwork())
        #expect(text.contains("<graph id=\"G\" edgedefault=\"directed\">"))
        #expect(text.contains("attr.name=\"weight\" attr.type=\"double\""))
        #expect(text.contains("attr.name=\"seats\" attr.type=\"long\""))
        #expect(text.contains("attr.name=\"public\" attr.type=\"boolean\""))
        #expect(text.contains("Foreign &lt;Minister&gt; &amp; &quot;Envoy&quot;"))
        #expect(GraphML.string(of: sampleNetwork()) == text)
        // A structured attribute: JSON text in a string key marked for Summitry.
        #expect(text.contains("attr.name=\"tags\" attr.type=\"string\"><desc>json</desc></key>"))
        #expect(text.contains(">[&quot;a&quot;,&quot;b&quot;]</data>"))
    }

    /// What `networkx.write_graphml` writes for an undirected graph with typed attributes (NetworkX 3.6.1).
    static let networkxOutput = """
    <?xml version='1.0' encoding='utf-8'?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
      <key id="d4" for="edge" attr.name="weight" attr.type="double" />
      <key id="d3" for="node" attr.name="flag" attr.type="boolean" />
      <key id="d2" for="node" attr.name="score" attr.type="double" />
      <key id="d1" for="node" attr.name="size" attr.type="long" />
      <key id="d0" for="node" attr.name="label" attr.type="string" />
      <graph edgedefault="undirected">
        <node id="a">
          <data key="d0">Alpha</data>
          <data key="d1">3</data>
          <data key="d2">0.5</data>
          <data key="d3">True</data>
        </node>
        <node id="b" />
        <node id="c" />
        <edge source="a" target="b">
          <data key="d4">2.5</data>
        </edge>
        <edge source="b" target="c" />
      </graph>
    </graphml>
    """

    @Test func readsNetworkXOutput() throws {
        let n = try GraphML.read(Data(Self.networkxOutput.utf8), file: "nx.graphml")
        #expect(n.nodes.map(\.id) == ["a", "b", "c"])
        let a = try #require(n.node("a"))
        #expect(a.name == "Alpha" && a.kind == nil)
        #expect(a.attributes == ["size": 3, "score": 0.5, "flag": true])
        #expect(n.relations.map { "\($0.source)-\($0.target)" } == ["a-b", "b-c"])
        #expect(n.relations[0].weight == 2.5 && n.relations[1].weight == nil)
        #expect(n.relations[0].kind == "edge")
        #expect(n.attributes[GraphML.edgeDefaultAttribute] == "undirected")
        #expect(GraphML.string(of: n).contains("edgedefault=\"undirected\""))
    }

    @Test func keyDefaultsApplyToTheirDomain() throws {
        let xml = """
        <graphml><key id="k" for="node" attr.name="kind" attr.type="string"><default>actor</default></key>
        <key id="w" for="edge" attr.name="weight" attr.type="double"><default>1.5</default></key>
        <graph edgedefault="directed"><node id="x"/><node id="y"><data key="k">meeting</data></node>
        <edge source="x" target="y"/></graph></graphml>
        """
        let n = try GraphML.read(Data(xml.utf8), file: "d.graphml")
        #expect(n.node("x")?.kind == .actor && n.node("y")?.kind == .meeting)
        #expect(n.relations.first?.weight == 1.5)
    }

    @Test func malformedXMLNamesFileAndLine() throws {
        let xml = "<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n"
        let error = try #require(throws: FormatError.self) { try GraphML.read(Data(xml.utf8), file: "bad.graphml") }
        guard case .syntax(let file, let line?, _) = error else { Issue.record("unexpected \(error)"); return }
        #expect(file == "bad.graphml")
        #expect((3 ... 5).contains(line))
    }

    @Test func badTypedValueAndUndeclaredKey() {
        let typed = "<graphml><key id=\"s\" for=\"node\" attr.name=\"size\" attr.type=\"long\"/>\n<graph>\n<node id=\"a\"><data key=\"s\">big</data></node></graph></graphml>"
        #expect(throws: FormatError.invalid(file: "t.graphml", line: 3, message: "size: \"big\" is not a long")) {
            try GraphML.read(Data(typed.utf8), file: "t.graphml")
        }
        let undeclared = "<graphml><graph>\n<node id=\"a\"><data key=\"zz\">1</data></node></graph></graphml>"
        #expect(throws: FormatError.invalid(file: "u.graphml", line: 2, message: "<data key=\"zz\"> names no declared <key>")) {
            try GraphML.read(Data(undeclared.utf8), file: "u.graphml")
        }
    }

    @Test func notGraphML() {
        #expect(throws: FormatError.invalid(file: "x.xml", line: nil, message: "no <graph> element: not a GraphML document")) {
            try GraphML.read(Data("<html/>".utf8), file: "x.xml")
        }
    }
}

import Foundation
import Testing
@testable import SummitryGraphviz

@Suite struct DOTSanitizerTests {
    @Test(arguments: ["image", "shapefile", "imagepath", "fontpath", "fontnames", "stylesheet"])
    func fileAttributesAreRemovedEverywhere(attribute: String) throws {
        let text = """
            digraph { graph [\(attribute)="/etc/passwd1"]; node [\(attribute)="/etc/passwd2"];
              edge [\(attribute)="/etc/passwd3"]; a [\(attribute)="/etc/passwd4"]; a -> b [\(attribute)="/etc/passwd5"];
              subgraph cluster_s { \(attribute)="/etc/passwd6"; c } }
            """
        let result = try DOTSanitizer().sanitize(text: text)
        #expect(!result.graph.dotText.contains("passwd"))
        #expect(result.findings.count == 6)
        #expect(result.findings.allSatisfy { $0.attribute == attribute && $0.action == .removed })
        #expect(Set(result.findings.map(\.location)) == [
            "graph", "node defaults", "edge defaults", "node a", "edge a -> b", "subgraph cluster_s",
        ])
    }

    @Test func rejectModeNamesTheAttributeAndNode() {
        #expect(throws: GraphvizError.unsafe(
            file: "u.dot", attribute: "image", location: "node \"evil node\"",
            message: "makes Graphviz or an SVG viewer read a local file (value \"/etc/passwd\")")) {
            try DOTSanitizer(mode: .reject).sanitize(text: "digraph { \"evil node\" [image=\"/etc/passwd\"] }", file: "u.dot")
        }
    }

    @Test func cleanInputHasNoFindingsInEitherMode() throws {
        let text = "digraph { a [URL=\"https://example.org/a\", label=<<B>x</B>>, width=2]; a -> b [minlen=3] }"
        let strip = try DOTSanitizer().sanitize(text: text)
        #expect(strip.findings.isEmpty)
        #expect(strip.graph == (try DOTReader.read(text)))
        #expect(try DOTSanitizer(mode: .reject).sanitize(text: text).findings.isEmpty)
    }

    @Test func imageNeverReachesGraphviz() throws {
        // A real file Graphviz would use: unsanitised, its path ends up in the SVG (Graphviz opened it to
        // size the node); sanitised, nothing of it does.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("summitry-img-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = try GraphvizRenderer.render("digraph { x }", layout: .dot, format: .png, sanitize: nil)
        let secret = directory.appendingPathComponent("secret-picture.png").path
        try png.write(to: URL(fileURLWithPath: secret))
        let text = "digraph { a [image=\"\(secret)\", label=\"\"]; b [label=<<TABLE><TR><TD><IMG SRC=\"\(secret)\"/></TD></TR></TABLE>>]; a -> b }"
        let unsafe = String(decoding: try GraphvizRenderer.render(text, layout: .dot, format: .svg, sanitize: nil), as: UTF8.self)
        #expect(unsafe.contains("secret-picture"))
        let safe = String(decoding: try GraphvizRenderer.render(text, layout: .dot, format: .svg), as: UTF8.self)
        #expect(!safe.contains("secret-picture"))
        #expect(safe.contains("<svg"))
        let passwd = String(decoding: try GraphvizRenderer.render(
            "digraph { a [image=\"/etc/passwd\"] }", layout: .dot, format: .svg), as: UTF8.self)
        #expect(!passwd.contains("passwd") && !passwd.contains("root:"))
    }

    @Test(arguments: [
        ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), (" \tjava\nscript:alert(1)", false),
        ("javascript&#58;alert(1)", false), ("javascript&#x3A;alert(1)", false), ("javascript&colon;alert(1)", false),
        ("data:text/html;base64,PHNjcmlwdD4=", false), ("file:///etc/passwd", false), ("vbscript:x", false),
        ("\\N", false), ("java\\Nscript", false), ("https://example.org/\\N", true), ("http://a.b/c?d#e", true),
        ("mailto:a@b.org", true), ("#anchor", true), ("page.html", true), ("/abs/path", true), ("", true),
    ])
    func links(link: String, allowed: Bool) throws {
        var g = DOTGraph()
        g.addNode("a", ["URL": .text(link), "href": .text(link)])
        g.addEdge("a", "b", ["labelURL": .text(link)])
        let result = try DOTSanitizer().sanitize(g)
        #expect(result.findings.isEmpty == allowed)
        #expect((result.graph.nodes[0].attributes["URL"] != nil) == allowed)
        #expect((result.graph.edges[0].attributes["labelURL"] != nil) == allowed)
        #expect(DOTSanitizer.unsafeLinkReason(link) == nil ? allowed : !allowed)
    }

    @Test func javascriptLinkNeverReachesTheSVG() throws {
        let svg = String(decoding: try GraphvizRenderer.render(
            "digraph { a [URL=\"javascript:alert(1)\"]; b [href=\"https://example.org\"] }", layout: .dot, format: .svg),
            as: UTF8.self)
        #expect(!svg.contains("javascript"))
        #expect(svg.contains("https://example.org"))
    }

    @Test(arguments: [
        ("minlen", "100000", "50"), ("minlen", "1e999", "50"), ("nodesep", "1e9", "10"), ("ranksep", "500 equally", "20 equally"),
        ("size", "100000,100000!", "200,200!"), ("dpi", "100000", "300"), ("width", "99999", "50"), ("fontsize", "4000", "144"),
        ("margin", "3,9000", "3,10"), ("weight", "-1e12", "-1000"), ("peripheries", "500", "10"),
        ("ranksep", "0", "0.02"), ("nodesep", "-5", "0.02"),
    ])
    func sizesAreClamped(attribute: String, value: String, expected: String) throws {
        var g = DOTGraph(attributes: [DOTValue.text(attribute).string: .text(value)])
        g.addNode("a", [attribute: .text(value)])
        let result = try DOTSanitizer().sanitize(g)
        #expect(result.graph.attributes[attribute] == .text(expected))
        #expect(result.graph.nodes[0].attributes[attribute] == .text(expected))
        #expect(result.findings.count == 2)
        #expect(result.findings.first?.action == .clamped(to: expected))
    }

    @Test func notANumberIsRemovedAndOrdinarySizesStay() throws {
        var g = DOTGraph()
        g.addNode("a", ["width": "nan", "height": "2.5", "fontsize": "12", "ratio": "fill"])
        let result = try DOTSanitizer().sanitize(g)
        #expect(result.graph.nodes[0].attributes == ["height": "2.5", "fontsize": "12", "ratio": "fill"])
        #expect(result.findings.map(\.attribute) == ["width"])
    }

    @Test func minlenThatWouldCrashDotRendersAfterSanitising() throws {
        // Unsanitised, dot segfaults on this (DESIGN.md); sanitised, it lays out.
        let svg = try GraphvizRenderer.render("digraph { a -> b [minlen=100000] }", layout: .dot, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func htmlLabels() throws {
        let label = """
            <TABLE BORDER="1000" CELLSPACING="0"><TR><TD COLSPAN="65535" HREF="javascript:x()">a</TD>\
            <TD><IMG SRC="/etc/passwd"/></TD><TD HREF="https://ok.example">b</TD></TR>\
            <!-- note --><TR><TD><FONT FACE="/tmp/evil.ttf" POINT-SIZE="9999">c</FONT></TD></TR></TABLE>
            """
        var g = DOTGraph()
        g.addNode("a", ["label": .html(label)])
        let result = try DOTSanitizer().sanitize(g)
        let cleaned = try #require(result.graph.nodes[0].attributes["label"])
        #expect(cleaned == .html("""
            <TABLE BORDER="20" CELLSPACING="0"><TR><TD COLSPAN="100">a</TD><TD></TD>\
            <TD HREF="https://ok.example">b</TD></TR><TR><TD><FONT POINT-SIZE="144">c</FONT></TD></TR></TABLE>
            """))
        #expect(result.findings.map(\.attribute) == [
            "label/BORDER", "label/COLSPAN", "label/HREF", "label/IMG", "label/FACE", "label/POINT-SIZE",
        ])
        // Graphviz accepts the cleaned label.
        let svg = try GraphvizRenderer.render(result.graph, layout: .dot, format: .svg, sanitize: nil)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(throws: GraphvizError.self) { try DOTSanitizer(mode: .reject).sanitize(g) }
    }

    @Test func hugeColspanIsClampedBeforeLayout() throws {
        // Unsanitised this label takes about 18 GB in layout (DESIGN.md); clamped it is instant.
        let text = "digraph { a [label=<<TABLE><TR><TD COLSPAN=\"65535\">x</TD></TR><TR><TD>y</TD></TR></TABLE>>] }"
        let svg = try GraphvizRenderer.render(text, layout: .dot, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test(arguments: ["concentrate", "ordering", "newrank", "pack", "packmode"])
    func knownCrashersAreRemoved(attribute: String) throws {
        let result = try DOTSanitizer().sanitize(text: "digraph { \(attribute)=out; a -> b }")
        #expect(result.graph.attributes[attribute] == nil)
        #expect(result.findings.map(\.attribute) == [attribute])
        // Switched off, they are harmless and stay.
        #expect(try DOTSanitizer().sanitize(text: "digraph { \(attribute)=false; a -> b }").findings.isEmpty)
    }

    @Test func rankSetsAwayFromClustersStayOthersGo() throws {
        let text = """
            digraph {
              { rank=same; a; b }
              { rank=min; c; d }
              subgraph cluster_x { d; e; { rank=same; e; f } }
              subgraph cluster_y { g }
            }
            """
        let result = try DOTSanitizer().sanitize(text: text)
        let ranks = result.findings.filter { $0.attribute == "rank" }
        #expect(ranks.count == 2)  // shares d with cluster_x; lies inside cluster_x
        #expect(result.graph.subgraphs[0].attributes["rank"] == "same")
        #expect(result.graph.subgraphs[1].attributes["rank"] == nil)
        #expect(throws: GraphvizError.self) { try DOTSanitizer(mode: .reject).sanitize(text: text) }
    }

    @Test func overlappingClustersBecomeATree() throws {
        // fdp 2.43 segfaults on this (n1 in cluster_a and in cluster_b/cluster_c).
        let text = "digraph { n1 -> n0; subgraph cluster_a { n4 n1 n5 } subgraph cluster_b { n1 n3 subgraph cluster_c { n1 } } }"
        let result = try DOTSanitizer().sanitize(text: text)
        // Members come in node creation order (n1 was made by the edge).
        #expect(result.graph.subgraphs.map(\.nodeIDs) == [["n1", "n4", "n5"], ["n3"]])
        #expect(result.graph.subgraphs[1].subgraphs.map(\.nodeIDs) == [[]])
        #expect(result.findings.count == 2)
        let svg = try GraphvizRenderer.render(text, layout: .fdp, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func unparsableHTMLLabelIsRemoved() throws {
        var g = DOTGraph()
        g.addNode("a", ["label": .html("<TABLE BORDER=1><TR><TD>x</TD></TR></TABLE>")])
        let result = try DOTSanitizer().sanitize(g)
        #expect(result.graph.nodes[0].attributes["label"] == nil)
        #expect(result.findings.first?.attribute == "label/HTML")
    }

    @Test(arguments: ["/usr/share/fonts/x.ttf", "C:\\fonts\\x.ttf", "~/x.ttf"])
    func fontPathsAreRemoved(font: String) throws {
        var g = DOTGraph(nodeDefaults: ["fontname": .text(font)])
        g.addNode("a", ["fontname": "Helvetica"])
        let result = try DOTSanitizer().sanitize(g)
        #expect(result.graph.nodeDefaults["fontname"] == nil)
        #expect(result.graph.nodes[0].attributes["fontname"] == "Helvetica")
    }
}

import Foundation
import Testing
@testable import SummitryGraphviz

@Suite struct GraphvizRendererTests {
    static let small = "digraph { a -> b; b -> c; a -> c; a [label=\"Älpha\"] }"

    @Test(arguments: Layout.allCases)
    func everyLayoutRendersSVG(layout: Layout) throws {
        let data = try GraphvizRenderer.render(Self.small, layout: layout, format: .svg)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<svg"))
        #expect(text.contains("Älpha"))
        #expect(text.hasSuffix("</svg>\n"))
    }

    @Test func formatsHaveTheirMagicBytes() throws {
        let png = try GraphvizRenderer.render(Self.small, layout: .dot, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Array(png.suffix(8)) == [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])  // IEND chunk
        let pdf = try GraphvizRenderer.render(Self.small, layout: .dot, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(String(decoding: pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
        let dot = try #require(String(data: try GraphvizRenderer.render(Self.small, layout: .dot, format: .dot), encoding: .utf8))
        #expect(dot.hasPrefix("digraph"))
        #expect(dot.contains("pos=\""))
        let laidOut = try DOTReader.read(dot)
        #expect(laidOut.nodes.allSatisfy { $0.attributes["pos"] != nil })
        let xdot = try #require(String(data: try GraphvizRenderer.render(Self.small, layout: .dot, format: .xdot), encoding: .utf8))
        #expect(xdot.contains("_draw_="))
    }

    @Test func unknownLayoutAndFormatAreErrorsThatListTheChoices() throws {
        let layoutError = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(Self.small, engine: "nolayout", format: "svg")
        }
        guard case .unknownLayout(let name, let available)? = layoutError else {
            Issue.record("expected unknownLayout, got \(String(describing: layoutError))")
            return
        }
        #expect(name == "nolayout")
        #expect(Set(["dot", "neato", "fdp", "sfdp", "circo", "twopi"]).isSubset(of: available))
        let formatError = #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(Self.small, engine: "dot", format: "nosuchformat")
        }
        guard case .unknownFormat(_, let formats)? = formatError else {
            Issue.record("expected unknownFormat, got \(String(describing: formatError))")
            return
        }
        #expect(Set(["svg", "png", "pdf", "dot", "xdot"]).isSubset(of: formats))
    }

    @Test func rendererQualifiedFormatNames() throws {
        let png = try GraphvizRenderer.render(Self.small, engine: "dot", format: "png:cairo")
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(GraphvizRenderer.availableFormats.contains("svg"))
        #expect(GraphvizRenderer.availableLayouts.contains("sfdp"))
    }

    @Test func emptyGraphRenders() throws {
        let svg = try GraphvizRenderer.render("digraph {}", layout: .automatic, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func layoutAttributeInTheGraphDoesNotOverrideTheEngine() throws {
        // `layout=nosuch` in the text would make gvLayout fail if it were honoured.
        let data = try GraphvizRenderer.render("digraph { layout=nosuch; a -> b }", engine: "dot", format: "svg")
        #expect(String(decoding: data, as: UTF8.self).contains("<svg"))
    }

    @Test func syntaxErrorsComeThroughTheRenderer() {
        #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render("digraph {\n a -> \n}", layout: .dot, format: .svg, sanitize: nil, file: "x.dot")
        }
    }

    @Test(arguments: [(0, 0, Layout.dot), (10, 9, .dot), (3000, 2999, .dot), (4000, 3999, .sfdp), (150, 300, .dot),
                      (151, 400, .neato), (150, 450, .neato), (200, 600, .neato), (500, 2000, .neato), (501, 600, .sfdp)])
    func automaticChoice(nodes: Int, edges: Int, expected: Layout) {
        #expect(Layout.automatic(nodes: nodes, edges: edges) == expected)
    }

    @Test func writesFilesAtomically() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("summitry-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.svg").path
        try GraphvizRenderer.render(Self.small, layout: .dot, format: .svg, to: path)
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(String(decoding: written, as: UTF8.self).contains("<svg"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.svg"])
        #expect(throws: GraphvizError.self) {
            try GraphvizRenderer.render(Self.small, layout: .dot, format: .svg, to: directory.path + "/missing/dir/out.svg")
        }
    }

    @Test func concurrentRendersAreSerialisedAndAllSucceed() async throws {
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0 ..< 24 {
                group.addTask {
                    let text = "digraph { n\(i) -> m\(i); m\(i) -> k; k -> n\(i) }"
                    let format: OutputFormat = [.svg, .png, .pdf][i % 3]
                    let data = try GraphvizRenderer.render(text, layout: [.dot, .neato, .sfdp, .circo][i % 4], format: format)
                    if i % 2 == 0 { _ = try DOTReader.read(text) }
                    return data.count
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(sizes.count == 24)
        #expect(sizes.allSatisfy { $0 > 100 })
    }
}

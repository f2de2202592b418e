import Foundation
import Testing

@Suite struct RenderCommandTests {
    let table = "examples/affiliation/meetings.csv"

    @Test(arguments: [("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)),
                      ("dot", Array("digraph".utf8))])
    func formatsByExtension(_ ext: String, _ magic: [UInt8]) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("net." + ext)
        let r = try summitry(["render", table, "--output", output.path, "--layout", "neato", "--size-by", "pagerank"])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let data = try Data(contentsOf: output)
        #expect(Array(data.prefix(magic.count)) == magic)
        #expect(listing(dir) == ["net." + ext])
    }

    @Test func unwritableOutputLeavesNothing() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("missing/net.svg")
        let r = try summitry(["render", table, "--output", output.path])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("summitry: \(output.path): cannot write the file"))
        #expect(listing(dir).isEmpty)
    }

    @Test func dotInputKeepsItsStyleAndLosesFileAttributes() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.gv"), output = dir.appendingPathComponent("out.dot")
        try Data("digraph { a [color=red, image=\"/etc/passwd\"]; a -> b; }\n".utf8).write(to: input)
        let r = try summitry(["render", input.path, "--output", output.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let dot = try String(contentsOf: output, encoding: .utf8)
        #expect(dot.contains("red") && !dot.contains("passwd"))
        let svg = dir.appendingPathComponent("out.svg")
        #expect(try summitry(["render", input.path, "--output", svg.path]).status == 0)
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("stroke=\"red\""))
    }

    @Test func unknownSizeMeasure() throws {
        let r = try summitry(["render", table, "--output", "x.svg", "--size-by", "fame"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("summitry: \(table): --size-by: unknown measure \"fame\""))
    }
}

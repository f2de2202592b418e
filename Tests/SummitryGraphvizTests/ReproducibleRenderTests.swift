import Foundation
import Testing
import SummitryCentrality
@testable import SummitryGraphviz

/// The same DOT must give the same bytes: again and again in one process, whatever else the process
/// allocated meanwhile, and in separate processes (other heap addresses under ASLR).
@Suite struct ReproducibleRenderTests {
    /// Two meetings as clusters, declared in an order their names do not sort in, with cross edges:
    /// the shape of what `summitry analyze` draws.
    static let meetings: String = {
        var g = DOTGraph(name: "meetings", attributes: ["overlap": "false", "splines": "true", "sep": "+10"])
        let clusters = ["cluster_meeting_7", "cluster_meeting_1", "cluster_meeting_30", "cluster_meeting_2"]
        for (c, name) in clusters.enumerated() {
            let members = (0 ..< 4 + c).map { "actor \(c)-\($0)" }
            g.subgraphs.append(DOTSubgraph(name: name, attributes: ["label": .text("Meeting \(name.suffix(2))")], nodeIDs: members))
            for (i, member) in members.enumerated() {
                g.addNode(member, ["shape": i == 0 ? "box" : "ellipse"])
                if i > 0 { g.addEdge(members[0], member) }
            }
        }
        for c in 0 ..< clusters.count {
            g.addEdge("actor \(c)-1", "actor \((c + 1) % clusters.count)-2", ["style": "dashed"])
            g.addEdge("country \(c % 2)", "actor \(c)-0")
        }
        return g.dotText
    }()

    /// Engines that draw clusters (dot, fdp) and the two force-directed ones `analyze` picks by size.
    static let layouts: [Layout] = [.dot, .fdp, .sfdp, .neato]

    @Test(arguments: layouts)
    func sameBytesEveryTimeInOneProcess(layout: Layout) throws {
        let first = try GraphvizRenderer.render(Self.meetings, layout: layout, format: .svg)
        var rng = SeededGenerator(seed: 0x5eed)  // (seeded: the heap changes the same way in every run)
        var held: [UnsafeMutableRawPointer] = []
        defer { held.forEach { free($0) } }
        for round in 0 ..< 8 {
            // Change the heap between renders: blocks of name-like sizes, some kept, some freed.
            for _ in 0 ..< 400 {
                let block = malloc(Int(8 + rng.next() % 120))!
                if rng.next() % 3 == 0 { held.append(block) } else { free(block) }
            }
            _ = try GraphvizRenderer.render(CGraphReadingTests.clustered, layout: Self.layouts[round % 4], format: .svg)
            let again = try GraphvizRenderer.render(Self.meetings, layout: layout, format: .svg)
            #expect(again == first, "\(layout) render \(round + 2) differs from the first")
        }
        if layout == .dot || layout == .fdp {
            // Clusters are drawn in the order the text declares them.
            let svg = String(decoding: first, as: UTF8.self)
            let titles = svg.split(separator: "<title>").dropFirst().map { $0.prefix { $0 != "<" } }
                .filter { $0.hasPrefix("cluster") }
            #expect(titles == ["cluster_meeting_7", "cluster_meeting_1", "cluster_meeting_30", "cluster_meeting_2"])
        }
    }

    /// Renders the file twice, each time in a new `summitry` process, and compares the bytes.
    @Test(arguments: [Layout.fdp, .dot, .sfdp])
    func sameBytesInSeparateProcesses(layout: Layout) throws {
        let binary = try #require(Self.summitryBinary, "the summitry executable was not built next to the tests")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("summitry-repro-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("meetings.dot")
        try Self.meetings.write(to: input, atomically: true, encoding: .utf8)
        var outputs: [Data] = []
        for run in 0 ..< 3 {
            let output = directory.appendingPathComponent("run\(run).svg")
            let process = Process()
            process.executableURL = binary
            process.arguments = ["render", input.path, "-o", output.path, "--layout", layout.rawValue]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "summitry render exited with \(process.terminationStatus)")
            outputs.append(try Data(contentsOf: output))
        }
        #expect(outputs[0].count > 1000)
        #expect(outputs[1] == outputs[0] && outputs[2] == outputs[0], "\(layout): separate processes drew different SVGs")
    }

    /// The built `summitry` executable, in the products directory next to the test bundle.
    static let summitryBinary: URL? = {
        var candidates = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.insert(bundle.bundleURL.deletingLastPathComponent(), at: 0)
        }
        #endif
        return candidates.map { $0.appendingPathComponent("summitry") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()
}

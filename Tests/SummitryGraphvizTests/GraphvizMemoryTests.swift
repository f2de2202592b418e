import Foundation
import Testing
@testable import SummitryGraphviz

@Suite struct GraphvizMemoryTests {
    /// Resident set size in bytes (Linux: /proc/self/statm; elsewhere the peak from getrusage).
    static func residentBytes() -> Int {
        #if os(Linux)
        if let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) {
            let fields = statm.split(separator: " ")
            if fields.count > 1, let pages = Int(fields[1]) { return pages * Int(sysconf(Int32(_SC_PAGESIZE))) }
        }
        #endif
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss
        #endif
    }

    static let text: String = {
        var g = DOTGraph(attributes: ["label": "leak check"])
        for i in 0 ..< 60 { g.addNode("node \(i)", ["label": .label("Node \(i)\nsecond line"), "tooltip": .text("t\(i)")]) }
        for i in 0 ..< 90 { g.addEdge("node \(i % 60)", "node \((i * 7 + 3) % 60)") }
        return g.dotText
    }()

    @Test func sixHundredRendersKeepMemoryBounded() throws {
        var produced = 0
        for _ in 0 ..< 20 { produced += try GraphvizRenderer.render(Self.text, layout: .neato, format: .png).count }
        let before = Self.residentBytes()
        for i in 0 ..< 600 {
            let format: OutputFormat = i % 2 == 0 ? .png : .svg
            produced += try GraphvizRenderer.render(Self.text, layout: i % 3 == 0 ? .dot : .neato, format: format).count
            if i % 4 == 0 { produced += try DOTReader.read(Self.text).nodes.count }
        }
        let growth = Self.residentBytes() - before
        // Each render allocates the parsed graph, its layout and an output of this size; leaking them
        // 600 times (the output alone: over 110 MB) would add well over the bound. The bound leaves room for what tests running in
        // parallel allocate meanwhile (RSS is process-wide; up to 36 MB was seen under load).
        let perRender = produced / 620
        print("render leak check: \(perRender) bytes of output per render, RSS growth \(growth / 1024) KiB over 600 renders")
        #expect(perRender > 10_000)
        #expect(growth < 96 * 1024 * 1024)
    }
}

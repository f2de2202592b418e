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
        // Three windows of 200 renders each. A leak grows the process in every window (the outputs alone
        // would add over 36 MB per window); what tests running in parallel allocate meanwhile (RSS is
        // process-wide; over 150 MB was once seen) lands in some windows, not in all. So the smallest
        // window's growth is the measure.
        var growths: [Int] = []
        for window in 0 ..< 3 {
            let before = Self.residentBytes()
            for k in 0 ..< 200 {
                let i = window * 200 + k
                let format: OutputFormat = i % 2 == 0 ? .png : .svg
                produced += try GraphvizRenderer.render(Self.text, layout: i % 3 == 0 ? .dot : .neato, format: format).count
                if i % 4 == 0 { produced += try DOTReader.read(Self.text).nodes.count }
            }
            growths.append(Self.residentBytes() - before)
        }
        let perRender = produced / 620
        print("render leak check: \(perRender) bytes of output per render, RSS growth per window of 200 renders \(growths.map { $0 / 1024 }) KiB")
        #expect(perRender > 10_000)
        #expect(growths.min()! < 24 * 1024 * 1024)
    }
}

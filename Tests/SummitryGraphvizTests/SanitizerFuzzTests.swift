import Foundation
import Testing
import SummitryCentrality
@testable import SummitryGraphviz

/// Seeded random graphs full of attributes and structures that crash dot 2.43 (found by fuzzing the
/// `dot` command), sanitised, then laid out by the `dot` command in a child process — so a crash the
/// sanitiser misses fails this test instead of killing the test runner. The generator is not
/// harmless: with SUMMITRY_FUZZ_UNSANITISED=1 the graphs go to the engines as generated, and 7 of
/// 250 crashed dot here (SIGSEGV), and more crash circo, twopi and fdp.
@Suite struct SanitizerFuzzTests {
    static let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func randomGraph(seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func chance(_ p: Double) -> Bool { Double(rng.next() % 1000) < p * 1000 }
        let graphAttributes = ["sep=0", "esep=0", "concentrate=true", "ordering=out", "ordering=in", "newrank=true", "pack=true",
                               "packmode=\"array\"", "compound=true", "splines=ortho", "rankdir=LR", "remincross=true",
                               "minlen=100000", "nodesep=0", "ranksep=0", "clusterrank=global", "forcelabels=true",
                               "model=subset", "start=1", "mode=hier", "overlap=prism", "overlap=scale", "K=0.01",
                               "sep=0", "splines=curved", "splines=polyline", "root=n1"]
        let edgeAttributes = ["constraint=false", "samehead=h1", "sametail=t1", "weight=0", "minlen=3", "label=\"e\"",
                              "xlabel=\"x\"", "headport=n", "lhead=cluster_a", "ltail=cluster_a", "taillabel=\"t\"",
                              "dir=both", "headclip=false", "decorate=true", "len=0"]
        let nodeAttributes = ["group=g1", "shape=record, label=\"{a|<p>b}\"", "shape=point", "xlabel=\"n\"", "width=0",
                              "fixedsize=true", "pin=true", "pos=\"1,1\"", "peripheries=0", "shape=plaintext"]
        let n = 3 + Int(rng.next() % 20)
        var lines = ["digraph {"]
        for _ in 0 ..< Int(rng.next() % 4) { lines.append(pick(graphAttributes) + ";") }
        for i in 0 ..< n { lines.append("n\(i) [\(chance(0.3) ? pick(nodeAttributes) : "")];") }
        for _ in 0 ..< n + Int(rng.next() % UInt64(2 * n)) {
            let a = chance(0.3) ? pick(edgeAttributes) : ""
            lines.append("n\(rng.next() % UInt64(n)) -> n\(rng.next() % UInt64(n)) [\(a)];")
        }
        func someNodes(_ k: Int) -> String { (0 ..< k).map { _ in "n\(rng.next() % UInt64(n))" }.joined(separator: " ") }
        if chance(0.6) { lines.append("subgraph cluster_a { \(someNodes(3)) }") }
        if chance(0.4) { lines.append("subgraph cluster_b { \(someNodes(2)) subgraph cluster_c { \(someNodes(1)) } }") }
        if chance(0.5) { lines.append("{ rank=\(pick(["same", "min", "max", "source", "sink"])); \(someNodes(3)) }") }
        if chance(0.3) { lines.append("subgraph cluster_d { { rank=same; \(someNodes(2)) } }") }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    static func runEngine(_ engine: String, _ text: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath!)
        process.arguments = ["-K\(engine)", "-Tsvg", "-o", "/dev/null"]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        // A layout that does not finish is as bad as a crash in-process: it holds the Graphviz lock.
        let deadline = ContinuousClock.now + .seconds(30)
        while process.isRunning && ContinuousClock.now < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return timedOut
        }
        return process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    }

    /// The status ``runEngine(_:_:)`` reports for a layout killed after 30 seconds.
    static let timedOut: Int32 = 1000

    @Test(.enabled(if: dotPath != nil, "needs the dot command to crash in a child process"),
          arguments: [("dot", 250), ("neato", 80), ("fdp", 80), ("sfdp", 80), ("circo", 150), ("twopi", 150)])
    func sanitisedRandomGraphsDoNotCrashTheEngines(engine: String, count: UInt64) throws {
        let unsanitised = ProcessInfo.processInfo.environment["SUMMITRY_FUZZ_UNSANITISED"] != nil
        var crashes: [String] = []
        // SUMMITRY_FUZZ_SCALE=<n> runs n times as many graphs (seeds beyond the default ones).
        let scale = UInt64(ProcessInfo.processInfo.environment["SUMMITRY_FUZZ_SCALE"] ?? "") ?? 1
        for seed: UInt64 in 0 ..< count * scale {
            let text = Self.randomGraph(seed: seed)
            var safe = text
            if !unsanitised {
                var graph = try DOTSanitizer().sanitize(text: text).graph
                // What the renderer does in C for these engines.
                if let splines = graph.attributes["splines"]?.string, GraphvizRenderer.isCrashingSplines(splines, engine: engine) {
                    graph.attributes["splines"] = "line"
                }
                if engine == "twopi" {
                    for i in graph.edges.indices where graph.edges[i].attributes["weight"] != nil {
                        if !(Double(graph.edges[i].attributes["weight"]!.string).map { $0 > 0 } ?? false) {
                            graph.edges[i].attributes["weight"] = "1"
                        }
                    }
                }
                safe = graph.dotText
            }
            let status = try Self.runEngine(engine, safe)
            if status < 0 || status > 1 {
                crashes.append("seed \(seed): " + (status == Self.timedOut ? "no result after 30 s" : "status \(status)"))
                // SUMMITRY_FUZZ_DUMP=<dir> keeps the crashing input for reducing.
                if let dump = ProcessInfo.processInfo.environment["SUMMITRY_FUZZ_DUMP"] {
                    try safe.write(toFile: "\(dump)/\(engine)-\(seed).dot", atomically: true, encoding: .utf8)
                }
            }
        }
        #expect(crashes.isEmpty, "\(crashes)")
    }

    @Test func splinesGuardKeepsCircoAndTwopiAlive() throws {
        // Without the renderer's guard, circo and twopi abort on these, taking the test runner with them.
        for layout in [Layout.circo, .twopi, .sfdp, .fdp] {
            let svg = try GraphvizRenderer.render("digraph { splines=ortho; a -> b; c -> b }", layout: layout, format: .svg)
            #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        }
        let text = "digraph { ranksep=0.2; splines=polyline; a -> b; a -> b; a -> b; b -> c; b -> c; c -> a }"
        let svg = try GraphvizRenderer.render(text, layout: .twopi, format: .svg, sanitize: nil)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        // twopi refuses weight 0 and aborts on it with overlap=scale and an edge label.
        let weights = "digraph { overlap=scale; a -> b [label=e]; c -> d [weight=0] }"
        let twopi = try GraphvizRenderer.render(weights, layout: .twopi, format: .svg, sanitize: nil)
        #expect(String(decoding: twopi, as: UTF8.self).contains("<svg"))
    }
}

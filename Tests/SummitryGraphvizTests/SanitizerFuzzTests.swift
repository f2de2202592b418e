import Foundation
import Testing
@testable import SummitryGraphviz

/// Seeded random graphs full of attributes and structures that crash dot 2.43 (found by fuzzing the
/// `dot` command), sanitised, then laid out by the `dot` command in a child process — so a crash the
/// sanitiser misses fails this test instead of killing the test runner. The generator is not
/// harmless: with SUMMITRY_FUZZ_UNSANITISED=1 the graphs go to dot as generated, and 7 of the 250
/// crashed it here (SIGSEGV).
@Suite struct SanitizerFuzzTests {
    static let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func randomGraph(seed: UInt64) -> String {
        var rng = SplitMix(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func chance(_ p: Double) -> Bool { Double(rng.next() % 1000) < p * 1000 }
        let graphAttributes = ["concentrate=true", "ordering=out", "ordering=in", "newrank=true", "pack=true",
                               "packmode=\"array\"", "compound=true", "splines=ortho", "rankdir=LR", "remincross=true",
                               "minlen=100000", "nodesep=0", "ranksep=0", "clusterrank=global"]
        let edgeAttributes = ["constraint=false", "samehead=h1", "sametail=t1", "weight=0", "minlen=3", "label=\"e\"",
                              "xlabel=\"x\"", "headport=n", "lhead=cluster_a", "ltail=cluster_a", "taillabel=\"t\""]
        let nodeAttributes = ["group=g1", "shape=record, label=\"{a|<p>b}\"", "shape=point", "xlabel=\"n\"", "width=0",
                              "fixedsize=true"]
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

    static func runDot(_ text: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath!)
        process.arguments = ["-Tsvg", "-o", "/dev/null"]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
    }

    @Test(.enabled(if: dotPath != nil, "needs the dot command to crash in a child process"))
    func sanitisedRandomGraphsDoNotCrashDot() throws {
        var crashes: [String] = []
        for seed: UInt64 in 0 ..< 250 {
            let text = Self.randomGraph(seed: seed)
            let safe = try ProcessInfo.processInfo.environment["SUMMITRY_FUZZ_UNSANITISED"] != nil
                ? text : DOTSanitizer().sanitize(text: text).graph.dotText
            let status = try Self.runDot(safe)
            if status < 0 || status > 1 { crashes.append("seed \(seed): status \(status)") }
        }
        #expect(crashes.isEmpty, "\(crashes)")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import SummitryFormats
import SummitryGraph

/// `(source key, target key, weight)` of every edge, in edge order.
private func triples(_ g: Graph) -> [[String]] {
    g.edges.map { [g.key(of: $0.source), g.key(of: $0.target), $0.weight.description] }
}

private func temporaryPath(_ name: String) -> String {
    "/tmp/summitry-edgelist-tests-\(getpid())-\(name)"
}

@Suite struct EdgeListReadingTests {
    @Test func keysInOrderOfFirstAppearance() throws {
        let g = try EdgeList.parse("10 2\n2 0\nx 10\n")
        #expect(g.keys == ["10", "2", "0", "x"])
        #expect(!g.isDirected && !g.isWeighted && !g.isMultigraph)
        #expect(triples(g) == [["10", "2", "1.0"], ["2", "0", "1.0"], ["x", "10", "1.0"]])
    }

    @Test func commentsBlanksSeparatorsAndCRLF() throws {
        let text = "# header\n\n  a\tb  # trailing comment\r\nlone\nc#d e\n\t\r\nb c extra columns ignored\r\n"
        let g = try EdgeList.parse(text)
        #expect(g.keys == ["a", "b", "c"])
        #expect(triples(g) == [["a", "b", "1.0"], ["b", "c", "1.0"]])
    }

    @Test func lastLineWithoutNewline() throws {
        let g = try EdgeList.parse("a b\nb c")
        #expect(g.edgeCount == 2)
    }

    @Test func leadingZerosMakeDistinctKeys() throws {
        let g = try EdgeList.parse("007 7\n7 0\n00 0\n")
        #expect(g.keys == ["007", "7", "0", "00"])
    }

    @Test func repeatedPairsMergeLastWeightWins() throws {
        let text = "a b 1\nb a 2\na b 3\nb c\n"
        let undirected = try EdgeList.parse(text, options: EdgeListOptions(weighted: true))
        #expect(triples(undirected) == [["a", "b", "3.0"], ["b", "c", "1.0"]])
        let directed = try EdgeList.parse(text, options: EdgeListOptions(directed: true, weighted: true))
        #expect(triples(directed) == [["a", "b", "3.0"], ["b", "a", "2.0"], ["b", "c", "1.0"]])
        let multi = try EdgeList.parse(text, options: EdgeListOptions(multigraph: true, weighted: true))
        #expect(multi.edgeCount == 4 && multi.isMultigraph)
        let unweighted = try EdgeList.parse(text)
        #expect(!unweighted.isWeighted && unweighted.edgeCount == 2)
    }

    @Test func selfLoopsKept() throws {
        let g = try EdgeList.parse("a a\na a\na b\n")
        #expect(g.edgeCount == 2)
        #expect(g.degree(of: g.node(forKey: "a")!) == 3)
    }

    @Test(arguments: [
        ("a b 2", 2.0), ("a b -0.5", -0.5), ("a b 1e-3", 1e-3), ("a b +.25", 0.25), ("a b 3.", 3.0),
        ("a b 1E+2", 100.0), ("a b 0.1000000000000000055511151231257827", 0.1),
        ("a b 123456789012345678901234567890", 123456789012345678901234567890.0),
        ("a b 2.2250738585072014e-308", 2.2250738585072014e-308), ("a b 1e-400", 0.0),
    ])
    func weights(line: String, expected: Double) throws {
        let g = try EdgeList.parse(line, options: EdgeListOptions(weighted: true))
        #expect(g.edge(EdgeID(0)).weight == expected)
    }

    @Test(arguments: ["x", "1.2.3", "0x10", "1e", "--1", ".", "1_0", "e5", "1,5"])
    func badWeightNamesFileAndLine(field: String) throws {
        let text = "a b 1\n\n# c\nc d \(field)\n"
        #expect(throws: FormatError.invalid(file: "edges.txt", line: 4, message: "expected a decimal number as the weight, found \"\(field)\"")) {
            try EdgeList.parse(text, options: EdgeListOptions(weighted: true), source: "edges.txt")
        }
        #expect(try EdgeList.parse(text, source: "edges.txt").edgeCount == 2)  // unweighted: ignored
    }

    @Test(arguments: ["nan", "NaN", "-inf", "+Infinity", "inf", "1e999", "-1e400000000000"])
    func nonFiniteWeightsRefused(field: String) throws {
        #expect(throws: FormatError.invalid(file: "<memory>", line: 2, message: "the weight \"\(field)\" is not a finite number; weights must be finite")) {
            try EdgeList.parse("a b\nb c \(field)\n", options: EdgeListOptions(weighted: true))
        }
    }

    @Test func tooManyColumnsWhenWeighted() throws {
        let error = #expect(throws: FormatError.self) {
            try EdgeList.parse("a b 1 2\n", options: EdgeListOptions(weighted: true), source: "f.txt")
        }
        #expect(error?.description == "f.txt:1: expected \"u v [weight]\", found more than three fields")
    }

    @Test func invalidUTF8Refused() throws {
        var bytes = Array("a b\nc ".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
        let path = temporaryPath("utf8")
        defer { unlink(path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes.withUnsafeMutableBufferPointer { write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        #expect(throws: FormatError.syntax(file: path, line: 2, message: "a node key is not valid UTF-8")) {
            try EdgeList.read(contentsOf: path)
        }
    }

    @Test func canonicallyEquivalentKeysRefused() throws {
        #expect(throws: FormatError.self) { try EdgeList.parse("\u{E9} a\ne\u{301} b\n") }
    }

    @Test func missingFile() throws {
        let error = #expect(throws: FormatError.self) { try EdgeList.read(contentsOf: "/nonexistent/edges.txt") }
        guard case .io(let path, _)? = error else {
            Issue.record("expected .io, got \(String(describing: error))")
            return
        }
        #expect(path == "/nonexistent/edges.txt")
    }

    /// A file of several read blocks, so lines straddle block ends; checked against GraphBuilder.
    @Test func largeFileMatchesBuilder() throws {
        var rng = SplitMix64(seed: 7)
        var text = ""
        var builder = GraphBuilder(directed: true)
        for lineNumber in 0 ..< 450_000 {
            let u = "n\(rng.next() % 50_000)", v = "\(rng.next() % 70_000)"
            let w = Double(rng.next() % 1000) / 8
            text += lineNumber % 1000 == 0 ? "# comment \(lineNumber)\n" : ""
            text += "\(u)\t\(v) \(w)\n"
            builder.addEdge(from: u, to: v, weight: w)
        }
        let path = temporaryPath("large")
        defer { unlink(path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var bytes = Array(text.utf8)
        #expect(bytes.count > 2 * EdgeList.blockSize)
        _ = bytes.withUnsafeMutableBufferPointer { write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        let g = try EdgeList.read(contentsOf: path, options: EdgeListOptions(directed: true, weighted: true))
        let expected = builder.build()
        #expect(g.keys == expected.keys)
        #expect(g.edgeCount == expected.edgeCount)
        #expect(triples(g) == triples(expected))
    }

    /// Tiny read blocks: every line straddles a block end and most are longer than the first buffer.
    @Test(arguments: [1, 2, 3, 7, 16])
    func tinyBlocks(blockSize: Int) throws {
        let text = "# a comment longer than the block\nalpha beta 2.5\r\n\nbeta 12345678901 -1e-3\ngamma alpha"
        let path = temporaryPath("tiny-\(blockSize)")
        defer { unlink(path) }
        var bytes = Array(text.utf8)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = bytes.withUnsafeMutableBufferPointer { write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        let options = EdgeListOptions(weighted: true)
        let g = try EdgeList.read(contentsOf: path, options: options, blockSize: blockSize)
        #expect(triples(g) == triples(try EdgeList.parse(text, options: options)))
        #expect(triples(g) == [["alpha", "beta", "2.5"], ["beta", "12345678901", "-0.001"], ["gamma", "alpha", "1.0"]])
    }

    /// Random small texts (keys mixing decimal and other forms) against GraphBuilder, per seed.
    @Test(arguments: 0 ..< 20)
    func randomTextsMatchBuilder(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let keyForms = ["\(0)", "01", "7", "a", "ä", "12", "x y"]
        for directed in [false, true] {
            var text = ""
            var builder = GraphBuilder(directed: directed)
            for _ in 0 ..< 60 {
                let u = keyForms[Int(rng.next() % 6)] + "\(rng.next() % 5)"
                let v = keyForms[Int(rng.next() % 6)] + "\(rng.next() % 5)"
                let w = Double(Int(rng.next() % 200) - 100) / 4
                text += "\(u) \(v) \(w)\n"
                builder.addEdge(from: u, to: v, weight: w)
            }
            let g = try EdgeList.parse(text, options: EdgeListOptions(directed: directed, weighted: true))
            let expected = builder.build()
            #expect(g.keys == expected.keys, "seed \(seed)")
            #expect(triples(g) == triples(expected), "seed \(seed)")
        }
    }
}

@Suite struct EdgeListWritingTests {
    @Test func roundTripWeighted() throws {
        var b = GraphBuilder(directed: false)
        b.addEdge(from: "a", to: "b", weight: 0.1)
        b.addEdge(from: "b", to: "ü", weight: 1e-300)
        b.addEdge(from: "ü", to: "ü", weight: 2)
        let g = b.build()
        let text = try EdgeList.string(from: g)
        #expect(text == "a b 0.1\nb ü 1e-300\nü ü 2.0\n")
        let back = try EdgeList.parse(text, options: EdgeListOptions(weighted: true))
        #expect(triples(back) == triples(g))
        #expect(try EdgeList.string(from: g, weighted: false) == "a b\nb ü\nü ü\n")
    }

    @Test func writeFileThenRead() throws {
        var b = GraphBuilder(directed: true)
        for i in 0 ..< 1000 { b.addEdge(from: "\(i)", to: "\((i * 7) % 1000)", weight: Double(i) / 3) }
        let g = b.build()
        let path = temporaryPath("write")
        defer { unlink(path) }
        try EdgeList.write(g, to: path)
        let back = try EdgeList.read(contentsOf: path, options: EdgeListOptions(directed: true, weighted: true))
        #expect(triples(back) == triples(g))
    }

    @Test(arguments: ["a b", "", "x#1", "tab\there"])
    func unwritableKeys(key: String) throws {
        var b = GraphBuilder(directed: false)
        b.addEdge(from: key, to: "ok")
        #expect(throws: FormatError.self) { try EdgeList.string(from: b.build()) }
    }

    @Test func unwritableDirectory() throws {
        let g = try EdgeList.parse("a b\n")
        #expect(throws: FormatError.self) { try EdgeList.write(g, to: "/nonexistent/dir/out.txt") }
    }
}

/// A small seeded generator for reproducible random tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D4_9BB4_133A_11EB
        return z ^ (z >> 31)
    }
}

/// Decimal parsing agrees with Swift's own (correctly rounded) parser: on random finite doubles
/// printed shortest-form, and on random decimals of up to 30 digits (past the 19-digit fast path)
/// with random exponents.
@Suite struct DecimalParserTests {
    static func parse(_ text: String) -> DecimalParser.Result {
        Array(text.utf8).withUnsafeBufferPointer { DecimalParser.parse($0) }
    }

    @Test(arguments: 0 ..< 10)
    func randomDoublesRoundTrip(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        for _ in 0 ..< 2000 {
            let x = Double(bitPattern: rng.next())
            guard x.isFinite else { continue }
            #expect(Self.parse(x.description) == .value(x), "seed \(seed): \(x)")
        }
    }

    @Test(arguments: 0 ..< 10)
    func randomLongDecimals(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        for _ in 0 ..< 2000 {
            let digits = (0 ..< Int(rng.next() % 30 + 1)).map { _ in String(rng.next() % 10) }.joined()
            let point = Int(rng.next() % UInt64(digits.count + 1))
            let mantissa = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            let text = (rng.next() % 2 == 0 ? "-" : "") + mantissa + "e\(Int(rng.next() % 640) - 340)"
            guard mantissa != ".", let expected = Double(text) else { continue }
            #expect(Self.parse(text) == (expected.isFinite ? .value(expected) : .nonFinite), "seed \(seed): \(text)")
        }
    }
}

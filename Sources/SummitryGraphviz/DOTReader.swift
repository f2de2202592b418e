import CGraphviz
import Foundation

/// A graph read from DOT text, with the warnings libcgraph gave while parsing it.
public struct DOTReadResult: Hashable, Sendable {
    /// The graph read.
    public var graph: DOTGraph
    /// Parser warnings (e.g. `syntax ambiguity - badly delimited number '1a' …`), in order.
    public var warnings: [String]
}

/// Reads DOT text into a ``DOTGraph`` through libcgraph's own parser (``CGraphReading``: `agread` from
/// memory with creation-order object ids, so that Graphviz sees the same graph in every run).
///
/// What comes back: name, directedness, strictness, graph attributes, node and edge default
/// attributes, nodes in creation order and edges in creation order each with the attributes that
/// differ from the defaults, and subgraphs with their attributes and member node ids. Defaults set
/// inside a subgraph are folded into the nodes they applied to, so each node carries its effective
/// attributes. Edge ports (`a:n -> b`) come back as `tailport`/`headport` attributes.
///
/// All text comes back normalised to Unicode NFC (names that differ only in normal form become equal).
///
/// Safety: input with a NUL byte is refused (libcgraph would silently stop there); input holding more
/// than one graph is refused, and the leftover graphs libcgraph keeps in its lexer are drained and
/// closed so the next call starts clean; parser messages are captured, never printed. Calls are
/// serialised with every other call into Graphviz.
public enum DOTReader {
    /// Parses `text`, which must hold exactly one graph.
    /// - Parameters:
    ///   - text: DOT text.
    ///   - file: the name errors give for the text (a path, or `<memory>`).
    /// - Returns: the graph.
    /// - Throws: ``GraphvizError/syntax(file:line:message:)`` with libcgraph's message and line;
    ///   ``GraphvizError/invalid(file:line:message:)`` for a NUL byte, no graph, or several graphs.
    /// - Complexity: O(n + m·a) for n nodes, m edges and a declared attributes.
    public static func read(_ text: String, file: String = "<memory>") throws -> DOTGraph {
        try readReportingWarnings(text, file: file).graph
    }

    /// Like ``read(_:file:)``, also returning the parser's warnings.
    public static func readReportingWarnings(_ text: String, file: String = "<memory>") throws -> DOTReadResult {
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw GraphvizError.invalid(file: file, line: line, message: "the text holds a NUL byte; DOT text cannot")
        }
        return try GraphvizLibrary.shared.runCgraph {
            try withParsedGraph(text, file: file) { graph, warnings in
                DOTReadResult(graph: convert(graph), warnings: warnings)
            }
        }
    }

    /// Parses `text` with libcgraph and hands the graph to `body`, closing it afterwards.
    /// Must run with ``GraphvizLibrary``'s lock held.
    static func withParsedGraph<T>(
        _ text: String, file: String, _ body: (CGraph, [String]) throws -> T
    ) throws -> T {
        let fileName = strdup(file)
        defer { free(fileName) }
        agsetfile(fileName)
        let graph = CGraphReading.read(text)
        // agsetfile keeps the pointer: point it at a constant before fileName is freed.
        agsetfile(placeholderFileName)
        let messages = GraphvizLibrary.shared.takeMessages()
        let leftovers = drainLeftoverGraphs()
        guard let graph else {
            if let error = messages.first(where: { $0.level == .error }) {
                throw syntaxError(error.text, file: file)
            }
            throw GraphvizError.invalid(file: file, line: nil, message: "no graph found (expected `graph {…}` or `digraph {…}`)")
        }
        defer { agclose(graph) }
        if leftovers > 0 {
            throw GraphvizError.invalid(
                file: file, line: nil,
                message: "the text holds more than one graph; give one graph per input")
        }
        return try body(graph, messages.filter { $0.level == .warning }.map(\.text))
    }

    /// After a read, libcgraph's lexer may still hold the rest of the input, which the *next*
    /// read would return whatever text it is given. Read it out and close it.
    /// - Returns: how many leftover graphs (or leftover failures) there were.
    private static func drainLeftoverGraphs() -> Int {
        var count = 0
        while true {
            let leftover = CGraphReading.read("")
            let messages = GraphvizLibrary.shared.takeMessages()
            guard let leftover else {
                if messages.contains(where: { $0.level == .error }) { count += 1; continue }
                return count
            }
            agclose(leftover)
            count += 1
        }
    }

    private static func syntaxError(_ text: String, file: String) -> GraphvizError {
        var message = text
        if message.hasPrefix(file + ": ") { message.removeFirst(file.count + 2) }
        var line: Int?
        if let range = message.range(of: "in line ") {
            let digits = message[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            line = Int(digits)
        }
        return .syntax(file: file, line: line, message: message)
    }

    // MARK: - libcgraph graph → DOTGraph

    private static func convert(_ g: CGraph) -> DOTGraph {
        var result = DOTGraph(
            name: displayName(agnameof(UnsafeMutableRawPointer(g))), isDirected: agisdirected(g) != 0,
            isStrict: agisstrict(g) != 0)
        let graphSymbols = symbols(g, kind: AGRAPH)
        let nodeSymbols = symbols(g, kind: AGNODE)
        let edgeSymbols = symbols(g, kind: AGEDGE)
        for sym in graphSymbols {
            let value = dotValue(agxget(UnsafeMutableRawPointer(g), sym.pointer))
            if !value.string.isEmpty { result.attributes[sym.name] = value }
        }
        for sym in nodeSymbols where !sym.defval.isEmpty && !(sym.name == "label" && sym.defval == "\\N") {
            result.nodeDefaults[sym.name] = sym.defaultValue
        }
        for sym in edgeSymbols where !sym.defval.isEmpty {
            result.edgeDefaults[sym.name] = sym.defaultValue
        }
        var edges: [(seq: UInt, edge: DOTEdge)] = []
        var node = agfstnode(g)
        while let n = node {
            let object = UnsafeMutableRawPointer(n)
            result.nodes.append(DOTNode(name(of: object), attributes: ownAttributes(object, nodeSymbols)))
            var edge = agfstout(g, n)
            while let e = edge {
                let eo = UnsafeMutableRawPointer(e)
                edges.append((
                    summitry_agseq(eo),
                    DOTEdge(name(of: UnsafeMutableRawPointer(summitry_agtail(e))), name(of: UnsafeMutableRawPointer(summitry_aghead(e))),
                            attributes: ownAttributes(eo, edgeSymbols))))
                edge = agnxtout(g, e)
            }
            node = agnxtnode(g, n)
        }
        result.edges = edges.sorted { $0.seq < $1.seq }.map(\.edge)
        result.subgraphs = subgraphs(of: g, graphSymbols: graphSymbols)
        return result
    }

    private static func subgraphs(
        of g: CGraph, graphSymbols: [Symbol]
    ) -> [DOTSubgraph] {
        // libcgraph keeps subgraphs in a dictionary ordered by id; with CGraphReading's discipline that is
        // creation order, and sorting by sequence number says so whatever the discipline.
        var found: [(seq: UInt, graph: CGraph)] = []
        var next = agfstsubg(g)
        while let s = next {
            found.append((summitry_agseq(UnsafeMutableRawPointer(s)), s))
            next = agnxtsubg(s)
        }
        var out: [DOTSubgraph] = []
        for s in found.sorted(by: { $0.seq < $1.seq }).map(\.graph) {
            let object = UnsafeMutableRawPointer(s)
            var members: [String] = []
            var node = agfstnode(s)
            while let n = node {
                members.append(name(of: UnsafeMutableRawPointer(n)))
                node = agnxtnode(s, n)
            }
            out.append(DOTSubgraph(
                name: displayName(agnameof(object)), attributes: ownAttributes(object, graphSymbols),
                nodeIDs: members, subgraphs: subgraphs(of: s, graphSymbols: graphSymbols)))
        }
        return out
    }

    /// The declared attributes of one kind: symbol, name, default value.
    private struct Symbol {
        let pointer: CSymbol
        let name: String
        let defval: String
        let defaultValue: DOTValue
    }

    private static func symbols(_ g: CGraph, kind: Int32) -> [Symbol] {
        var out: [Symbol] = []
        var sym = agnxtattr(g, kind, nil)
        while let s = sym {
            let raw = UnsafeMutablePointer(mutating: summitry_symdefault(s))
            out.append(Symbol(
                pointer: s, name: nfc(summitry_symname(s)), defval: raw.map { nfc($0) } ?? "",
                defaultValue: dotValue(raw)))
            sym = agnxtattr(g, kind, s)
        }
        return out
    }

    /// The object's values that differ from the declared defaults.
    private static func ownAttributes(
        _ object: UnsafeMutableRawPointer, _ symbols: [Symbol]
    ) -> DOTAttributes {
        var out: DOTAttributes = [:]
        for sym in symbols {
            guard let raw = agxget(object, sym.pointer) else { continue }
            let value = dotValue(raw)
            if value != sym.defaultValue { out[sym.name] = value }
        }
        return out
    }

    private static func dotValue(_ raw: UnsafeMutablePointer<CChar>?) -> DOTValue {
        guard let raw else { return .text("") }
        let s = nfc(raw)
        return aghtmlstr(raw) != 0 ? .html(s) : .text(s)
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String {
        agnameof(object).map { nfc($0) } ?? ""
    }

    /// libcgraph names anonymous graphs `%<n>`.
    private static func displayName(_ raw: UnsafeMutablePointer<CChar>?) -> String? {
        guard let raw else { return nil }
        let s = nfc(raw)
        return s.hasPrefix("%") ? nil : s
    }
}

typealias CGraph = UnsafeMutablePointer<Agraph_t>
typealias CSymbol = UnsafeMutablePointer<Agsym_t>

/// Text from libcgraph, normalised to NFC: Graphviz compares names byte by byte, Swift by canonical
/// equivalence, so the reader (an ingest point) hands out one normal form (DESIGN.md).
private func nfc(_ raw: UnsafePointer<CChar>) -> String {
    let s = String(cString: raw)
    return s.utf8.allSatisfy { $0 < 0x80 } ? s : s.precomposedStringWithCanonicalMapping
}

/// What libcgraph's file name points at between reads (it keeps the pointer).
nonisolated(unsafe) private let placeholderFileName: UnsafeMutablePointer<CChar> = strdup("<memory>")

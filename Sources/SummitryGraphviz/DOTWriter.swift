/// Writes a ``DOTGraph`` as DOT text: pure Swift, deterministic, quoted exactly as the DOT grammar needs.
///
/// An identifier is written bare when the grammar reads it back as the same single ID: an
/// alphabetic run (`[A-Za-z_\x80-\xFF][A-Za-z_0-9\x80-\xFF]*`, bytes of UTF-8, so any non-ASCII text
/// counts as letters) that is not a keyword (`node`, `edge`, `graph`, `digraph`, `subgraph`,
/// `strict`, in any case), or a numeral `-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)`. Everything else is
/// quoted — `1abc` included, which Graphviz would otherwise split into `1` and `abc`. HTML values are
/// written between angle brackets.
///
/// Inside quotes libcgraph's lexer turns `\"` into `"`, keeps `\\` as two backslashes, drops a
/// backslash before a line break, and keeps every other character, raw line breaks included.
/// The writer escapes `"` as `\"` and keeps the rest, so reading the text back gives the same
/// strings, byte for byte — except a run of an odd number of backslashes that ends the string or
/// stands before `"` or a line feed, which DOT cannot express: it gets one more backslash (in a
/// label `\\` still shows as one backslash).
///
/// Output layout: `graph`/`node`/`edge` default statements, every node in order with its attributes
/// (the node defaults of the first subgraph listing it folded in, since it is created before the
/// subgraph), the subgraphs listing their members, then edges. Attributes are sorted by name in byte
/// order. Node statements with the same id are merged (later attributes win).
public enum DOTWriter {
    static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// The DOT text of `graph`.
    /// - Complexity: O(total size of ids, attributes and values), plus sorting each attribute list.
    public static func text(of graph: DOTGraph) -> String {
        var out = ""
        if graph.isStrict { out += "strict " }
        out += graph.isDirected ? "digraph" : "graph"
        if let name = graph.name { out += " " + quoted(name) }
        out += " {\n"
        let indent = "\t"
        writeDefaults(graph.attributes, graph.nodeDefaults, graph.edgeDefaults, indent: indent, into: &out)

        // Keyed by UTF-8 bytes, as Graphviz keys nodes: Swift's String equality would merge an NFC and an
        // NFD spelling that Graphviz keeps apart.
        var declarations: [[UInt8]: DOTAttributes] = [:]
        var order: [String] = []
        for node in graph.nodes {
            let key = Array(node.id.utf8)
            if declarations[key] == nil { order.append(node.id); declarations[key] = node.attributes }
            else { declarations[key]!.merge(node.attributes) { _, new in new } }
        }
        // Subgraph node defaults apply to nodes created inside the subgraph; nodes are declared first, at
        // the top level and in order (dot's layout depends on it), so those defaults are folded in here.
        var inherited: [[UInt8]: DOTAttributes] = [:]
        func collect(_ subgraphs: [DOTSubgraph], _ outer: DOTAttributes) {
            for s in subgraphs {
                let defaults = outer.merging(s.nodeDefaults) { _, new in new }
                for id in s.nodeIDs where inherited[Array(id.utf8)] == nil { inherited[Array(id.utf8)] = defaults }
                collect(s.subgraphs, defaults)
            }
        }
        collect(graph.subgraphs, [:])
        for id in order {
            let key = Array(id.utf8)
            let attributes = (inherited[key] ?? [:]).merging(declarations[key] ?? [:]) { _, own in own }
            out += indent + quoted(id) + attributeList(attributes) + ";\n"
        }
        for subgraph in graph.subgraphs { write(subgraph, indent: indent, into: &out) }
        let op = graph.isDirected ? " -> " : " -- "
        for edge in graph.edges {
            out += indent + quoted(edge.source) + op + quoted(edge.target) + attributeList(edge.attributes) + ";\n"
        }
        out += "}\n"
        return out
    }

    /// `id` as a DOT identifier: bare if the grammar allows it, otherwise quoted (see ``DOTWriter``).
    /// - Complexity: O(n) in the UTF-8 length of `id`.
    public static func quoted(_ id: String) -> String {
        if isBareID(id) { return id }
        let bytes = Array(id.utf8)
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(bytes.count + 2)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\") {
                var run = 0
                while i < bytes.count, bytes[i] == UInt8(ascii: "\\") { run += 1; i += 1 }
                out += repeatElement(UInt8(ascii: "\\"), count: run)
                let next = i < bytes.count ? bytes[i] : nil
                if run % 2 == 1, next == nil || next == UInt8(ascii: "\"") || next == UInt8(ascii: "\n") {
                    out.append(UInt8(ascii: "\\"))
                }
                continue
            }
            if b == UInt8(ascii: "\"") { out.append(UInt8(ascii: "\\")) }
            out.append(b)
            i += 1
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `id` can be written without quotes and read back as the same ID.
    public static func isBareID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first else { return false }
        if isIDStart(first) {
            guard bytes.dropFirst().allSatisfy({ isIDStart($0) || isDigit($0) }) else { return false }
            return !keywords.contains(id.lowercased())
        }
        return isNumeral(bytes)
    }

    /// The DOT text of an attribute value: quoted text or `<html>`.
    /// HTML whose angle brackets do not balance is written as quoted text instead, since the lexer
    /// would otherwise read past its end.
    public static func valueText(_ value: DOTValue) -> String {
        switch value {
        case .text(let s): return quoted(s)
        case .html(let s): return isBalancedHTML(s) ? "<" + s + ">" : quoted(s)
        }
    }

    /// `[a=1, b="x y"]`, sorted by name; the empty string for no attributes.
    static func attributeList(_ attributes: DOTAttributes) -> String {
        guard !attributes.isEmpty else { return "" }
        let items = attributes.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { quoted($0.key) + "=" + valueText($0.value) }
        return " [" + items.joined(separator: ", ") + "]"
    }

    private static func writeDefaults(
        _ graph: DOTAttributes, _ node: DOTAttributes, _ edge: DOTAttributes, indent: String, into out: inout String
    ) {
        if !graph.isEmpty { out += indent + "graph" + attributeList(graph) + ";\n" }
        if !node.isEmpty { out += indent + "node" + attributeList(node) + ";\n" }
        if !edge.isEmpty { out += indent + "edge" + attributeList(edge) + ";\n" }
    }

    private static func write(_ subgraph: DOTSubgraph, indent: String, into out: inout String) {
        out += indent + "subgraph" + (subgraph.name.map { " " + quoted($0) } ?? "") + " {\n"
        let inner = indent + "\t"
        writeDefaults(subgraph.attributes, subgraph.nodeDefaults, [:], indent: inner, into: &out)
        for id in subgraph.nodeIDs { out += inner + quoted(id) + ";\n" }
        for child in subgraph.subgraphs { write(child, indent: inner, into: &out) }
        out += indent + "}\n"
    }

    private static func isIDStart(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || b == UInt8(ascii: "_") || b >= 0x80
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// `-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)`
    private static func isNumeral(_ bytes: [UInt8]) -> Bool {
        var s = bytes[...]
        if s.first == UInt8(ascii: "-") { s = s.dropFirst() }
        if s.first == UInt8(ascii: ".") {
            let rest = s.dropFirst()
            return !rest.isEmpty && rest.allSatisfy(isDigit)
        }
        let intPart = s.prefix(while: isDigit)
        guard !intPart.isEmpty else { return false }
        let rest = s.dropFirst(intPart.count)
        if rest.isEmpty { return true }
        return rest.first == UInt8(ascii: ".") && rest.dropFirst().allSatisfy(isDigit)
    }

    /// Angle brackets nest and close, as the DOT lexer needs to find the end of an HTML string.
    static func isBalancedHTML(_ s: String) -> Bool {
        var depth = 0
        for b in s.utf8 {
            if b == UInt8(ascii: "<") { depth += 1 }
            else if b == UInt8(ascii: ">") { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }
}

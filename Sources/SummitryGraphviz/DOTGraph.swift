/// An attribute value in a DOT graph: an ordinary string or an HTML-like label.
///
/// Values are DOT-level strings: exactly what Graphviz stores after parsing (what `agget` returns).
/// Escape sequences that Graphviz interprets later in labels (`\n`, `\l`, `\N`, …) stay as they are;
/// use ``DOTValue/label(_:)`` to turn plain text into such a label.
public enum DOTValue: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// An ordinary value, written as an identifier, a numeral or a quoted string as the grammar needs.
    case text(String)
    /// An HTML-like value, written between `<` and `>`. The string holds the markup without the outer
    /// angle brackets, e.g. `<B>bold</B>`.
    case html(String)

    /// A ``text(_:)`` value.
    public init(stringLiteral value: String) { self = .text(value) }

    /// An integer value.
    public static func number(_ value: Int) -> DOTValue { .text(String(value)) }

    /// A floating-point value, written with at most `digits` fractional digits and no trailing zeros.
    public static func number(_ value: Double, digits: Int = 4) -> DOTValue {
        .text(DOTValue.format(value, digits: digits))
    }

    /// An escString label showing `plain` literally: backslashes are doubled and every line break
    /// (LF, CR LF, CR) becomes `\n`, so Graphviz draws the lines centred and never expands `\N` etc.
    public static func label(_ plain: String) -> DOTValue { .text(escapeLabel(plain)) }

    /// `plain` as escString text (see ``label(_:)``).
    /// - Complexity: O(n) in the length of `plain`.
    public static func escapeLabel(_ plain: String) -> String {
        var out = ""
        out.reserveCapacity(plain.utf8.count)
        var previousCR = false
        for scalar in plain.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"; previousCR = false
            case "\r": out += "\\n"; previousCR = true
            case "\n":
                if !previousCR { out += "\\n" }
                previousCR = false
            default: out.unicodeScalars.append(scalar); previousCR = false
            }
        }
        return out
    }

    /// The string inside the value, without the HTML brackets.
    public var string: String {
        switch self {
        case .text(let s), .html(let s): s
        }
    }

    /// Whether this is an HTML-like value.
    public var isHTML: Bool { if case .html = self { true } else { false } }

    /// The value as DOT writes it (quoted, or between angle brackets).
    public var description: String { DOTWriter.valueText(self) }

    static func format(_ value: Double, digits: Int) -> String {
        precondition(value.isFinite, "DOT numbers must be finite")
        var scale = 1.0
        for _ in 0 ..< digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var s = String(rounded)
        if s.contains("e") { s = String(fixed: rounded, digits: digits) }
        return s
    }
}

private extension String {
    /// Fixed-point formatting without Foundation, for the rare exponent case.
    init(fixed value: Double, digits: Int) {
        let negative = value < 0
        var scaled = abs(value)
        for _ in 0 ..< digits { scaled *= 10 }
        let integer = UInt64(scaled.rounded())
        var digitsText = String(integer)
        while digitsText.count <= digits { digitsText = "0" + digitsText }
        let cut = digitsText.index(digitsText.endIndex, offsetBy: -digits)
        var fraction = String(digitsText[cut...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        self = (negative ? "-" : "") + digitsText[..<cut] + (fraction.isEmpty ? "" : "." + fraction)
    }
}

/// Attributes by name. Written sorted by name (byte order), so output is deterministic.
public typealias DOTAttributes = [String: DOTValue]

/// A node statement: an id and its own attributes.
public struct DOTNode: Hashable, Sendable {
    /// The node's name (DOT `ID`). Any string; the writer quotes it as needed.
    public var id: String
    /// The node's own attributes (not the defaults).
    public var attributes: DOTAttributes

    /// A node statement `id [attributes]`.
    public init(_ id: String, attributes: DOTAttributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge statement between two node ids, with its own attributes.
public struct DOTEdge: Hashable, Sendable {
    /// The tail node id (the only end that matters in an undirected graph is which two nodes).
    public var source: String
    /// The head node id.
    public var target: String
    /// The edge's own attributes (not the defaults).
    public var attributes: DOTAttributes

    /// An edge statement `source -> target [attributes]`.
    public init(_ source: String, _ target: String, attributes: DOTAttributes = [:]) {
        self.source = source
        self.target = target
        self.attributes = attributes
    }
}

/// A subgraph: attributes, member nodes by id, nested subgraphs. Named `cluster…` it is drawn as a box
/// by dot and fdp.
public struct DOTSubgraph: Hashable, Sendable {
    /// The subgraph's name; nil for an anonymous subgraph (`{ rank=same; a b }`).
    public var name: String?
    /// Graph attributes of the subgraph (`label`, `style`, `rank`, …).
    public var attributes: DOTAttributes
    /// Default attributes for nodes first declared inside this subgraph.
    public var nodeDefaults: DOTAttributes
    /// Member node ids, in order. A node's full declaration is written at its first occurrence.
    public var nodeIDs: [String]
    /// Nested subgraphs.
    public var subgraphs: [DOTSubgraph]

    /// A subgraph; name it `cluster…` for a box.
    public init(
        name: String?, attributes: DOTAttributes = [:], nodeDefaults: DOTAttributes = [:], nodeIDs: [String] = [],
        subgraphs: [DOTSubgraph] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.nodeIDs = nodeIDs
        self.subgraphs = subgraphs
    }

    /// Whether dot draws this subgraph as a cluster (its name starts with `cluster`).
    public var isCluster: Bool { name?.hasPrefix("cluster") ?? false }
}

/// A Graphviz diagram as a value: what a DOT file says, in a form code can build, inspect and change.
///
/// ``DOTWriter`` turns it into DOT text (``dotText``), deterministically; ``DOTReader`` parses DOT text
/// into it through libcgraph. Nodes keep their order (dot's layout depends on it); attributes are
/// unordered and written sorted.
public struct DOTGraph: Hashable, Sendable {
    /// The graph's name; nil for an anonymous graph.
    public var name: String?
    /// `digraph` (edges `->`) or `graph` (edges `--`).
    public var isDirected: Bool
    /// `strict`: no multi-edges and no self-loops.
    public var isStrict: Bool
    /// Graph attributes (`rankdir`, `label`, `bgcolor`, …).
    public var attributes: DOTAttributes
    /// Defaults for every node (`node [...]`).
    public var nodeDefaults: DOTAttributes
    /// Defaults for every edge (`edge [...]`).
    public var edgeDefaults: DOTAttributes
    /// Node statements, in order.
    public var nodes: [DOTNode]
    /// Edge statements, in order.
    public var edges: [DOTEdge]
    /// Subgraphs and clusters.
    public var subgraphs: [DOTSubgraph]

    /// A graph; by default an anonymous, directed, non-strict one with nothing in it.
    public init(
        name: String? = nil, isDirected: Bool = true, isStrict: Bool = false, attributes: DOTAttributes = [:],
        nodeDefaults: DOTAttributes = [:], edgeDefaults: DOTAttributes = [:], nodes: [DOTNode] = [],
        edges: [DOTEdge] = [], subgraphs: [DOTSubgraph] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }

    /// The DOT text of this graph (see ``DOTWriter/text(of:)``).
    public var dotText: String { DOTWriter.text(of: self) }

    /// The first node statement with `id`, or nil. O(n).
    public func node(_ id: String) -> DOTNode? { nodes.first { $0.id == id } }

    /// Appends a node statement.
    public mutating func addNode(_ id: String, _ attributes: DOTAttributes = [:]) {
        nodes.append(DOTNode(id, attributes: attributes))
    }

    /// Appends an edge statement.
    public mutating func addEdge(_ source: String, _ target: String, _ attributes: DOTAttributes = [:]) {
        edges.append(DOTEdge(source, target, attributes: attributes))
    }
}

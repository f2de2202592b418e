import SummitryModel

/// Options for ``NetworkDiagram`` and ``GraphDiagram``.
public struct DiagramOptions: Sendable, Hashable {
    /// Which nodes to group in boxes (clusters; drawn by dot and fdp, ignored by the other engines).
    public enum Clustering: String, Sendable, CaseIterable {
        case none
        /// A box per meeting holding the meeting and the actors that took part in it and no other.
        case meetings
        /// A box per country holding the country and the actors that represent it.
        case countries
    }

    /// Clusters to draw (default none).
    public var clustering: Clustering = .none
    /// A legend under the drawing: kinds (shape and colour), relations present, and the measure.
    public var legend = true
    /// A title above the drawing.
    public var title: String?
    /// The node width, in inches, for the smallest score (and for every node without one).
    public var minimumWidth = 0.7
    /// The node width, in inches, for the largest score. Areas in between grow linearly with the score.
    public var maximumWidth = 2.0
    /// Font families, as a CSS/pango list (the SVG keeps the list, so viewers fall back too).
    public var fontname = "Helvetica,Arial,sans-serif"
    /// Relations to draw; nil for all.
    public var relationKinds: Set<RelationKind>?

    /// Options; the sizes and font keep their defaults unless set afterwards.
    public init(
        clustering: Clustering = .none, legend: Bool = true, title: String? = nil, relationKinds: Set<RelationKind>? = nil
    ) {
        self.clustering = clustering
        self.legend = legend
        self.title = title
        self.relationKinds = relationKinds
    }
}

/// The visual vocabulary shared by the diagrams: shapes and colours by kind, line styles by relation.
///
/// Colours are from the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies
/// (Okabe & Ito, *Color Universal Design*, 2002; Wong, *Points of view: Color blindness*, Nature Methods
/// 8:441, 2011, https://doi.org/10.1038/nmeth.1618); fills are light tints so that black text stays
/// legible, outlines the full colour, and every kind also has its own shape, so colour is never the only cue.
public enum DiagramStyle {
    /// How a node kind is drawn.
    public struct NodeAppearance: Sendable, Hashable {
        /// Fill colour (a light tint).
        public let fill: String
        /// Outline colour (the palette colour).
        public let outline: String
        /// Graphviz shape.
        public let shape: String
        /// A character of that shape for the legend.
        public let symbol: String
    }

    /// How a relation kind is drawn.
    public struct EdgeAppearance: Sendable, Hashable {
        /// Edge attributes (style, colour, width, arrowhead).
        public let attributes: DOTAttributes
        /// A line sample for the legend.
        public let sample: String
    }

    /// Fill, outline and shape of a node kind (nil: a node of no known kind).
    public static func appearance(of kind: NodeKind?) -> NodeAppearance {
        switch kind {
        case .actor: NodeAppearance(fill: "#cfe8f7", outline: "#0072b2", shape: "ellipse", symbol: "●")
        case .country: NodeAppearance(fill: "#c4eadb", outline: "#009e73", shape: "box", symbol: "■")
        case .organization: NodeAppearance(fill: "#fbe3b0", outline: "#e69f00", shape: "hexagon", symbol: "⬣")
        case .meeting: NodeAppearance(fill: "#f3d1e3", outline: "#cc79a7", shape: "pentagon", symbol: "⬟")
        case nil: NodeAppearance(fill: "#e6e6e6", outline: "#666666", shape: "ellipse", symbol: "●")
        }
    }

    /// Line style of a relation kind: `hosted` bold, `attended` solid, `invited` dashed,
    /// `represents`/`member_of` dotted grey, `held_in` dashed grey, others thin grey.
    public static func edgeStyle(of kind: RelationKind) -> EdgeAppearance {
        switch kind {
        case .hosted: EdgeAppearance(attributes: ["style": "bold", "color": "#222222", "penwidth": "2.2"], sample: "━━━")
        case .attended: EdgeAppearance(attributes: ["color": "#444444"], sample: "───")
        case .invited: EdgeAppearance(attributes: ["style": "dashed", "color": "#444444"], sample: "╌╌╌")
        case .represents, .memberOf:
            EdgeAppearance(attributes: ["style": "dotted", "color": "#8c8c8c", "arrowhead": "none"], sample: "┈┈┈")
        case .heldIn: EdgeAppearance(attributes: ["style": "dashed", "color": "#8c8c8c", "arrowhead": "none"], sample: "╌╌╌")
        default: EdgeAppearance(attributes: ["color": "#a0a0a0"], sample: "───")
        }
    }

    /// Escapes text for an HTML-like label: `&`, `<`, `>`, `"` as entities; line breaks as `<BR/>`.
    public static func html(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "<BR/>"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Node widths whose areas grow linearly with the score: `minimum` at 0 (and for nodes without a
    /// score or with a negative one), `maximum` at the largest score.
    /// - Complexity: O(n).
    public static func widths(
        for ids: [String], scores: [String: Double], minimum: Double, maximum: Double
    ) -> [String: Double] {
        let top = ids.compactMap { scores[$0] }.filter(\.isFinite).max() ?? 0
        var out: [String: Double] = [:]
        for id in ids {
            let s = scores[id].flatMap { $0.isFinite ? max(0, $0) : nil } ?? 0
            let fraction = top > 0 ? s / top : 0
            let area = minimum * minimum + (maximum * maximum - minimum * minimum) * fraction
            out[id] = area.squareRoot()
        }
        return out
    }

    /// A score as a short string: 3 significant digits.
    public static func formatScore(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == 0 { return "0" }
        let magnitude = Int((abs(value)).log10Floor)
        let digits = max(0, 2 - magnitude)
        return DOTValue.format(value, digits: min(digits, 6))
    }
}

private extension Double {
    var log10Floor: Double {
        var m = 0.0
        var v = self
        while v >= 10 { v /= 10; m += 1 }
        while v < 1 && v > 0 { v *= 10; m -= 1 }
        return m
    }
}

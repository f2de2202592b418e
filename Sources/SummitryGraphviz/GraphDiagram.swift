import SummitryGraph

/// A plain diagram of a generic ``Graph`` (read from DOT, GraphML or an edge list): node keys as
/// labels, areas by score, edge widths by weight.
///
/// Node areas grow linearly with the score as in ``NetworkDiagram``; edge pen widths grow with the
/// square root of the weight relative to the largest (1 to 4 points) when the graph is weighted.
public struct GraphDiagram: Sendable {
    /// The graph drawn.
    public let graph: Graph
    /// Scores by node key.
    public let scores: [String: Double]
    /// The scores' name.
    public let measure: String?
    /// Legend, title, sizes, font.
    public let options: DiagramOptions

    /// - Parameters:
    ///   - graph: the graph; node keys become labels and ids.
    ///   - scores: per-node scores keyed by node key; empty for label-sized nodes.
    ///   - measure: the scores' name.
    ///   - options: legend, title, sizes and font (clustering does not apply).
    public init(graph: Graph, scores: [String: Double] = [:], measure: String? = nil, options: DiagramOptions = .init()) {
        self.graph = graph
        self.scores = scores
        self.measure = measure
        self.options = options
    }

    /// The diagram as a ``DOTGraph``.
    /// - Complexity: O(n + m).
    public var dotGraph: DOTGraph {
        var g = DOTGraph(name: "graph", isDirected: graph.isDirected)
        g.attributes = DiagramLayoutDefaults.graphAttributes(nodeCount: graph.nodeCount, fontname: options.fontname)
        let look = DiagramStyle.appearance(of: nil)
        g.nodeDefaults = [
            "fontname": .text(options.fontname), "fontsize": "10", "style": "filled", "shape": .text(look.shape),
            "fillcolor": "#cfe8f7", "color": "#0072b2", "penwidth": "1.2",
        ]
        g.edgeDefaults = ["color": "#555555", "arrowsize": "0.55"]
        let widths = scores.isEmpty ? [:] : DiagramStyle.widths(
            for: graph.keys, scores: scores, minimum: options.minimumWidth, maximum: options.maximumWidth)
        for key in graph.keys {
            var a: DOTAttributes = ["label": .label(key)]
            var tip = key
            if let score = scores[key] { tip += "\n\(measure ?? "score"): \(DiagramStyle.formatScore(score))" }
            a["tooltip"] = .label(tip)
            if let width = widths[key] {
                a["width"] = .number(width, digits: 3)
                a["height"] = .number(width, digits: 3)
                a["fixedsize"] = "shape"
            }
            g.addNode(key, a)
        }
        let maxWeight = graph.isWeighted ? graph.edges.map(\.weight).filter(\.isFinite).max() ?? 1 : 1
        for edge in graph.edges {
            var a: DOTAttributes = [:]
            if graph.isWeighted, maxWeight > 0, edge.weight.isFinite {
                a["penwidth"] = .number(1 + 3 * (max(0, edge.weight) / maxWeight).squareRoot(), digits: 2)
                a["tooltip"] = .label("weight \(DiagramStyle.formatScore(edge.weight))")
            }
            g.addEdge(graph.key(of: edge.source), graph.key(of: edge.target), a)
        }
        if options.legend || options.title != nil {
            var rows = ""
            if let title = options.title {
                rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\"><B>\(DiagramStyle.html(title))</B></FONT></TD></TR>"
            }
            if options.legend, !scores.isEmpty {
                rows += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\">\(DiagramStyle.html("Node area ∝ \(measure ?? "score")"))</FONT></TD></TR>"
            }
            if !rows.isEmpty {
                g.attributes["label"] = .html("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"2\">\(rows)</TABLE>")
                g.attributes["labelloc"] = "t"
                g.attributes["labeljust"] = "l"
            }
        }
        return g
    }
}

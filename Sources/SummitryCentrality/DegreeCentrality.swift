import SummitryGraph

/// Options of the degree centralities, mirroring NetworkX's `degree_centrality`,
/// `in_degree_centrality` and `out_degree_centrality`, plus an optional weighted (strength) variant.
public struct DegreeOptions: Sendable {
    /// Which degree to count.
    public enum Direction: String, Sendable, CaseIterable {
        /// In + out in a directed graph; incident edges (a self-loop twice) in an undirected one.
        case all
        /// Incoming edges; directed graphs only.
        case incoming
        /// Outgoing edges; directed graphs only.
        case outgoing
    }

    /// Which degree to count (default: all).
    public var direction: Direction = .all
    /// Sum edge strengths instead of counting edges (NetworkX `G.degree(weight="weight")`, divided by
    /// `n - 1` like the unweighted measure). Default false, as NetworkX's `degree_centrality`.
    public var weighted = false
    /// What the weights are; nil reads them as strengths. Distances are summed as `1 / w`.
    public var weightKind: WeightKind?

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(direction: Direction = .all, weighted: Bool = false, weightKind: WeightKind? = nil) {
        self.direction = direction
        self.weighted = weighted
        self.weightKind = weightKind
    }
}

/// Degree centrality of every node, as NetworkX's `degree_centrality` (and the in/out variants).
///
/// `C(v) = deg(v) / (n - 1)`, with NetworkX's degree: in a multigraph parallel edges each count, in an
/// undirected graph a self-loop counts twice, in a directed graph `all` is in + out (so scores can
/// exceed 1). A graph of one node scores 1, as NetworkX returns.
///
/// - Returns: one score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError/emptyGraph(measure:)``, ``CentralityError/notDefined(measure:reason:)``
///   for in/out-degree of an undirected graph (NetworkX raises `NetworkXNotImplemented`), or an
///   invalid weight.
/// - Complexity: O(n + m).
/// - Reference: L. C. Freeman, "Centrality in social networks conceptual clarification", Social
///   Networks 1 (1978) 215–239, [doi:10.1016/0378-8733(78)90021-7](https://doi.org/10.1016/0378-8733(78)90021-7).
public func degreeCentrality(_ graph: Graph, _ options: DegreeOptions = DegreeOptions()) throws(CentralityError) -> [Double] {
    let measure = switch options.direction {
    case .all: "degree"
    case .incoming: "in-degree"
    case .outgoing: "out-degree"
    }
    try graph.requireNodes(measure)
    if options.direction != .all && !graph.isDirected {
        throw .notDefined(measure: measure, reason: "defined for directed graphs only; use degree for an undirected graph")
    }
    let n = graph.nodeCount
    if n == 1 { return [1] }
    let strengths = try graph.measureWeights(measure, weighted: options.weighted, given: options.weightKind,
                                             needed: .strength)
    var degree = [Double](repeating: 0, count: n)
    for e in 0 ..< graph.edgeCount {
        let u = Int(graph.edgeSources[e]), v = Int(graph.edgeTargets[e])
        let w = strengths?[e] ?? 1
        switch options.direction {
        case .all:
            degree[u] += w
            degree[v] += w
        case .incoming: degree[v] += w
        case .outgoing: degree[u] += w
        }
    }
    let scale = 1 / Double(n - 1)
    return degree.map { $0 * scale }
}

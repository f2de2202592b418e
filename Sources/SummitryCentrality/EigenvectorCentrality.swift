import SummitryGraph

/// Options of ``eigenvectorCentrality(_:_:)``, mirroring NetworkX's `eigenvector_centrality`.
public struct EigenvectorOptions: Sendable {
    /// Maximum number of power iterations (NetworkX `max_iter`, default 100).
    public var maxIter = 100
    /// Stop when the L1 change is below `n · tol` (NetworkX `tol`, default 1e-6).
    public var tol = 1.0e-6
    /// Starting vector, one value per node (NetworkX `nstart`); nil starts from all ones.
    public var nstart: [Double]?
    /// Use edge weights (NetworkX `weight="weight"`; default false).
    public var weighted = false
    /// What the weights are; nil reads them as strengths. See ``WeightKind``.
    public var weightKind: WeightKind?

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(maxIter: Int = 100, tol: Double = 1.0e-6, nstart: [Double]? = nil, weighted: Bool = false,
                weightKind: WeightKind? = nil) {
        self.maxIter = maxIter
        self.tol = tol
        self.nstart = nstart
        self.weighted = weighted
        self.weightKind = weightKind
    }
}

/// Eigenvector centrality of every node, as NetworkX's `eigenvector_centrality`.
///
/// The principal left eigenvector `x` of the adjacency matrix (`λx_v = Σ_u x_u A_uv`: in a directed
/// graph a node is central when central nodes point to it), scaled to Euclidean norm 1. Computed by
/// NetworkX's power iteration on `A + I`, which has the same eigenvectors but never oscillates, so it
/// also converges on bipartite (periodic) graphs (NetworkX issue #1704). Stops when
/// `Σ|x - x_prev| < n · tol`. A self-loop adds its weight once to the diagonal; parallel edges add up
/// (NetworkX refuses multigraphs; the sum is what `eigenvector_centrality_numpy` of the summed
/// adjacency gives).
///
/// - Returns: one score per node, indexed by ``NodeID/index``, non-negative with Euclidean norm 1.
/// - Throws: ``CentralityError/notConverged(measure:iterations:tolerance:)`` after `maxIter` iterations
///   (also for `maxIter = 0`, as NetworkX), an empty graph, an invalid weight or `nstart`.
/// - Complexity: O(maxIter · (n + m)).
/// - Reference: P. Bonacich, "Power and centrality: a family of measures", American Journal of
///   Sociology 92 (1987) 1170–1182, [doi:10.1086/228631](https://doi.org/10.1086/228631).
public func eigenvectorCentrality(
    _ graph: Graph, _ options: EigenvectorOptions = EigenvectorOptions()
) throws(CentralityError) -> [Double] {
    let measure = "eigenvector"
    try graph.requireNodes(measure)
    let n = graph.nodeCount
    let weights = try graph.inSlotStrengths(measure, weighted: options.weighted, given: options.weightKind)
    var x = [Double](repeating: 1, count: n)
    if let nstart = options.nstart {
        try validateNodeVector(nstart, nodeCount: n, measure: measure, option: "nstart")
        x = nstart
    }
    let start = x.reduce(0, +)
    for i in 0 ..< n { x[i] /= start }
    var previous = x
    for _ in 0 ..< max(0, options.maxIter) {
        swap(&x, &previous)
        // x = previous · (A + I)
        for i in 0 ..< n { x[i] = previous[i] }
        previous.withUnsafeBufferPointer { p in
            x.withUnsafeMutableBufferPointer { graph.pullLeftProduct(p, into: $0, inWeights: weights) }
        }
        var norm = 0.0
        for v in x { norm += v * v }
        norm = norm.squareRoot()
        if norm == 0 { norm = 1 }
        var change = 0.0
        for i in 0 ..< n {
            x[i] /= norm
            change += abs(x[i] - previous[i])
        }
        if change < Double(n) * options.tol { return x }
    }
    throw .notConverged(measure: measure, iterations: options.maxIter, tolerance: options.tol)
}

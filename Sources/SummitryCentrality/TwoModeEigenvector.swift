import SummitryGraph

/// Options of ``twoModeEigenvectorCentrality(_:top:_:)``.
public struct TwoModeEigenvectorOptions: Sendable, Equatable {
    /// The most alternating rounds to run (`max_iter`).
    public var maxIter: Int
    /// Stop when the scores change by less than `nodeCount × tol` in L1 norm over one round, as
    /// NetworkX's power iterations do.
    public var tol: Double
    /// Use edge weights as the entries of the biadjacency matrix (when the graph has weights).
    public var weighted: Bool

    public init(maxIter: Int = 1000, tol: Double = 1.0e-10, weighted: Bool = true) {
        self.maxIter = maxIter
        self.tol = tol
        self.weighted = weighted
    }
}

/// Eigenvector centrality of a two-mode graph: the leading singular vectors of its biadjacency matrix,
/// one unit vector per side (Bonacich 1991).
///
/// With `B` the `top × bottom` biadjacency matrix (`B[i][j]` the weight of the edges joining `i` and
/// `j`, summed over parallel edges; 1 each when unweighted), the scores are `x` on top and `y` on the
/// bottom with
///
///     σ x = B y,   σ y = Bᵀ x,   ‖x‖₂ = ‖y‖₂ = 1,   x, y ≥ 0,
///
/// for the largest singular value `σ`: an actor is central when it attends central meetings and a
/// meeting when central actors attend it. `(x, y) / √2` is the leading eigenvector of the whole
/// adjacency matrix, so these are NetworkX's `eigenvector_centrality` scores rescaled to unit length
/// on each side separately, which makes them comparable within a side whatever the side sizes.
///
/// Plain power iteration on the adjacency matrix oscillates on a bipartite graph (its spectrum is
/// symmetric, `±σ`); this alternates `y ← Bᵀx / ‖Bᵀx‖`, `x ← B y / ‖B y‖`, which is power iteration
/// on `BᵀB` and converges at rate `(σ₂/σ₁)²` from `x = 1`. On a disconnected graph the scores of
/// components other than the one with the largest `σ` tend to 0; isolated nodes score 0. When two
/// components share the largest `σ` the singular vectors are not unique and the result mixes them
/// as the start vector does (NetworkX's power iteration behaves the same way).
///
/// - Parameters:
///   - graph: An undirected two-mode graph.
///   - top: The nodes of one side; every edge must join a top node to a bottom node.
///   - options: See ``TwoModeEigenvectorOptions``.
/// - Returns: One score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError/notDefined(measure:reason:)`` for a directed graph, an edge within a
///   side, an empty side or no edges; ``CentralityError/notConverged(measure:iterations:tolerance:)``.
/// - Complexity: O(m) per round.
/// - Reference: P. Bonacich, "Simultaneous group and individual centralities", Social Networks 13
///   (1991) 155–168, [doi:10.1016/0378-8733(91)90008-H](https://doi.org/10.1016/0378-8733(91)90008-H).
public func twoModeEigenvectorCentrality(
    _ graph: Graph, top: some Sequence<NodeID>, _ options: TwoModeEigenvectorOptions = TwoModeEigenvectorOptions()
) throws(CentralityError) -> [Double] {
    let measure = "two-mode-eigenvector"
    let sides = try TwoModeSides(graph, top: top, measure: measure, requireCrossingEdges: true)
    try requireUndirected(graph, measure: measure)
    let n = graph.nodeCount
    let weighted = options.weighted && graph.isWeighted
    var x = sides.isTop.map { $0 ? 1.0 : 0.0 }
    var next = [Double](repeating: 0, count: n)
    for _ in 0 ..< options.maxIter {
        // Bottom from top, then top from the new bottom; each normalised to unit length.
        var disconnectedSides = false
        x.withUnsafeBufferPointer { old in
            next.withUnsafeMutableBufferPointer { new in
                for topPass in [false, true] {
                    var norm = 0.0
                    for v in 0 ..< n where sides.isTop[v] == topPass {
                        let node = NodeID(v)
                        var sum = 0.0
                        if weighted, let weights = graph.successorWeights(of: node) {
                            for (w, weight) in zip(graph.successors(of: node), weights) {
                                sum += weight * (topPass ? new[Int(w)] : old[Int(w)])
                            }
                        } else {
                            for w in graph.successors(of: node) { sum += topPass ? new[Int(w)] : old[Int(w)] }
                        }
                        new[v] = sum
                        norm += sum * sum
                    }
                    if norm == 0 {
                        disconnectedSides = true
                        return
                    }
                    let scale = 1 / norm.squareRoot()
                    for v in 0 ..< n where sides.isTop[v] == topPass { new[v] *= scale }
                }
            }
        }
        if disconnectedSides {
            throw .notDefined(measure: measure, reason: "no edge joins the two sides, so every score would be 0")
        }
        var change = 0.0
        for v in 0 ..< n { change += abs(next[v] - x[v]) }
        swap(&x, &next)
        if change < Double(n) * options.tol { return x }
    }
    throw .notConverged(measure: measure, iterations: options.maxIter, tolerance: options.tol)
}

func requireUndirected(_ graph: Graph, measure: String) throws(CentralityError) {
    if graph.isDirected {
        throw .notDefined(measure: measure, reason: "defined for undirected two-mode graphs; pass graph.undirected()")
    }
}

import SummitryGraph

/// Options of ``twoModeClosenessCentrality(_:top:_:)``, mirroring NetworkX's
/// `bipartite.closeness_centrality(G, nodes, normalized=True)`.
public struct TwoModeClosenessOptions: Sendable {
    /// Scale by the share of other nodes reached, `(r − 1) / (N − 1)` (NetworkX `normalized`, default true).
    public var normalized: Bool
    /// Progress, cancellation and thread count.
    public var hooks: RunHooks

    public init(normalized: Bool = true, hooks: RunHooks = RunHooks()) {
        self.normalized = normalized
        self.hooks = hooks
    }
}

/// Closeness centrality of a two-mode graph, as NetworkX's `bipartite.closeness_centrality(G, nodes)`.
///
/// In a two-mode graph a node is at best 1 from every node of the other side and 2 from every other
/// node of its own (Borgatti & Everett 1997), so with `n = |top|`, `m = |bottom|` and `d(v)` the sum
/// of hop distances from `v` to the nodes it reaches,
///
///     c(v) = (m + 2(n − 1)) / d(v)   for v in top,
///     c(v) = (n + 2(m − 1)) / d(v)   for v in bottom,
///
/// multiplied, when `normalized`, by `(r − 1) / (N − 1)` where `r` counts the nodes `v` reaches
/// (itself included) and `N` all nodes. A node that reaches no other node scores 0. Distances follow
/// edge directions in a directed graph.
///
/// - Parameters:
///   - graph: A two-mode graph.
///   - top: The nodes of one side (NetworkX's `nodes`); every other node is the other side.
///   - options: See ``TwoModeClosenessOptions``.
/// - Returns: One score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError/emptyGraph(measure:)``; ``CentralityError/notDefined(measure:reason:)``
///   when a side is empty.
/// - Complexity: O(n·m) time (one breadth-first search per node, over all cores), O(n) memory per thread.
/// - Reference: S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", Social Networks
///   19 (1997) 243–269, [doi:10.1016/S0378-8733(97)00007-5](https://doi.org/10.1016/S0378-8733(97)00007-5).
public func twoModeClosenessCentrality(
    _ graph: Graph, top: some Sequence<NodeID>, _ options: TwoModeClosenessOptions = TwoModeClosenessOptions()
) throws(CentralityError) -> [Double] {
    let measure = "two-mode-closeness"
    let sides = try TwoModeSides(graph, top: top, measure: measure)
    let count = graph.nodeCount
    let (n, m) = (Double(sides.topCount), Double(sides.bottomCount))
    let topBest = m + 2 * (n - 1), bottomBest = n + 2 * (m - 1)
    let normalized = options.normalized
    let isTop = sides.isTop
    // Breadth-first searches from every node along out-edges (NetworkX's
    // single_source_shortest_path_length), spread over cores by the shared multi-source runner.
    let rows = RowBuffers(graph.simpleRows(incoming: false, edgeWeights: nil))
    var scores = [Double](repeating: 0, count: count)
    try scores.withUnsafeMutableBufferPointer { (out) throws(CentralityError) in
        let shared = Unchecked(value: out)
        _ = try forEachSource(
            count: count, measure: measure, hooks: options.hooks,
            makeWorker: { ShortestPathWorker(forward: rows, backward: rows, scoreCount: 0) },
            visit: { worker, source in
                worker.breadthFirst(from: Int32(truncatingIfNeeded: source), countPaths: false)
                var total = 0
                for i in 1 ..< max(1, worker.reached) { total += Int(worker.hops[Int(worker.order[i])]) }
                if total > 0 && count > 1 {
                    var score = (isTop[source] ? topBest : bottomBest) / Double(total)
                    if normalized { score *= Double(worker.reached - 1) / Double(count - 1) }
                    shared.value[source] = score
                }
                worker.reset()
            })
    }
    return scores
}

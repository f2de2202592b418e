import SummitryGraph

/// Betweenness centrality of a two-mode graph, as NetworkX's `bipartite.betweenness_centrality(G, nodes)`.
///
/// The unnormalised shortest-path betweenness (``betweennessCentrality(_:_:)`` with
/// `normalized: false`; undirected pairs counted once) divided by the largest value a node of its
/// side can reach in a two-mode graph with these side sizes (Borgatti & Everett 1997): with
/// `n = |top|`, `m = |bottom|`, `s, t = divmod(n − 1, m)` and `p, r = divmod(m − 1, n)`,
///
///     top:    ½ [m² (s + 1)² + m (s + 1)(2t − s − 1) − t (2s − t + 3)]
///     bottom: ½ [n² (p + 1)² + n (p + 1)(2r − p − 1) − r (2p − r + 3)]
///
/// A side whose maximum is 0 (a single node facing one node) gives NaN there, where NetworkX
/// raises `ZeroDivisionError`; this function throws instead.
///
/// - Parameters:
///   - graph: A two-mode graph; directed graphs follow edge directions, as NetworkX does.
///   - top: The nodes of one side (NetworkX's `nodes`); every other node is the other side.
///   - hooks: Progress, cancellation and thread count of the searches.
/// - Returns: One score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError/emptyGraph(measure:)``; ``CentralityError/notDefined(measure:reason:)``
///   when a side is empty or its maximum betweenness is 0; ``CentralityError/cancelled(measure:)``.
/// - Complexity: O(n·m) time, as Brandes' algorithm, over all cores.
/// - Reference: S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", Social Networks
///   19 (1997) 243–269, [doi:10.1016/S0378-8733(97)00007-5](https://doi.org/10.1016/S0378-8733(97)00007-5).
public func twoModeBetweennessCentrality(
    _ graph: Graph, top: some Sequence<NodeID>, hooks: RunHooks = RunHooks()
) throws(CentralityError) -> [Double] {
    let measure = "two-mode-betweenness"
    let sides = try TwoModeSides(graph, top: top, measure: measure)
    let (topMax, bottomMax) = twoModeBetweennessMaxima(top: sides.topCount, bottom: sides.bottomCount)
    guard topMax > 0 && bottomMax > 0 else {
        throw .notDefined(
            measure: measure,
            reason: "with \(sides.topCount) top and \(sides.bottomCount) bottom nodes no node can lie between two others")
    }
    var scores = try betweennessCentrality(graph, BetweennessOptions(normalized: false, hooks: hooks))
    for v in 0 ..< scores.count { scores[v] /= sides.isTop[v] ? topMax : bottomMax }
    return scores
}

/// The largest betweenness a top and a bottom node can have (Borgatti & Everett 1997), as NetworkX
/// computes `bet_max_top` and `bet_max_bot`.
func twoModeBetweennessMaxima(top n: Int, bottom m: Int) -> (top: Double, bottom: Double) {
    func maximum(own: Int, other: Int) -> Double {
        let (quotient, remainder) = (own - 1).quotientAndRemainder(dividingBy: other)
        let (m, s, t) = (Double(other), Double(quotient), Double(remainder))
        return (m * m * (s + 1) * (s + 1) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2
    }
    return (maximum(own: n, other: m), maximum(own: m, other: n))
}

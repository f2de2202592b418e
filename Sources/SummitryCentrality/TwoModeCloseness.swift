import SummitryGraph

/// Options of ``twoModeClosenessCentrality(_:top:_:)``, mirroring NetworkX's
/// `bipartite.closeness_centrality(G, nodes, normalized=True)`.
public struct TwoModeClosenessOptions: Sendable, Equatable {
    /// Scale by the share of other nodes reached, `(r − 1) / (N − 1)` (NetworkX `normalized`, default true).
    public var normalized: Bool

    public init(normalized: Bool = true) { self.normalized = normalized }
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
/// - Complexity: O(n·m) time (one breadth-first search per node), O(n) memory.
/// - Reference: S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", Social Networks
///   19 (1997) 243–269, [doi:10.1016/S0378-8733(97)00007-5](https://doi.org/10.1016/S0378-8733(97)00007-5).
public func twoModeClosenessCentrality(
    _ graph: Graph, top: some Sequence<NodeID>, _ options: TwoModeClosenessOptions = TwoModeClosenessOptions()
) throws(CentralityError) -> [Double] {
    let sides = try TwoModeSides(graph, top: top, measure: "two-mode closeness")
    let count = graph.nodeCount
    let (n, m) = (Double(sides.topCount), Double(sides.bottomCount))
    let topBest = m + 2 * (n - 1), bottomBest = n + 2 * (m - 1)
    var scores = [Double](repeating: 0, count: count)
    var distance = [Int32](repeating: -1, count: count)
    var queue = [Int32](repeating: 0, count: count)
    for source in 0 ..< count {
        distance[source] = 0
        queue[0] = Int32(truncatingIfNeeded: source)
        var (head, tail, total) = (0, 1, 0)
        while head < tail {
            let v = Int(queue[head])
            head += 1
            let next = distance[v] + 1
            for w in graph.successors(of: NodeID(v)) where distance[Int(w)] < 0 {
                distance[Int(w)] = next
                total += Int(next)
                queue[tail] = w
                tail += 1
            }
        }
        for k in 0 ..< tail { distance[Int(queue[k])] = -1 }
        guard total > 0 && count > 1 else { continue }
        var score = (sides.isTop[source] ? topBest : bottomBest) / Double(total)
        if options.normalized { score *= Double(tail - 1) / Double(count - 1) }
        scores[source] = score
    }
    return scores
}

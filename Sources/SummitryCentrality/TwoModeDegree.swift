import SummitryGraph

/// Degree centrality of a two-mode graph, as NetworkX's `bipartite.degree_centrality(G, nodes)`.
///
/// A node's degree is divided by the largest degree it could have, the size of the other side:
/// `d(v) / |bottom|` for `v` in `top`, `d(v) / |top|` for `v` in the bottom side. Degrees are
/// NetworkX's `G.degree` (in + out when directed, a self-loop twice).
///
/// - Parameters:
///   - graph: A two-mode graph.
///   - top: The nodes of one side (NetworkX's `nodes`); every other node is the other side.
/// - Returns: One score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError/emptyGraph(measure:)``; ``CentralityError/notDefined(measure:reason:)``
///   when a side is empty.
/// - Complexity: O(n) (O(n + m) undirected, for self-loops).
/// - Reference: S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", Social Networks
///   19 (1997) 243–269, [doi:10.1016/S0378-8733(97)00007-5](https://doi.org/10.1016/S0378-8733(97)00007-5).
public func twoModeDegreeCentrality(_ graph: Graph, top: some Sequence<NodeID>) throws(CentralityError) -> [Double] {
    let sides = try TwoModeSides(graph, top: top, measure: "two-mode-degree")
    let topScale = 1 / Double(sides.bottomCount), bottomScale = 1 / Double(sides.topCount)
    return (0 ..< graph.nodeCount).map { v in
        Double(graph.degree(of: NodeID(v))) * (sides.isTop[v] ? topScale : bottomScale)
    }
}

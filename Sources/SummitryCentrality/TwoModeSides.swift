import SummitryGraph

/// The side split every two-mode measure starts from: `top` as NetworkX's `nodes` argument,
/// `bottom` every other node.
struct TwoModeSides {
    let isTop: [Bool]
    let topCount: Int
    let bottomCount: Int

    /// The split with `top` as one side; NetworkX does not check that edges cross, and neither
    /// does this unless `requireCrossingEdges`.
    init(_ graph: Graph, top: some Sequence<NodeID>, measure: String, requireCrossingEdges: Bool = false)
        throws(CentralityError)
    {
        if graph.nodeCount == 0 { throw .emptyGraph(measure: measure) }
        var isTop = [Bool](repeating: false, count: graph.nodeCount)
        for node in top { isTop[node.index] = true }
        let topCount = isTop.reduce(0) { $0 + ($1 ? 1 : 0) }
        self.isTop = isTop
        self.topCount = topCount
        bottomCount = graph.nodeCount - topCount
        if topCount == 0 || bottomCount == 0 {
            throw .notDefined(
                measure: measure,
                reason: "both sides must have nodes; `top` holds \(topCount) of \(graph.nodeCount) nodes")
        }
        if requireCrossingEdges {
            do {
                _ = try graph.bipartiteSides(top: top)
            } catch {
                throw .notDefined(measure: measure, reason: "\(error)")
            }
        }
    }
}

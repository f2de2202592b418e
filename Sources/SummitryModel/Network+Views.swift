import SummitryGraph

/// A two-mode (bipartite) graph view: actors on one side, meetings on the other.
public struct TwoModeView: Sendable {
    /// Undirected simple graph; node keys are the network's node ids.
    public let graph: Graph
    /// The actor side, in network order.
    public let actors: [NodeID]
    /// The meeting side, in network order.
    public let meetings: [NodeID]
}

extension Network {
    /// The whole network as a ``Graph`` whose node keys are node ids, in network order.
    ///
    /// - Parameters:
    ///   - directed: keep relation direction (default) or not.
    ///   - multigraph: keep one edge per relation (default), or collapse relations between the same
    ///     pair into one edge.
    ///   - kinds: only relations of these kinds; nil for all.
    /// - Complexity: O(n + m).
    public func graph(directed: Bool = true, multigraph: Bool = true, kinds: Set<RelationKind>? = nil) -> Graph {
        var b = GraphBuilder(directed: directed, multigraph: multigraph)
        b.reserveCapacity(nodes: nodes.count, edges: relations.count)
        for n in nodes { b.addNode(n.id) }
        for r in relations where kinds?.contains(r.kind) ?? true {
            b.addEdge(from: r.source, to: r.target, weight: r.weight)
        }
        return b.build()
    }

    /// The two-mode actor × meeting graph: every actor and meeting node, an undirected edge where an
    /// actor attended or hosted a meeting (``RelationKind/participation``; pass `kinds` to add e.g.
    /// `invited`). Isolated actors and meetings stay in the graph.
    /// - Complexity: O(n + m).
    public func twoModeView(kinds: Set<RelationKind> = RelationKind.participation) -> TwoModeView {
        var b = GraphBuilder(directed: false)
        var actors: [NodeID] = [], meetings: [NodeID] = []
        for n in nodes where n.kind == .actor { actors.append(b.addNode(n.id)) }
        for n in nodes where n.kind == .meeting { meetings.append(b.addNode(n.id)) }
        for r in relations where kinds.contains(r.kind) {
            guard let s = b.node(forKey: r.source), let t = b.node(forKey: r.target) else { continue }
            b.addEdge(from: s, to: t)
        }
        return TwoModeView(graph: b.build(), actors: actors, meetings: meetings)
    }
}

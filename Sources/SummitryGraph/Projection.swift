/// How the edges of a one-mode projection are weighted; each case is one of NetworkX's
/// `networkx.algorithms.bipartite.projection` functions.
///
/// For projected nodes `u`, `v` let `N(u)` be the distinct successors of `u` (all neighbours when
/// undirected), `P(v)` the distinct predecessors of `v` (all neighbours when undirected) and
/// `C = N(u) ∩ P(v)` the shared neighbours; `u` and `v` are joined when `C` is not empty.
public enum ProjectionWeighting: Sendable, Equatable, CaseIterable {
    /// `projected_graph(B, nodes)`: no weights.
    case none
    /// `weighted_projected_graph(B, nodes)`: `|C|`, the number of shared neighbours.
    case count
    /// `weighted_projected_graph(B, nodes, ratio=True)`: `|C| / (n − |nodes|)`, shared neighbours
    /// as a share of the nodes not projected onto.
    case ratio
    /// `collaboration_weighted_projected_graph(B, nodes)`: Newman's `Σ_{k ∈ C} 1 / (d_k − 1)` over
    /// shared neighbours `k` with out-degree `d_k > 1`. Newman, "Scientific collaboration networks.
    /// II", Phys. Rev. E 64, 016132 (2001), doi:10.1103/PhysRevE.64.016132.
    case collaboration
    /// `overlap_weighted_projected_graph(B, nodes)` (Jaccard): `|C| / |N(u) ∪ P(v)|`.
    case jaccard
    /// `overlap_weighted_projected_graph(B, nodes, jaccard=False)`: `|C| / min(|N(u)|, |P(v)|)`.
    case overlap
}

extension Graph {
    /// The one-mode projection of this two-mode graph onto `nodes`, as NetworkX's bipartite
    /// projections compute it: `u` and `v` are joined when they share a neighbour, weighted as
    /// `weighting` says (see ``ProjectionWeighting``), and edges lighter than `minimumWeight` are
    /// left out.
    ///
    /// As in NetworkX: the projection is directed when this graph is (`u → v` when `u → k → v`),
    /// never has self-loops, and holds `nodes` in the order given (repeats ignored) followed by any
    /// node reached that is not among them (which happens only when `nodes` is not a whole side).
    /// Parallel edges of a multigraph count once. Edges come in order of `u` as given, then `v` by
    /// index; an undirected pair appears once.
    ///
    /// - Parameters:
    ///   - nodes: The side to project onto, e.g. the actors of an actor×meeting graph. To check
    ///     that it is a side, use ``bipartiteSides(top:)`` first.
    ///   - weighting: The edge weights; `.none` gives an unweighted graph.
    ///   - minimumWeight: Keep only edges weighing at least this much (for `.none`, sharing at least
    ///     this many neighbours); nil keeps every edge.
    /// - Returns: A simple graph on the projected nodes.
    /// - Complexity: O(Σ_u Σ_{k ∈ N(u)} d_k) time, O(n) scratch besides the result.
    public func projected(
        onto nodes: some Sequence<NodeID>, weighting: ProjectionWeighting = .none, minimumWeight: Double? = nil
    ) -> Graph {
        var builder = GraphBuilder(directed: isDirected)
        var order: [Int32] = []
        var projectedID = [Int32](repeating: -1, count: nodeCount)  // node → its id in the result
        for node in nodes where projectedID[node.index] < 0 {
            projectedID[node.index] = builder.addNode(keys[node.index]).rawValue
            order.append(node.rawValue)
        }
        let otherCount = Double(nodeCount - order.count)
        precondition(weighting != .ratio || otherCount > 0, "ratio weights need nodes outside the projection")
        let n = nodeCount

        // Distinct successor and predecessor counts (differ from degrees only in multigraphs).
        var stamp = [Int32](repeating: -1, count: n)
        var outCount = [Int32](repeating: 0, count: n)
        var inCount = [Int32](repeating: 0, count: n)
        for u in 0 ..< n {
            for v in successors(of: NodeID(u)) where stamp[Int(v)] != Int32(u) {
                stamp[Int(v)] = Int32(u)
                outCount[u] += 1
            }
        }
        if isDirected {
            stamp = [Int32](repeating: -1, count: n)
            for v in 0 ..< n {
                for u in predecessors(of: NodeID(v)) where stamp[Int(u)] != Int32(v) {
                    stamp[Int(u)] = Int32(v)
                    inCount[v] += 1
                }
            }
        } else {
            inCount = outCount
        }

        var neighbourStamp = [Int32](repeating: -1, count: n)   // k ∈ N(u) seen for this u
        var reachStamp = [Int32](repeating: -1, count: n)       // v reached from this u
        var lastVia = [Int32](repeating: -1, count: n)          // last k counted for v
        var shared = [Int32](repeating: 0, count: n)
        var collaboration = [Double](repeating: 0, count: n)
        var reached: [Int32] = []
        for (position, uRaw) in order.enumerated() {
            let u = Int(uRaw)
            let tag = Int32(truncatingIfNeeded: position)
            reached.removeAll(keepingCapacity: true)
            for kRaw in successors(of: NodeID(u)) {
                let k = Int(kRaw)
                if neighbourStamp[k] == tag { continue }
                neighbourStamp[k] = tag
                let share = outCount[k] > 1 ? 1 / Double(outCount[k] - 1) : 0
                for vRaw in successors(of: NodeID(k)) where Int(vRaw) != u {
                    let v = Int(vRaw)
                    if reachStamp[v] != tag {
                        reachStamp[v] = tag
                        lastVia[v] = -1
                        shared[v] = 0
                        collaboration[v] = 0
                        reached.append(vRaw)
                    }
                    if lastVia[v] != kRaw {
                        lastVia[v] = kRaw
                        shared[v] += 1
                        collaboration[v] += share
                    }
                }
            }
            reached.sort()
            let degreeU = Double(outCount[u])
            for vRaw in reached {
                let v = Int(vRaw)
                let common = Double(shared[v])
                let weight: Double
                switch weighting {
                case .none, .count: weight = common
                case .ratio: weight = common / otherCount
                case .collaboration: weight = collaboration[v]
                case .jaccard: weight = common / (degreeU + Double(inCount[v]) - common)
                case .overlap: weight = common / min(degreeU, Double(inCount[v]))
                }
                if let minimumWeight, weight < minimumWeight { continue }
                if projectedID[v] < 0 { projectedID[v] = builder.addNode(keys[v]).rawValue }
                let target = NodeID(rawValue: projectedID[v])
                builder.addEdge(
                    from: NodeID(position), to: target, weight: weighting == .none ? nil : weight)
            }
        }
        return builder.build()
    }
}

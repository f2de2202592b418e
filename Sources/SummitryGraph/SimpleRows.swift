/// Adjacency rows of a graph as NetworkX's shortest-path code sees it: parallel edges collapsed to
/// one slot carrying the minimum weight, self-loops dropped.
///
/// NetworkX's BFS iterates `G[v]`, which lists each neighbour once however many parallel edges lead
/// there, and its Dijkstra reads a multigraph edge's weight as the minimum over the parallel edges
/// (`_weight_function`). Self-loops never lie on a shortest path. Path measures (closeness, harmonic,
/// betweenness) therefore run on these rows, not on the raw ones.
///
/// Each slot also records a representative ``EdgeID`` (the first edge, in edge order, that carries the
/// minimum weight), so per-edge results can be mapped back to the graph's edges.
package struct SimpleRows: Sendable {
    /// Row starts; `offsets[v] ..< offsets[v + 1]` are the slots of `v`.
    package let offsets: [Int]
    /// The neighbour of each slot.
    package let targets: [Int32]
    /// The representative edge of each slot.
    package let edges: [Int32]
    /// The (minimum) weight of each slot; nil when no weights were given.
    package let weights: [Double]?

    /// The number of rows.
    package var nodeCount: Int { offsets.count - 1 }
}

extension Graph {
    /// The out-rows (`incoming == false`) or in-rows of this graph with parallel edges collapsed and
    /// self-loops dropped. For an undirected graph both are the full adjacency.
    ///
    /// - Parameters:
    ///   - incoming: whether to collapse the in-adjacency instead of the out-adjacency.
    ///   - edgeWeights: one weight per ``EdgeID`` (for example edge weights already turned into
    ///     distances), or nil for unweighted rows. A collapsed slot keeps the minimum.
    /// - Complexity: O(n + m) time, O(n + m) memory.
    package func simpleRows(incoming: Bool, edgeWeights weightsByEdge: [Double]?) -> SimpleRows {
        let n = nodeCount
        let rowOffsets = incoming ? inOffsets : outOffsets
        let rowTargets = incoming ? inTargets : outTargets
        let rowEdges = incoming ? inEdges : outEdges
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets = [Int32]()
        var edges = [Int32]()
        var weights: [Double]? = weightsByEdge == nil ? nil : []
        targets.reserveCapacity(rowTargets.count)
        edges.reserveCapacity(rowTargets.count)
        weights?.reserveCapacity(rowTargets.count)
        // slotOf[u] is the slot of neighbour u in the row being built (valid when owner[u] == v).
        var slotOf = [Int](repeating: 0, count: n)
        var owner = [Int32](repeating: -1, count: n)
        for v in 0 ..< n {
            let vv = Int32(truncatingIfNeeded: v)
            for slot in rowOffsets[v] ..< rowOffsets[v + 1] {
                let u = rowTargets[slot]
                if u == vv { continue }
                let e = rowEdges[slot]
                let w = weightsByEdge?[Int(e)] ?? 1
                let ui = Int(u)
                if owner[ui] == vv {
                    // A parallel edge: keep the smaller weight (ties keep the earlier edge).
                    let existing = slotOf[ui]
                    if weights != nil, w < weights![existing] {
                        weights![existing] = w
                        edges[existing] = e
                    }
                    continue
                }
                owner[ui] = vv
                slotOf[ui] = targets.count
                targets.append(u)
                edges.append(e)
                weights?.append(w)
            }
            offsets[v + 1] = targets.count
        }
        return SimpleRows(offsets: offsets, targets: targets, edges: edges, weights: weights)
    }
}

extension SimpleRows {
    /// A node order that keeps neighbours close in memory: breadth-first from the highest-degree node
    /// not yet placed, component after component. Searches that touch a node's neighbours then hit
    /// nearby cache lines.
    ///
    /// - Returns: `order[i]` is the node placed at position `i`.
    /// - Complexity: O(n log n + m).
    package func localityOrder() -> [Int32] {
        let n = nodeCount
        var placed = [Bool](repeating: false, count: n)
        var order = [Int32]()
        order.reserveCapacity(n)
        var degree = [Int](repeating: 0, count: n)
        for v in 0 ..< n { degree[v] = offsets[v + 1] - offsets[v] }
        // Stable: equal degrees keep index order, so the result is deterministic.
        let byDegree = (0 ..< n).sorted { (a: Int, b: Int) -> Bool in
            degree[a] != degree[b] ? degree[a] > degree[b] : a < b
        }
        for start in byDegree where !placed[start] {
            placed[start] = true
            var head = order.count
            order.append(Int32(truncatingIfNeeded: start))
            while head < order.count {
                let v = Int(order[head])
                head += 1
                for slot in offsets[v] ..< offsets[v + 1] where !placed[Int(targets[slot])] {
                    placed[Int(targets[slot])] = true
                    order.append(targets[slot])
                }
            }
        }
        return order
    }

    /// These rows with node `order[i]` renamed `i` (rows and targets both), edges and weights kept.
    ///
    /// - Parameters:
    ///   - order: a permutation of the nodes, `order[new] = old`.
    ///   - position: its inverse, `position[old] = new`.
    /// - Complexity: O(n + m).
    package func relabelled(order: [Int32], position: [Int32]) -> SimpleRows {
        var newOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var newTargets = [Int32]()
        var newEdges = [Int32]()
        var newWeights: [Double]? = weights == nil ? nil : []
        newTargets.reserveCapacity(targets.count)
        newEdges.reserveCapacity(targets.count)
        newWeights?.reserveCapacity(targets.count)
        for new in 0 ..< nodeCount {
            let old = Int(order[new])
            for slot in offsets[old] ..< offsets[old + 1] {
                newTargets.append(position[Int(targets[slot])])
                newEdges.append(edges[slot])
                if let weights { newWeights!.append(weights[slot]) }
            }
            newOffsets[new + 1] = newTargets.count
        }
        return SimpleRows(offsets: newOffsets, targets: newTargets, edges: newEdges, weights: newWeights)
    }
}

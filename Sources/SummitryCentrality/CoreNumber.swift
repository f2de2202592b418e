import SummitryGraph

/// The core number of every node, as NetworkX's `core_number`.
///
/// A k-core is a maximal subgraph in which every node has degree at least k; a node's core number is
/// the largest k of a k-core containing it. In a directed graph the degree is in + out (a reciprocated
/// pair counts twice), as NetworkX's `G.degree` and `all_neighbors`. Parallel edges count once (NetworkX
/// refuses multigraphs; this is its value on the simple graph). Self-loops are refused, as NetworkX does.
///
/// - Returns: one core number per node (as `Double`, for a uniform score type), indexed by ``NodeID/index``.
/// - Throws: ``CentralityError/notDefined(measure:reason:)`` when the graph has a self-loop, or an empty graph.
/// - Complexity: O(n + m).
/// - Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of networks",
///   Advances in Data Analysis and Classification 5 (2011) 129–145,
///   [doi:10.1007/s11634-010-0079-y](https://doi.org/10.1007/s11634-010-0079-y).
public func coreNumber(_ graph: Graph) throws(CentralityError) -> [Double] {
    let measure = "core"
    try graph.requireNodes(measure)
    for e in 0 ..< graph.edgeCount where graph.edgeSources[e] == graph.edgeTargets[e] {
        let key = graph.keys[Int(graph.edgeSources[e])]
        throw .notDefined(measure: measure, reason: "node '\(key)' has a self-loop; core numbers are not defined "
            + "for graphs with self-loops (remove them first)")
    }
    let n = graph.nodeCount
    let out = graph.simpleRows(incoming: false, edgeWeights: nil)
    let inn = graph.isDirected ? graph.simpleRows(incoming: true, edgeWeights: nil) : nil
    func forEachNeighbor(_ v: Int, _ body: (Int) -> Void) {
        for slot in out.offsets[v] ..< out.offsets[v + 1] { body(Int(out.targets[slot])) }
        if let inn { for slot in inn.offsets[v] ..< inn.offsets[v + 1] { body(Int(inn.targets[slot])) } }
    }
    var degree = [Int](repeating: 0, count: n)
    for v in 0 ..< n {
        degree[v] = out.offsets[v + 1] - out.offsets[v] + (inn.map { $0.offsets[v + 1] - $0.offsets[v] } ?? 0)
    }
    // Batagelj–Zaversnik: nodes in bins by current degree; peel the smallest, decrement neighbours.
    let maxDegree = degree.max() ?? 0
    var binStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { binStart[d + 1] += 1 }
    for d in 0 ..< maxDegree + 1 { binStart[d + 1] += binStart[d] }
    var position = [Int](repeating: 0, count: n)
    var order = [Int](repeating: 0, count: n)
    var next = binStart
    for v in 0 ..< n {
        position[v] = next[degree[v]]
        order[position[v]] = v
        next[degree[v]] += 1
    }
    for i in 0 ..< n {
        let v = order[i]
        forEachNeighbor(v) { u in
            guard degree[u] > degree[v] else { return }
            let du = degree[u], pu = position[u]
            let pw = binStart[du], w = order[pw]
            if u != w {
                order[pu] = w
                position[w] = pu
                order[pw] = u
                position[u] = pw
            }
            binStart[du] += 1
            degree[u] -= 1
        }
    }
    return degree.map(Double.init)
}

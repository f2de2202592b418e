import SummitryGraph

/// Options of ``edgeBetweennessCentrality(_:_:)``, mirroring NetworkX's `edge_betweenness_centrality`.
public struct EdgeBetweennessOptions: Sendable {
    /// Divide by `n(n - 1)` (NetworkX `normalized`, default true).
    public var normalized = true
    /// Use edge weights as path lengths (NetworkX `weight="weight"`; default false).
    public var weighted = false
    /// What the weights are; nil reads them as distances. See ``WeightKind``.
    public var weightKind: WeightKind?
    /// Estimate from `k` sampled sources; nil uses every node.
    public var k: Int?
    /// Seed of the source sample when `k` is set.
    public var seed: UInt64 = 0
    /// Progress, cancellation and thread count.
    public var hooks = RunHooks()

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(normalized: Bool = true, weighted: Bool = false, weightKind: WeightKind? = nil,
                k: Int? = nil, seed: UInt64 = 0, hooks: RunHooks = RunHooks()) {
        self.normalized = normalized
        self.weighted = weighted
        self.weightKind = weightKind
        self.k = k
        self.seed = seed
        self.hooks = hooks
    }
}

/// Shortest-path betweenness of every edge, as NetworkX's `edge_betweenness_centrality`.
///
/// `c_B(e) = Σ_{s,t} σ(s, t | e) / σ(s, t)` over ordered pairs of distinct nodes; undirected graphs
/// count each unordered pair once. Normalised, divided by `n(n - 1)`; unnormalised undirected scores
/// are halved. With `k` sampled sources, scaled by `n / k` as NetworkX does.
///
/// In a multigraph the score of a node pair is shared equally by the parallel edges that carry the
/// pair's shortest length (all of them when unweighted), as NetworkX's `_add_edge_keys` does; the
/// others and self-loops score 0.
///
/// - Returns: one score per edge, indexed by ``EdgeID/index``.
/// - Throws: ``CentralityError`` for an empty graph, an invalid weight or `k`, or cancellation.
/// - Complexity: O(n·m) unweighted, O(n·m·log n) weighted, over all cores; O(n + m) memory per thread.
/// - Reference: U. Brandes, "On variants of shortest-path betweenness centrality and their generic
///   computation", Social Networks 30 (2008) 136–145,
///   [doi:10.1016/j.socnet.2007.11.001](https://doi.org/10.1016/j.socnet.2007.11.001).
public func edgeBetweennessCentrality(
    _ graph: Graph, _ options: EdgeBetweennessOptions = EdgeBetweennessOptions()
) throws(CentralityError) -> [Double] {
    let measure = "edge-betweenness"
    try graph.requireNodes(measure)
    let n = graph.nodeCount, m = graph.edgeCount
    // NetworkX keeps the drawn sample even when k == n for edges; the scale is the same either way.
    let sources = try sampledSources(graph, k: options.k, seed: options.seed, measure: measure,
                                     keepFullSample: true)
    let distances = try graph.measureWeights(measure, weighted: options.weighted, given: options.weightKind,
                                             needed: .distance)
    let rows = SearchRows(graph, incoming: false, distances: distances)
    let forward = rows.forward, backward = rows.backward
    let weighted = distances != nil
    let slots = forward.offsets[n]
    let sourceList = sources.map { $0.map { rows.position[Int($0)] } } ?? (0 ..< n).map { Int32(truncatingIfNeeded: $0) }
    let workers = try forEachSource(
        count: sourceList.count, measure: measure, hooks: options.hooks,
        makeWorker: { ShortestPathWorker(forward: forward, backward: backward, scoreCount: slots) },
        visit: { worker, position in
            let s = sourceList[position]
            if weighted { worker.dijkstra(from: s, countPaths: true) } else { worker.breadthFirst(from: s, countPaths: true) }
            if weighted {
                worker.accumulateWeighted(from: s, endpoints: false, perSlot: true)
            } else {
                worker.accumulateLevels(from: s, endpoints: false, perSlot: true)
            }
            worker.reset()
        })
    var scores = [Double](repeating: 0, count: m)
    // Raw pointers do not keep their owners alive: hold the rows and workers until the copy is done.
    withExtendedLifetime((forward, workers)) {
        for worker in workers {
            // Shares were accumulated per forward slot; each slot stands for its pair's representative edge.
            for slot in 0 ..< slots { scores[Int(forward.edges[slot])] += worker.scores[slot] }
        }
    }
    rescaleBetweenness(&scores, nodeCount: n, normalized: options.normalized, directed: graph.isDirected,
                       endpoints: true, sampled: sources, perNode: false)
    if graph.isMultigraph { shareAmongParallelEdges(&scores, graph: graph, lengths: distances) }
    return scores
}

/// Spreads each node pair's score (held by its representative edge) evenly over the parallel edges of
/// minimum length, as NetworkX's `_add_edge_keys`.
private func shareAmongParallelEdges(_ scores: inout [Double], graph: Graph, lengths: [Double]?) {
    var groups = [UInt64: [Int]]()
    for e in 0 ..< graph.edgeCount {
        let edge = graph.edge(EdgeID(e))
        if edge.source == edge.target { continue }
        var (u, v) = (UInt64(UInt32(bitPattern: edge.source.rawValue)), UInt64(UInt32(bitPattern: edge.target.rawValue)))
        if !graph.isDirected && u > v { swap(&u, &v) }
        groups[u << 32 | v, default: []].append(e)
    }
    for (_, edges) in groups where edges.count > 1 {
        let total = edges.reduce(0.0) { $0 + scores[$1] }
        let shortest = edges.map { lengths?[$0] ?? 1 }.min()!
        let carriers = edges.filter { (lengths?[$0] ?? 1) == shortest }
        for e in edges { scores[e] = 0 }
        for e in carriers { scores[e] = total / Double(carriers.count) }
    }
}

import SummitryGraph

/// Options of ``betweennessCentrality(_:_:)``, mirroring NetworkX's `betweenness_centrality`.
public struct BetweennessOptions: Sendable {
    /// Divide by the number of node pairs (NetworkX `normalized`, default true).
    public var normalized = true
    /// Count the endpoints of each path as lying on it (NetworkX `endpoints`, default false).
    public var endpoints = false
    /// Use edge weights as path lengths (NetworkX `weight="weight"`; default false = `weight=None`).
    public var weighted = false
    /// What the weights are; nil reads them as distances, as NetworkX does. See ``WeightKind``.
    public var weightKind: WeightKind?
    /// Estimate from `k` sampled source nodes (NetworkX `k`); nil uses every node.
    public var k: Int?
    /// Seed of the source sample when `k` is set.
    public var seed: UInt64 = 0
    /// Progress, cancellation and thread count.
    public var hooks = RunHooks()

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
                weightKind: WeightKind? = nil, k: Int? = nil, seed: UInt64 = 0, hooks: RunHooks = RunHooks()) {
        self.normalized = normalized
        self.endpoints = endpoints
        self.weighted = weighted
        self.weightKind = weightKind
        self.k = k
        self.seed = seed
        self.hooks = hooks
    }
}

/// Shortest-path betweenness centrality of every node, as NetworkX's `betweenness_centrality`.
///
/// `c_B(v) = Σ_{s,t} σ(s, t | v) / σ(s, t)` over ordered pairs of distinct nodes `s ≠ t` (also `≠ v`
/// unless `endpoints`), where `σ(s, t)` counts shortest `s`–`t` paths and `σ(s, t | v)` those through
/// `v`. Undirected graphs count each unordered pair once (the sum is halved). Normalised, the sum is
/// divided by `(n - 1)(n - 2)` (by `n(n - 1)` with endpoints); unnormalised undirected scores are halved.
/// Parallel edges count once (the shortest, when weighted) and self-loops are ignored, as in NetworkX.
///
/// With `k`, only `k` sources drawn without replacement by a ``SeededGenerator`` are searched and the
/// sum is rescaled as NetworkX's `_rescale` does (its estimator, including the separate scale for
/// sampled sources when endpoints are excluded), so the expectation is the exact value. The sample
/// itself cannot reproduce NetworkX's `random.sample` draw; `k = n` gives the exact result.
///
/// - Parameters:
///   - graph: any graph; directed graphs follow edge directions.
///   - options: see ``BetweennessOptions``.
/// - Returns: one score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError`` for an empty graph, an invalid weight or `k`, or cancellation.
/// - Complexity: O(n·m) unweighted, O(n·m·log n) weighted, over all cores; O(n + m) memory per thread.
/// - Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
///   Sociology 25 (2001) 163–177, [doi:10.1080/0022250X.2001.9990249](https://doi.org/10.1080/0022250X.2001.9990249);
///   U. Brandes, "On variants of shortest-path betweenness centrality and their generic computation",
///   Social Networks 30 (2008) 136–145, [doi:10.1016/j.socnet.2007.11.001](https://doi.org/10.1016/j.socnet.2007.11.001).
public func betweennessCentrality(
    _ graph: Graph, _ options: BetweennessOptions = BetweennessOptions()
) throws(CentralityError) -> [Double] {
    let measure = "betweenness"
    try graph.requireNodes(measure)
    let n = graph.nodeCount
    let sources = try sampledSources(graph, k: options.k, seed: options.seed, measure: measure)
    let distances = try graph.measureWeights(measure, weighted: options.weighted, given: options.weightKind,
                                             needed: .distance)
    let rows = SearchRows(graph, incoming: false, distances: distances)
    let forward = rows.forward, backward = rows.backward
    let weighted = distances != nil
    // Sources in the renumbered rows (all of them in locality order, which also helps the caches).
    let sourceList = sources.map { $0.map { rows.position[Int($0)] } } ?? (0 ..< n).map { Int32(truncatingIfNeeded: $0) }
    let endpoints = options.endpoints
    let workers = try forEachSource(
        count: sourceList.count, measure: measure, hooks: options.hooks,
        makeWorker: { ShortestPathWorker(forward: forward, backward: backward, scoreCount: n) },
        visit: { worker, position in
            let s = sourceList[position]
            if weighted { worker.dijkstra(from: s, countPaths: true) } else { worker.breadthFirst(from: s, countPaths: true) }
            if weighted {
                worker.accumulateWeighted(from: s, endpoints: endpoints, perSlot: false)
            } else {
                worker.accumulatePushing(from: s, endpoints: endpoints)
            }
            worker.reset()
        })
    // The workers own the score buffers: keep them alive until the scores are copied out (a raw
    // pointer does not, and release builds free the workers right after their last use).
    var scores = withExtendedLifetime(workers) { () -> [Double] in
        for worker in workers.dropFirst() {
            for v in 0 ..< n { workers[0].scores[v] += worker.scores[v] }
        }
        return rows.original(workers[0].scores)
    }
    rescaleBetweenness(&scores, nodeCount: n, normalized: options.normalized, directed: graph.isDirected,
                       endpoints: endpoints, sampled: sources)
    return scores
}

/// The `k` sampled sources, or nil for all nodes (also when `k == n`, as NetworkX does for nodes).
func sampledSources(_ graph: Graph, k: Int?, seed: UInt64, measure: String,
                    keepFullSample: Bool = false) throws(CentralityError) -> [Int32]? {
    guard let k else { return nil }
    let n = graph.nodeCount
    guard k >= 1 && k <= n else {
        throw .invalidOption(measure: measure, option: "k",
                             reason: "\(k) sources requested but the graph has \(n) nodes; choose 1 ≤ k ≤ \(n)")
    }
    if k == n && !keepFullSample { return nil }
    var rng = SeededGenerator(seed: seed)
    return sampleIndices(k, of: n, using: &rng)
}

/// NetworkX's `_rescale` (networkx/algorithms/centrality/betweenness.py), for nodes and edges.
func rescaleBetweenness(_ scores: inout [Double], nodeCount n: Int, normalized: Bool, directed: Bool,
                        endpoints: Bool, sampled: [Int32]?, perNode: Bool = true) {
    let bigN = endpoints ? n : n - 1
    if bigN < 2 { return }
    let k = sampled?.count
    let kSource = Double(k ?? bigN)
    let correction = directed ? 1.0 : 2.0
    let N = Double(bigN)
    if k == nil || endpoints || !perNode {
        let scale = normalized ? 1 / (kSource * (N - 1)) : N / (kSource * correction)
        if scale != 1 { for i in scores.indices { scores[i] *= scale } }
        return
    }
    let scaleSource: Double, scaleOther: Double
    if normalized {
        scaleSource = kSource > 1 ? 1 / ((kSource - 1) * (N - 1)) : .nan
        scaleOther = 1 / (kSource * (N - 1))
    } else {
        scaleSource = kSource > 1 ? N / ((kSource - 1) * correction) : .nan
        scaleOther = N / (kSource * correction)
    }
    var isSource = [Bool](repeating: false, count: scores.count)
    for s in sampled! { isSource[Int(s)] = true }
    for i in scores.indices { scores[i] *= isSource[i] ? scaleSource : scaleOther }
}

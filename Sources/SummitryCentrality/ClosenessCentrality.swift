import SummitryGraph

/// Options of ``closenessCentrality(_:_:)``, mirroring NetworkX's `closeness_centrality`.
public struct ClosenessOptions: Sendable {
    /// Wasserman–Faust scaling by the fraction of nodes reached (NetworkX `wf_improved`, default true).
    public var wfImproved = true
    /// Use edge weights as path lengths (NetworkX `distance="weight"`; default false = `distance=None`).
    public var weighted = false
    /// What the weights are; nil reads them as distances. See ``WeightKind``.
    public var weightKind: WeightKind?
    /// Progress, cancellation and thread count.
    public var hooks = RunHooks()

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(wfImproved: Bool = true, weighted: Bool = false, weightKind: WeightKind? = nil,
                hooks: RunHooks = RunHooks()) {
        self.wfImproved = wfImproved
        self.weighted = weighted
        self.weightKind = weightKind
        self.hooks = hooks
    }
}

/// Closeness centrality of every node, as NetworkX's `closeness_centrality`.
///
/// `C(u) = (r - 1) / Σ_v d(v, u)`, summed over the `r - 1` other nodes `v` that can reach `u`
/// (`r` counts `u` itself); with `wfImproved` multiplied by `(r - 1) / (n - 1)` (Wasserman & Faust),
/// so nodes in small components score lower. A node reaching nobody scores 0. In a directed graph the
/// distance is *incoming* (`d(v, u)`, from others to `u`), as NetworkX computes it on `G.reverse()`;
/// use ``Graph/reversed()`` for outgoing distance. Parallel edges count once (the shortest) and
/// self-loops are ignored.
///
/// - Returns: one score per node in `[0, 1]` for unweighted graphs, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError`` for an empty graph, an invalid weight, or cancellation.
/// - Complexity: unweighted, O(⌈n/64⌉ · D · m) word operations for diameter D (64 sources per
///   bit-parallel search, see `BitParallelSearch`); weighted, O(n·m·log n); over all cores.
/// - Reference: A. Bavelas, "Communication patterns in task-oriented groups", J. Acoust. Soc. Am. 22
///   (1950) 725–730, [doi:10.1121/1.1906679](https://doi.org/10.1121/1.1906679); S. Wasserman and
///   K. Faust, *Social Network Analysis*, Cambridge University Press 1994,
///   [doi:10.1017/CBO9780511815478](https://doi.org/10.1017/CBO9780511815478).
public func closenessCentrality(
    _ graph: Graph, _ options: ClosenessOptions = ClosenessOptions()
) throws(CentralityError) -> [Double] {
    let n = graph.nodeCount
    let wf = options.wfImproved
    return try incomingDistanceSums(graph, measure: "closeness", weighted: options.weighted,
                                    weightKind: options.weightKind, hooks: options.hooks) { total, _, reached in
        guard total > 0 && n > 1 else { return 0 }
        let others = Double(reached - 1)
        var c = others / total
        if wf { c *= others / Double(n - 1) }
        return c
    }
}

/// Runs a search towards every node `u` (on the in-rows, so distances are `d(v, u)`) and turns the
/// sum of distances, the sum of reciprocal distances and the number of nodes reached (including `u`)
/// into the score of `u`.
func incomingDistanceSums(
    _ graph: Graph, measure: String, weighted: Bool, weightKind: WeightKind?, hooks: RunHooks,
    score: @escaping @Sendable (_ total: Double, _ reciprocal: Double, _ reached: Int) -> Double
) throws(CentralityError) -> [Double] {
    try graph.requireNodes(measure)
    let n = graph.nodeCount
    let distances = try graph.measureWeights(measure, weighted: weighted, given: weightKind, needed: .distance)
    let searchRows = SearchRows(graph, incoming: true, distances: distances)
    let rows = searchRows.forward
    let useDijkstra = distances != nil
    var result = [Double](repeating: 0, count: n)
    if !useDijkstra {
        // Unweighted: 64 searches at a time, one bit each (see BitParallelSearch).
        let pull = searchRows.backward
        let batches = (n + 63) / 64
        try result.withUnsafeMutableBufferPointer { (out) throws(CentralityError) in
            let shared = Unchecked(value: out)
            _ = try forEachSource(
                count: batches, measure: measure, hooks: hooks, chunk: 1,
                makeWorker: { BitParallelSearch(search: rows, pull: pull) },
                visit: { worker, batch in
                    let first = batch * 64, count = min(64, n - first)
                    worker.run(first: first, count: count)
                    for b in 0 ..< count {
                        shared.value[Int(searchRows.order[first + b])] = score(worker.distanceSum[b], worker.reciprocalSum[b], worker.reachedCount[b])
                    }
                })
        }
        return result
    }
    try result.withUnsafeMutableBufferPointer { (out) throws(CentralityError) in
        let shared = Unchecked(value: out)
        _ = try forEachSource(
            count: n, measure: measure, hooks: hooks,
            makeWorker: { ShortestPathWorker(forward: rows, backward: rows, scoreCount: 0) },
            visit: { worker, u in
                let s = Int32(truncatingIfNeeded: u)
                worker.dijkstra(from: s, countPaths: false)
                var total = 0.0, reciprocal = 0.0
                for i in 1 ..< max(1, worker.reached) {
                    let d = worker.lengths[Int(worker.order[i])]
                    total += d
                    reciprocal += 1 / d
                }
                shared.value[Int(searchRows.order[u])] = score(total, reciprocal, worker.reached)
                worker.reset()
            })
    }
    return result
}

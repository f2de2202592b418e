import SummitryGraph

/// Options of ``twoModePageRank(_:top:_:)`` (BiRank).
public struct TwoModePageRankOptions: Sendable, Equatable {
    /// How much a bottom node's score comes from its top neighbours rather than its prior (BiRank's α).
    public var alpha: Double
    /// How much a top node's score comes from its bottom neighbours rather than its prior (BiRank's β).
    public var beta: Double
    /// Prior (query) scores indexed by node, non-negative; each side is rescaled to sum to 1. Nil
    /// gives every node of a side the same prior, `1 / |side|`.
    public var prior: [Double]?
    /// The most rounds to run (`max_iter`).
    public var maxIter: Int
    /// Stop when the scores change by less than `nodeCount × tol` in L1 norm over one round.
    public var tol: Double
    /// Use edge weights (when the graph has weights); otherwise every edge weighs 1.
    public var weighted: Bool

    public init(alpha: Double = 0.85, beta: Double = 0.85, prior: [Double]? = nil, maxIter: Int = 1000,
                tol: Double = 1.0e-10, weighted: Bool = true) {
        self.alpha = alpha
        self.beta = beta
        self.prior = prior
        self.maxIter = maxIter
        self.tol = tol
        self.weighted = weighted
    }
}

/// PageRank for two-mode graphs: BiRank (He, Gao, Kan, Wang 2017).
///
/// With `w_ij` the weight joining top node `i` and bottom node `j` (summed over parallel edges), `d`
/// the weighted degrees and `S = D_top^{-1/2} W D_bottom^{-1/2}` the symmetrically normalised
/// biadjacency matrix (`S_ij = w_ij / √(d_i d_j)`), the scores `u` (top) and `p` (bottom) solve
///
///     p = α Sᵀ u + (1 − α) p⁰,     u = β S p + (1 − β) u⁰,
///
/// where `u⁰`, `p⁰` are the priors (each summing to 1 on its side). As in PageRank a node is
/// important when important nodes of the other side link to it, smoothed towards a prior; the
/// symmetric normalisation keeps a hub from dominating merely by degree. The iteration, in the
/// paper's order (`p` from `u`, then `u` from the new `p`), contracts because `‖S‖₂ ≤ 1` and
/// `αβ < 1`, so it converges on every two-mode graph, periodic or not, to the unique solution of
/// `(I − αβ S Sᵀ) u = β(1 − α) S p⁰ + (1 − β) u⁰`. Scores are that fixed point, unscaled, as the
/// paper defines them; an isolated node keeps `(1 − β) u⁰` (top) or `(1 − α) p⁰` (bottom).
///
/// - Parameters:
///   - graph: An undirected two-mode graph with non-negative weights.
///   - top: The nodes of one side; every edge must join a top node to a bottom node.
///   - options: See ``TwoModePageRankOptions``.
/// - Returns: One score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError/notDefined(measure:reason:)`` for a directed graph, an edge within a
///   side, or an empty side; ``CentralityError/invalidOption(measure:option:reason:)`` for α or β
///   outside [0, 1) or a bad prior; ``CentralityError/notConverged(measure:iterations:tolerance:)``.
/// - Complexity: O(m) per round.
/// - Reference: X. He, M. Gao, M.-Y. Kan, D. Wang, "BiRank: Towards Ranking on Bipartite Graphs",
///   IEEE TKDE 29 (2017) 57–71, [doi:10.1109/TKDE.2016.2611584](https://doi.org/10.1109/TKDE.2016.2611584).
public func twoModePageRank(
    _ graph: Graph, top: some Sequence<NodeID>, _ options: TwoModePageRankOptions = TwoModePageRankOptions()
) throws(CentralityError) -> [Double] {
    let measure = "two-mode-pagerank"
    let sides = try TwoModeSides(graph, top: top, measure: measure, requireCrossingEdges: true)
    try requireUndirected(graph, measure: measure)
    for (name, value) in [("alpha", options.alpha), ("beta", options.beta)] where !(value >= 0 && value < 1) {
        throw .invalidOption(measure: measure, option: name, reason: "\(value) is not in [0, 1)")
    }
    let n = graph.nodeCount
    let weighted = options.weighted && graph.isWeighted
    let prior = try sidePriors(options.prior, sides: sides, measure: measure)

    // Edge factors 1/√(d_i d_j) folded into per-node scales: S x = D^{-1/2} W D^{-1/2} x.
    var scale = [Double](repeating: 0, count: n)
    for v in 0 ..< n {
        let node = NodeID(v)
        var degree = 0.0
        if weighted, let weights = graph.successorWeights(of: node) {
            for weight in weights {
                guard weight >= 0 && weight.isFinite else {
                    throw .notDefined(measure: measure, reason: "edge weights must be finite and non-negative, found \(weight)")
                }
                degree += weight
            }
        } else {
            degree = Double(graph.outDegree(of: node))
        }
        scale[v] = degree > 0 ? 1 / degree.squareRoot() : 0
    }
    var x = prior
    var scaled = [Double](repeating: 0, count: n)  // scale[v] · x[v], what neighbours read
    for v in 0 ..< n { scaled[v] = scale[v] * x[v] }
    for _ in 0 ..< options.maxIter {
        var change = 0.0
        for topPass in [false, true] {
            let damping = topPass ? options.beta : options.alpha
            for v in 0 ..< n where sides.isTop[v] == topPass {
                let node = NodeID(v)
                var sum = 0.0
                if weighted, let weights = graph.successorWeights(of: node) {
                    for (w, weight) in zip(graph.successors(of: node), weights) { sum += weight * scaled[Int(w)] }
                } else {
                    for w in graph.successors(of: node) { sum += scaled[Int(w)] }
                }
                let value = damping * scale[v] * sum + (1 - damping) * prior[v]
                change += abs(value - x[v])
                x[v] = value
                scaled[v] = scale[v] * value
            }
        }
        if change < Double(n) * options.tol { return x }
    }
    throw .notConverged(measure: measure, iterations: options.maxIter, tolerance: options.tol)
}

/// The priors `u⁰`, `p⁰`: uniform per side, or `prior` rescaled to sum to 1 on each side.
private func sidePriors(_ prior: [Double]?, sides: TwoModeSides, measure: String) throws(CentralityError) -> [Double] {
    let n = sides.isTop.count
    guard let prior else {
        let top = 1 / Double(sides.topCount), bottom = 1 / Double(sides.bottomCount)
        return sides.isTop.map { $0 ? top : bottom }
    }
    guard prior.count == n else {
        throw .invalidOption(measure: measure, option: "prior", reason: "has \(prior.count) entries for \(n) nodes")
    }
    var sums = (top: 0.0, bottom: 0.0)
    for v in 0 ..< n {
        guard prior[v] >= 0 && prior[v].isFinite else {
            throw .invalidOption(measure: measure, option: "prior", reason: "entry \(v) is \(prior[v]); priors must be finite and non-negative")
        }
        if sides.isTop[v] { sums.top += prior[v] } else { sums.bottom += prior[v] }
    }
    guard sums.top > 0 && sums.bottom > 0 else {
        throw .invalidOption(measure: measure, option: "prior", reason: "must be positive somewhere on each side")
    }
    return (0 ..< n).map { prior[$0] / (sides.isTop[$0] ? sums.top : sums.bottom) }
}

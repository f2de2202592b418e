import SummitryGraph

/// Options of ``katzCentrality(_:_:)``, mirroring NetworkX's `katz_centrality`.
public struct KatzOptions: Sendable {
    /// Attenuation factor (NetworkX `alpha`, default 0.1); must be below `1 / λmax`.
    public var alpha = 0.1
    /// Weight attributed to each node's immediate neighbourhood (NetworkX `beta`, default 1).
    public var beta = 1.0
    /// A per-node beta (NetworkX's dict form of `beta`); overrides `beta` when set.
    public var betaPerNode: [Double]?
    /// Maximum number of iterations (NetworkX `max_iter`, default 1000).
    public var maxIter = 1000
    /// Stop when the L1 change is below `n · tol` (NetworkX `tol`, default 1e-6).
    public var tol = 1.0e-6
    /// Starting vector, one value per node (NetworkX `nstart`); nil starts from zeros.
    public var nstart: [Double]?
    /// Scale the result to Euclidean norm 1 (NetworkX `normalized`, default true).
    public var normalized = true
    /// Use edge weights (NetworkX `weight="weight"`; default false).
    public var weighted = false
    /// What the weights are; nil reads them as strengths. See ``WeightKind``.
    public var weightKind: WeightKind?

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(alpha: Double = 0.1, beta: Double = 1.0, betaPerNode: [Double]? = nil, maxIter: Int = 1000,
                tol: Double = 1.0e-6, nstart: [Double]? = nil, normalized: Bool = true, weighted: Bool = false,
                weightKind: WeightKind? = nil) {
        self.alpha = alpha
        self.beta = beta
        self.betaPerNode = betaPerNode
        self.maxIter = maxIter
        self.tol = tol
        self.nstart = nstart
        self.normalized = normalized
        self.weighted = weighted
        self.weightKind = weightKind
    }
}

/// Katz centrality of every node, as NetworkX's `katz_centrality`.
///
/// `x_v = α Σ_u A_uv x_u + β_v`: the attenuated count of walks ending at `v` (incoming, in a directed
/// graph). Iterated from `nstart` (zeros) until `Σ|x - x_prev| < n · tol`, then scaled to Euclidean
/// norm 1 when `normalized`. The series converges exactly when `α < 1/λmax`, also on bipartite
/// (periodic) graphs, where it agrees with `katz_centrality_numpy`. A self-loop adds its weight once;
/// parallel edges add up (NetworkX refuses multigraphs).
///
/// Before iterating, a Collatz–Wielandt lower bound on `λmax` is computed; when it already shows
/// `α ≥ 1/λmax`, the function throws ``CentralityError/katzAlphaTooLarge(alpha:largestEigenvalue:)``
/// instead of iterating towards infinity. A run that fails to converge is checked again against a
/// sharper estimate.
///
/// - Returns: one score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError`` for divergence (alpha too large), non-convergence within `maxIter`
///   (also `maxIter = 0`), an empty graph, invalid weights or option vectors.
/// - Complexity: O(maxIter · (n + m)).
/// - Reference: L. Katz, "A new status index derived from sociometric analysis", Psychometrika 18
///   (1953) 39–43, [doi:10.1007/BF02289026](https://doi.org/10.1007/BF02289026).
public func katzCentrality(_ graph: Graph, _ options: KatzOptions = KatzOptions()) throws(CentralityError) -> [Double] {
    let measure = "katz"
    try graph.requireNodes(measure)
    let n = graph.nodeCount
    let weights = try graph.slotStrengths(measure, weighted: options.weighted, given: options.weightKind)
    var beta = [Double](repeating: options.beta, count: n)
    if let perNode = options.betaPerNode {
        try validateNodeVector(perNode, nodeCount: n, measure: measure, option: "beta", positiveSum: false)
        beta = perNode
    }
    var x = [Double](repeating: 0, count: n)
    if let nstart = options.nstart {
        try validateNodeVector(nstart, nodeCount: n, measure: measure, option: "nstart", positiveSum: false)
        x = nstart
    }
    let alpha = options.alpha
    if alpha > 0 && options.maxIter > 0 {
        let (lower, _) = spectralRadiusBounds(graph, weights: weights, iterations: 50)
        if alpha * lower >= 1 { throw .katzAlphaTooLarge(alpha: alpha, largestEigenvalue: lower) }
    }
    var previous = x
    for _ in 0 ..< max(0, options.maxIter) {
        swap(&x, &previous)
        for i in 0 ..< n { x[i] = 0 }
        previous.withUnsafeBufferPointer { p in
            x.withUnsafeMutableBufferPointer { graph.addLeftProduct(p, into: $0, weights: weights) }
        }
        var change = 0.0
        for i in 0 ..< n {
            x[i] = alpha * x[i] + beta[i]
            change += abs(x[i] - previous[i])
        }
        if change < Double(n) * options.tol {
            if options.normalized {
                var norm = 0.0
                for v in x { norm += v * v }
                let s = norm > 0 ? 1 / norm.squareRoot() : 1
                for i in 0 ..< n { x[i] *= s }
            }
            return x
        }
    }
    if options.maxIter > 0 && alpha > 0 {
        let (_, estimate) = spectralRadiusBounds(graph, weights: weights, iterations: 2000)
        if alpha * estimate >= 1 - 1e-6 {
            throw .katzAlphaTooLarge(alpha: alpha, largestEigenvalue: estimate)
        }
    }
    throw .notConverged(measure: measure, iterations: options.maxIter, tolerance: options.tol)
}

/// A lower bound and an estimate of the spectral radius λmax of the (non-negative) adjacency matrix,
/// from power iterations on `A + I` started at the all-ones vector. The lower bound is Collatz–Wielandt's
/// `min_v (xA)_v / x_v`, valid for every positive `x`; the estimate is the growth factor of the
/// iteration minus one (the Perron root of `A + I` is `λmax + 1`).
func spectralRadiusBounds(_ graph: Graph, weights: [Double]?, iterations: Int) -> (lower: Double, estimate: Double) {
    let n = graph.nodeCount
    var x = [Double](repeating: 1, count: n)
    var y = [Double](repeating: 0, count: n)
    var lower = 0.0, growth = 1.0
    for _ in 0 ..< max(1, iterations) {
        for i in 0 ..< n { y[i] = 0 }
        x.withUnsafeBufferPointer { p in
            y.withUnsafeMutableBufferPointer { graph.addLeftProduct(p, into: $0, weights: weights) }
        }
        var bound = Double.infinity
        var norm = 0.0
        for i in 0 ..< n {
            let ratio = y[i] / x[i]
            bound = min(bound, ratio)
            y[i] += x[i]  // (A + I) keeps the iteration from oscillating on periodic graphs
            norm = max(norm, y[i])
        }
        for i in 0 ..< n { x[i] = y[i] / norm }
        lower = max(lower, bound)  // every iterate gives a valid bound; keep the best
        growth = norm  // x has maximum 1, so max((A + I)x) is the growth factor
    }
    return (lower, growth - 1)
}

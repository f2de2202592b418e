import SummitryGraph

/// Options of ``hits(_:_:)``, mirroring NetworkX's `hits`.
public struct HITSOptions: Sendable {
    /// Maximum number of power iterations (NetworkX `max_iter`, default 100).
    public var maxIter = 100
    /// Stop when the L1 change of the (max-scaled) hub vector is below `tol` (NetworkX `tol`, default 1e-8).
    public var tol = 1.0e-8
    /// Starting hub vector, one value per node (NetworkX `nstart`); nil starts uniform.
    public var nstart: [Double]?
    /// Scale hubs and authorities to sum 1 (NetworkX `normalized`, default true).
    public var normalized = true
    /// Use edge weights. NetworkX's `hits` always reads the `"weight"` attribute, so the default is true;
    /// an unweighted graph weighs 1.
    public var weighted = true
    /// What the weights are; nil reads them as strengths. See ``WeightKind``.
    public var weightKind: WeightKind?

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(maxIter: Int = 100, tol: Double = 1.0e-8, nstart: [Double]? = nil, normalized: Bool = true,
                weighted: Bool = true, weightKind: WeightKind? = nil) {
        self.maxIter = maxIter
        self.tol = tol
        self.nstart = nstart
        self.normalized = normalized
        self.weighted = weighted
        self.weightKind = weightKind
    }
}

/// Hub and authority scores of ``hits(_:_:)``, each indexed by ``NodeID/index``.
public struct HITSScores: Sendable, Equatable {
    /// How well each node points to good authorities.
    public var hubs: [Double]
    /// How much each node is pointed to by good hubs.
    public var authorities: [Double]
}

/// Kleinberg's hubs and authorities, as NetworkX's `hits`.
///
/// Authorities are the principal right singular vector `a` of the adjacency matrix `A` (the principal
/// eigenvector of `AᵀA`), hubs `h = A a`. Computed by the power iteration of NetworkX's reference
/// implementation (`_hits_python`): `a ← Aᵀh`, `h ← A a`, each scaled to maximum 1, until the hub vector
/// changes by less than `tol` in L1 norm. NetworkX's `hits` reaches the same vectors with ARPACK's `svds`.
/// Normalised, both sum to 1; otherwise, as NetworkX, authorities have Euclidean norm 1 and hubs are
/// `A a` (NetworkX's sign is arbitrary there; ours is non-negative). An undirected graph is read as both
/// directions; parallel edges add their weights.
///
/// - Returns: hubs and authorities.
/// - Throws: ``CentralityError/notConverged(measure:iterations:tolerance:)`` after `maxIter` iterations
///   (also for `maxIter = 0`), an empty graph, invalid weights or `nstart`.
/// - Complexity: O(maxIter · (n + m)).
/// - Reference: J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", Journal of the
///   ACM 46 (1999) 604–632, [doi:10.1145/324133.324140](https://doi.org/10.1145/324133.324140).
public func hits(_ graph: Graph, _ options: HITSOptions = HITSOptions()) throws(CentralityError) -> HITSScores {
    let measure = "hits"
    try graph.requireNodes(measure)
    let n = graph.nodeCount
    let weights = try graph.slotStrengths(measure, weighted: options.weighted, given: options.weightKind)
    var h = [Double](repeating: 1 / Double(n), count: n)
    if let nstart = options.nstart {
        try validateNodeVector(nstart, nodeCount: n, measure: measure, option: "nstart")
        let s = nstart.reduce(0, +)
        h = nstart.map { $0 / s }
    }
    var a = [Double](repeating: 0, count: n)
    var previous = h
    var converged = false
    for _ in 0 ..< max(0, options.maxIter) {
        swap(&h, &previous)
        for i in 0 ..< n { a[i] = 0 }
        previous.withUnsafeBufferPointer { p in
            a.withUnsafeMutableBufferPointer { graph.addLeftProduct(p, into: $0, weights: weights) }
        }
        a.withUnsafeBufferPointer { av in
            h.withUnsafeMutableBufferPointer { graph.rightProduct(av, into: $0, weights: weights) }
        }
        scaleToMaximum(&h)
        scaleToMaximum(&a)
        var change = 0.0
        for i in 0 ..< n { change += abs(h[i] - previous[i]) }
        if change < options.tol {
            converged = true
            break
        }
    }
    guard converged else { throw .notConverged(measure: measure, iterations: options.maxIter, tolerance: options.tol) }
    if options.normalized {
        let sa = a.reduce(0, +), sh = h.reduce(0, +)
        if sa != 0 { for i in 0 ..< n { a[i] /= sa } }
        if sh != 0 { for i in 0 ..< n { h[i] /= sh } }
    } else {
        let norm = a.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm != 0 { for i in 0 ..< n { a[i] /= norm } }
        a.withUnsafeBufferPointer { av in
            h.withUnsafeMutableBufferPointer { graph.rightProduct(av, into: $0, weights: weights) }
        }
    }
    return HITSScores(hubs: h, authorities: a)
}

private func scaleToMaximum(_ x: inout [Double]) {
    let top = x.max() ?? 0
    guard top > 0 else { return }
    for i in x.indices { x[i] /= top }
}

extension Graph {
    /// `y = A x` (each node sums `w · x[target]` over its out-edges).
    func rightProduct(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>, weights: [Double]?) {
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                for v in 0 ..< nodeCount {
                    var sum = 0.0
                    if let weights {
                        for slot in off[v] ..< off[v + 1] { sum += weights[slot] * x[Int(tgt[slot])] }
                    } else {
                        for slot in off[v] ..< off[v + 1] { sum += x[Int(tgt[slot])] }
                    }
                    y[v] = sum
                }
            }
        }
    }
}

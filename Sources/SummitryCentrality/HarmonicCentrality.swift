import SummitryGraph

/// Options of ``harmonicCentrality(_:_:)``, mirroring NetworkX's `harmonic_centrality`.
public struct HarmonicOptions: Sendable {
    /// Use edge weights as path lengths (NetworkX `distance="weight"`; default false = `distance=None`).
    public var weighted = false
    /// What the weights are; nil reads them as distances. See ``WeightKind``.
    public var weightKind: WeightKind?
    /// Progress, cancellation and thread count.
    public var hooks = RunHooks()

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(weighted: Bool = false, weightKind: WeightKind? = nil, hooks: RunHooks = RunHooks()) {
        self.weighted = weighted
        self.weightKind = weightKind
        self.hooks = hooks
    }
}

/// Harmonic centrality of every node, as NetworkX's `harmonic_centrality`.
///
/// `H(u) = Σ_{v ≠ u} 1 / d(v, u)`, where unreachable nodes add 0. Not normalised (divide by `n - 1`
/// for a value in `[0, 1]` on unweighted graphs). In a directed graph the distance is incoming, from
/// `v` to `u`, as in NetworkX. Parallel edges count once (the shortest) and self-loops are ignored.
///
/// - Returns: one score per node, indexed by ``NodeID/index``.
/// - Throws: ``CentralityError`` for an empty graph, an invalid weight, or cancellation.
/// - Complexity: unweighted, O(⌈n/64⌉ · D · m) word operations for diameter D (64 sources per
///   bit-parallel search, see `BitParallelSearch`); weighted, O(n·m·log n); over all cores.
/// - Reference: P. Boldi and S. Vigna, "Axioms for centrality", Internet Mathematics 10 (2014)
///   222–262, [doi:10.1080/15427951.2013.865686](https://doi.org/10.1080/15427951.2013.865686).
public func harmonicCentrality(
    _ graph: Graph, _ options: HarmonicOptions = HarmonicOptions()
) throws(CentralityError) -> [Double] {
    try incomingDistanceSums(graph, measure: "harmonic", weighted: options.weighted,
                             weightKind: options.weightKind, hooks: options.hooks) { _, reciprocal, _ in reciprocal }
}

/// How `summitry centrality` asks for scores: which weights to use and what they mean.
public struct CentralityRequest: Sendable, Hashable {
    /// What an edge weight stands for.
    public enum WeightMeaning: String, Sendable, CaseIterable {
        /// A tie strength (more is closer): spectral measures use it as is, path measures as 1/w.
        case strength
        /// A length or cost (more is farther): path measures use it as is, spectral ones as 1/w.
        case distance
    }

    /// Use edge weights (the graph's third column or `weight` attribute), as NetworkX's `weight="weight"`.
    public var weighted: Bool
    /// How weights are read; nil keeps NetworkX's meaning for each measure (path lengths for
    /// closeness and betweenness, strengths for degree, eigenvector and PageRank).
    public var weightAs: WeightMeaning?

    /// A request; by default unweighted, with NetworkX's meaning of weights.
    public init(weighted: Bool = false, weightAs: WeightMeaning? = nil) {
        self.weighted = weighted
        self.weightAs = weightAs
    }
}

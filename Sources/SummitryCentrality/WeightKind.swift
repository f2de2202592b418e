import SummitryGraph

/// What an edge weight means.
///
/// Measures disagree on how to read a weight. Path measures (closeness, harmonic, betweenness, edge
/// betweenness) add weights up along paths, so to them a weight is a **distance**: a larger weight
/// means a longer, weaker tie. Degree and the spectral measures (eigenvector, PageRank, Katz, HITS)
/// multiply by weights, so to them a weight is a **strength**: a larger weight means a stronger tie.
/// NetworkX takes the weight attribute as it is in both cases; that is the meaning every options struct
/// uses when its `weightKind` is nil.
///
/// Set `weightKind` to say what your weights are. When it differs from what the measure needs, each
/// weight `w` is converted to `1 / w`: a strength of 4 becomes a distance of 0.25 for betweenness, a
/// distance of 2 becomes a strength of 0.5 for PageRank. Conversion happens per edge, before parallel
/// edges are collapsed (path measures keep the shortest parallel edge) or summed (spectral measures).
public enum WeightKind: String, Sendable, CaseIterable {
    /// A larger weight is a stronger tie (co-attendance counts, trade volume).
    case strength
    /// A larger weight is a longer, weaker tie (kilometres, days, cost).
    case distance
}

extension Graph {
    /// Per-edge weights read as `needed`, validated, or nil when the measure runs unweighted.
    ///
    /// - Parameters:
    ///   - weighted: whether the measure uses weights at all (NetworkX's `weight=None` means no).
    ///   - given: what the caller says the weights are; nil means "what the measure needs".
    ///   - needed: how the measure reads weights.
    /// - Throws: ``CentralityError/invalidWeight(measure:source:target:weight:reason:)`` for a NaN,
    ///   infinite or negative weight, or a zero one where a distance is needed (directly or by conversion).
    func measureWeights(
        _ measure: String, weighted: Bool, given: WeightKind?, needed: WeightKind
    ) throws(CentralityError) -> [Double]? {
        guard weighted, let raw = edgeWeights else { return nil }
        let convert = (given ?? needed) != needed
        var result = raw
        for e in 0 ..< raw.count {
            let w = raw[e]
            var reason: String?
            if w.isNaN {
                reason = "NaN is not a weight"
            } else if !w.isFinite {
                reason = "an infinite weight is not allowed"
            } else if w < 0 {
                reason = "negative weights are not allowed"
            } else if w == 0 && (needed == .distance || convert) {
                reason = convert
                    ? "a zero weight cannot be converted between strength and distance (1/0)"
                    : "a distance must be positive (zero-length edges make shortest paths ambiguous)"
            }
            if let reason {
                throw .invalidWeight(measure: measure, source: keys[Int(edgeSources[e])],
                                     target: keys[Int(edgeTargets[e])], weight: w, reason: reason)
            }
            if convert { result[e] = 1 / w }
        }
        return result
    }
}

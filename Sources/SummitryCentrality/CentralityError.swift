import SummitryGraph

/// Why a centrality could not be computed. Every message names the measure and says what to change.
public enum CentralityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The graph has no nodes (NetworkX raises `NetworkXPointlessConcept` or returns `{}`).
    case emptyGraph(measure: String)
    /// A power iteration did not reach its tolerance (NetworkX's `PowerIterationFailedConvergence`).
    case notConverged(measure: String, iterations: Int, tolerance: Double)
    /// Katz's series diverges: `alpha` is not below `1 / λmax`.
    case katzAlphaTooLarge(alpha: Double, largestEigenvalue: Double)
    /// An edge weight cannot be used: negative, NaN, infinite, or zero where a distance is needed.
    case invalidWeight(measure: String, source: String, target: String, weight: Double, reason: String)
    /// The measure is not defined for this graph (for example in-degree of an undirected graph).
    case notDefined(measure: String, reason: String)
    /// An option value is out of range or inconsistent with the graph.
    case invalidOption(measure: String, option: String, reason: String)
    /// The caller's cancellation check returned true.
    case cancelled(measure: String)

    /// A sentence saying what went wrong and what to change.
    public var description: String {
        switch self {
        case let .emptyGraph(measure):
            return "\(measure): the graph has no nodes; centrality is not defined for an empty graph"
        case let .notConverged(measure, iterations, tolerance):
            return "\(measure): power iteration did not converge to tolerance \(tolerance) within \(iterations) "
                + "iterations; raise max_iter or tol"
        case let .katzAlphaTooLarge(alpha, lambda):
            return "katz: alpha = \(alpha) is not below 1/λmax = \(1 / lambda) (largest adjacency eigenvalue "
                + "λmax ≈ \(lambda)), so the Katz series diverges; choose alpha < \(1 / lambda)"
        case let .invalidWeight(measure, source, target, weight, reason):
            return "\(measure): edge '\(source)' – '\(target)' has weight \(weight): \(reason)"
        case let .notDefined(measure, reason):
            return "\(measure): \(reason)"
        case let .invalidOption(measure, option, reason):
            return "\(measure): option \(option): \(reason)"
        case let .cancelled(measure):
            return "\(measure): cancelled"
        }
    }
}

extension Graph {
    /// Throws ``CentralityError/emptyGraph(measure:)`` when the graph has no nodes.
    func requireNodes(_ measure: String) throws(CentralityError) {
        if nodeCount == 0 { throw .emptyGraph(measure: measure) }
    }
}

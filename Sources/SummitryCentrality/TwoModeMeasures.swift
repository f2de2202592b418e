import SummitryGraph

extension CentralityMeasure {
    /// Runs a two-mode measure for ``compute(on:options:)``: the side is ``MeasureOptions/top`` or,
    /// when nil, the top side of ``Graph/bipartiteSides()``; iterative measures take `maxIter`, `tol`
    /// and `weighted` (default: use weights when the graph has them), BiRank `alpha` and `beta`
    /// (default 0.85) and `personalization` as its prior.
    ///
    /// - Throws: ``CentralityError/notDefined(measure:reason:)`` when no side is given and the graph is
    ///   not two-mode; the measure's own errors.
    func computeTwoMode(on graph: Graph, options o: MeasureOptions) throws(CentralityError) -> [Double] {
        let top: [NodeID]
        if let given = o.top {
            top = given
        } else {
            do {
                top = try graph.bipartiteSides().top
            } catch {
                throw .notDefined(measure: rawValue, reason: "\(error); name one side to use it anyway")
            }
        }
        switch self {
        case .twoModeDegree:
            return try twoModeDegreeCentrality(graph, top: top)
        case .twoModeCloseness:
            return try twoModeClosenessCentrality(graph, top: top, TwoModeClosenessOptions(hooks: o.hooks))
        case .twoModeBetweenness:
            return try twoModeBetweennessCentrality(graph, top: top, hooks: o.hooks)
        case .twoModeEigenvector:
            let defaults = TwoModeEigenvectorOptions()
            return try twoModeEigenvectorCentrality(graph, top: top, TwoModeEigenvectorOptions(
                maxIter: o.maxIter ?? defaults.maxIter, tol: o.tol ?? defaults.tol, weighted: o.weighted ?? true))
        case .twoModePageRank:
            let defaults = TwoModePageRankOptions()
            return try SummitryCentrality.twoModePageRank(graph, top: top, TwoModePageRankOptions(
                alpha: o.alpha ?? defaults.alpha, beta: o.beta ?? defaults.beta, prior: o.personalization,
                maxIter: o.maxIter ?? defaults.maxIter, tol: o.tol ?? defaults.tol, weighted: o.weighted ?? true))
        default:
            preconditionFailure("\(rawValue) is not a two-mode measure")
        }
    }
}

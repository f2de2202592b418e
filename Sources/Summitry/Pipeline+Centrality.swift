import Foundation

extension Pipeline {
    /// The two-mode measures of ``CentralityMeasure``.
    public static let twoModeMeasures = CentralityMeasure.allCases.filter(\.isTwoMode).map(\.rawValue)

    /// Every measure name `--measure` takes: the centrality module's one-mode measures, then the two-mode ones.
    public static var availableMeasures: [String] { CentralityMeasure.allCases.map(\.rawValue) }

    /// Computes `measures` on `graph`: one column per result (HITS gives `hubs` and `authorities`),
    /// one row per node in graph order (ids are the graph's keys).
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - measures: names from ``availableMeasures``; per-edge measures are refused here (see
    ///     ``edgeScores(_:measure:options:)``).
    ///   - options: with `weighted`, every measure that has NetworkX's `weight` argument uses the graph's
    ///     weights (`weight="weight"`); degree and core number, which have none, stay unweighted unless
    ///     `weightAs` is given. Without `weighted`, each measure keeps NetworkX's default (PageRank and
    ///     HITS use weights when the graph has them, the others do not). `weightAs` says what the
    ///     weights are.
    ///   - top: the first side of a two-mode graph; nil finds the sides by 2-colouring (NetworkX's
    ///     `bipartite.color`), which must then succeed.
    /// - Throws: ``CentralityError`` of the measure; ``SummitryError`` for an unknown or per-edge
    ///   measure or a graph that is not two-mode.
    ///   - progress: told `"<measure> <percent>%"` now and then during multi-source measures, from a
    ///     worker thread.
    public static func computeScores(_ graph: Graph, measures: [String], options: CentralityRequest,
                                     top: [NodeID]? = nil,
                                     progress: (@Sendable (String) -> Void)? = nil) throws -> ScoreTable {
        var columns: [ScoreTable.Column] = []
        for name in measures {
            if twoModeMeasures.contains(name) {
                let side = try top ?? graph.bipartiteSides().top
                columns.append(.init(name: name, values: try twoMode(name, graph, top: side, options: options)))
                continue
            }
            guard let measure = CentralityMeasure(rawValue: name) else {
                throw SummitryError.failed(file: "--measure", message: "unknown measure \"\(name)\"")
            }
            guard measure.scope == .nodes else {
                throw SummitryError.failed(file: "--measure", message: "\(name) scores edges, not nodes; ask for it alone")
            }
            var o = measureOptions(options, for: measure)
            if let progress, measure.isMultiSource {
                o.hooks = RunHooks(progress: { fraction in progress("\(name) \(Int(fraction * 100))%") })
            }
            let result = try measure.compute(on: graph, options: o)
            columns += result.columns.map { ScoreTable.Column(name: $0.name, values: $0.values) }
        }
        return ScoreTable(ids: graph.keys, columns: columns)
    }

    /// A per-edge measure (`edge-betweenness`) as a table whose ids are the edges' endpoints
    /// (see ``ScoreTable/idHeader``): rows in the graph's edge order.
    public static func edgeScores(_ graph: Graph, measure name: String, options: CentralityRequest) throws -> ScoreTable {
        guard let measure = CentralityMeasure(rawValue: name), measure.scope == .edges else {
            throw SummitryError.failed(file: "--measure", message: "\(name) is not a per-edge measure")
        }
        let result = try measure.compute(on: graph, options: measureOptions(options, for: measure))
        let ends = Array(graph.edges.map { [graph.key(of: $0.source), graph.key(of: $0.target)] })
        return ScoreTable(ids: ends.map { $0.joined(separator: " ") }, columns: result.columns.map {
            ScoreTable.Column(name: $0.name, values: $0.values)
        }, idFields: ends, idHeader: ["source", "target"])
    }

    /// One line per measure for `--help`: name and what it measures.
    public static var measureDescriptions: [(name: String, help: String)] {
        CentralityMeasure.allCases.map { ($0.rawValue, $0.help) }
    }

    /// Whether `name` is a per-edge measure.
    public static func isEdgeMeasure(_ name: String) -> Bool { CentralityMeasure(rawValue: name)?.scope == .edges }

    /// NetworkX's `weight` argument for `measure` under `request`. `degree_centrality` and
    /// `core_number` take no weight, so `--weighted` alone leaves them unweighted; naming
    /// `--weight-as strength` asks for weighted degree (strength) explicitly.
    static func measureOptions(_ request: CentralityRequest, for measure: CentralityMeasure) -> MeasureOptions {
        var o = MeasureOptions()
        switch measure {
        case .degree, .inDegree, .outDegree, .core: o.weighted = request.weighted && request.weightAs != nil
        default: o.weighted = request.weighted ? true : nil
        }
        o.weightKind = request.weightAs.map { $0 == .strength ? WeightKind.strength : .distance }
        return o
    }

    static func twoMode(_ name: String, _ graph: Graph, top: [NodeID], options: CentralityRequest) throws -> [Double] {
        switch name {
        case "two-mode-degree": return try twoModeDegreeCentrality(graph, top: top)
        case "two-mode-closeness": return try twoModeClosenessCentrality(graph, top: top)
        case "two-mode-betweenness": return try twoModeBetweennessCentrality(graph, top: top)
        case "two-mode-eigenvector":
            return try twoModeEigenvectorCentrality(graph, top: top, TwoModeEigenvectorOptions(weighted: options.weighted))
        case "two-mode-pagerank":
            return try twoModePageRank(graph, top: top, TwoModePageRankOptions(weighted: options.weighted))
        default: preconditionFailure("not a two-mode measure: \(name)")
        }
    }

    /// The co-attendance network of the actors: two actors are joined when they took part in the same
    /// meeting, weighted by the number of such meetings (NetworkX `weighted_projected_graph`).
    static func coAttendance(_ view: TwoModeView) -> Graph {
        view.graph.projected(onto: view.actors, weighting: .count)
    }

    /// The side of a graph's nodes that two-mode measures take as `top`: nodes whose network kind is
    /// not `meeting`, or whose `bipartite` attribute is 0; nil when the network says nothing about sides.
    static func topSide(of graph: Graph, in network: Network) -> [NodeID]? {
        let meetings = network.nodes.contains { $0.kind == .meeting }
        let marked = network.nodes.contains { $0.attributes["bipartite"] != nil }
        guard meetings || marked else { return nil }
        return graph.nodes.filter { id in
            guard let node = network.node(graph.key(of: id)) else { return false }
            if meetings { return node.kind != .meeting }
            return node.attributes["bipartite"]?.doubleValue == 0
        }
    }
}

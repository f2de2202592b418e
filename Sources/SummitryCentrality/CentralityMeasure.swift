import SummitryGraph

/// Every centrality the command line offers, by the name users type (`--measure pagerank`).
///
/// The raw values are the CLI names and the CSV column names. ``compute(on:options:)`` runs a measure
/// with ``MeasureOptions`` — one generic set of knobs; options a measure does not have are ignored and
/// unset ones take that measure's NetworkX default.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case closeness
    case harmonic
    case betweenness
    case edgeBetweenness = "edge-betweenness"
    case eigenvector
    case pagerank
    case katz
    case hits
    case core
    // Two-mode measures (TwoMode*.swift); ``MeasureOptions/top`` names one side.
    case twoModeDegree = "two-mode-degree"
    case twoModeCloseness = "two-mode-closeness"
    case twoModeBetweenness = "two-mode-betweenness"
    case twoModeEigenvector = "two-mode-eigenvector"
    case twoModePageRank = "two-mode-pagerank"

    /// One line for `--help`.
    public var help: String {
        switch self {
        case .degree: "share of other nodes a node is tied to (NetworkX degree_centrality)"
        case .inDegree: "share of other nodes with an edge to the node; directed graphs (in_degree_centrality)"
        case .outDegree: "share of other nodes the node has an edge to; directed graphs (out_degree_centrality)"
        case .closeness: "reciprocal mean distance from the nodes that reach it, Wasserman–Faust scaled (closeness_centrality)"
        case .harmonic: "sum of reciprocal distances from all other nodes (harmonic_centrality)"
        case .betweenness: "share of shortest paths between other nodes that pass through it (betweenness_centrality)"
        case .edgeBetweenness: "share of shortest paths that use each edge; one row per edge (edge_betweenness_centrality)"
        case .eigenvector: "tied to nodes that are themselves central; principal eigenvector (eigenvector_centrality)"
        case .pagerank: "stationary share of a random walk with teleportation (pagerank)"
        case .katz: "attenuated count of walks reaching the node (katz_centrality)"
        case .hits: "hub and authority scores; two columns (hits)"
        case .core: "largest k such that the node is in a k-core (core_number)"
        case .twoModeDegree: "degree over the size of the other side (Borgatti & Everett; bipartite.degree_centrality)"
        case .twoModeCloseness: "closeness normalised per side (Borgatti & Everett; bipartite.closeness_centrality)"
        case .twoModeBetweenness: "betweenness normalised per side (Borgatti & Everett; bipartite.betweenness_centrality)"
        case .twoModeEigenvector: "Bonacich's simultaneous group and individual centrality (SVD of the biadjacency)"
        case .twoModePageRank: "BiRank: PageRank-style ranking on both sides (He et al. 2017)"
        }
    }

    /// Whether results are per node or per edge.
    public var scope: CentralityResult.Scope { self == .edgeBetweenness ? .edges : .nodes }

    /// The names of the result's columns, after the `id` column of a CSV table.
    public var columnNames: [String] { self == .hits ? ["hubs", "authorities"] : [rawValue] }

    /// Whether the measure searches from every node (so progress and cancellation apply).
    public var isMultiSource: Bool {
        [.closeness, .harmonic, .betweenness, .edgeBetweenness, .twoModeCloseness, .twoModeBetweenness].contains(self)
    }

    /// Whether the measure is for two-mode graphs and reads ``MeasureOptions/top``.
    public var isTwoMode: Bool {
        [.twoModeDegree, .twoModeCloseness, .twoModeBetweenness, .twoModeEigenvector, .twoModePageRank].contains(self)
    }

    /// Computes the measure on `graph`.
    ///
    /// - Parameters:
    ///   - graph: the graph; node (or edge) order gives the order of the values.
    ///   - options: generic options; see ``MeasureOptions``.
    /// - Returns: named columns, per node or per edge.
    /// - Throws: ``CentralityError`` from the measure.
    /// - Complexity: that of the measure.
    public func compute(on graph: Graph, options: MeasureOptions = MeasureOptions()) throws(CentralityError) -> CentralityResult {
        let o = options
        let columns: [[Double]]
        switch self {
        case .degree, .inDegree, .outDegree:
            let direction: DegreeOptions.Direction = self == .degree ? .all : self == .inDegree ? .incoming : .outgoing
            columns = [try degreeCentrality(graph, DegreeOptions(direction: direction, weighted: o.weighted ?? false,
                                                                  weightKind: o.weightKind))]
        case .closeness:
            columns = [try closenessCentrality(graph, ClosenessOptions(
                wfImproved: o.wfImproved, weighted: o.weighted ?? false, weightKind: o.weightKind, hooks: o.hooks))]
        case .harmonic:
            columns = [try harmonicCentrality(graph, HarmonicOptions(
                weighted: o.weighted ?? false, weightKind: o.weightKind, hooks: o.hooks))]
        case .betweenness:
            columns = [try betweennessCentrality(graph, BetweennessOptions(
                normalized: o.normalized ?? true, endpoints: o.endpoints, weighted: o.weighted ?? false,
                weightKind: o.weightKind, k: o.k, seed: o.seed, hooks: o.hooks))]
        case .edgeBetweenness:
            columns = [try edgeBetweennessCentrality(graph, EdgeBetweennessOptions(
                normalized: o.normalized ?? true, weighted: o.weighted ?? false, weightKind: o.weightKind, k: o.k,
                seed: o.seed, hooks: o.hooks))]
        case .eigenvector:
            columns = [try eigenvectorCentrality(graph, EigenvectorOptions(
                maxIter: o.maxIter ?? 100, tol: o.tol ?? 1e-6, weighted: o.weighted ?? false, weightKind: o.weightKind))]
        case .pagerank:
            columns = [try pageRank(graph, PageRankOptions(
                alpha: o.alpha ?? 0.85, personalization: o.personalization, maxIter: o.maxIter ?? 100,
                tol: o.tol ?? 1e-6, weighted: o.weighted ?? true, weightKind: o.weightKind))]
        case .katz:
            columns = [try katzCentrality(graph, KatzOptions(
                alpha: o.alpha ?? 0.1, beta: o.beta ?? 1, maxIter: o.maxIter ?? 1000, tol: o.tol ?? 1e-6,
                normalized: o.normalized ?? true, weighted: o.weighted ?? false, weightKind: o.weightKind))]
        case .hits:
            let scores = try SummitryCentrality.hits(graph, HITSOptions(
                maxIter: o.maxIter ?? 100, tol: o.tol ?? 1e-8, normalized: o.normalized ?? true,
                weighted: o.weighted ?? true, weightKind: o.weightKind))
            columns = [scores.hubs, scores.authorities]
        case .core:
            columns = [try coreNumber(graph)]
        case .twoModeDegree, .twoModeCloseness, .twoModeBetweenness, .twoModeEigenvector, .twoModePageRank:
            columns = [try computeTwoMode(on: graph, options: o)]
        }
        return CentralityResult(measure: self, scope: scope,
                                columns: zip(columnNames, columns).map { CentralityResult.Column(name: $0, values: $1) })
    }
}

/// The generic options of ``CentralityMeasure/compute(on:options:)``: the union of the measures'
/// options under one name each. Nil means "the measure's NetworkX default".
public struct MeasureOptions: Sendable {
    /// Use edge weights (nil: NetworkX's default — yes for PageRank and HITS, no otherwise).
    public var weighted: Bool?
    /// What the weights are (nil: what the measure needs); see ``WeightKind``.
    public var weightKind: WeightKind?
    /// Normalise (betweenness, edge betweenness, Katz, HITS); nil: true.
    public var normalized: Bool?
    /// Count path endpoints (betweenness).
    public var endpoints = false
    /// Wasserman–Faust scaling (closeness).
    public var wfImproved = true
    /// Damping (PageRank, default 0.85) or attenuation (Katz, default 0.1).
    public var alpha: Double?
    /// Katz's beta (default 1).
    public var beta: Double?
    /// Sampled sources (betweenness, edge betweenness).
    public var k: Int?
    /// Seed of the source sample.
    public var seed: UInt64 = 0
    /// Maximum iterations of iterative measures (nil: each measure's default).
    public var maxIter: Int?
    /// Tolerance of iterative measures (nil: each measure's default).
    public var tol: Double?
    /// PageRank's personalization, one value per node.
    public var personalization: [Double]?
    /// Progress, cancellation and threads of multi-source measures.
    public var hooks = RunHooks()
    /// One side of a two-mode graph (NetworkX's `nodes` argument of the bipartite measures); nil finds
    /// the sides by 2-colouring, as ``Graph/bipartiteSides()``.
    public var top: [NodeID]?

    /// Options with NetworkX's defaults unless given; see the properties.
    public init(weighted: Bool? = nil, weightKind: WeightKind? = nil, normalized: Bool? = nil, endpoints: Bool = false,
                wfImproved: Bool = true, alpha: Double? = nil, beta: Double? = nil, k: Int? = nil, seed: UInt64 = 0,
                maxIter: Int? = nil, tol: Double? = nil, personalization: [Double]? = nil, hooks: RunHooks = RunHooks(),
                top: [NodeID]? = nil) {
        self.weighted = weighted
        self.weightKind = weightKind
        self.normalized = normalized
        self.endpoints = endpoints
        self.wfImproved = wfImproved
        self.alpha = alpha
        self.beta = beta
        self.k = k
        self.seed = seed
        self.maxIter = maxIter
        self.tol = tol
        self.personalization = personalization
        self.hooks = hooks
        self.top = top
    }
}

/// Named columns of scores from ``CentralityMeasure/compute(on:options:)``.
///
/// A CSV writer prints `id,<column names…>` and then one row per node (keys from ``Graph/keys``) or,
/// for ``Scope/edges``, one row per edge (``Graph/edges``, in ``EdgeID`` order).
public struct CentralityResult: Sendable {
    /// What the rows are.
    public enum Scope: String, Sendable {
        /// One value per ``NodeID``.
        case nodes
        /// One value per ``EdgeID``.
        case edges
    }

    /// One named column of values.
    public struct Column: Sendable, Equatable {
        /// The column header (`pagerank`, `hubs`, …).
        public let name: String
        /// One value per node or per edge, by index.
        public let values: [Double]
    }

    /// The measure that produced the columns.
    public let measure: CentralityMeasure
    /// Whether rows are nodes or edges.
    public let scope: Scope
    /// The columns, in CSV order after `id`.
    public let columns: [Column]

    /// The CSV header line of the contract, `id,<column names…>` (for example `id,hubs,authorities`).
    public var csvHeader: String { (["id"] + columns.map(\.name)).joined(separator: ",") }

    /// The column called `name`, if any.
    public subscript(name: String) -> [Double]? { columns.first { $0.name == name }?.values }
}

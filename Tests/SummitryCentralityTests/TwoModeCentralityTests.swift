import SummitryCentrality
import SummitryGraph
import Testing

/// Borgatti–Everett degree, closeness and betweenness against NetworkX's `bipartite.*_centrality`.
@Suite struct TwoModeBorgattiEverettTests {
    @Test(arguments: TwoModeFixture.names)
    func degree(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        expectScores(try twoModeDegreeCentrality(f.graph, top: f.top), try #require(f.scores("degree")), f, "degree")
    }

    @Test(arguments: TwoModeFixture.names)
    func closeness(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        expectScores(try twoModeClosenessCentrality(f.graph, top: f.top), try #require(f.scores("closeness")),
                     f, "closeness")
        expectScores(try twoModeClosenessCentrality(f.graph, top: f.top, TwoModeClosenessOptions(normalized: false)),
                     try #require(f.scores("closeness_unnormalized")), f, "closeness unnormalized")
    }

    @Test(arguments: TwoModeFixture.names)
    func betweenness(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        expectScores(try twoModeBetweennessCentrality(f.graph, top: f.top), try #require(f.scores("betweenness")),
                     f, "betweenness")
    }

    /// Davis: the values quoted in Borgatti & Everett (1997), table 2, are NetworkX's too; spot-check two.
    @Test func sidesAreSwappable() throws {
        let f = TwoModeFixture.load("davis")
        let bottom = f.graph.nodes.filter { !f.top.contains($0) }
        let a = try twoModeDegreeCentrality(f.graph, top: f.top)
        let b = try twoModeDegreeCentrality(f.graph, top: bottom)
        #expect(a == b)
        let c = try twoModeBetweennessCentrality(f.graph, top: f.top)
        let d = try twoModeBetweennessCentrality(f.graph, top: bottom)
        #expect(zip(c, d).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func emptySideRefused() throws {
        let f = TwoModeFixture.load("meetings")
        #expect(throws: CentralityError.self) { try twoModeDegreeCentrality(f.graph, top: []) }
        #expect(throws: CentralityError.self) { try twoModeClosenessCentrality(f.graph, top: f.graph.nodes) }
        #expect(throws: CentralityError.self) { try twoModeDegreeCentrality(GraphBuilder(directed: false).build(), top: []) }
    }

    @Test func betweennessUndefinedForOneByOne() throws {
        var b = GraphBuilder(directed: false)
        b.addEdge(from: "a", to: "m")
        let g = b.build()
        #expect(throws: CentralityError.self) { try twoModeBetweennessCentrality(g, top: [NodeID(0)]) }
    }
}

/// The two-mode eigenvector (Bonacich 1991) against numpy's SVD; BiRank against a dense linear solve.
@Suite struct TwoModeSpectralTests {
    static let tight = TwoModeEigenvectorOptions(maxIter: 100_000, tol: 1e-14)

    @Test(arguments: TwoModeFixture.undirectedNames)
    func eigenvector(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        expectScores(try twoModeEigenvectorCentrality(f.graph, top: f.top, Self.tight),
                     try #require(f.scores("eigenvector")), f, "eigenvector")
        if let unweighted = f.scores("eigenvector_unweighted") {
            var options = Self.tight
            options.weighted = false
            expectScores(try twoModeEigenvectorCentrality(f.graph, top: f.top, options), unweighted, f,
                         "eigenvector unweighted")
        }
    }

    @Test(arguments: TwoModeFixture.undirectedNames)
    func eigenvectorHasUnitLengthPerSide(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        let x = try twoModeEigenvectorCentrality(f.graph, top: f.top)
        let isTop = Set(f.top)
        let top = f.graph.nodes.filter { isTop.contains($0) }.map { x[$0.index] * x[$0.index] }.reduce(0, +)
        let bottom = f.graph.nodes.filter { !isTop.contains($0) }.map { x[$0.index] * x[$0.index] }.reduce(0, +)
        #expect(abs(top - 1) < 1e-12 && abs(bottom - 1) < 1e-12)
        #expect(x.allSatisfy { $0 >= 0 })
    }

    @Test(arguments: TwoModeFixture.undirectedNames)
    func birank(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        let tight = TwoModePageRankOptions(maxIter: 100_000, tol: 1e-15)
        expectScores(try twoModePageRank(f.graph, top: f.top, tight), try #require(f.scores("birank")), f, "birank")
        var other = tight
        (other.alpha, other.beta) = (0.5, 0.9)
        expectScores(try twoModePageRank(f.graph, top: f.top, other), try #require(f.scores("birank_a05_b09")),
                     f, "birank alpha 0.5 beta 0.9")
        let prior = try #require(f.json["birank_prior"] as? [String: Any])
        var withPrior = tight
        withPrior.prior = f.scores(try #require(prior["prior"] as? [String: Any]))
        expectScores(try twoModePageRank(f.graph, top: f.top, withPrior),
                     f.scores(try #require(prior["scores"] as? [String: Any])), f, "birank with prior")
        if let unweighted = f.scores("birank_unweighted") {
            var options = tight
            options.weighted = false
            expectScores(try twoModePageRank(f.graph, top: f.top, options), unweighted, f, "birank unweighted")
        }
    }

    /// Relabelling nodes relabels the scores (seeded shuffles of the insertion order).
    @Test(arguments: 0 ..< 5)
    func permutationInvariance(seed: UInt64) throws {
        let f = TwoModeFixture.load("meetings")
        var rng = TwoModeTestRNG(seed: seed)
        var b = GraphBuilder(directed: false)
        for key in f.graph.keys.shuffled(using: &rng) { b.addNode(key) }
        for edge in f.graph.edges.shuffled(using: &rng) {
            b.addEdge(from: f.graph.key(of: edge.source), to: f.graph.key(of: edge.target), weight: edge.weight)
        }
        let g = b.build()
        let top = f.top.map { g.node(forKey: f.graph.key(of: $0))! }
        let measures: [(Graph, [NodeID]) throws -> [Double]] = [
            { try twoModeEigenvectorCentrality($0, top: $1, Self.tight) },
            { try twoModePageRank($0, top: $1, TwoModePageRankOptions(tol: 1e-15)) },
            { try twoModeClosenessCentrality($0, top: $1) },
            { try twoModeBetweennessCentrality($0, top: $1) },
        ]
        for measure in measures {
            let a = try measure(f.graph, f.top), c = try measure(g, top)
            for v in f.graph.nodes {
                let w = g.node(forKey: f.graph.key(of: v))!
                #expect(abs(a[v.index] - c[w.index]) < 1e-9, "seed \(seed), node \(f.graph.key(of: v))")
            }
        }
    }

    @Test func refusals() throws {
        let f = TwoModeFixture.load("meetings")
        let directed = TwoModeFixture.load("directed")
        #expect(throws: CentralityError.self) { try twoModeEigenvectorCentrality(directed.graph, top: directed.top) }
        #expect(throws: CentralityError.self) { try twoModePageRank(directed.graph, top: directed.top) }
        let oneSide = Array(f.top.dropFirst())  // with m1 on top, the edge m1–a2 joins two top nodes
        #expect(throws: CentralityError.self) { try twoModeEigenvectorCentrality(f.graph, top: oneSide + [f.graph.node(forKey: "m1")!]) }
        #expect(throws: CentralityError.notConverged(measure: "two-mode-eigenvector", iterations: 1, tolerance: 1e-10)) {
            try twoModeEigenvectorCentrality(f.graph, top: f.top, TwoModeEigenvectorOptions(maxIter: 1))
        }
        #expect(throws: CentralityError.notConverged(measure: "two-mode-pagerank", iterations: 2, tolerance: 1e-10)) {
            try twoModePageRank(f.graph, top: f.top, TwoModePageRankOptions(maxIter: 2))
        }
        #expect(throws: CentralityError.self) { try twoModePageRank(f.graph, top: f.top, TwoModePageRankOptions(alpha: 1)) }
        #expect(throws: CentralityError.self) {
            try twoModePageRank(f.graph, top: f.top, TwoModePageRankOptions(prior: [Double](repeating: 0, count: 12)))
        }
        var b = GraphBuilder(directed: false)
        b.addNode("lonely actor")
        b.addNode("empty meeting")
        #expect(throws: CentralityError.self) { try twoModeEigenvectorCentrality(b.build(), top: [NodeID(0)]) }
    }
}

struct TwoModeTestRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D4_9BB4_133A_11EB
        return z ^ (z >> 31)
    }
}

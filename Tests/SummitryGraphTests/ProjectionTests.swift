import SummitryGraph
import Testing

/// Hand-checked projections and side finding; the NetworkX comparison on larger graphs is in
/// SummitryCentralityTests/TwoModeProjectionTests (it needs the two-mode fixtures).
@Suite struct ProjectionTests {
    /// Actors a, b, c; meetings M (a, b, c) and N (a, b); d alone at O.
    static func meetings() -> Graph {
        var b = GraphBuilder(directed: false)
        for key in ["a", "b", "c", "d", "M", "N", "O"] { b.addNode(key) }
        for (u, v) in [("a", "M"), ("b", "M"), ("c", "M"), ("a", "N"), ("b", "N"), ("d", "O")] { b.addEdge(from: u, to: v) }
        return b.build()
    }

    static func weights(_ g: Graph) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: g.edges.map { ("\(g.key(of: $0.source))\(g.key(of: $0.target))", $0.weight) })
    }

    @Test func weightsByHand() throws {
        let g = Self.meetings()
        let actors = ["a", "b", "c", "d"].map { g.node(forKey: $0)! }
        #expect(g.projected(onto: actors).keys == ["a", "b", "c", "d"])
        #expect(Self.weights(g.projected(onto: actors)) == ["ab": 1, "ac": 1, "bc": 1])
        #expect(Self.weights(g.projected(onto: actors, weighting: .count)) == ["ab": 2, "ac": 1, "bc": 1])
        let third: Double = 1.0 / 3
        #expect(Self.weights(g.projected(onto: actors, weighting: .ratio)) == ["ab": 2 * third, "ac": third, "bc": third])
        // Newman: M has 3 attendees (1/2 per pair), N has 2 (1 per pair).
        #expect(Self.weights(g.projected(onto: actors, weighting: .collaboration)) == ["ab": 1.5, "ac": 0.5, "bc": 0.5])
        #expect(Self.weights(g.projected(onto: actors, weighting: .jaccard)) == ["ab": 1, "ac": 0.5, "bc": 0.5])
        #expect(Self.weights(g.projected(onto: actors, weighting: .overlap)) == ["ab": 1, "ac": 1, "bc": 1])
        let meetings = ["M", "N", "O"].map { g.node(forKey: $0)! }
        #expect(Self.weights(g.projected(onto: meetings, weighting: .count)) == ["MN": 2])
        #expect(Self.weights(g.projected(onto: actors, weighting: .count, minimumWeight: 2)) == ["ab": 2])
    }

    @Test func partOfASideAddsReachedNodes() throws {
        let g = Self.meetings()
        let p = g.projected(onto: [g.node(forKey: "c")!])
        #expect(p.keys == ["c", "a", "b"])  // as NetworkX: a and b come in through edges
        #expect(Self.weights(p) == ["ca": 1, "cb": 1])
    }

    @Test func directedFollowsPaths() throws {
        var b = GraphBuilder(directed: true)
        for (u, v) in [("a", "M"), ("M", "b"), ("b", "N"), ("N", "a"), ("c", "M")] { b.addEdge(from: u, to: v) }
        let g = b.build()
        let p = g.projected(onto: ["a", "b", "c"].map { g.node(forKey: $0)! }, weighting: .count)
        #expect(p.isDirected)
        #expect(Self.weights(p) == ["ab": 1, "ba": 1, "cb": 1])
    }

    @Test func sidesFromOneSide() throws {
        let g = Self.meetings()
        let sides = try g.bipartiteSides(top: ["a", "b", "c", "d"].map { g.node(forKey: $0)! })
        #expect(sides.top.map { g.key(of: $0) } == ["a", "b", "c", "d"])
        #expect(sides.bottom.map { g.key(of: $0) } == ["M", "N", "O"])
        #expect(throws: BipartiteError.edgeWithinSide(source: "a", target: "M")) {
            try g.bipartiteSides(top: ["a", "M"].map { g.node(forKey: $0)! })
        }
    }

    @Test func sidesByColouring() throws {
        var b = GraphBuilder(directed: false)
        for key in ["M", "a", "b", "lonely", "N", "c"] { b.addNode(key) }
        for (u, v) in [("a", "M"), ("b", "M"), ("c", "N")] { b.addEdge(from: u, to: v) }
        let sides = try b.build().bipartiteSides()
        // As nx.bipartite.color: each component's first node on top, isolated nodes at the bottom.
        #expect(sides.top.map(\.index) == [0, 4])
        #expect(sides.bottom.map(\.index) == [1, 2, 3, 5])

        var triangle = GraphBuilder(directed: true)
        triangle.addEdge(from: "x", to: "y")
        triangle.addEdge(from: "y", to: "z")
        triangle.addEdge(from: "z", to: "x")
        #expect(throws: BipartiteError.self) { try triangle.build().bipartiteSides() }
        var loop = GraphBuilder(directed: false)
        loop.addEdge(from: "x", to: "x")
        #expect(throws: BipartiteError.oddCycle(source: "x", target: "x")) { try loop.build().bipartiteSides() }
    }
}

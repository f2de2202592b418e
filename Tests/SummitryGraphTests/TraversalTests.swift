import Testing
@testable import SummitryGraph

@Suite struct TraversalTests {
    static func graph(directed: Bool, multigraph: Bool = false, _ edges: [(String, String, Double?)], extra: [String] = []) -> Graph {
        var b = GraphBuilder(directed: directed, multigraph: multigraph)
        for (u, v, w) in edges { b.addEdge(from: u, to: v, weight: w) }
        for key in extra { b.addNode(key) }
        return b.build()
    }

    @Test func hopDistancesFollowDirections() throws {
        let g = Self.graph(directed: true, [("a", "b", nil), ("b", "c", nil), ("c", "a", nil), ("d", "a", nil)])
        let a = try #require(g.node(forKey: "a"))
        #expect(g.hopDistances(from: a) == [0, 1, 2, -1])
        #expect(g.undirected().hopDistances(from: a) == [0, 1, 1, 1])
    }

    @Test func dijkstraTakesTheShortestParallelEdge() throws {
        let g = Self.graph(directed: false, multigraph: true,
                           [("a", "b", 5), ("a", "b", 2), ("b", "c", 1), ("a", "c", 4), ("c", "c", 0.5)], extra: ["z"])
        let a = try #require(g.node(forKey: "a"))
        #expect(g.weightedDistances(from: a) == [0, 2, 3, .infinity])
    }

    @Test func simpleRowsCollapseParallelEdgesAndDropSelfLoops() {
        let g = Self.graph(directed: true, multigraph: true,
                           [("a", "b", 3), ("a", "b", 1), ("a", "a", 1), ("b", "a", 2), ("a", "c", 4)])
        let out = g.simpleRows(incoming: false, edgeWeights: g.edgeSources.indices.map { g.edge(EdgeID($0)).weight })
        #expect(out.offsets == [0, 2, 3, 3])
        #expect(out.targets == [1, 2, 0])
        #expect(out.weights == [1, 4, 2])
        #expect(out.edges == [1, 4, 3])  // the lighter parallel edge represents the pair
        let inn = g.simpleRows(incoming: true, edgeWeights: nil)
        #expect(inn.offsets == [0, 1, 2, 3])
        #expect(inn.targets == [1, 0, 0])
        #expect(inn.weights == nil)
    }

    @Test func componentsIgnoreDirection() {
        let g = Self.graph(directed: true, [("a", "b", nil), ("c", "b", nil), ("d", "e", nil)], extra: ["f"])
        #expect(g.componentLabels() == [0, 0, 0, 1, 1, 2])
        #expect(g.componentCount == 3)
        #expect(GraphBuilder(directed: false).build().componentCount == 0)
    }

    @Test func distanceHeapPopsInOrder() {
        var heap = DistanceHeap()
        var rng = SystemRandomNumberGenerator()
        let keys = (0 ..< 200).map { _ in Double.random(in: 0 ..< 10, using: &rng) }
        for (i, k) in keys.enumerated() { heap.push(k, Int32(i)) }
        var popped: [Double] = []
        while let (k, _) = heap.pop() { popped.append(k) }
        #expect(popped == keys.sorted())
    }
}

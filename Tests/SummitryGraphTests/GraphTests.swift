import Testing
@testable import SummitryGraph

@Suite struct GraphTests {
    @Test func simpleGraphKeepsOneEdgePerPairLastWeightWins() throws {
        var b = GraphBuilder(directed: false)
        b.addEdge(from: "a", to: "b", weight: 1)
        b.addEdge(from: "b", to: "a", weight: 4)
        b.addEdge(from: "b", to: "c")
        let g = b.build()
        #expect(g.nodeCount == 3 && g.edgeCount == 2)
        #expect(g.edge(EdgeID(0)).weight == 4)
        #expect(g.edge(EdgeID(1)).weight == 1)  // added without a weight in a weighted graph: NetworkX's 1
        #expect(g.isWeighted)
        let a = try #require(g.node(forKey: "a")), bb = try #require(g.node(forKey: "b"))
        #expect(g.hasEdge(from: bb, to: a) && g.degree(of: bb) == 2)
    }

    @Test func multigraphKeepsParallelEdgesAndSelfLoopsCountTwice() throws {
        var b = GraphBuilder(directed: false, multigraph: true)
        b.addEdge(from: "a", to: "b", weight: 2)
        b.addEdge(from: "a", to: "b", weight: 3)
        b.addEdge(from: "a", to: "a", weight: 5)
        let g = b.build()
        let a = try #require(g.node(forKey: "a"))
        #expect(g.edgeCount == 3)
        #expect(g.degree(of: a) == 4)  // two parallel edges + a self-loop counted twice, as G.degree
        #expect(g.strength(of: a) == 2 + 3 + 5 + 5)
        #expect(g.selfLoops(at: a) == 1)
        #expect(Array(g.successors(of: a)) == [1, 1, 0])
    }

    @Test func directedViews() throws {
        var b = GraphBuilder(directed: true)
        b.addEdge(from: "a", to: "b", weight: 1)
        b.addEdge(from: "b", to: "a", weight: 2)
        b.addEdge(from: "b", to: "c", weight: 3)
        let g = b.build()
        let bNode = try #require(g.node(forKey: "b"))
        #expect(g.outDegree(of: bNode) == 2 && g.inDegree(of: bNode) == 1 && g.degree(of: bNode) == 3)
        let u = g.undirected()
        #expect(!u.isDirected && u.edgeCount == 2)
        #expect(u.edge(EdgeID(0)).weight == 2)  // to_undirected: the edge added last wins
        let r = g.reversed()
        #expect(Array(r.successors(of: bNode)) == [0])
        let sub = g.subgraph([NodeID(0), NodeID(1)])
        #expect(sub.keys == ["a", "b"] && sub.edgeCount == 2)
    }
}

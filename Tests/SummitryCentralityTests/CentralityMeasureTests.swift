import Testing
import SummitryCentrality
import SummitryGraph

@Suite struct CentralityMeasureTests {
    @Test func rawValuesAreTheCLINames() {
        #expect(CentralityMeasure.allCases.map(\.rawValue) == [
            "degree", "in-degree", "out-degree", "closeness", "harmonic", "betweenness", "edge-betweenness",
            "eigenvector", "pagerank", "katz", "hits", "core",
            "two-mode-degree", "two-mode-closeness", "two-mode-betweenness", "two-mode-eigenvector", "two-mode-pagerank",
        ])
        #expect(CentralityMeasure.allCases.allSatisfy { !$0.help.isEmpty && !$0.help.contains("\n") })
    }

    @Test func columnsAreNamedAndScoped() throws {
        var b = GraphBuilder(directed: true)
        b.addEdge(from: "a", to: "b")
        b.addEdge(from: "b", to: "c")
        b.addEdge(from: "c", to: "a")
        b.addEdge(from: "a", to: "c")
        let g = b.build()
        let h = try CentralityMeasure.hits.compute(on: g)
        #expect(h.columns.map(\.name) == ["hubs", "authorities"])
        #expect(h.scope == .nodes && h["hubs"]?.count == 3)
        #expect(h.csvHeader == "id,hubs,authorities")
        let e = try CentralityMeasure.edgeBetweenness.compute(on: g)
        #expect(e.scope == .edges && e.columns.map(\.name) == ["edge-betweenness"] && e.columns[0].values.count == 4)
        let p = try CentralityMeasure.pagerank.compute(on: g)
        #expect(p.columns.map(\.name) == ["pagerank"] && p.csvHeader == "id,pagerank")
        #expect(p["pagerank"] == (try pageRank(g)))
    }

    @Test func genericOptionsReachTheMeasure() throws {
        var b = GraphBuilder(directed: false)
        for (u, v, w) in [("a", "b", 1.0), ("b", "c", 5.0), ("a", "c", 1.0), ("c", "d", 1.0)] { b.addEdge(from: u, to: v, weight: w) }
        let g = b.build()
        let plain = try CentralityMeasure.betweenness.compute(on: g)
        let weighted = try CentralityMeasure.betweenness.compute(on: g, options: MeasureOptions(weighted: true))
        #expect(plain["betweenness"] == (try betweennessCentrality(g)))
        #expect(weighted["betweenness"] == (try betweennessCentrality(g, BetweennessOptions(weighted: true))))
        #expect(plain["betweenness"] != weighted["betweenness"])
        let raw = try CentralityMeasure.betweenness.compute(on: g, options: MeasureOptions(normalized: false))
        #expect(raw["betweenness"] == (try betweennessCentrality(g, BetweennessOptions(normalized: false))))
    }
}

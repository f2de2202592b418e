import SummitryCentrality
import SummitryGraph
import Testing

/// The two-mode cases of ``CentralityMeasure`` give the functions' results, with the side given or
/// found by 2-colouring.
@Suite struct TwoModeRegistryTests {
    @Test(arguments: TwoModeFixture.undirectedNames)
    func registryMatchesFunctions(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        let direct: [(CentralityMeasure, [Double])] = [
            (.twoModeDegree, try twoModeDegreeCentrality(f.graph, top: f.top)),
            (.twoModeCloseness, try twoModeClosenessCentrality(f.graph, top: f.top)),
            (.twoModeBetweenness, try twoModeBetweennessCentrality(f.graph, top: f.top)),
            (.twoModeEigenvector, try twoModeEigenvectorCentrality(f.graph, top: f.top)),
            (.twoModePageRank, try twoModePageRank(f.graph, top: f.top)),
        ]
        for (measure, expected) in direct {
            #expect(measure.isTwoMode && measure.scope == .nodes)
            let result = try measure.compute(on: f.graph, options: MeasureOptions(top: f.top))
            #expect(result.columns.map(\.name) == [measure.rawValue])
            // (Betweenness sums the sources' shares in parallel, so the last bits may differ between runs.)
            let got = try #require(result[measure.rawValue])
            #expect(got.count == expected.count && zip(got, expected).allSatisfy { abs($0 - $1) <= 1e-12 * max(1, abs($1)) }, "\(name) \(measure)")
        }
        // Davis and the hand-made graph are connected, so colouring finds one of the given sides;
        // these measures do not depend on which side is called top.
        if name != "disconnected" {
            for (measure, expected) in direct where measure != .twoModePageRank {
                let colored = try #require(try measure.compute(on: f.graph)[measure.rawValue])
                #expect(zip(colored, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(name) \(measure) colouring")
            }
        }
    }

    @Test func notTwoModeWithoutSide() throws {
        var b = GraphBuilder(directed: false)
        b.addEdge(from: "a", to: "b")
        b.addEdge(from: "b", to: "c")
        b.addEdge(from: "c", to: "a")
        let error = #expect(throws: CentralityError.self) {
            try CentralityMeasure.twoModeDegree.compute(on: b.build())
        }
        #expect(error?.description.contains("odd cycle") == true)
        #expect(!CentralityMeasure.pagerank.isTwoMode)
    }
}

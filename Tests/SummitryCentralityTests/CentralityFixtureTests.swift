import Testing
import SummitryCentrality
import SummitryGraph

/// Every measure and option combination against NetworkX's values (scripts/centrality_fixtures.py).
@Suite struct CentralityFixtureTests {
    @Test(arguments: Fixture.names)
    func matchesNetworkX(_ name: String) throws {
        let fixture = try Fixture(named: name)
        #expect(!fixture.cases.isEmpty)
        for testCase in fixture.cases {
            let result: (values: [Double], hubs: [Double], authorities: [Double])
            do {
                result = try testCase.run(on: fixture.graph)
            } catch {
                Issue.record("\(name) \(testCase.label): threw \(error)")
                continue
            }
            if testCase.measure == "hits" {
                let hubs = firstMismatch(result.hubs, testCase.hubs)
                let authorities = firstMismatch(result.authorities, testCase.authorities)
                #expect(hubs == nil, "\(name) \(testCase.label) hubs: \(hubs ?? "")")
                #expect(authorities == nil, "\(name) \(testCase.label) authorities: \(authorities ?? "")")
            } else {
                let mismatch = firstMismatch(result.values, testCase.values)
                #expect(mismatch == nil, "\(name) \(testCase.label): \(mismatch ?? "")")
            }
        }
    }
}

/// NetworkX's defaults must be enough wherever NetworkX's own defaults succeed.
@Suite struct CentralityDefaultsTests {
    @Test(arguments: Fixture.names)
    func defaultOptionsConvergeOnFixtureGraphs(_ name: String) throws {
        let g = try Fixture(named: name).graph
        guard g.edgeCount > 0 else { return }
        var failures: [String] = []
        if (try? hits(g)) == nil { failures.append("hits") }
        if (try? pageRank(g)) == nil { failures.append("pagerank") }
        if (try? katzCentrality(g, KatzOptions(alpha: 0.05))) == nil { failures.append("katz") }
        #expect(failures.isEmpty, "\(name): \(failures)")
    }
}

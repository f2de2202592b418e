import Foundation
import Testing
import Summitry

/// The library example of the README, compiled and run: if this stops compiling, the README is wrong.
@Suite struct LibraryUsageTests {
    @Test func readmeExample() throws {
        let out = try temporaryDirectory()
        defer { cleanup(out) }
        let meetings = repositoryRoot + "/examples/affiliation/meetings.csv"

        // README: "The library"
        let result = try Pipeline.analyze(inputs: [meetings], outputDirectory: out)
        for row in result.ranking.prefix(3) {
            print(row.rank, row.name, zip(result.measures, row.scores).map { "\($0)=\($1)" })
        }
        // Lower level: the actor × meeting view, its co-attendance projection, one measure.
        let view = result.network.twoModeView()
        let coAttendance = view.graph.projected(onto: view.actors)
        let betweenness = try CentralityMeasure.betweenness.compute(on: coAttendance)
        // end of README example

        #expect(result.ranking.count == 7)
        #expect(result.measures == ["degree", "closeness", "betweenness", "eigenvector", "pagerank",
                                    "two-mode-degree", "two-mode-betweenness"])
        #expect(Set(result.files.map { URL(fileURLWithPath: $0).lastPathComponent })
                == ["network.json", "graph.dot", "graph.svg", "centrality.csv", "report.html"])
        #expect(betweenness.columns[0].values == result.scores.column("betweenness"))
    }
}

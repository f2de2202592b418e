import Testing
import SummitryCentrality
import SummitryGraph

@Suite struct CentralityErrorTests {
    static func path(_ n: Int, directed: Bool = false, weights: [Double]? = nil) -> Graph {
        var b = GraphBuilder(directed: directed)
        for i in 0 ..< n { b.addNode("n\(i)") }
        for i in 0 ..< n - 1 { b.addEdge(from: "n\(i)", to: "n\(i + 1)", weight: weights?[i]) }
        return b.build()
    }

    static let karateLike: Graph = {
        // K6 plus a pendant: λmax ≈ 5, so alpha = 0.5 diverges.
        var b = GraphBuilder(directed: false)
        for i in 0 ..< 6 { for j in i + 1 ..< 6 { b.addEdge(from: "k\(i)", to: "k\(j)") } }
        b.addEdge(from: "k0", to: "p")
        return b.build()
    }()

    @Test func emptyGraphIsAnErrorForEveryMeasure() {
        let empty = GraphBuilder(directed: false).build()
        for measure in CentralityMeasure.allCases {
            #expect(throws: CentralityError.emptyGraph(measure: measure.rawValue)) {
                _ = try measure.compute(on: empty)
            }
        }
    }

    @Test func maxIterZeroRaisesAsNetworkXDoes() {
        let g = Self.path(4)
        #expect(throws: CentralityError.notConverged(measure: "eigenvector", iterations: 0, tolerance: 1e-6)) {
            _ = try eigenvectorCentrality(g, EigenvectorOptions(maxIter: 0))
        }
        #expect(throws: CentralityError.notConverged(measure: "pagerank", iterations: 0, tolerance: 1e-6)) {
            _ = try pageRank(g, PageRankOptions(maxIter: 0))
        }
        #expect(throws: CentralityError.notConverged(measure: "katz", iterations: 0, tolerance: 1e-6)) {
            _ = try katzCentrality(g, KatzOptions(maxIter: 0))
        }
        #expect(throws: CentralityError.notConverged(measure: "hits", iterations: 0, tolerance: 1e-8)) {
            _ = try hits(g, HITSOptions(maxIter: 0))
        }
    }

    @Test func notConvergedNamesMeasureAndCount() throws {
        let error = #expect(throws: CentralityError.self) {
            _ = try eigenvectorCentrality(Self.karateLike, EigenvectorOptions(maxIter: 2, tol: 1e-15))
        }
        let text = try #require(error).description
        #expect(text.contains("eigenvector") && text.contains("2 iterations"))
    }

    @Test func katzWithTooLargeAlphaSaysSo() throws {
        let error = #expect(throws: CentralityError.self) {
            _ = try katzCentrality(Self.karateLike, KatzOptions(alpha: 0.5))
        }
        guard case let .katzAlphaTooLarge(alpha, lambda) = try #require(error) else {
            Issue.record("expected katzAlphaTooLarge, got \(String(describing: error))")
            return
        }
        #expect(alpha == 0.5)
        #expect(lambda > 2 && lambda <= 5.2)
        #expect(error!.description.contains("alpha"))
    }

    @Test func katzDivergingOnDisconnectedGraphIsReportedAsAlphaTooLarge() throws {
        // An isolated node makes the Collatz–Wielandt lower bound 0; the failed run must still say why.
        var b = Self.karateLike.builder()
        b.addNode("isolated")
        let error = #expect(throws: CentralityError.self) {
            _ = try katzCentrality(b.build(), KatzOptions(alpha: 0.3, maxIter: 300))
        }
        guard case .katzAlphaTooLarge = try #require(error) else {
            Issue.record("expected katzAlphaTooLarge, got \(String(describing: error))")
            return
        }
    }

    @Test(arguments: [0.0, -1.0, Double.nan, Double.infinity])
    func invalidDistanceWeightsAreRefusedNamingTheEdge(_ bad: Double) throws {
        let g = Self.path(4, weights: [1, bad, 2])
        let error = #expect(throws: CentralityError.self) {
            _ = try betweennessCentrality(g, BetweennessOptions(weighted: true))
        }
        guard case let .invalidWeight(measure, source, target, _, _) = try #require(error) else {
            Issue.record("expected invalidWeight, got \(String(describing: error))")
            return
        }
        #expect(measure == "betweenness" && source == "n1" && target == "n2")
        #expect(error!.description.contains("'n1'") && error!.description.contains("'n2'"))
    }

    @Test func zeroStrengthIsFineForSpectralButNotAsDistance() throws {
        let g = Self.path(4, weights: [1, 0, 2])
        _ = try pageRank(g)
        _ = try degreeCentrality(g, DegreeOptions(weighted: true))
        #expect(throws: CentralityError.self) {
            _ = try closenessCentrality(g, ClosenessOptions(weighted: true, weightKind: .strength))
        }
        #expect(throws: CentralityError.self) { _ = try pageRank(Self.path(3, weights: [-1, 1])) }
        // Unweighted runs never look at weights.
        _ = try closenessCentrality(g)
    }

    @Test func directionalDegreeAndCoreRestrictions() throws {
        #expect(throws: CentralityError.self) {
            _ = try degreeCentrality(Self.path(3), DegreeOptions(direction: .incoming))
        }
        var b = GraphBuilder(directed: false)
        b.addEdge(from: "a", to: "b")
        b.addEdge(from: "b", to: "b")
        let error = #expect(throws: CentralityError.self) { _ = try coreNumber(b.build()) }
        #expect(error?.description.contains("'b'") == true)
    }

    @Test func sampleSizeMustFitTheGraph() {
        #expect(throws: CentralityError.self) { _ = try betweennessCentrality(Self.path(4), BetweennessOptions(k: 5)) }
        #expect(throws: CentralityError.self) { _ = try betweennessCentrality(Self.path(4), BetweennessOptions(k: 0)) }
    }

    @Test func optionVectorsAreChecked() {
        let g = Self.path(3)
        #expect(throws: CentralityError.self) { _ = try pageRank(g, PageRankOptions(personalization: [0, 0, 0])) }
        #expect(throws: CentralityError.self) { _ = try pageRank(g, PageRankOptions(personalization: [1, 2])) }
        #expect(throws: CentralityError.self) { _ = try eigenvectorCentrality(g, EigenvectorOptions(nstart: [0, 0, 0])) }
    }

    @Test func cancellationStopsMultiSourceRuns() {
        let g = Self.path(200)
        let hooks = RunHooks(isCancelled: { true })
        #expect(throws: CentralityError.cancelled(measure: "betweenness")) {
            _ = try betweennessCentrality(g, BetweennessOptions(hooks: hooks))
        }
        #expect(throws: CentralityError.cancelled(measure: "closeness")) {
            _ = try closenessCentrality(g, ClosenessOptions(hooks: hooks))
        }
    }

    @Test func progressEndsAtOne() throws {
        final class Box: @unchecked Sendable {
            var values: [Double] = []
        }
        let box = Box()
        // Several threads: calls must still be serial and non-decreasing.
        let hooks = RunHooks(progress: { box.values.append($0) }, threads: 3)
        _ = try betweennessCentrality(Self.path(300), BetweennessOptions(hooks: hooks))
        #expect(box.values.last == 1)
        #expect(box.values.count > 2)
        #expect(box.values.allSatisfy { (0 ... 1).contains($0) })
        #expect(box.values == box.values.sorted())
    }
}

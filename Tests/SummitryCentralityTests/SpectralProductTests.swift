import Testing
@testable import SummitryCentrality
import SummitryGraph

/// The parallel pull product (in-rows, split over cores above 2¹⁸ in-slots) against the sequential
/// push product over out-rows, on graphs large enough to take the parallel path.
@Suite struct SpectralProductTests {
    static func randomGraph(directed: Bool, weighted: Bool, seed: UInt64) -> Graph {
        var rng = SeededGenerator(seed: seed)
        let n = 20_000, m = 300_000
        var b = GraphBuilder(directed: directed, multigraph: true)
        for i in 0 ..< n { b.addNode(String(i)) }
        for _ in 0 ..< m {
            let u = NodeID(Int.random(in: 0 ..< n, using: &rng)), v = NodeID(Int.random(in: 0 ..< n, using: &rng))
            b.addEdge(from: u, to: v, weight: weighted ? Double.random(in: 0.5 ..< 4, using: &rng) : nil)
        }
        return b.build()
    }

    @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
    func pullEqualsPush(directed: Bool, weighted: Bool) throws {
        let graph = Self.randomGraph(directed: directed, weighted: weighted, seed: 7)
        #expect(graph.inTargets.count >= 1 << 18)
        var rng = SeededGenerator(seed: 11)
        let x = (0 ..< graph.nodeCount).map { _ in Double.random(in: 0 ..< 1, using: &rng) }
        let outWeights = try graph.slotStrengths("test", weighted: weighted, given: nil)
        let inWeights = try graph.inSlotStrengths("test", weighted: weighted, given: nil)
        var push = [Double](repeating: 1, count: graph.nodeCount)
        var pull = push
        x.withUnsafeBufferPointer { xs in
            push.withUnsafeMutableBufferPointer { graph.addLeftProduct(xs, into: $0, weights: outWeights) }
            pull.withUnsafeMutableBufferPointer { graph.pullLeftProduct(xs, into: $0, inWeights: inWeights) }
        }
        let worst = zip(push, pull).map { abs($0 - $1) / max(1, abs($0)) }.max() ?? 0
        #expect(worst < 1e-12, "largest relative difference \(worst)")
    }
}

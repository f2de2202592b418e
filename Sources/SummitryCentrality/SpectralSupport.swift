import Foundation
import SummitryGraph

extension Graph {
    /// Per-slot strengths of the out-rows (one value per entry of `outTargets`), converted and validated
    /// as ``WeightKind`` describes, or nil when every slot weighs 1. Spectral measures sum over slots,
    /// so parallel edges add up, as NetworkX's sparse adjacency matrix sums them.
    func slotStrengths(_ measure: String, weighted: Bool, given: WeightKind?) throws(CentralityError) -> [Double]? {
        guard let perEdge = try measureWeights(measure, weighted: weighted, given: given, needed: .strength) else {
            return nil
        }
        return outEdges.map { perEdge[Int($0)] }
    }

    /// Per-slot strengths of the in-rows (one value per entry of `inTargets`), as ``slotStrengths(_:weighted:given:)``
    /// gives them for the out-rows; for ``pullLeftProduct(_:into:inWeights:)``.
    func inSlotStrengths(_ measure: String, weighted: Bool, given: WeightKind?) throws(CentralityError) -> [Double]? {
        guard let perEdge = try measureWeights(measure, weighted: weighted, given: given, needed: .strength) else {
            return nil
        }
        return inEdges.map { perEdge[Int($0)] }
    }

    /// `y += x·A` computed by pulling along in-edges: `y[v] += Σ_{u→v} x[u]·w`. Each node's sum is
    /// written by one thread only, so large graphs (over 2¹⁸ in-slots) are split over all cores in
    /// contiguous node ranges; small ones run on the calling thread.
    /// - Complexity: O(n + m), spread over the cores.
    func pullLeftProduct(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                         inWeights: [Double]?) {
        let n = nodeCount
        inOffsets.withUnsafeBufferPointer { off in
            inTargets.withUnsafeBufferPointer { src in
                (inWeights ?? []).withUnsafeBufferPointer { wts in
                    let shared = Unchecked(value: (off, src, wts, x, y, inWeights != nil))
                    let rows: @Sendable (Range<Int>) -> Void = { range in
                        let (off, src, wts, x, y, weighted) = shared.value
                        for v in range {
                            var sum = 0.0
                            if weighted {
                                for slot in off[v] ..< off[v + 1] { sum += x[Int(src[slot])] * wts[slot] }
                            } else {
                                for slot in off[v] ..< off[v + 1] { sum += x[Int(src[slot])] }
                            }
                            y[v] += sum
                        }
                    }
                    let cores = ProcessInfo.processInfo.activeProcessorCount
                    guard cores > 1, src.count >= 1 << 18 else { return rows(0 ..< n) }
                    let chunks = cores * 8
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        rows(n * c / chunks ..< n * (c + 1) / chunks)
                    }
                }
            }
        }
    }

    /// `y += x·A` (row vector times adjacency, i.e. each node passes `x[v]·w` along its out-edges).
    func addLeftProduct(_ x: UnsafeBufferPointer<Double>, into y: UnsafeMutableBufferPointer<Double>,
                        weights: [Double]?) {
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                if let weights {
                    weights.withUnsafeBufferPointer { wts in
                        for v in 0 ..< nodeCount {
                            let xv = x[v]
                            if xv == 0 { continue }
                            for slot in off[v] ..< off[v + 1] { y[Int(tgt[slot])] += xv * wts[slot] }
                        }
                    }
                } else {
                    for v in 0 ..< nodeCount {
                        let xv = x[v]
                        if xv == 0 { continue }
                        for slot in off[v] ..< off[v + 1] { y[Int(tgt[slot])] += xv }
                    }
                }
            }
        }
    }
}

/// Checks a per-node vector option (nstart, personalization, …): its length, finite non-negative
/// entries, and (when `positiveSum`) a positive sum.
func validateNodeVector(_ vector: [Double], nodeCount: Int, measure: String, option: String,
                        positiveSum: Bool = true) throws(CentralityError) {
    guard vector.count == nodeCount else {
        throw .invalidOption(measure: measure, option: option,
                             reason: "has \(vector.count) values but the graph has \(nodeCount) nodes")
    }
    if let bad = vector.firstIndex(where: { !$0.isFinite }) {
        throw .invalidOption(measure: measure, option: option, reason: "value \(vector[bad]) at node \(bad) is not finite")
    }
    if positiveSum && !(vector.reduce(0, +) > 0) {
        throw .invalidOption(measure: measure, option: option, reason: "values must have a positive sum")
    }
}

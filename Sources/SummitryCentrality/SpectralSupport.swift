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

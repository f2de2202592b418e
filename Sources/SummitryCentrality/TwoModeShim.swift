// TEMPORARY stand-ins for the `centrality` branch's CentralityError and betweennessCentrality, so the
// two-mode measures build and test before that branch lands. Deleted when it is merged.
import SummitryGraph

public enum CentralityError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyGraph(measure: String)
    case notConverged(measure: String, iterations: Int, tolerance: Double)
    case notDefined(measure: String, reason: String)
    case invalidOption(measure: String, option: String, reason: String)
    public var description: String {
        switch self {
        case let .emptyGraph(measure): return "\(measure): the graph has no nodes"
        case let .notConverged(measure, iterations, tolerance): return "\(measure): no convergence to \(tolerance) in \(iterations)"
        case let .notDefined(measure, reason): return "\(measure): \(reason)"
        case let .invalidOption(measure, option, reason): return "\(measure): option \(option): \(reason)"
        }
    }
}

public struct BetweennessOptions: Sendable {
    public var normalized = true
    public init(normalized: Bool = true) { self.normalized = normalized }
}

public func betweennessCentrality(_ graph: Graph, _ options: BetweennessOptions) throws(CentralityError) -> [Double] {
    let n = graph.nodeCount
    var scores = [Double](repeating: 0, count: n)
    for s in 0 ..< n {
        var sigma = [Double](repeating: 0, count: n), dist = [Int](repeating: -1, count: n)
        var preds = [[Int]](repeating: [], count: n), stack: [Int] = [], queue = [s], head = 0
        sigma[s] = 1; dist[s] = 0
        while head < queue.count {
            let v = queue[head]; head += 1; stack.append(v)
            for w32 in Set(graph.successors(of: NodeID(v))) where Int(w32) != v {
                let w = Int(w32)
                if dist[w] < 0 { dist[w] = dist[v] + 1; queue.append(w) }
                if dist[w] == dist[v] + 1 { sigma[w] += sigma[v]; preds[w].append(v) }
            }
        }
        var delta = [Double](repeating: 0, count: n)
        while let w = stack.popLast() {
            for v in preds[w] { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
            if w != s { scores[w] += delta[w] }
        }
    }
    if !graph.isDirected { for i in 0 ..< n { scores[i] /= 2 } }
    return scores
}

import SummitryGraph

/// `Σ values[u]` over the nodes `u` of the slots `lo ..< hi`.
@inline(__always)
func gatherSum(_ lo: Int, _ hi: Int, _ tgt: UnsafeMutablePointer<Int32>,
                       _ values: UnsafeMutablePointer<Double>) -> Double {
    var a0 = 0.0, a1 = 0.0
    var i = lo
    while i &+ 2 <= hi {
        a0 += values[Int(tgt[i])]
        a1 += values[Int(tgt[i &+ 1])]
        i &+= 2
    }
    if i < hi { a0 += values[Int(tgt[i])] }
    return a0 + a1
}

/// ``SimpleRows`` copied once into raw memory that every worker of a run reads (never writes).
final class RowBuffers: @unchecked Sendable {
    let nodeCount: Int
    let offsets: UnsafeMutablePointer<Int>
    let targets: UnsafeMutablePointer<Int32>
    let edges: UnsafeMutablePointer<Int32>
    let weights: UnsafeMutablePointer<Double>?

    init(_ rows: SimpleRows) {
        func copy<T>(_ a: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, a.count))
            _ = UnsafeMutableBufferPointer(start: p, count: a.count).initialize(from: a)
            return p
        }
        nodeCount = rows.nodeCount
        offsets = copy(rows.offsets)
        targets = copy(rows.targets)
        edges = copy(rows.edges)
        weights = rows.weights.map(copy)
    }

    deinit {
        offsets.deallocate()
        targets.deallocate()
        edges.deallocate()
        weights?.deallocate()
    }
}

/// The rows a multi-source search runs on, with nodes renumbered by ``SimpleRows/localityOrder()``
/// so that neighbours sit close together in memory. Searches work in the new numbering; callers map
/// sources in through `position` and per-node results back through `order`. Edge ids are not renumbered.
struct SearchRows {
    /// The rows followed from a source (out-rows, or in-rows for incoming distance), renumbered.
    let forward: RowBuffers
    /// Their transpose, renumbered (the same object for an undirected graph).
    let backward: RowBuffers
    /// `order[new] = old`.
    let order: [Int32]
    /// `position[old] = new`.
    let position: [Int32]

    init(_ graph: Graph, incoming: Bool, distances: [Double]?) {
        let rows = graph.simpleRows(incoming: incoming, edgeWeights: distances)
        order = rows.localityOrder()
        var position = [Int32](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { position[Int(old)] = Int32(truncatingIfNeeded: new) }
        self.position = position
        forward = RowBuffers(rows.relabelled(order: order, position: position))
        backward = graph.isDirected
            ? RowBuffers(graph.simpleRows(incoming: !incoming, edgeWeights: distances).relabelled(order: order, position: position))
            : forward
    }

    /// Per-node values in the new numbering, returned in the graph's numbering.
    func original(_ values: UnsafeMutablePointer<Double>) -> [Double] {
        var result = [Double](repeating: 0, count: order.count)
        for new in 0 ..< order.count { result[Int(order[new])] = values[new] }
        return result
    }
}

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

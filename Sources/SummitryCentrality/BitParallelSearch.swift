import SummitryGraph

/// Breadth-first search from 64 sources at once, one bit per source, for closeness and harmonic
/// centrality on unweighted graphs.
///
/// Every node holds a 64-bit word of the sources that have reached it (`seen`) and of those that
/// reached it on the last level (`frontier`). A level ORs frontier words along edges, either pushed
/// from the frontier nodes (when the frontier is small) or pulled by every node not yet reached by all
/// sources (when it is large), as in direction-optimising BFS. Counting, per source, the nodes first
/// reached on level `L` gives `Σ d` and `Σ 1/d` for all 64 sources in one pass over the levels —
/// typically a few passes over the edges instead of 64.
///
/// - Reference: M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann,
///   H. T. Vo, "The more the merrier: efficient multi-source graph traversal", PVLDB 8 (2014) 449–460,
///   [doi:10.14778/2735496.2735507](https://doi.org/10.14778/2735496.2735507); S. Beamer, K. Asanović,
///   D. Patterson, "Direction-optimizing breadth-first search", SC 2012,
///   [doi:10.1109/SC.2012.50](https://doi.org/10.1109/SC.2012.50).
final class BitParallelSearch {
    let n: Int
    private let search: RowBuffers  // follow these rows from a source
    private let pull: RowBuffers  // their transpose: who can reach a node in one step
    private let slotCount: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let frontier: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>
    private let frontierList: UnsafeMutablePointer<Int32>
    private let nextList: UnsafeMutablePointer<Int32>
    /// Per source bit: Σ d, Σ 1/d and the number of nodes reached (the source included).
    var distanceSum = [Double](repeating: 0, count: 64)
    var reciprocalSum = [Double](repeating: 0, count: 64)
    var reachedCount = [Int](repeating: 0, count: 64)
    /// Nodes first reached on the current level, per source bit.
    private let counts = UnsafeMutablePointer<Int>.allocate(capacity: 64)

    init(search: RowBuffers, pull: RowBuffers) {
        n = search.nodeCount
        self.search = search
        self.pull = pull
        slotCount = search.offsets[n]
        let n = n
        func buffer<T>(_ value: T) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, n))
            p.initialize(repeating: value, count: max(1, n))
            return p
        }
        seen = buffer(0)
        frontier = buffer(0)
        next = buffer(0)
        frontierList = buffer(0)
        nextList = buffer(0)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
        frontierList.deallocate()
        nextList.deallocate()
        counts.deallocate()
    }

    /// Searches from the sources `first ..< first + count` (`count ≤ 64`), filling the per-bit sums.
    func run(first: Int, count: Int) {
        let seen = seen, frontier = frontier, next = next, sOff = search.offsets, sTgt = search.targets
        let pOff = pull.offsets, pTgt = pull.targets
        var frontierList = frontierList, nextList = nextList
        let full: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
        for i in 0 ..< 64 {
            distanceSum[i] = 0
            reciprocalSum[i] = 0
            reachedCount[i] = 1
        }
        for i in 0 ..< n { seen[i] = 0 }
        var frontierCount = 0
        var frontierEdges = 0
        for b in 0 ..< count {
            let v = first + b
            seen[v] = 1 << UInt64(b)
            frontier[v] = 1 << UInt64(b)
            frontierList[frontierCount] = Int32(truncatingIfNeeded: v)
            frontierCount += 1
            frontierEdges += sOff[v + 1] - sOff[v]
        }
        let counts = counts
        var level = 0
        while frontierCount > 0 {
            level += 1
            var nextCount = 0
            if frontierEdges * 4 < slotCount {
                // Push from the few frontier nodes.
                for i in 0 ..< frontierCount {
                    let y = Int(frontierList[i])
                    let f = frontier[y]
                    for slot in sOff[y] ..< sOff[y + 1] {
                        let x = Int(sTgt[slot])
                        let new = f & ~seen[x]
                        if new != 0 {
                            if next[x] == 0 {
                                nextList[nextCount] = Int32(truncatingIfNeeded: x)
                                nextCount += 1
                            }
                            next[x] |= new
                        }
                    }
                }
            } else {
                // Pull into every node some source has not reached yet.
                for x in 0 ..< n where seen[x] != full {
                    var incoming: UInt64 = 0
                    for slot in pOff[x] ..< pOff[x + 1] { incoming |= frontier[Int(pTgt[slot])] }
                    let new = incoming & ~seen[x]
                    if new != 0 {
                        next[x] = new
                        nextList[nextCount] = Int32(truncatingIfNeeded: x)
                        nextCount += 1
                    }
                }
            }
            for i in 0 ..< frontierCount { frontier[Int(frontierList[i])] = 0 }
            for i in 0 ..< 64 { counts[i] = 0 }
            frontierEdges = 0
            for i in 0 ..< nextCount {
                let x = Int(nextList[i])
                var new = next[x]
                next[x] = 0
                seen[x] |= new
                frontier[x] = new
                frontierEdges += sOff[x + 1] - sOff[x]
                while new != 0 {
                    counts[new.trailingZeroBitCount] += 1
                    new &= new &- 1
                }
            }
            let d = Double(level), r = 1 / Double(level)
            for b in 0 ..< count where counts[b] > 0 {
                let c = Double(counts[b])
                distanceSum[b] += c * d
                reciprocalSum[b] += c * r
                reachedCount[b] += counts[b]
            }
            swap(&frontierList, &nextList)
            frontierCount = nextCount
        }
        for i in 0 ..< frontierCount { frontier[Int(frontierList[i])] = 0 }
    }
}

/// Merges repeated node pairs into one edge, as adding them to a NetworkX `Graph`/`DiGraph` does:
/// the edge keeps the position and orientation of its first occurrence and the weight of its last.
/// In an undirected graph `u v` and `v u` are the same pair.
///
/// Edges are bucketed by their smaller (undirected) or source (directed) endpoint with a stable
/// counting sort; within a bucket a per-node mark finds repeats.
///
/// - Complexity: O(n + m) time, 4m + 12n bytes of scratch.
func mergeRepeatedPairs(
    nodeCount n: Int, directed: Bool, sources: inout [Int32], targets: inout [Int32], weights: inout [Double]?
) {
    let m = sources.count
    guard m > 1 else { return }
    var ends = [Int](repeating: 0, count: n + 1)
    var order = [Int32](repeating: 0, count: m)
    var repeats = 0
    sources.withUnsafeMutableBufferPointer { src in
        targets.withUnsafeBufferPointer { dst in
            ends.withUnsafeMutableBufferPointer { ends in
                order.withUnsafeMutableBufferPointer { order in
                    @inline(__always) func row(_ e: Int) -> Int {
                        directed ? Int(src[e]) : Int(min(src[e], dst[e]))
                    }
                    for e in 0 ..< m { ends[row(e) + 1] += 1 }
                    for r in 0 ..< n { ends[r + 1] += ends[r] }
                    // Place edges at ends[r] (the row's start), moving it on; afterwards ends[r]
                    // is the end of row r and the start of row r + 1.
                    for e in 0 ..< m {
                        let r = row(e)
                        order[ends[r]] = Int32(truncatingIfNeeded: e)
                        ends[r] += 1
                    }
                    var mark = [Int32](repeating: -1, count: n)
                    var first = [Int32](repeating: 0, count: n)
                    mark.withUnsafeMutableBufferPointer { mark in
                        first.withUnsafeMutableBufferPointer { first in
                            var start = 0
                            for r in 0 ..< n {
                                let end = ends[r]
                                for slot in start ..< end {
                                    let e = Int(order[slot])
                                    let other = Int(directed ? dst[e] : max(src[e], dst[e]))
                                    if mark[other] == Int32(truncatingIfNeeded: r) {
                                        if weights != nil { weights![Int(first[other])] = weights![e] }
                                        src[e] = -1  // dropped
                                        repeats += 1
                                    } else {
                                        mark[other] = Int32(truncatingIfNeeded: r)
                                        first[other] = Int32(truncatingIfNeeded: e)
                                    }
                                }
                                start = end
                            }
                        }
                    }
                }
            }
        }
    }
    guard repeats > 0 else { return }
    var kept = 0
    for e in 0 ..< m where sources[e] >= 0 {
        sources[kept] = sources[e]
        targets[kept] = targets[e]
        if weights != nil { weights![kept] = weights![e] }
        kept += 1
    }
    sources.removeLast(m - kept)
    targets.removeLast(m - kept)
    if weights != nil { weights!.removeLast(m - kept) }
}

import SummitryGraph

/// Per-thread state of a single-source shortest-path search, shared by betweenness, edge
/// betweenness, closeness and harmonic centrality.
///
/// All buffers are O(n) (the accumulator O(n) or O(m)) and allocated once per worker; a search resets
/// only the entries it touched, so running it from every source costs O(n·m) (unweighted) or
/// O(n·m·log n) (weighted) and never allocates. Hot loops read raw pointers copied into locals, so the
/// optimiser need not reload them after every store.
///
/// The search follows `forward` rows (out-rows, or in-rows to measure incoming distance); `backward`
/// rows are their transpose. Unweighted searches work level by level and never compare distances in
/// their inner loops: path counts and dependencies are *pushed* to every neighbour and read off when a
/// level starts, when only the adjacent level can have contributed (see
/// ``breadthFirst(from:countPaths:)``). That keeps unpredictable branches out of the hot loops.
/// Weighted searches (in `ShortestPathWorker+Dijkstra.swift`) count σ while relaxing edges and find
/// predecessors by `d(v) + len(v, w) == d(w)`, the same floating-point comparison NetworkX's Dijkstra
/// makes, so path counts agree exactly. No predecessor lists are stored.
///
/// - Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
///   Sociology 25 (2001) 163–177, [doi:10.1080/0022250X.2001.9990249](https://doi.org/10.1080/0022250X.2001.9990249).
final class ShortestPathWorker {
    let n: Int
    /// The rows, shared read-only by all workers of a run.
    let rows: (RowBuffers, RowBuffers)
    let fOff: UnsafeMutablePointer<Int>, fTgt: UnsafeMutablePointer<Int32>, fWgt: UnsafeMutablePointer<Double>?
    let bOff: UnsafeMutablePointer<Int>, bTgt: UnsafeMutablePointer<Int32>
    /// Hop distance (-1 unreached) for BFS.
    let hops: UnsafeMutablePointer<Int32>
    /// Weighted distance (+inf unreached) for Dijkstra.
    let lengths: UnsafeMutablePointer<Double>
    /// Number of shortest paths from the source.
    let sigma: UnsafeMutablePointer<Double>
    /// Dependency sums pushed by the unweighted accumulation (and scratch for the per-edge one).
    let delta: UnsafeMutablePointer<Double>
    /// Nodes in the order they were settled (non-decreasing distance).
    let order: UnsafeMutablePointer<Int32>
    /// Accumulated scores: per node, or per edge for edge betweenness.
    let scores: UnsafeMutablePointer<Double>
    /// Start of every BFS level in `order`, and the number of levels of the last search.
    let levelStart: UnsafeMutablePointer<Int>
    var levelCount = 0
    /// A per-node value that is non-zero on one BFS level only (see ``breadthFirst(from:countPaths:)``).
    let levelValue: UnsafeMutablePointer<Double>
    /// `(1 + δ(w)) / σ(w)` of every node the accumulation has finished.
    let coefficient: UnsafeMutablePointer<Double>
    /// Indexed binary heap for Dijkstra: `heap[i]` is a node, `slot[v]` its position (-1 absent).
    let heap: UnsafeMutablePointer<Int32>
    let heapKey: UnsafeMutablePointer<Double>
    let slot: UnsafeMutablePointer<Int32>
    /// The number of nodes the last search reached (the filled prefix of `order`).
    var reached = 0

    init(forward: RowBuffers, backward: RowBuffers, scoreCount: Int) {
        n = forward.nodeCount
        rows = (forward, backward)
        (fOff, fTgt, fWgt) = (forward.offsets, forward.targets, forward.weights)
        (bOff, bTgt) = (backward.offsets, backward.targets)
        func buffer<T>(_ value: T, _ count: Int) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, count))
            p.initialize(repeating: value, count: max(1, count))
            return p
        }
        hops = buffer(-1, n)
        lengths = buffer(.infinity, n)
        sigma = buffer(0, n)
        delta = buffer(0, n)
        order = buffer(0, n + 1)  // one spare slot: the branch-free BFS writes before it counts
        scores = buffer(0, scoreCount)
        coefficient = buffer(0, n)
        levelStart = buffer(0, n + 2)
        levelValue = buffer(0, n)
        heap = buffer(0, n)
        heapKey = buffer(0, n)
        slot = buffer(-1, n)
    }

    deinit {
        hops.deallocate()
        lengths.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        scores.deallocate()
        coefficient.deallocate()
        levelStart.deallocate()
        levelValue.deallocate()
        heap.deallocate()
        heapKey.deallocate()
        slot.deallocate()
    }

    /// Breadth-first search from `s` filling `hops`, `order` and `levelStart` (level `L` is
    /// `order[levelStart[L] ..< levelStart[L + 1]]`), and, when `countPaths`, `sigma`.
    ///
    /// Path counts are pushed without asking whether an edge lies on a shortest path: every node
    /// adds its σ to `levelValue` of *every* out-neighbour. When a level starts, its nodes' sums are
    /// exactly their σ, because so far only nodes of earlier levels have pushed and, of those, only the
    /// previous level can be adjacent. Sums that land on earlier levels are never read. This removes
    /// the distance comparison, an unpredictable branch, from the inner loop.
    func breadthFirst(from s: Int32, countPaths: Bool) {
        let off = fOff, tgt = fTgt, hops = hops, order = order, levelStart = levelStart
        let sigma = sigma, pushed = levelValue, received = delta
        hops[Int(s)] = 0
        order[0] = s
        sigma[Int(s)] = 1
        var head = 0, tail = 1
        var levels = 0
        levelStart[0] = 0
        var levelEnd = 1
        while head < tail {
            if head == levelEnd {
                levels += 1
                levelStart[levels] = head
                levelEnd = tail
                if countPaths { for index in head ..< tail { sigma[Int(order[index])] = pushed[Int(order[index])] } }
            }
            let v = Int(order[head])
            head += 1
            let next = hops[v] &+ 1
            let sv = sigma[v]
            for slot in off[v] ..< off[v + 1] {
                let w32 = tgt[slot]
                if countPaths { pushed[Int(w32)] += sv }
                if hops[Int(w32)] < 0 {
                    hops[Int(w32)] = next
                    order[tail] = w32
                    tail += 1
                    // The accumulation pushes to in-neighbours, which in a directed graph may be nodes
                    // this search never reaches; clear a node's sum when it is reached instead.
                    received[Int(w32)] = 0
                }
            }
        }
        received[Int(s)] = 0
        levelCount = levels + 1
        levelStart[levelCount] = tail
        reached = tail
        if countPaths { for index in 0 ..< tail { pushed[Int(order[index])] = 0 } }
    }

    /// Brandes' accumulation after ``breadthFirst(from:countPaths:)`` for node scores, level by level
    /// from the farthest, pushing `(1 + δ(w)) / σ(w)` to every in-neighbour without comparisons (the
    /// same argument as for σ: when a level starts, only the next level has pushed to it). The sums
    /// collect in `delta`, which the search cleared for every node it reached.
    func accumulatePushing(from s: Int32, endpoints: Bool) {
        let off = bOff, tgt = bTgt, order = order, levelStart = levelStart
        let sigma = sigma, pushed = delta, scores = scores, coefficient = coefficient
        if endpoints { scores[Int(s)] += Double(reached - 1) }
        var level = levelCount - 1
        while level > 0 {
            let range = levelStart[level] ..< levelStart[level + 1]
            for index in range {
                let w = Int(order[index])
                let sw = sigma[w]
                let dependency = sw * pushed[w]
                coefficient[w] = (1 + dependency) / sw
                scores[w] += endpoints ? dependency + 1 : dependency
            }
            for index in range {
                let w = Int(order[index])
                let c = coefficient[w]
                for slot in off[w] ..< off[w + 1] { pushed[Int(tgt[slot])] += c }
            }
            level -= 1
        }
    }

    /// Brandes' accumulation after ``breadthFirst(from:countPaths:)``, level by level from the farthest:
    /// `δ(v) = σ(v) · Σ_{w ∈ succ(v)} (1 + δ(w)) / σ(w)`, where `levelValue` holds `(1 + δ(w)) / σ(w)` for
    /// the next level only, so the sum runs over all out-neighbours without comparisons. Adds
    /// dependencies (plus one per reached target when `endpoints`) to `scores[node]`, or, when
    /// `perSlot`, each forward slot's share `σ(v) · (1 + δ(w)) / σ(w)` to `scores[slot]`.
    func accumulateLevels(from s: Int32, endpoints: Bool, perSlot: Bool) {
        let off = fOff, tgt = fTgt, order = order, levelStart = levelStart
        let sigma = sigma, levelValue = levelValue, scores = scores
        if endpoints && !perSlot { scores[Int(s)] += Double(reached - 1) }
        var level = levelCount - 1
        while level >= 0 {
            let range = levelStart[level] ..< levelStart[level + 1]
            for index in range {
                let v = Int(order[index])
                let sv = sigma[v]
                var total: Double
                if perSlot {
                    total = 0
                    for slot in off[v] ..< off[v + 1] {
                        let c = levelValue[Int(tgt[slot])]
                        total += c
                        scores[slot] += sv * c
                    }
                } else {
                    total = gatherSum(off[v], off[v + 1], tgt, levelValue)
                }
                let dependency = sv * total
                // Stash (1 + δ(v)) / σ(v) in δ's buffer until this level is done.
                delta[v] = (1 + dependency) / sv
                if !perSlot && level > 0 { scores[v] += endpoints ? dependency + 1 : dependency }
            }
            if level + 1 < levelCount {
                for index in levelStart[level + 1] ..< levelStart[level + 2] { levelValue[Int(order[index])] = 0 }
            }
            for index in range {
                let v = Int(order[index])
                levelValue[v] = delta[v]
            }
            level -= 1
        }
        levelValue[Int(s)] = 0
    }

    /// Clears what the last search touched.
    func reset() {
        let hops = hops, lengths = lengths, sigma = sigma, delta = delta, order = order
        for index in 0 ..< reached {
            let v = Int(order[index])
            hops[v] = -1
            lengths[v] = .infinity
            sigma[v] = 0
            delta[v] = 0
        }
        reached = 0
    }
}

import SummitryGraph

/// Per-thread state of a single-source shortest-path search, shared by betweenness, edge
/// betweenness, closeness and harmonic centrality.
///
/// All buffers are O(n) (the accumulator O(n) or O(m)) and allocated once per worker; a search resets
/// only the entries it touched, so running it from every source costs O(n·m) (unweighted) or
/// O(n·m log n) (weighted) and never allocates.
///
/// The search follows `forward` rows (out-rows, or in-rows to measure incoming distance) and, for
/// Brandes' dependency accumulation, looks predecessors up in `backward` rows instead of storing
/// predecessor lists: `v` precedes `w` exactly when `d(v) + len(v, w) == d(w)`, with the same
/// floating-point sum NetworkX's Dijkstra compares, so path counts agree exactly.
///
/// - Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
///   Sociology 25 (2001) 163–177, [doi:10.1080/0022250X.2001.9990249](https://doi.org/10.1080/0022250X.2001.9990249).
final class ShortestPathWorker {
    let n: Int
    let forward: SimpleRows
    let backward: SimpleRows
    /// Hop distance (-1 unreached) for BFS.
    let hops: UnsafeMutableBufferPointer<Int32>
    /// Weighted distance (+inf unreached) for Dijkstra.
    let lengths: UnsafeMutableBufferPointer<Double>
    let sigma: UnsafeMutableBufferPointer<Double>
    let delta: UnsafeMutableBufferPointer<Double>
    /// Nodes in the order they were settled (non-decreasing distance).
    let order: UnsafeMutableBufferPointer<Int32>
    /// Accumulated scores: per node, or per edge for edge betweenness.
    let scores: UnsafeMutableBufferPointer<Double>
    var heap: DistanceHeap
    /// The number of nodes the last search reached (the filled prefix of `order`).
    var reached = 0

    init(forward: SimpleRows, backward: SimpleRows, scoreCount: Int) {
        n = forward.nodeCount
        self.forward = forward
        self.backward = backward
        hops = .allocate(capacity: n)
        hops.initialize(repeating: -1)
        lengths = .allocate(capacity: n)
        lengths.initialize(repeating: .infinity)
        sigma = .allocate(capacity: n)
        sigma.initialize(repeating: 0)
        delta = .allocate(capacity: n)
        delta.initialize(repeating: 0)
        order = .allocate(capacity: n)
        order.initialize(repeating: 0)
        scores = .allocate(capacity: scoreCount)
        scores.initialize(repeating: 0)
        heap = DistanceHeap(capacity: forward.weights == nil ? 0 : forward.targets.count + 1)
    }

    deinit {
        hops.deallocate()
        lengths.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        scores.deallocate()
    }

    /// Breadth-first search from `s` filling `hops`, `order` and (when `countPaths`) `sigma`.
    func breadthFirst(from s: Int32, countPaths: Bool) {
        forward.offsets.withUnsafeBufferPointer { off in
            forward.targets.withUnsafeBufferPointer { tgt in
                hops[Int(s)] = 0
                sigma[Int(s)] = 1
                order[0] = s
                var head = 0, tail = 1
                while head < tail {
                    let v = Int(order[head])
                    head += 1
                    let next = hops[v] + 1
                    let sv = sigma[v]
                    for slot in off[v] ..< off[v + 1] {
                        let w = Int(tgt[slot])
                        if hops[w] < 0 {
                            hops[w] = next
                            order[tail] = tgt[slot]
                            tail += 1
                        }
                        if countPaths && hops[w] == next { sigma[w] += sv }
                    }
                }
                reached = tail
            }
        }
    }

    /// Dijkstra's search from `s` filling `lengths`, `order` and (when `countPaths`) `sigma`; `sigma(w)`
    /// is summed when `w` is settled, over the predecessors found in the backward rows.
    func dijkstra(from s: Int32, countPaths: Bool) {
        heap.removeAll()
        lengths[Int(s)] = 0
        heap.push(0, s)
        var tail = 0
        forward.offsets.withUnsafeBufferPointer { off in
            forward.targets.withUnsafeBufferPointer { tgt in
                forward.weights!.withUnsafeBufferPointer { wts in
                    while let (d, v32) = heap.pop() {
                        let v = Int(v32)
                        if d > lengths[v] { continue }  // a stale entry
                        order[tail] = v32
                        tail += 1
                        if countPaths { sigma[v] = v32 == s ? 1 : incomingPathCount(v) }
                        for slot in off[v] ..< off[v + 1] {
                            let w = Int(tgt[slot])
                            let candidate = d + wts[slot]
                            if candidate < lengths[w] {
                                lengths[w] = candidate
                                heap.push(candidate, tgt[slot])
                            }
                        }
                    }
                }
            }
        }
        reached = tail
    }

    private func incomingPathCount(_ w: Int) -> Double {
        let dw = lengths[w]
        var total = 0.0
        backward.offsets.withUnsafeBufferPointer { off in
            backward.targets.withUnsafeBufferPointer { tgt in
                backward.weights!.withUnsafeBufferPointer { wts in
                    for slot in off[w] ..< off[w + 1] {
                        let v = Int(tgt[slot])
                        if lengths[v] + wts[slot] == dw { total += sigma[v] }
                    }
                }
            }
        }
        return total
    }

    /// Brandes' dependency accumulation after a search from `s`. Adds each node's dependency (plus one
    /// per reached target when `endpoints`) to `scores[node]`, or, when `perEdge`, each edge's share
    /// to `scores[edge]` (using the rows' representative edge ids).
    func accumulate(from s: Int32, weighted: Bool, endpoints: Bool, perEdge: Bool) {
        backward.offsets.withUnsafeBufferPointer { off in
            backward.targets.withUnsafeBufferPointer { tgt in
                backward.edges.withUnsafeBufferPointer { eds in
                    (backward.weights ?? []).withUnsafeBufferPointer { wts in
                        if endpoints && !perEdge { scores[Int(s)] += Double(reached - 1) }
                        var index = reached - 1
                        while index >= 0 {
                            let w = Int(order[index])
                            index -= 1
                            if w == Int(s) { continue }
                            let coeff = (1 + delta[w]) / sigma[w]
                            if weighted {
                                let dw = lengths[w]
                                for slot in off[w] ..< off[w + 1] {
                                    let v = Int(tgt[slot])
                                    if lengths[v] + wts[slot] == dw {
                                        let c = sigma[v] * coeff
                                        delta[v] += c
                                        if perEdge { scores[Int(eds[slot])] += c }
                                    }
                                }
                            } else {
                                let previous = hops[w] - 1
                                for slot in off[w] ..< off[w + 1] {
                                    let v = Int(tgt[slot])
                                    if hops[v] == previous {
                                        let c = sigma[v] * coeff
                                        delta[v] += c
                                        if perEdge { scores[Int(eds[slot])] += c }
                                    }
                                }
                            }
                            if !perEdge { scores[w] += endpoints ? delta[w] + 1 : delta[w] }
                        }
                    }
                }
            }
        }
    }

    /// Clears what the last search touched.
    func reset() {
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

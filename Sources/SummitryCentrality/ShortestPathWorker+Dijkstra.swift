import SummitryGraph

/// Weighted searches of ``ShortestPathWorker``: Dijkstra with an indexed binary heap, and Brandes'
/// accumulation by comparing distances (`d(v) + len(v, w) == d(w)`, exactly NetworkX's test).
extension ShortestPathWorker {
    /// Dijkstra's search from `s` filling `lengths`, `order` and (when `countPaths`) `sigma`.
    func dijkstra(from s: Int32, countPaths: Bool) {
        let off = fOff, tgt = fTgt, wgt = fWgt!, lengths = lengths, sigma = sigma, order = order
        lengths[Int(s)] = 0
        sigma[Int(s)] = 1
        var size = 0
        push(s, &size)
        var tail = 0
        while size > 0 {
            let v32 = popMin(&size)
            let v = Int(v32)
            order[tail] = v32
            tail += 1
            let d = lengths[v]
            let sv = sigma[v]
            for e in off[v] ..< off[v + 1] {
                let w32 = tgt[e]
                let w = Int(w32)
                let candidate = d + wgt[e]
                let current = lengths[w]
                if candidate < current {
                    lengths[w] = candidate
                    if countPaths { sigma[w] = sv }
                    if current == .infinity { push(w32, &size) } else { siftUp(Int(slot[w])) }
                } else if countPaths && candidate == current && slot[w] >= 0 {
                    sigma[w] += sv
                }
            }
        }
        reached = tail
    }

    // MARK: Indexed binary heap; keys are stored beside the nodes so comparisons need no indirection

    @inline(__always) func push(_ v: Int32, _ size: inout Int) {
        heap[size] = v
        heapKey[size] = lengths[Int(v)]
        slot[Int(v)] = Int32(truncatingIfNeeded: size)
        size += 1
        siftUp(size - 1)
    }

    @inline(__always) func siftUp(_ start: Int) {
        let heap = heap, heapKey = heapKey, slot = slot
        var i = start
        let v = heap[i]
        let key = lengths[Int(v)]
        while i > 0 {
            let parent = (i - 1) >> 1
            let parentKey = heapKey[parent]
            if parentKey <= key { break }
            let p = heap[parent]
            heap[i] = p
            heapKey[i] = parentKey
            slot[Int(p)] = Int32(truncatingIfNeeded: i)
            i = parent
        }
        heap[i] = v
        heapKey[i] = key
        slot[Int(v)] = Int32(truncatingIfNeeded: i)
    }

    @inline(__always) func popMin(_ size: inout Int) -> Int32 {
        let heap = heap, heapKey = heapKey, slot = slot
        let top = heap[0]
        slot[Int(top)] = -1
        size -= 1
        if size > 0 {
            let last = heap[size]
            let key = heapKey[size]
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= size { break }
                let right = child + 1
                if right < size {
                    // Branch-free choice of the smaller child.
                    child &+= heapKey[right] < heapKey[child] ? 1 : 0
                }
                let childKey = heapKey[child]
                if childKey >= key { break }
                let c = heap[child]
                heap[i] = c
                heapKey[i] = childKey
                slot[Int(c)] = Int32(truncatingIfNeeded: i)
                i = child
            }
            heap[i] = last
            heapKey[i] = key
            slot[Int(last)] = Int32(truncatingIfNeeded: i)
        }
        return top
    }

    /// Brandes' dependency accumulation after ``dijkstra(from:countPaths:)``, pulling from successors
    /// in reverse settling order: `δ(v) = σ(v) · Σ_{w: v precedes w} (1 + δ(w)) / σ(w)`, where `v`
    /// precedes `w` when `d(v) + len(v, w) == d(w)`. Adds each node's dependency (plus one per reached
    /// target when `endpoints`) to `scores[node]`, or, when `perSlot`, each edge's share
    /// `σ(v) · (1 + δ(w)) / σ(w)` to `scores[slot]` of the forward slot `v → w`.
    func accumulateWeighted(from s: Int32, endpoints: Bool, perSlot: Bool) {
        let off = fOff, tgt = fTgt, wgt = fWgt!, lengths = lengths
        let sigma = sigma, coefficient = coefficient, order = order, scores = scores
        if endpoints && !perSlot { scores[Int(s)] += Double(reached - 1) }
        var index = reached - 1
        while index >= 0 {
            let v = Int(order[index])
            index -= 1
            var total = 0.0
            let sv = sigma[v]
            let lv = lengths[v]
            for slot in off[v] ..< off[v + 1] {
                let w = Int(tgt[slot])
                let c = lv + wgt[slot] == lengths[w] ? coefficient[w] : 0
                total += c
                if perSlot { scores[slot] += sv * c }
            }
            let dependency = sv * total
            coefficient[v] = (1 + dependency) / sv
            if !perSlot && v != Int(s) { scores[v] += endpoints ? dependency + 1 : dependency }
        }
    }
}

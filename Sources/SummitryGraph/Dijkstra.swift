extension Graph {
    /// The length of a shortest path from `source` to every node, reading each edge's weight as its
    /// length, or `+infinity` where a node cannot be reached.
    ///
    /// Equivalent to NetworkX's `single_source_dijkstra_path_length(G, source, weight="weight")`: in a
    /// multigraph the shortest of the parallel edges counts; an unweighted graph gives hop counts.
    /// Weights must be non-negative (a precondition; validate user data before calling).
    ///
    /// - Parameter source: the node the search starts from.
    /// - Returns: one entry per node, indexed by ``NodeID/index``.
    /// - Complexity: O((n + m) log n) time, O(n + m) memory.
    /// - Reference: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische
    ///   Mathematik 1 (1959) 269–271, [doi:10.1007/BF01386390](https://doi.org/10.1007/BF01386390).
    public func weightedDistances(from source: NodeID) -> [Double] {
        var distance = [Double](repeating: .infinity, count: nodeCount)
        var done = [Bool](repeating: false, count: nodeCount)
        var heap = DistanceHeap()
        distance[source.index] = 0
        heap.push(0, source.rawValue)
        while let (d, v32) = heap.pop() {
            let v = Int(v32)
            if done[v] { continue }
            done[v] = true
            for slot in outOffsets[v] ..< outOffsets[v + 1] {
                let w = Int(outTargets[slot])
                let weight = outWeights?[slot] ?? 1
                precondition(weight >= 0, "negative edge weight")
                let candidate = d + weight
                if !done[w] && candidate < distance[w] {
                    distance[w] = candidate
                    heap.push(candidate, outTargets[slot])
                }
            }
        }
        return distance
    }
}

/// A binary min-heap of (distance, node) pairs with lazy deletion, shared by the Dijkstra searches.
package struct DistanceHeap: Sendable {
    /// Priorities, in heap order.
    package private(set) var keys: [Double] = []
    /// Nodes, beside their priorities.
    package private(set) var values: [Int32] = []

    /// An empty heap with room for `capacity` entries.
    package init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// Whether the heap holds nothing.
    package var isEmpty: Bool { keys.isEmpty }

    /// Empties the heap, keeping its storage.
    package mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    /// Adds `value` with priority `key`. O(log size).
    package mutating func push(_ key: Double, _ value: Int32) {
        keys.append(key)
        values.append(value)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if keys[parent] <= key { break }
            keys[child] = keys[parent]
            values[child] = values[parent]
            child = parent
        }
        keys[child] = key
        values[child] = value
    }

    /// Removes and returns the pair with the smallest key. O(log size).
    package mutating func pop() -> (Double, Int32)? {
        guard let topKey = keys.first else { return nil }
        let topValue = values[0]
        let lastKey = keys.removeLast()
        let lastValue = values.removeLast()
        let count = keys.count
        if count > 0 {
            var parent = 0
            while true {
                var child = 2 * parent + 1
                if child >= count { break }
                if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
                if keys[child] >= lastKey { break }
                keys[parent] = keys[child]
                values[parent] = values[child]
                parent = child
            }
            keys[parent] = lastKey
            values[parent] = lastValue
        }
        return (topKey, topValue)
    }
}

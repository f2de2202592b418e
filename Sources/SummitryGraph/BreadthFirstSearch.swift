extension Graph {
    /// The number of edges on a shortest path from `source` to every node (following edge
    /// directions in a directed graph), or -1 where a node cannot be reached.
    ///
    /// Equivalent to NetworkX's `single_source_shortest_path_length`. Parallel edges and
    /// self-loops make no difference to hop distances.
    ///
    /// - Parameter source: the node the search starts from.
    /// - Returns: one entry per node, indexed by ``NodeID/index``.
    /// - Complexity: O(n + m) time and memory.
    public func hopDistances(from source: NodeID) -> [Int] {
        var distance = [Int](repeating: -1, count: nodeCount)
        var queue = [Int32]()
        queue.reserveCapacity(nodeCount)
        distance[source.index] = 0
        queue.append(source.rawValue)
        var head = 0
        while head < queue.count {
            let v = Int(queue[head])
            head += 1
            let next = distance[v] + 1
            for slot in outOffsets[v] ..< outOffsets[v + 1] {
                let w = Int(outTargets[slot])
                if distance[w] < 0 {
                    distance[w] = next
                    queue.append(outTargets[slot])
                }
            }
        }
        return distance
    }
}

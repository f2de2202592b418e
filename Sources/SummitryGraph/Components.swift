extension Graph {
    /// The connected components of an undirected graph, or the weakly connected components of a
    /// directed one (edge directions ignored), as NetworkX's `connected_components` /
    /// `weakly_connected_components` define them.
    ///
    /// - Returns: the component number of every node, indexed by ``NodeID/index``; components are
    ///   numbered 0, 1, … in the order of their smallest node.
    /// - Complexity: O(n + m) time and memory.
    public func componentLabels() -> [Int] {
        var label = [Int](repeating: -1, count: nodeCount)
        var stack = [Int32]()
        var next = 0
        for start in 0 ..< nodeCount where label[start] < 0 {
            label[start] = next
            stack.append(Int32(truncatingIfNeeded: start))
            while let v32 = stack.popLast() {
                let v = Int(v32)
                for slot in outOffsets[v] ..< outOffsets[v + 1] where label[Int(outTargets[slot])] < 0 {
                    label[Int(outTargets[slot])] = next
                    stack.append(outTargets[slot])
                }
                if isDirected {
                    for slot in inOffsets[v] ..< inOffsets[v + 1] where label[Int(inTargets[slot])] < 0 {
                        label[Int(inTargets[slot])] = next
                        stack.append(inTargets[slot])
                    }
                }
            }
            next += 1
        }
        return label
    }

    /// The number of (weakly) connected components. O(n + m).
    public var componentCount: Int { (componentLabels().max() ?? -1) + 1 }
}

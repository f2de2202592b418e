/// The two sides of a two-mode (bipartite) graph: every edge joins a ``top`` node to a ``bottom`` node.
///
/// Find them with ``Graph/bipartiteSides(top:)`` when one side is known (the usual case: actors and
/// meetings), or with ``Graph/bipartiteSides()``, which 2-colours the graph as NetworkX's
/// `bipartite.color` and `bipartite.sets` do.
public struct BipartiteSides: Sendable, Equatable {
    /// One side, in node-index order.
    public let top: [NodeID]
    /// The other side, in node-index order.
    public let bottom: [NodeID]
    /// `isTop[node.index]` tells a node's side.
    public let isTop: [Bool]

    /// Whether `node` is on the top side. O(1).
    public func contains(top node: NodeID) -> Bool { isTop[node.index] }

    init(isTop: [Bool]) {
        self.isTop = isTop
        top = isTop.indices.filter { isTop[$0] }.map(NodeID.init)
        bottom = isTop.indices.filter { !isTop[$0] }.map(NodeID.init)
    }
}

/// Why a graph is not two-mode, or not with the sides given.
public enum BipartiteError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An edge joins two nodes of the same side (a self-loop is one).
    case edgeWithinSide(source: String, target: String)
    /// The graph has an odd cycle, through the edge named, so no 2-colouring exists.
    case oddCycle(source: String, target: String)

    public var description: String {
        switch self {
        case let .edgeWithinSide(source, target):
            return "the edge \(source) – \(target) joins two nodes of the same side; a two-mode graph "
                + "has edges only between its sides"
        case let .oddCycle(source, target):
            return "the graph is not two-mode: the edge \(source) – \(target) closes an odd cycle"
        }
    }
}

extension Graph {
    /// The sides of this graph with `top` as one of them, all other nodes forming the other.
    ///
    /// - Parameter top: The nodes of one side (e.g. the actors); repeats are ignored.
    /// - Returns: The sides.
    /// - Throws: ``BipartiteError/edgeWithinSide(source:target:)`` if an edge does not cross.
    /// - Complexity: O(n + m).
    public func bipartiteSides(top: some Sequence<NodeID>) throws -> BipartiteSides {
        var isTop = [Bool](repeating: false, count: nodeCount)
        for node in top { isTop[node.index] = true }
        for e in 0 ..< edgeCount where isTop[Int(edgeSources[e])] == isTop[Int(edgeTargets[e])] {
            throw BipartiteError.edgeWithinSide(source: keys[Int(edgeSources[e])], target: keys[Int(edgeTargets[e])])
        }
        return BipartiteSides(isTop: isTop)
    }

    /// The sides of this graph found by 2-colouring, as NetworkX's `bipartite.color`: edge
    /// directions are ignored; in each connected component the node with the lowest index goes on
    /// top and the colours alternate from it by breadth-first search; isolated nodes go to the bottom.
    ///
    /// A disconnected graph has several valid splits and this picks one (NetworkX's `bipartite.sets`
    /// refuses to choose); pass the known side to ``bipartiteSides(top:)`` to decide.
    ///
    /// - Returns: The sides.
    /// - Throws: ``BipartiteError/oddCycle(source:target:)`` if the graph is not bipartite.
    /// - Complexity: O(n + m).
    public func bipartiteSides() throws -> BipartiteSides {
        var colour = [Int8](repeating: -1, count: nodeCount)  // -1 unseen, 1 top, 0 bottom
        var queue: [Int32] = []
        queue.reserveCapacity(nodeCount)
        for start in 0 ..< nodeCount where colour[start] < 0 {
            if outDegree(of: NodeID(start)) + inDegree(of: NodeID(start)) == 0 {
                colour[start] = 0
                continue
            }
            colour[start] = 1
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(start))
            var head = 0
            while head < queue.count {
                let u = Int(queue[head])
                head += 1
                for pass in 0 ..< (isDirected ? 2 : 1) {  // directed: successors, then predecessors
                    let neighbours = pass == 0 ? successors(of: NodeID(u)) : predecessors(of: NodeID(u))
                    for target in neighbours {
                        let v = Int(target)
                        if colour[v] < 0 {
                            colour[v] = 1 - colour[u]
                            queue.append(Int32(v))
                        } else if colour[v] == colour[u] {
                            throw BipartiteError.oddCycle(source: keys[u], target: keys[v])
                        }
                    }
                }
            }
        }
        return BipartiteSides(isTop: colour.map { $0 == 1 })
    }
}

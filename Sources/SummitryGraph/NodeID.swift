/// The dense index of a node in a ``Graph``: `0 ..< graph.nodeCount`, in the order nodes were added.
///
/// A typed wrapper around the `Int32` the compressed rows store, so a node index is never confused
/// with a count, an edge index or a position in some other array.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The index as stored in the graph's rows.
    public let rawValue: Int32

    /// Wraps a stored index.
    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Wraps an `Int` index; it must fit in `Int32`.
    @inlinable public init(_ index: Int) {
        precondition(index >= 0 && index <= Int(Int32.max), "node index \(index) out of range")
        self.rawValue = Int32(truncatingIfNeeded: index)
    }

    /// The index as an `Int`, for subscripting per-node arrays.
    @inlinable public var index: Int { Int(rawValue) }

    @inlinable public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "#\(rawValue)" }
}

/// The index of an edge in a ``Graph``: `0 ..< graph.edgeCount`, in the order edges were first added.
public struct EdgeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The index as stored in the graph.
    public let rawValue: Int32

    @inlinable public init(rawValue: Int32) { self.rawValue = rawValue }

    @inlinable public init(_ index: Int) {
        precondition(index >= 0 && index <= Int(Int32.max), "edge index \(index) out of range")
        self.rawValue = Int32(truncatingIfNeeded: index)
    }

    /// The index as an `Int`, for subscripting per-edge arrays.
    @inlinable public var index: Int { Int(rawValue) }

    @inlinable public static func < (lhs: EdgeID, rhs: EdgeID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "e\(rawValue)" }
}

/// One edge of a ``Graph``: its endpoints as added and its weight (1 when the graph is unweighted).
public struct Edge: Hashable, Sendable {
    public let source: NodeID
    public let target: NodeID
    public let weight: Double

    public init(source: NodeID, target: NodeID, weight: Double = 1) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}

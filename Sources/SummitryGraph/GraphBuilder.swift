/// Collects nodes and edges, then builds an immutable ``Graph`` once.
///
/// ```swift
/// var builder = GraphBuilder(directed: false)
/// let a = builder.addNode("a"), b = builder.addNode("b")
/// builder.addEdge(from: a, to: b, weight: 2)
/// let graph = builder.build()
/// ```
///
/// In a simple graph (`multigraph: false`) adding an edge that exists already (either way round
/// when undirected) updates its weight, the last one winning, as NetworkX's `add_edge` does; in a
/// multigraph it adds a parallel edge. An edge added without a weight weighs 1, NetworkX's default;
/// the graph is weighted as soon as one edge is added with a weight.
public struct GraphBuilder: Sendable {
    public let isDirected: Bool
    public let isMultigraph: Bool
    private var keys: [String] = []
    private var keyIndex: [String: Int32] = [:]
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []
    private var anyWeight = false
    private var pairIndex: [UInt64: Int32] = [:]

    /// A builder for a directed or undirected, simple or multi graph.
    public init(directed: Bool, multigraph: Bool = false) {
        isDirected = directed
        isMultigraph = multigraph
    }

    /// Reserves room for `nodes` nodes and `edges` edges.
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        keys.reserveCapacity(nodes)
        keyIndex.reserveCapacity(nodes)
        sources.reserveCapacity(edges)
        targets.reserveCapacity(edges)
        weights.reserveCapacity(edges)
        if !isMultigraph { pairIndex.reserveCapacity(edges) }
    }

    /// The number of nodes added so far.
    public var nodeCount: Int { keys.count }
    /// The number of distinct edges added so far.
    public var edgeCount: Int { sources.count }

    /// The node with `key`, added if it is new. Returns its id either way.
    @discardableResult
    public mutating func addNode(_ key: String) -> NodeID {
        if let existing = keyIndex[key] { return NodeID(rawValue: existing) }
        precondition(keys.count < Int(Int32.max), "too many nodes for Int32 indices")
        let id = Int32(truncatingIfNeeded: keys.count)
        keys.append(key)
        keyIndex[key] = id
        return NodeID(rawValue: id)
    }

    /// The node with `key`, if it was added.
    public func node(forKey key: String) -> NodeID? { keyIndex[key].map(NodeID.init(rawValue:)) }

    /// Adds an edge between two nodes added before; see the type's notes on repeats and weights.
    public mutating func addEdge(from source: NodeID, to target: NodeID, weight: Double? = nil) {
        precondition(source.index < keys.count && target.index < keys.count, "edge endpoint was never added")
        if weight != nil { anyWeight = true }
        if !isMultigraph {
            var (u, v) = (UInt64(UInt32(bitPattern: source.rawValue)), UInt64(UInt32(bitPattern: target.rawValue)))
            if !isDirected && u > v { swap(&u, &v) }
            let pair = u << 32 | v
            if let existing = pairIndex[pair] {
                if let weight { weights[Int(existing)] = weight }  // NetworkX: attributes update, last wins
                return
            }
            pairIndex[pair] = Int32(truncatingIfNeeded: sources.count)
        }
        precondition(sources.count < Int(Int32.max), "too many edges for Int32 indices")
        sources.append(source.rawValue)
        targets.append(target.rawValue)
        weights.append(weight ?? 1)
    }

    /// Adds an edge between the nodes with these keys, adding the nodes if they are new.
    public mutating func addEdge(from sourceKey: String, to targetKey: String, weight: Double? = nil) {
        let s = addNode(sourceKey)
        let t = addNode(targetKey)
        addEdge(from: s, to: t, weight: weight)
    }

    /// The graph built from what was added. The builder can go on being used.
    public func build() -> Graph {
        Graph(isDirected: isDirected, isMultigraph: isMultigraph, keys: keys, keyIndex: keyIndex,
              edgeSources: sources, edgeTargets: targets, edgeWeights: anyWeight ? weights : nil)
    }
}

extension Graph {
    /// A builder holding this graph's nodes and edges, to add to or to convert.
    public func builder(directed: Bool? = nil, multigraph: Bool? = nil) -> GraphBuilder {
        var b = GraphBuilder(directed: directed ?? isDirected, multigraph: multigraph ?? isMultigraph)
        b.reserveCapacity(nodes: nodeCount, edges: edgeCount)
        for key in keys { b.addNode(key) }
        for e in 0 ..< edgeCount {
            b.addEdge(from: NodeID(rawValue: edgeSources[e]), to: NodeID(rawValue: edgeTargets[e]),
                      weight: edgeWeights?[e])
        }
        return b
    }

    /// This graph without directions, as NetworkX's `to_undirected()`: in a simple result, edges
    /// `u→v` and `v→u` become one edge whose weight is the one added last.
    public func undirected() -> Graph {
        isDirected ? builder(directed: false).build() : self
    }

    /// This graph with every edge turned round (NetworkX's `reverse()`); undirected graphs are returned as they are.
    public func reversed() -> Graph {
        guard isDirected else { return self }
        return Graph(isDirected: true, isMultigraph: isMultigraph, keys: keys, keyIndex: keyIndex,
                     edgeSources: edgeTargets, edgeTargets: edgeSources, edgeWeights: edgeWeights)
    }

    /// The subgraph induced by `nodes`, keeping their relative order and the edges among them.
    public func subgraph(_ nodes: some Sequence<NodeID>) -> Graph {
        var keep = [Bool](repeating: false, count: nodeCount)
        for n in nodes { keep[n.index] = true }
        var b = GraphBuilder(directed: isDirected, multigraph: isMultigraph)
        for i in 0 ..< nodeCount where keep[i] { b.addNode(keys[i]) }
        for e in 0 ..< edgeCount where keep[Int(edgeSources[e])] && keep[Int(edgeTargets[e])] {
            b.addEdge(from: keys[Int(edgeSources[e])], to: keys[Int(edgeTargets[e])], weight: edgeWeights?[e])
        }
        return b.build()
    }
}

/// An immutable graph in compressed sparse rows.
///
/// Nodes are dense ``NodeID``s `0 ..< nodeCount`, each with a string key (its id in the input);
/// edges are ``EdgeID``s `0 ..< edgeCount`. Out-adjacency is stored as `offsets` (n + 1 entries) and
/// `targets` (`Int32`), with the edge index of every slot and, in weighted graphs, the weight of every
/// slot. A directed graph also stores the in-adjacency; an undirected graph stores each edge in the
/// rows of both endpoints (a self-loop once), so `successors` and `predecessors` are the same.
///
/// Conventions follow NetworkX, so that measures computed on a `Graph` match NetworkX on the
/// corresponding `Graph`/`DiGraph`/`MultiGraph`/`MultiDiGraph`:
/// - a simple graph (``isMultigraph`` false) keeps one edge per node pair; adding it again updates
///   its weight (the last one wins), as `G.add_edge` does;
/// - a multigraph keeps parallel edges;
/// - in an undirected graph a self-loop adds 2 to its node's degree, as `G.degree` counts it.
///
/// Build one with ``GraphBuilder``. Counts, degrees and key lookup are O(1); neighbour iteration
/// returns slices of the stored rows and allocates nothing.
public struct Graph: Sendable {
    /// Whether edges have a direction.
    public let isDirected: Bool
    /// Whether parallel edges are kept (NetworkX `MultiGraph`/`MultiDiGraph`).
    public let isMultigraph: Bool
    /// Whether edges carry weights; when false every weight reads as 1.
    public var isWeighted: Bool { edgeWeights != nil }

    /// Node keys in index order.
    public let keys: [String]
    @usableFromInline let keyIndex: [String: Int32]

    /// Edge endpoints and weights in edge order.
    @usableFromInline package let edgeSources: [Int32]
    @usableFromInline package let edgeTargets: [Int32]
    @usableFromInline package let edgeWeights: [Double]?

    /// Out-adjacency rows (for undirected graphs: the full adjacency).
    @usableFromInline package let outOffsets: [Int]
    @usableFromInline package let outTargets: [Int32]
    @usableFromInline package let outEdges: [Int32]
    @usableFromInline package let outWeights: [Double]?

    /// In-adjacency rows (for undirected graphs: the same arrays as the out-adjacency).
    @usableFromInline package let inOffsets: [Int]
    @usableFromInline package let inTargets: [Int32]
    @usableFromInline package let inEdges: [Int32]
    @usableFromInline package let inWeights: [Double]?

    package init(
        isDirected: Bool, isMultigraph: Bool, keys: [String], keyIndex: [String: Int32],
        edgeSources: [Int32], edgeTargets: [Int32], edgeWeights: [Double]?
    ) {
        self.isDirected = isDirected
        self.isMultigraph = isMultigraph
        self.keys = keys
        self.keyIndex = keyIndex
        self.edgeSources = edgeSources
        self.edgeTargets = edgeTargets
        self.edgeWeights = edgeWeights
        let n = keys.count
        if isDirected {
            let out = CompressedRows(nodeCount: n, rows: edgeSources, columns: edgeTargets, weights: edgeWeights)
            let inn = CompressedRows(nodeCount: n, rows: edgeTargets, columns: edgeSources, weights: edgeWeights)
            (outOffsets, outTargets, outEdges, outWeights) = (out.offsets, out.columns, out.edges, out.weights)
            (inOffsets, inTargets, inEdges, inWeights) = (inn.offsets, inn.columns, inn.edges, inn.weights)
        } else {
            let both = CompressedRows(undirectedNodeCount: n, sources: edgeSources, targets: edgeTargets, weights: edgeWeights)
            (outOffsets, outTargets, outEdges, outWeights) = (both.offsets, both.columns, both.edges, both.weights)
            (inOffsets, inTargets, inEdges, inWeights) = (both.offsets, both.columns, both.edges, both.weights)
        }
    }

    // MARK: Counts and lookup

    /// The number of nodes. O(1).
    @inlinable public var nodeCount: Int { keys.count }

    /// The number of edges (an undirected edge counts once; parallel edges of a multigraph each count). O(1).
    @inlinable public var edgeCount: Int { edgeSources.count }

    /// All node ids in index order.
    @inlinable public var nodes: LazyMapSequence<Range<Int>, NodeID> { (0 ..< nodeCount).lazy.map(NodeID.init) }

    /// The node whose key is `key`, or nil. O(1).
    @inlinable public func node(forKey key: String) -> NodeID? { keyIndex[key].map(NodeID.init(rawValue:)) }

    /// The key of `node`. O(1).
    @inlinable public func key(of node: NodeID) -> String { keys[node.index] }

    /// The edge at `id`, with its endpoints as added and its weight.
    public func edge(_ id: EdgeID) -> Edge {
        Edge(source: NodeID(rawValue: edgeSources[id.index]), target: NodeID(rawValue: edgeTargets[id.index]),
             weight: edgeWeights?[id.index] ?? 1)
    }

    /// All edges in edge order.
    public var edges: LazyMapSequence<Range<Int>, Edge> { (0 ..< edgeCount).lazy.map { edge(EdgeID($0)) } }

    // MARK: Adjacency

    /// The nodes `node` has an edge to (undirected: all neighbours), one entry per edge, a
    /// self-loop once. A slice of the stored row; allocates nothing.
    @inlinable public func successors(of node: NodeID) -> ArraySlice<Int32> {
        outTargets[outOffsets[node.index] ..< outOffsets[node.index + 1]]
    }

    /// The nodes with an edge to `node` (undirected: all neighbours).
    @inlinable public func predecessors(of node: NodeID) -> ArraySlice<Int32> {
        inTargets[inOffsets[node.index] ..< inOffsets[node.index + 1]]
    }

    /// The neighbours of `node`: successors of a directed graph, all neighbours of an undirected one.
    @inlinable public func neighbors(of node: NodeID) -> ArraySlice<Int32> { successors(of: node) }

    /// The weights of the edges in `successors(of:)`, slot for slot; nil for an unweighted graph.
    @inlinable public func successorWeights(of node: NodeID) -> ArraySlice<Double>? {
        outWeights?[outOffsets[node.index] ..< outOffsets[node.index + 1]]
    }

    /// The weights of the edges in `predecessors(of:)`, slot for slot; nil for an unweighted graph.
    @inlinable public func predecessorWeights(of node: NodeID) -> ArraySlice<Double>? {
        inWeights?[inOffsets[node.index] ..< inOffsets[node.index + 1]]
    }

    /// The edge ids of the slots in `successors(of:)`.
    @inlinable public func successorEdges(of node: NodeID) -> ArraySlice<Int32> {
        outEdges[outOffsets[node.index] ..< outOffsets[node.index + 1]]
    }

    /// The number of edges leaving `node` (a self-loop counts once). O(1).
    @inlinable public func outDegree(of node: NodeID) -> Int { outOffsets[node.index + 1] - outOffsets[node.index] }

    /// The number of edges entering `node` (a self-loop counts once). O(1).
    @inlinable public func inDegree(of node: NodeID) -> Int { inOffsets[node.index + 1] - inOffsets[node.index] }

    /// NetworkX's `G.degree[node]`: in + out for a directed graph; for an undirected one the number of
    /// incident edges with a self-loop counted twice. O(1) directed, O(degree) undirected.
    public func degree(of node: NodeID) -> Int {
        if isDirected { return outDegree(of: node) + inDegree(of: node) }
        return outDegree(of: node) + selfLoops(at: node)
    }

    /// NetworkX's `G.degree(weight=...)[node]`: the summed weight of incident edges (a self-loop
    /// twice in an undirected graph); equals ``degree(of:)`` in an unweighted graph.
    public func strength(of node: NodeID) -> Double {
        guard let outWeights, let inWeights else { return Double(degree(of: node)) }
        var sum = 0.0
        let row = outOffsets[node.index] ..< outOffsets[node.index + 1]
        for slot in row { sum += outWeights[slot] }
        if isDirected {
            for slot in inOffsets[node.index] ..< inOffsets[node.index + 1] { sum += inWeights[slot] }
        } else {
            for slot in row where outTargets[slot] == node.rawValue { sum += outWeights[slot] }
        }
        return sum
    }

    /// The number of self-loops at `node`. O(degree).
    public func selfLoops(at node: NodeID) -> Int {
        var count = 0
        for target in successors(of: node) where target == node.rawValue { count += 1 }
        return count
    }

    /// Whether an edge leads from `source` to `target` (either way in an undirected graph). O(degree).
    public func hasEdge(from source: NodeID, to target: NodeID) -> Bool {
        successors(of: source).contains(target.rawValue)
    }
}

/// Compressed rows built by a stable counting sort, so each row lists its edges in edge order.
struct CompressedRows {
    var offsets: [Int]
    var columns: [Int32]
    var edges: [Int32]
    var weights: [Double]?

    init(nodeCount n: Int, rows: [Int32], columns cols: [Int32], weights w: [Double]?) {
        var offsets = [Int](repeating: 0, count: n + 1)
        for r in rows { offsets[Int(r) + 1] += 1 }
        for i in 0 ..< n { offsets[i + 1] += offsets[i] }
        var next = offsets
        var columns = [Int32](repeating: 0, count: rows.count)
        var edges = [Int32](repeating: 0, count: rows.count)
        var weights = w.map { _ in [Double](repeating: 0, count: rows.count) }
        for e in 0 ..< rows.count {
            let r = Int(rows[e])
            let slot = next[r]
            next[r] += 1
            columns[slot] = cols[e]
            edges[slot] = Int32(truncatingIfNeeded: e)
            if let w { weights![slot] = w[e] }
        }
        self.offsets = offsets
        self.columns = columns
        self.edges = edges
        self.weights = weights
    }

    /// Each edge in the rows of both endpoints, a self-loop once.
    init(undirectedNodeCount n: Int, sources: [Int32], targets: [Int32], weights w: [Double]?) {
        var offsets = [Int](repeating: 0, count: n + 1)
        for e in 0 ..< sources.count {
            offsets[Int(sources[e]) + 1] += 1
            if sources[e] != targets[e] { offsets[Int(targets[e]) + 1] += 1 }
        }
        for i in 0 ..< n { offsets[i + 1] += offsets[i] }
        let total = offsets[n]
        var next = offsets
        var columns = [Int32](repeating: 0, count: total)
        var edges = [Int32](repeating: 0, count: total)
        var weights = w.map { _ in [Double](repeating: 0, count: total) }
        for e in 0 ..< sources.count {
            let u = Int(sources[e]), v = Int(targets[e])
            var slot = next[u]
            next[u] += 1
            columns[slot] = Int32(truncatingIfNeeded: v)
            edges[slot] = Int32(truncatingIfNeeded: e)
            if let w { weights![slot] = w[e] }
            if u != v {
                slot = next[v]
                next[v] += 1
                columns[slot] = Int32(truncatingIfNeeded: u)
                edges[slot] = Int32(truncatingIfNeeded: e)
                if let w { weights![slot] = w[e] }
            }
        }
        self.offsets = offsets
        self.columns = columns
        self.edges = edges
        self.weights = weights
    }
}

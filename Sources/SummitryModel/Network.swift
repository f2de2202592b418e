/// A network of typed nodes and typed relations with evidence, drawn from one or many documents.
///
/// Nodes are kept in insertion order with O(1) lookup by id. Adding a node whose id exists merges it
/// (``Node/absorb(_:)``); adding a relation that exists (same source, kind and target) adds only its
/// new evidence, so the same document read twice adds no relation. The network is a value: copies
/// are independent.
public struct Network: Hashable, Sendable {
    public private(set) var documents: [Document] = []
    public private(set) var nodes: [Node] = []
    public private(set) var relations: [Relation] = []
    /// Graph-level attributes other than `documents`.
    public var attributes: [String: JSONValue] = [:]
    private var nodeIndex: [String: Int] = [:]
    private var relationIndex: [RelationKey: Int] = [:]

    /// A relation's endpoints by their positions in `nodes` (every relation's endpoints are nodes:
    /// ``add(_:)-(Relation)`` requires it and ``removeNode(_:)`` removes the relations of the node it
    /// removes), so that a key hashes two integers rather than two long ids.
    private struct RelationKey: Hashable, Sendable {
        let source: Int, kind: RelationKind, target: Int

        /// Hashes the endpoints only (two nodes are seldom linked by more than one kind, and `==`
        /// still compares the kind): hashing the kind's name would cost more than the two positions.
        func hash(into hasher: inout Hasher) {
            hasher.combine(source)
            hasher.combine(target)
        }
    }

    /// The key of `source –kind→ target`, or nil if an endpoint is not a node (then no such relation exists).
    private func key(_ source: String, _ kind: RelationKind, _ target: String) -> RelationKey? {
        guard let s = nodeIndex[source], let t = nodeIndex[target] else { return nil }
        return RelationKey(source: s, kind: kind, target: t)
    }

    public init() {}

    /// The node with `id`, or nil. O(1).
    public func node(_ id: String) -> Node? { nodeIndex[id].map { nodes[$0] } }

    /// Whether a node with `id` exists. O(1).
    public func contains(_ id: String) -> Bool { nodeIndex[id] != nil }

    /// Nodes of one kind, in insertion order.
    public func nodes(ofKind kind: NodeKind) -> [Node] { nodes.filter { $0.kind == kind } }

    /// Relations of one kind, in insertion order.
    public func relations(ofKind kind: RelationKind) -> [Relation] { relations.filter { $0.kind == kind } }

    /// The relation `source –kind→ target`, if present. O(1).
    public func relation(_ source: String, _ kind: RelationKind, _ target: String) -> Relation? {
        key(source, kind, target).flatMap { relationIndex[$0] }.map { relations[$0] }
    }

    /// Reserves room for `nodes` nodes and `relations` relations in all, so that a network built
    /// with a known size does not grow its storage and indices step by step.
    /// - Complexity: O(n) in the capacity, when the storage grows.
    public mutating func reserveCapacity(nodes: Int, relations: Int) {
        self.nodes.reserveCapacity(nodes)
        nodeIndex.reserveCapacity(nodes)
        self.relations.reserveCapacity(relations)
        relationIndex.reserveCapacity(relations)
    }

    /// Adds a document (once per id).
    public mutating func add(_ document: Document) {
        if !documents.contains(where: { $0.id == document.id }) { documents.append(document) }
    }

    /// Adds `node`, or merges it into the node with the same id. Returns the id.
    @discardableResult
    public mutating func add(_ node: consuming Node) -> String {
        let id = node.id
        addNode(node)
        return id
    }

    /// Adds `node`, or merges it into the node with the same id, as ``add(_:)-(Node)`` does.
    /// Returns the node's position in ``nodes``, for ``add(_:source:target:)``.
    /// (The node is taken, not copied: a new node is moved into the storage.)
    @discardableResult
    package mutating func addNode(_ node: consuming Node) -> Int {
        // One look-up for a new node: the index is written at once and put back if the node exists.
        if let i = nodeIndex.updateValue(nodes.count, forKey: node.id) {
            nodeIndex[node.id] = i
            nodes[i].absorb(node)
            return i
        }
        nodes.append(node)
        return nodes.count - 1
    }

    /// Adds `node` if no node has its id, and returns its position in ``nodes``; returns nil and changes
    /// nothing if the id is taken (the caller picks another id). One look-up, where asking
    /// ``contains(_:)`` first and then adding would hash the id twice.
    @discardableResult
    package mutating func addNewNode(_ node: consuming Node) -> Int? {
        if let i = nodeIndex.updateValue(nodes.count, forKey: node.id) {
            nodeIndex[node.id] = i
            return nil
        }
        nodes.append(node)
        return nodes.count - 1
    }

    /// Replaces the stored node with the same id (which must exist) by `node`.
    public mutating func update(_ node: Node) {
        guard let i = nodeIndex[node.id] else { preconditionFailure("no node \(node.id) to update") }
        nodes[i] = node
    }

    /// Adds `relation`, or the evidence of it that is new. Both endpoints must have been added.
    public mutating func add(_ relation: consuming Relation) {
        guard let key = key(relation.source, relation.kind, relation.target) else {
            preconditionFailure("relation \(relation.source) -\(relation.kind.rawValue)-> \(relation.target) names a missing node")
        }
        add(relation, key: key)
    }

    /// Adds `relation` as ``add(_:)-(Relation)`` does, its endpoints given by their positions in
    /// ``nodes`` (as ``addNode(_:)`` returned them), so that neither id is looked up.
    /// - Precondition: `nodes[source].id == relation.source` and `nodes[target].id == relation.target`
    ///   (checked in debug builds).
    package mutating func add(_ relation: consuming Relation, source: Int, target: Int) {
        assert(nodes[source].id == relation.source && nodes[target].id == relation.target, "relation endpoints are not those nodes")
        add(relation, key: RelationKey(source: source, kind: relation.kind, target: target))
    }

    private mutating func add(_ relation: consuming Relation, key: RelationKey) {
        // (One look-up for a new relation, as in ``add(_:)-(Node)``.)
        if let i = relationIndex.updateValue(relations.count, forKey: key) {
            relationIndex[key] = i
            for e in relation.evidence where !relations[i].evidence.contains(e) { relations[i].evidence.append(e) }
            if relations[i].weight == nil { relations[i].weight = relation.weight }
            for (k, v) in relation.attributes where relations[i].attributes[k] == nil { relations[i].attributes[k] = v }
        } else {
            relations.append(relation)
        }
    }

    /// Removes a relation if present.
    public mutating func remove(_ source: String, _ kind: RelationKind, _ target: String) {
        guard let key = key(source, kind, target), let i = relationIndex[key] else { return }
        relations.remove(at: i)
        rebuildRelationIndex()
    }

    /// Removes a node and every relation touching it.
    public mutating func removeNode(_ id: String) {
        guard let i = nodeIndex[id] else { return }
        nodes.remove(at: i)
        nodeIndex = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        relations.removeAll { $0.source == id || $0.target == id }
        rebuildRelationIndex()
    }

    /// Merges `other` into this network: its documents, nodes (by id) and relations (by endpoints and kind).
    public mutating func merge(_ other: Network) {
        for d in other.documents { add(d) }
        for n in other.nodes { add(n) }
        for r in other.relations { add(r) }
        for (k, v) in other.attributes where attributes[k] == nil { attributes[k] = v }
    }

    /// Relations leaving `id`.
    public func relations(from id: String) -> [Relation] { relations.filter { $0.source == id } }

    /// Relations entering `id`.
    public func relations(to id: String) -> [Relation] { relations.filter { $0.target == id } }

    private mutating func rebuildRelationIndex() {
        relationIndex = [:]
        for (i, r) in relations.enumerated() {
            relationIndex[key(r.source, r.kind, r.target)!] = i
        }
    }

    public static func == (lhs: Network, rhs: Network) -> Bool {
        lhs.documents == rhs.documents && lhs.nodes == rhs.nodes && lhs.relations == rhs.relations
            && lhs.attributes == rhs.attributes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodes)
        hasher.combine(relations)
    }
}

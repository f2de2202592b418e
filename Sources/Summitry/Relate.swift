import Foundation

/// The shortest chains of relations between two nodes of a network, for `summitry relate`.
///
/// Relations are followed in either direction (who met whom does not depend on which way an edge was
/// written). Every shortest chain is found by breadth-first search with predecessor lists, then
/// enumerated up to a limit; each step lists every relation that links the two nodes, with its evidence.
public struct RelationPaths: Sendable {
    /// One step of a chain: from one node to the next, through the relations between them.
    public struct Step: Sendable, Hashable {
        /// The node the step leaves.
        public let from: String
        /// The node the step reaches.
        public let to: String
        /// Every relation between the two nodes, either way round, in network order.
        public let relations: [Relation]
    }

    /// The first endpoint, as a node id.
    public let source: String
    /// The second endpoint, as a node id.
    public let target: String
    /// The chains, each a list of steps from `source` to `target`; empty when the two are not connected.
    public let paths: [[Step]]
    /// Whether more shortest chains exist than were kept.
    public let truncated: Bool

    /// Finds the shortest chains between `source` and `target` (node ids in `network`).
    ///
    /// - Parameters:
    ///   - limit: the largest number of chains kept.
    /// - Complexity: O(n + m) for the search plus the size of the chains enumerated.
    public init(in network: Network, from source: String, to target: String, limit: Int = 10) {
        precondition(network.contains(source) && network.contains(target), "endpoints must be nodes of the network")
        self.source = source
        self.target = target
        var neighbours: [String: [String]] = [:]
        var between: [String: [Relation]] = [:]
        func pairKey(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }
        for r in network.relations where r.source != r.target {
            let key = pairKey(r.source, r.target)
            if between[key] == nil {
                neighbours[r.source, default: []].append(r.target)
                neighbours[r.target, default: []].append(r.source)
            }
            between[key, default: []].append(r)
        }
        // BFS from the source, keeping every predecessor on a shortest path.
        var distance: [String: Int] = [source: 0]
        var predecessors: [String: [String]] = [:]
        var frontier = [source]
        while !frontier.isEmpty && distance[target] == nil {
            var next: [String] = []
            for u in frontier {
                for v in neighbours[u] ?? [] {
                    if distance[v] == nil {
                        distance[v] = distance[u]! + 1
                        next.append(v)
                    }
                    if distance[v] == distance[u]! + 1 { predecessors[v, default: []].append(u) }
                }
            }
            frontier = next
        }
        var found: [[String]] = []
        var truncated = false
        if source == target {
            found = [[source]]
        } else if distance[target] != nil {
            // Walk back from the target depth-first, in the order predecessors were found.
            func walk(_ node: String, _ suffix: [String]) {
                if found.count >= limit { truncated = true; return }
                if node == source { found.append([source] + suffix); return }
                for p in predecessors[node] ?? [] { walk(p, [node] + suffix) }
            }
            walk(target, [])
        }
        self.truncated = truncated
        self.paths = found.map { nodes in
            zip(nodes, nodes.dropFirst()).map { a, b in Step(from: a, to: b, relations: between[pairKey(a, b)] ?? []) }
        }
    }
}

extension Network {
    /// The id of the node `name` stands for: an exact id, else a node whose name or an alias equals
    /// `name` ignoring case and diacritics-preserving normalisation (NFC).
    ///
    /// - Throws: ``SummitryError/unknownNode(name:file:candidates:)`` when no node or more than one matches.
    public func resolveNode(_ name: String, file: String) throws -> String {
        if contains(name) { return name }
        let wanted = name.precomposedStringWithCanonicalMapping.lowercased()
        let byName = nodes.filter { $0.name.precomposedStringWithCanonicalMapping.lowercased() == wanted }
        let matches = byName.isEmpty
            ? nodes.filter { $0.aliases.contains { $0.precomposedStringWithCanonicalMapping.lowercased() == wanted } }
            : byName
        guard matches.count == 1 else {
            throw SummitryError.unknownNode(name: name, file: file, candidates: matches.map(\.id))
        }
        return matches[0].id
    }
}

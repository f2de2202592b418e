extension DOTSanitizer {
    /// Removes `rank` from subgraphs that share nodes with a cluster they are not inside.
    ///
    /// dot puts each node of a rank set in that set; a node that is also in an unrelated cluster is
    /// "deleted from cluster" with a warning and dot 2.43 then fails the assertion in
    /// `delete_fast_node` and aborts the process. A rank set inside the cluster is fine.
    /// - Complexity: O(s · m) for s subgraphs and m memberships.
    func removeConflictingRanks(_ subgraphs: inout [DOTSubgraph], file: String, findings: inout [Finding]) throws {
        // Every cluster's members, nested subgraphs included, by the cluster's path in the tree.
        var clustersOf: [String: Set<[Int]>] = [:]
        func collectClusters(_ list: [DOTSubgraph], _ path: [Int]) {
            for (i, s) in list.enumerated() {
                let here = path + [i]
                if s.isCluster { for id in Self.members(of: s) { clustersOf[id, default: []].insert(here) } }
                collectClusters(s.subgraphs, here)
            }
        }
        collectClusters(subgraphs, [])
        guard !clustersOf.isEmpty else { return }
        func check(_ list: inout [DOTSubgraph], _ path: [Int], _ enclosing: Set<[Int]>) throws {
            for i in list.indices {
                let here = path + [i]
                let context = list[i].isCluster ? enclosing.union([here]) : enclosing
                if let rank = list[i].attributes["rank"], !rank.string.isEmpty {
                    let conflict = Self.members(of: list[i]).first { !(clustersOf[$0] ?? []).isSubset(of: context) }
                    if let conflict {
                        let location = "subgraph \(list[i].name.map(DOTWriter.quoted) ?? "(anonymous)")"
                        let reason = "rank set shares node \(DOTWriter.quoted(conflict)) with a cluster it is not inside; dot 2.43 aborts on that"
                        if mode == .reject {
                            throw GraphvizError.unsafe(file: file, attribute: "rank", location: location, message: reason)
                        }
                        findings.append(Finding(location: location, attribute: "rank", value: rank.string, action: .removed, reason: reason))
                        list[i].attributes["rank"] = nil
                    }
                }
                try check(&list[i].subgraphs, here, context)
            }
        }
        try check(&subgraphs, [], [])
    }

    /// A subgraph's node ids, its nested subgraphs' included.
    static func members(of subgraph: DOTSubgraph) -> [String] {
        subgraph.nodeIDs + subgraph.subgraphs.flatMap(members(of:))
    }
}

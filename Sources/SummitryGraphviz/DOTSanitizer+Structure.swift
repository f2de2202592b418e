extension DOTSanitizer {
    /// Makes clusters a tree: a node may be in a cluster and the clusters nested in it, but not in two
    /// clusters of which neither contains the other (fdp 2.43 segfaults on that). The node stays in the
    /// first such cluster, in document order, and is removed from the member lists of the others.
    /// - Complexity: O(s · m) for s subgraphs and m memberships.
    func removeOverlappingClusterMembers(
        _ subgraphs: inout [DOTSubgraph], file: String, findings: inout [Finding]
    ) throws {
        // The innermost cluster path each node was first seen in.
        var home: [String: [Int]] = [:]
        func visit(_ list: inout [DOTSubgraph], _ path: [Int], _ clusterPath: [Int]) throws {
            for i in list.indices {
                let here = path + [i]
                let clusters = list[i].isCluster ? here : clusterPath
                if list[i].isCluster {
                    var kept: [String] = []
                    for id in list[i].nodeIDs {
                        if let first = home[id], !(Self.isPrefix(first, of: here) || Self.isPrefix(here, of: first)) {
                            let location = "subgraph \(list[i].name.map(DOTWriter.quoted) ?? "(anonymous)")"
                            let reason = "node \(DOTWriter.quoted(id)) is already in a cluster that neither contains nor is inside this one; fdp 2.43 crashes on overlapping clusters"
                            if mode == .reject {
                                throw GraphvizError.unsafe(file: file, attribute: "cluster membership", location: location, message: reason)
                            }
                            findings.append(Finding(location: location, attribute: "cluster membership", value: id,
                                                    action: .removed, reason: reason))
                            continue
                        }
                        if home[id] == nil || (home[id].map { Self.isPrefix($0, of: here) } ?? false) { home[id] = here }
                        kept.append(id)
                    }
                    list[i].nodeIDs = kept
                }
                try visit(&list[i].subgraphs, here, clusters)
            }
        }
        try visit(&subgraphs, [], [])
    }

    static func isPrefix(_ a: [Int], of b: [Int]) -> Bool { a.count <= b.count && Array(b.prefix(a.count)) == a }

    /// Removes `rank` from subgraphs that are clusters, lie inside a cluster, or share nodes with one.
    ///
    /// dot 2.43 aborts on rank sets mixed with clusters, in two ways found by fuzzing: a node of a rank
    /// set that is also in a cluster is "deleted from cluster" and then fails the assertion in
    /// `delete_fast_node`; a rank set inside a cluster, with an edge inside the set and a double edge
    /// out of it, fails the assertion in `merge_chain`. Rank sets away from clusters stay.
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
                    let shared = Self.members(of: list[i]).first { clustersOf[$0] != nil }
                    if !context.isEmpty || shared != nil {
                        let location = "subgraph \(list[i].name.map(DOTWriter.quoted) ?? "(anonymous)")"
                        let reason = shared.map {
                            "rank set shares node \(DOTWriter.quoted($0)) with a cluster; dot 2.43 can abort on that"
                        } ?? "rank set in a cluster; dot 2.43 can abort on that"
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

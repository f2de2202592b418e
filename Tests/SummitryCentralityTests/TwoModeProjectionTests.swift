import Foundation
import SummitryGraph
import Testing

/// `Graph.projected(onto:weighting:minimumWeight:)` against NetworkX's bipartite projections on the
/// two-mode fixtures, onto each side, for every weighting.
@Suite struct TwoModeProjectionTests {
    static let weightings: [(String, ProjectionWeighting)] = [
        ("none", .none), ("count", .count), ("ratio", .ratio), ("collaboration", .collaboration),
        ("jaccard", .jaccard), ("overlap", .overlap),
    ]

    /// Edges as `"u|v" → weight`, the key ordered for undirected graphs.
    static func edgeTable(_ rows: [[Any]], directed: Bool) -> [String: Double] {
        var table: [String: Double] = [:]
        for row in rows {
            var (u, v) = (row[0] as! String, row[1] as! String)
            if !directed && v < u { swap(&u, &v) }
            table["\(u)|\(v)"] = row.count > 2 ? (row[2] as! NSNumber).doubleValue : 1
        }
        return table
    }

    static func edgeTable(_ g: Graph) -> [String: Double] {
        var table: [String: Double] = [:]
        for e in g.edges {
            var (u, v) = (g.key(of: e.source), g.key(of: e.target))
            if !g.isDirected && v < u { swap(&u, &v) }
            #expect(table["\(u)|\(v)"] == nil, "pair \(u)|\(v) twice")
            table["\(u)|\(v)"] = e.weight
        }
        return table
    }

    @Test(arguments: TwoModeFixture.names)
    func matchesNetworkX(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        let projections = try #require(f.json["projections"] as? [String: [String: [String: Any]]])
        let isTop = Set(f.top)
        let sides = ["top": f.top, "bottom": f.graph.nodes.filter { !isTop.contains($0) }]
        for (side, nodes) in sides {
            for (label, weighting) in Self.weightings {
                let expected = try #require(projections[side]?[label])
                let p = f.graph.projected(onto: nodes, weighting: weighting)
                #expect(p.keys == expected["nodes"] as! [String], "\(name) \(side) \(label) nodes")
                #expect(p.isDirected == f.graph.isDirected && p.isWeighted == (weighting != .none))
                let want = Self.edgeTable(expected["edges"] as! [[Any]], directed: f.graph.isDirected)
                let got = Self.edgeTable(p)
                #expect(Set(got.keys) == Set(want.keys), "\(name) \(side) \(label) edges")
                for (pair, weight) in want where !(abs((got[pair] ?? .nan) - weight) <= 1e-12) {
                    Issue.record("\(name) \(side) \(label): \(pair) weighs \(got[pair] ?? .nan), NetworkX \(weight)")
                }
            }
        }
    }

    /// The threshold keeps exactly the NetworkX edges at or above it.
    @Test(arguments: TwoModeFixture.names)
    func minimumWeight(_ name: String) throws {
        let f = TwoModeFixture.load(name)
        let projections = try #require(f.json["projections"] as? [String: [String: [String: Any]]])
        let expected = try #require(projections["top"]?["count"])
        let want = Self.edgeTable(expected["edges"] as! [[Any]], directed: f.graph.isDirected).filter { $0.value >= 2 }
        let counted = f.graph.projected(onto: f.top, weighting: .count, minimumWeight: 2)
        #expect(Self.edgeTable(counted) == want)
        let plain = f.graph.projected(onto: f.top, weighting: .none, minimumWeight: 2)
        #expect(Set(Self.edgeTable(plain).keys) == Set(want.keys) && !plain.isWeighted)
    }
}

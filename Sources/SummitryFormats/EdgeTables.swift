import Foundation
import SummitryModel

/// A network as two CSV tables, vertices and edges, in the shape Apache Spark GraphFrames loads:
/// `GraphFrame(spark.read.csv("nodes.csv", header=True), spark.read.csv("edges.csv", header=True))`.
///
/// - `nodes.csv`: `id,kind,name,country,organization,role,city,time,mode,status` — one row per node.
/// - `edges.csv`: `src,dst,relation,weight,evidence` — one row per relation; `weight` is empty when the
///   relation has none; `evidence` is the number of places the relation was found.
///
/// Beyond one machine's memory this is how a network moves to a cluster (DESIGN.md). Writing is a
/// single pass; nothing is held but the output text.
public enum EdgeTables {
    /// The vertex table's header.
    public static let nodeHeader = ["id", "kind", "name", "country", "organization", "role", "city", "time", "mode", "status"]
    /// The edge table's header.
    public static let edgeHeader = ["src", "dst", "relation", "weight", "evidence"]

    /// The vertex table.
    /// - Complexity: O(n).
    public static func nodesCSV(of network: Network) -> String {
        var out = CSV.line(nodeHeader)
        for n in network.nodes {
            out += CSV.line([n.id, n.kind?.rawValue ?? "", n.name, n.country ?? "", n.organization ?? "", n.role ?? "",
                             n.city ?? "", n.time ?? "", n.mode ?? "", n.status ?? ""])
        }
        return out
    }

    /// The edge table.
    /// - Complexity: O(m).
    public static func edgesCSV(of network: Network) -> String {
        var out = CSV.line(edgeHeader)
        for r in network.relations {
            out += CSV.line([r.source, r.target, r.kind.rawValue, r.weight.map(ScoreTable.format) ?? "", String(r.evidence.count)])
        }
        return out
    }
}

import Foundation

extension Pipeline {
    /// Reads an edge list as NetworkX's `read_edgelist` does (see ``EdgeList``).
    static func readEdgeList(_ path: String, directed: Bool, weighted: Bool) throws -> Graph {
        try EdgeList.read(contentsOf: path, options: EdgeListOptions(directed: directed, weighted: weighted))
    }
}

import Foundation

extension Pipeline {
    /// A graph file as a ``Network``: nodes keep their keys as ids and stay untyped; every edge becomes
    /// a relation `edge` with its weight. Used where an edge list is given to a command that wants a
    /// network (`analyze`, `render`, `export`).
    /// - Complexity: O(n + m).
    public static func network(of graph: Graph) -> Network {
        var network = Network()
        for key in graph.keys { network.add(Node(id: key, kind: nil, name: key)) }
        if !graph.isDirected { network.attributes[GraphML.edgeDefaultAttribute] = "undirected" }
        for edge in graph.edges {
            let relation = Relation(graph.key(of: edge.source), "edge", graph.key(of: edge.target),
                                    weight: graph.isWeighted ? edge.weight : nil)
            network.add(relation)
        }
        return network
    }

    /// The graph a centrality measure runs on, from any graph file: an edge list is read as NetworkX's
    /// `read_edgelist` does; every other format through its ``Network``, one edge per related pair
    /// (a simple graph, as `networkx.Graph`/`DiGraph` of it), weights from the relations.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - directed: keep edge direction (NetworkX `DiGraph`); otherwise undirected (`Graph`).
    ///   - weighted: read the third column of an edge list as the weight.
    public static func loadGraph(_ path: String, directed: Bool, weighted: Bool) throws -> Graph {
        guard let format = InputFormat(path: path, textIsEdgeList: true) else {
            if !FileManager.default.fileExists(atPath: path) { throw SummitryError.missingInput(path: path) }
            throw SummitryError.unsupportedInput(path: path, expected: ".edgelist, .txt, .json, .graphml, .csv, .dot or .gv")
        }
        guard FileManager.default.fileExists(atPath: path) else { throw SummitryError.missingInput(path: path) }
        if format == .edgeList { return try readEdgeList(path, directed: directed, weighted: weighted) }
        return try readNetworkFile(path, format: format).graph(directed: directed, multigraph: false)
    }
}

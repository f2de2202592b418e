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
        return try loadGraphAndSides(path, directed: directed, weighted: weighted, needsSides: false).graph
    }

    /// ``loadGraph(_:directed:weighted:)`` with the first side of a two-mode graph, where the file
    /// says what it is (node kinds or `bipartite` attributes); nil otherwise. With `needsSides` and a
    /// network that has meetings, the graph is its actor × meeting view (``Network/twoModeView(kinds:)``).
    static func loadGraphAndSides(_ path: String, directed: Bool, weighted: Bool,
                                  needsSides: Bool) throws -> (graph: Graph, top: [NodeID]?) {
        guard let format = InputFormat(path: path, textIsEdgeList: true) else {
            if !FileManager.default.fileExists(atPath: path) { throw SummitryError.missingInput(path: path) }
            throw SummitryError.unsupportedInput(path: path, expected: ".edgelist, .txt, .json, .graphml, .csv, .dot or .gv")
        }
        guard FileManager.default.fileExists(atPath: path) else { throw SummitryError.missingInput(path: path) }
        if format == .edgeList { return (try readEdgeList(path, directed: directed, weighted: weighted), nil) }
        // Weights in JSON, GraphML and DOT files stay in the graph, as in NetworkX; whether a measure
        // uses them is the measure's default unless --weighted (see computeScores).
        let network = try readNetworkFile(path, format: format)
        if needsSides && network.nodes.contains(where: { $0.kind == .meeting }) {
            // Two-mode measures on a typed network: the actor × meeting graph, actors on top.
            let view = network.twoModeView()
            return (view.graph, view.actors)
        }
        let graph = network.graph(directed: directed, multigraph: false)
        return (graph, needsSides ? topSide(of: graph, in: network) : nil)
    }
}

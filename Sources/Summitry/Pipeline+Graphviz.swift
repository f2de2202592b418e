import Foundation
import SummitryGraphviz

extension Pipeline {
    /// Reads a DOT file through Graphviz's own parser, sanitised (attributes that make Graphviz read
    /// files are dropped), into a ``Network``: node attribute `kind` types a node, `label` (or `name`)
    /// names it, the other attributes of the contract (`country`, `role`, …) fill its fields and the
    /// rest are kept; an edge's `relation` attribute gives its kind (default `edge`) and `weight` its
    /// weight. An undirected graph is recorded as such (see ``GraphML/edgeDefaultAttribute``).
    ///
    /// - Throws: ``GraphvizError`` naming the file and line of a syntax error.
    static func readDOT(_ path: String) throws -> Network {
        let text = try text(of: path)
        let parsed = try DOTReader.read(text, file: path)
        let graph = try DOTSanitizer(mode: .strip).sanitize(parsed, file: path).graph
        return try network(of: graph, file: path)
    }

    static func network(of dot: DOTGraph, file: String) throws -> Network {
        var network = Network()
        if !dot.isDirected { network.attributes[GraphML.edgeDefaultAttribute] = "undirected" }
        for n in dot.nodes {
            var a = n.attributes.mapValues(\.string)
            var kind: NodeKind? = nil
            if let k = a.removeValue(forKey: "kind") {
                guard let parsed = NodeKind(rawValue: k) else {
                    throw SummitryError.failed(file: file, message: "node \(n.id): unknown kind \"\(k)\" (expected actor, country, organization or meeting)")
                }
                kind = parsed
            }
            let label = a.removeValue(forKey: "label")
            var node = Node(id: n.id.precomposedStringWithCanonicalMapping, kind: kind,
                            name: a.removeValue(forKey: "name") ?? (label.flatMap { $0 == "\\N" || $0.isEmpty ? nil : $0 } ?? n.id))
            node.country = a.removeValue(forKey: kind == .country ? "iso" : "country") ?? a.removeValue(forKey: "country")
            node.organization = a.removeValue(forKey: "organization")
            node.role = a.removeValue(forKey: "role")
            node.city = a.removeValue(forKey: "city")
            node.time = a.removeValue(forKey: "time")
            node.mode = a.removeValue(forKey: "mode")
            node.status = a.removeValue(forKey: "status")
            node.attributes = a.mapValues(JSONValue.string)
            network.add(node)
        }
        for e in dot.edges {
            var a = e.attributes.mapValues(\.string)
            for end in [e.source, e.target] where !network.contains(end) { network.add(Node(id: end, kind: nil, name: end)) }
            var weight: Double? = nil
            if let w = a.removeValue(forKey: "weight") {
                guard let d = Double(w), d.isFinite else {
                    throw SummitryError.failed(file: file, message: "edge \(e.source) -> \(e.target): weight \"\(w)\" is not a number")
                }
                weight = d
            }
            let kind = RelationKind(rawValue: a.removeValue(forKey: "relation") ?? "edge")
            network.add(Relation(e.source, kind, e.target, weight: weight, attributes: a.mapValues(JSONValue.string)))
        }
        return network
    }

    /// Lays out and renders DOT text that Summitry made, in-process through libgvc.
    /// - Parameters:
    ///   - layout: a Graphviz engine name, or nil to choose by the graph's size and shape.
    ///   - format: `svg`, `png` or `pdf`.
    public static func render(dot: String, layout: String?, format: String, file: String) throws -> Data {
        try GraphvizRenderer.render(dot, engine: layout, format: format, file: file)
    }
}

extension Pipeline {
    /// The styled diagram of `network` (see ``NetworkDiagram``): shape and colour by kind, node area by
    /// the `sizeBy` column of `scores` (when both are given), clusters by meeting when there are
    /// meetings, a legend and tooltips.
    public static func diagram(_ network: Network, scores: ScoreTable?, sizeBy: String?) -> NetworkDiagram {
        var values: [String: Double] = [:]
        if let sizeBy, let scores, let column = scores.column(sizeBy) {
            for (id, v) in zip(scores.ids, column) where v.isFinite { values[id] = v }
        }
        let hasMeetings = network.nodes.contains { $0.kind == .meeting }
        return NetworkDiagram(network: network, scores: values, measure: values.isEmpty ? nil : sizeBy,
                              options: DiagramOptions(clustering: hasMeetings ? .meetings : .none))
    }

    /// The DOT text of ``diagram(_:scores:sizeBy:)``.
    public static func diagramDOT(_ network: Network, scores: ScoreTable?, sizeBy: String?) -> String {
        diagram(network, scores: scores, sizeBy: sizeBy).dotGraph.dotText
    }
}

extension Pipeline {
    /// The network as plain DOT for exchange (`export --format dot`): one node statement per node with
    /// `kind`, `label` (the name) and the contract's fields (`country` — `iso` for a country —, `role`,
    /// `organization`, `city`, `time`, `mode`, `status`) and its scalar attributes; one edge statement
    /// per relation with `relation` and `weight`. Evidence is not written (DOT is no place for it; use
    /// JSON or GraphML). ``readDOT(_:)`` reads the result back into the same nodes and relations.
    /// For a styled drawing use ``diagramDOT(_:scores:sizeBy:)``.
    public static func dataDOT(_ network: Network) -> String {
        let undirected = network.attributes[GraphML.edgeDefaultAttribute] == "undirected"
        var graph = DOTGraph(name: "summitry", isDirected: !undirected)
        for node in network.nodes {
            var a: DOTAttributes = [:]
            for (key, value) in node.attributes {
                switch value {
                case .string(let s): a[key] = .text(s)
                case .int(let i): a[key] = .number(i)
                case .double(let d) where d.isFinite: a[key] = .text(ScoreTable.format(d))
                case .bool(let b): a[key] = .text(b ? "true" : "false")
                default: break
                }
            }
            if let kind = node.kind { a["kind"] = .text(kind.rawValue) }
            a["label"] = .label(node.name)
            if let c = node.country { a[node.kind == .country ? "iso" : "country"] = .text(c) }
            for (key, value) in [("role", node.role), ("organization", node.organization), ("city", node.city),
                                 ("time", node.time), ("mode", node.mode), ("status", node.status)] {
                if let value { a[key] = .text(value) }
            }
            graph.addNode(node.id, a)
        }
        for r in network.relations {
            var a: DOTAttributes = ["relation": .text(r.kind.rawValue)]
            if let w = r.weight, w.isFinite { a["weight"] = .text(ScoreTable.format(w)) }
            graph.addEdge(r.source, r.target, a)
        }
        return graph.dotText
    }
}

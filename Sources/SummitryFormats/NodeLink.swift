import Foundation
import SummitryModel

/// Node-link JSON, the network contract of DESIGN.md: what `networkx.node_link_graph(data, edges="edges")`
/// loads unchanged, and what Summitry reads back into the same ``Network``.
///
/// Shape: `{"directed": true, "multigraph": true, "graph": {"documents": [...]}, "nodes": [...], "edges": [...]}`.
/// Nodes carry `id`, `kind` and the typed fields that are set (`name`, `aliases`, `country`,
/// `organization`, `role`, `city`, `time`, `mode`, `status`; a country node its code as `iso`), plus
/// their other attributes. Edges carry `source`, `target`, `key` (0, 1, … per node pair, as NetworkX's
/// multigraph keys), `relation`, `evidence` and, when set, `weight` and other attributes. Keys are
/// written sorted, so the output is deterministic.
public enum NodeLinkJSON {
    private static let typedNodeFields: Set<String> = [
        "id", "kind", "name", "aliases", "country", "iso", "organization", "role", "city", "time", "mode", "status",
    ]
    private static let typedEdgeFields: Set<String> = ["source", "target", "key", "relation", "evidence", "weight"]

    /// The network as a JSON value tree.
    public static func value(of network: Network) -> JSONValue {
        var graph = network.attributes
        graph["documents"] = .array(network.documents.map { d in
            .object(["id": .string(d.id), "path": .string(d.path), "lang": .string(d.lang)])
        })
        var nodes: [JSONValue] = []
        nodes.reserveCapacity(network.nodes.count)
        for n in network.nodes {
            var o = n.attributes
            o["id"] = .string(n.id)
            if let kind = n.kind { o["kind"] = .string(kind.rawValue) }
            o["name"] = .string(n.name)
            if !n.aliases.isEmpty { o["aliases"] = .array(n.aliases.map(JSONValue.string)) }
            if let c = n.country { o[n.kind == .country ? "iso" : "country"] = .string(c) }
            if let v = n.organization { o["organization"] = .string(v) }
            if let v = n.role { o["role"] = .string(v) }
            if let v = n.city { o["city"] = .string(v) }
            if let v = n.time { o["time"] = .string(v) }
            if let v = n.mode { o["mode"] = .string(v) }
            if let v = n.status { o["status"] = .string(v) }
            nodes.append(.object(o))
        }
        var keys: [String: Int] = [:]
        var edges: [JSONValue] = []
        edges.reserveCapacity(network.relations.count)
        for r in network.relations {
            let pair = r.source + "\u{0}" + r.target
            let key = keys[pair, default: 0]
            keys[pair] = key + 1
            var o = r.attributes
            o["source"] = .string(r.source)
            o["target"] = .string(r.target)
            o["key"] = .int(key)
            o["relation"] = .string(r.kind.rawValue)
            o["evidence"] = .array(r.evidence.map { e in
                .object(["document": .string(e.document), "sentence": .int(e.sentence), "start": .int(e.start),
                         "end": .int(e.end), "text": .string(e.text)])
            })
            if let w = r.weight { o["weight"] = .double(w) }
            edges.append(.object(o))
        }
        return .object([
            "directed": true, "multigraph": true, "graph": .object(graph), "nodes": .array(nodes), "edges": .array(edges),
        ])
    }

    /// The network as UTF-8 JSON text, pretty-printed with sorted keys and a final newline.
    public static func data(of network: Network) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value(of: network))
        data.append(0x0A)
        return data
    }

    /// Reads a network from node-link JSON, normalised to NFC. Accepts `edges` or NetworkX's older `links`; node ids
    /// that are numbers become strings; nodes without `kind` stay untyped; edges without `relation`
    /// get the relation `edge`.
    ///
    /// - Parameters:
    ///   - data: the JSON text.
    ///   - file: the name used in error messages.
    /// - Throws: ``FormatError`` naming `file` (and the line of a JSON syntax error where Foundation gives one).
    public static func read(_ data: Data, file: String) throws -> Network {
        let root: JSONValue
        // Normalise to NFC once, at ingest (DESIGN.md): ids and names compare byte-wise downstream.
        let normalised = String(data: data, encoding: .utf8).map { Data($0.precomposedStringWithCanonicalMapping.utf8) } ?? data
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: normalised)
        } catch let DecodingError.dataCorrupted(context) {
            throw FormatError.syntax(file: file, line: nil, message: "not valid JSON: \(describe(context))")
        } catch {
            throw FormatError.syntax(file: file, line: nil, message: "not valid JSON: \(error)")
        }
        guard case .object(let top) = root else {
            throw FormatError.invalid(file: file, line: nil, message: "expected a JSON object with \"nodes\" and \"edges\"")
        }
        guard case .array(let nodeValues)? = top["nodes"] else {
            throw FormatError.invalid(file: file, line: nil, message: "missing \"nodes\" array")
        }
        let edgeValues: [JSONValue]
        switch top["edges"] ?? top["links"] {
        case .array(let a)?: edgeValues = a
        case nil: edgeValues = []
        default: throw FormatError.invalid(file: file, line: nil, message: "\"edges\" is not an array")
        }
        var network = Network()
        if case .object(var graph)? = top["graph"] {
            if case .array(let docs)? = graph.removeValue(forKey: "documents") {
                for case .object(let d) in docs {
                    network.add(Document(id: idString(d["id"]) ?? "", path: d["path"]?.stringValue ?? "",
                                         lang: d["lang"]?.stringValue ?? ""))
                }
            }
            network.attributes = graph
        }
        for (i, value) in nodeValues.enumerated() {
            guard case .object(let o) = value, let id = idString(o["id"]) else {
                throw FormatError.invalid(file: file, line: nil, message: "node \(i) has no \"id\"")
            }
            var kind: NodeKind? = nil
            if let k = o["kind"]?.stringValue {
                guard let parsed = NodeKind(rawValue: k) else {
                    throw FormatError.invalid(file: file, line: nil,
                                              message: "node \(id): unknown kind \"\(k)\" (expected actor, country, organization or meeting)")
                }
                kind = parsed
            }
            var node = Node(id: id, kind: kind, name: o["name"]?.stringValue ?? o["label"]?.stringValue ?? id)
            node.aliases = o["aliases"]?.stringArray ?? []
            node.country = kind == .country ? (o["iso"]?.stringValue ?? o["country"]?.stringValue) : o["country"]?.stringValue
            node.organization = o["organization"]?.stringValue
            node.role = o["role"]?.stringValue
            node.city = o["city"]?.stringValue
            node.time = o["time"]?.stringValue
            node.mode = o["mode"]?.stringValue
            node.status = o["status"]?.stringValue
            node.attributes = o.filter { !typedNodeFields.contains($0.key) }
            if o["label"] != nil && o["name"] == nil { node.attributes["label"] = nil }
            if network.contains(id) {
                throw FormatError.invalid(file: file, line: nil, message: "node \"\(id)\" appears twice")
            }
            network.add(node)
        }
        for (i, value) in edgeValues.enumerated() {
            guard case .object(let o) = value, let s = idString(o["source"]), let t = idString(o["target"]) else {
                throw FormatError.invalid(file: file, line: nil, message: "edge \(i) needs \"source\" and \"target\"")
            }
            for end in [s, t] where !network.contains(end) {
                // NetworkX adds nodes that only edges name; so do we, untyped.
                network.add(Node(id: end, kind: nil, name: end))
            }
            var evidence: [Evidence] = []
            if case .array(let items)? = o["evidence"] {
                for case .object(let e) in items {
                    evidence.append(Evidence(
                        document: e["document"]?.stringValue ?? "", sentence: intValue(e["sentence"]) ?? 0,
                        start: intValue(e["start"]) ?? 0, end: intValue(e["end"]) ?? 0, text: e["text"]?.stringValue ?? ""))
                }
            }
            var weight: Double? = nil
            if let w = o["weight"] {
                guard let d = w.doubleValue else {
                    throw FormatError.invalid(file: file, line: nil, message: "edge \(s) -> \(t): weight is not a number")
                }
                weight = d
            }
            let kind = RelationKind(rawValue: o["relation"]?.stringValue ?? "edge")
            network.add(Relation(s, kind, t, evidence: evidence, weight: weight,
                                 attributes: o.filter { !typedEdgeFields.contains($0.key) }))
        }
        return network
    }

    private static func idString(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?: s
        case .int(let i)?: String(i)
        case .double(let d)?: d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .bool(let b)?: b ? "True" : "False"
        default: nil
        }
    }

    private static func intValue(_ v: JSONValue?) -> Int? {
        switch v {
        case .int(let i)?: i
        case .double(let d)?: Int(exactly: d)
        default: nil
        }
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError as NSError?,
           let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
            return detail
        }
        return context.debugDescription
    }
}

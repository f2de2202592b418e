import Foundation
import SummitryModel

/// GraphML, the XML graph format of Gephi, yEd, igraph, NetworkX and Cytoscape: writing.
///
/// Every node and edge field becomes a `<data>` element under a `<key>` with its `attr.name` and
/// `attr.type`: the typed fields of ``Node`` (`kind`, `name`, `country` — `iso` for a country node, as
/// in node-link JSON —, `organization`, `role`, `city`, `time`, `mode`, `status`) as `string`; `aliases`
/// and an edge's `evidence` as JSON text in a `string`; `weight` as `double`; other attributes as
/// `boolean`, `long`, `double` or `string` as their values allow; structured or mixed values as JSON
/// text in a `string` key marked `<desc>json</desc>`, which ``read(_:file:)`` parses back. Edges carry `relation`. The graph is `edgedefault="directed"` unless the network was read
/// from an undirected file. Keys and data are in a fixed order, so the output is deterministic.
/// `networkx.read_graphml` reads the result.
///
/// See the GraphML primer, <http://graphml.graphdrawing.org/primer/graphml-primer.html>.
public enum GraphML {
    /// The graph attribute that records an undirected source file (`edgedefault="undirected"`).
    public static let edgeDefaultAttribute = "edgedefault"

    /// The network as a GraphML document (UTF-8).
    /// - Complexity: O(n + m) plus the size of the attributes.
    public static func data(of network: Network) -> Data {
        Data(string(of: network).utf8)
    }

    /// The network as GraphML text.
    public static func string(of network: Network) -> String {
        var nodeKeys: [(name: String, type: String)] = []
        let nodeFieldNames = ["kind", "name", "aliases", "country", "iso", "organization", "role", "city", "time", "mode", "status"]
        for name in nodeFieldNames where network.nodes.contains(where: { nodeField(name, of: $0) != nil }) {
            nodeKeys.append((name, "string"))
        }
        let nodeExtra = attributeTypes(network.nodes.map(\.attributes), excluding: Set(nodeFieldNames))
        nodeKeys += nodeExtra

        var edgeKeys: [(name: String, type: String)] = [("relation", "string")]
        if network.relations.contains(where: { !$0.evidence.isEmpty }) { edgeKeys.append(("evidence", "string")) }
        if network.relations.contains(where: { $0.weight != nil }) { edgeKeys.append(("weight", "double")) }
        edgeKeys += attributeTypes(network.relations.map(\.attributes), excluding: ["relation", "evidence", "weight"])

        var graphAttributes = network.attributes
        let directed = graphAttributes.removeValue(forKey: edgeDefaultAttribute)?.stringValue != "undirected"
        var graphKeys: [(name: String, type: String)] = []
        if !network.documents.isEmpty { graphKeys.append(("documents", "string")) }
        graphKeys += attributeTypes([graphAttributes], excluding: ["documents"])

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for (i, k) in graphKeys.enumerated() { out += keyElement("g\(i)", for: "graph", k) }
        for (i, k) in nodeKeys.enumerated() { out += keyElement("n\(i)", for: "node", k) }
        for (i, k) in edgeKeys.enumerated() { out += keyElement("e\(i)", for: "edge", k) }
        out += "  <graph id=\"G\" edgedefault=\"\(directed ? "directed" : "undirected")\">\n"
        for (i, k) in graphKeys.enumerated() {
            let value: String? = k.name == "documents" && !network.documents.isEmpty
                ? jsonText(.array(network.documents.map { .object(["id": .string($0.id), "path": .string($0.path), "lang": .string($0.lang)]) }))
                : graphAttributes[k.name].map { text($0, as: k.type) }
            if let value { out += "    <data key=\"g\(i)\">\(escape(value))</data>\n" }
        }
        for n in network.nodes {
            out += "    <node id=\"\(escape(n.id))\">"
            for (i, k) in nodeKeys.enumerated() {
                let value = i < nodeKeys.count - nodeExtra.count ? nodeField(k.name, of: n) : n.attributes[k.name].map { text($0, as: k.type) }
                if let value { out += "<data key=\"n\(i)\">\(escape(value))</data>" }
            }
            out += "</node>\n"
        }
        for (e, r) in network.relations.enumerated() {
            out += "    <edge id=\"e\(e)\" source=\"\(escape(r.source))\" target=\"\(escape(r.target))\">"
            for (i, k) in edgeKeys.enumerated() {
                let value: String?
                switch k.name {
                case "relation": value = r.kind.rawValue
                case "evidence": value = r.evidence.isEmpty ? nil : jsonText(.array(r.evidence.map(NodeLinkJSON.value(of:))))
                case "weight": value = r.weight.map(ScoreTable.format)
                default: value = r.attributes[k.name].map { text($0, as: k.type) }
                }
                if let value { out += "<data key=\"e\(i)\">\(escape(value))</data>" }
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// A `<key>`; the internal type `json` is declared as a `string` with `<desc>json</desc>`, which
    /// tells ``read(_:file:)`` to parse its values back into structured values (other readers see text).
    private static func keyElement(_ id: String, for domain: String, _ key: (name: String, type: String)) -> String {
        let type = key.type == "json" ? "string" : key.type
        let head = "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(escape(key.name))\" attr.type=\"\(type)\""
        return key.type == "json" ? head + "><desc>\(jsonMarker)</desc></key>\n" : head + "/>\n"
    }

    /// The `<desc>` of a key whose values are JSON text.
    static let jsonMarker = "json"

    private static func nodeField(_ name: String, of n: Node) -> String? {
        switch name {
        case "kind": n.kind?.rawValue
        case "name": n.name
        case "aliases": n.aliases.isEmpty ? nil : jsonText(.array(n.aliases.map(JSONValue.string)))
        case "country": n.kind == .country ? nil : n.country
        case "iso": n.kind == .country ? n.country : nil
        case "organization": n.organization
        case "role": n.role
        case "city": n.city
        case "time": n.time
        case "mode": n.mode
        case "status": n.status
        default: nil
        }
    }

    /// The narrowest GraphML type holding every value of each attribute name, names sorted; `json`
    /// for structured or mixed values.
    private static func attributeTypes(_ dictionaries: [[String: JSONValue]], excluding: Set<String>) -> [(name: String, type: String)] {
        var types: [String: String] = [:]
        for d in dictionaries {
            for (name, value) in d where !excluding.contains(name) {
                let t: String
                switch value {
                case .bool: t = "boolean"
                case .int: t = "long"
                case .double: t = "double"
                case .string: t = "string"
                case .null, .array, .object: t = "json"
                }
                switch (types[name], t) {
                case (nil, _): types[name] = t
                case (let old?, _) where old == t: break
                case ("long", "double"), ("double", "long"): types[name] = "double"
                default: types[name] = "json"  // mixed types keep their own through JSON
                }
            }
        }
        return types.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// An attribute value as GraphML data text: strings as they are, numbers and booleans as GraphML
    /// writes them, structured values as JSON.
    private static func text(_ value: JSONValue, as type: String) -> String {
        if type == "json" { return jsonText(value) }
        return switch value {
        case .string(let s): s
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .double(let d): ScoreTable.format(d)
        case .null, .array, .object: jsonText(value)
        }
    }

    static func jsonText(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    /// Text escaped for XML 1.0 element content and attribute values. Characters XML 1.0 cannot hold
    /// (C0 controls other than tab, LF, CR) become U+FFFD.
    static func escape(_ s: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case _ where c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

extension NodeLinkJSON {
    /// One piece of evidence as the JSON object node-link JSON and GraphML carry.
    public static func value(of e: Evidence) -> JSONValue {
        .object(["document": .string(e.document), "sentence": .int(e.sentence), "start": .int(e.start),
                 "end": .int(e.end), "text": .string(e.text)])
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SummitryModel

extension GraphML {
    /// Reads a GraphML document into a ``Network``.
    ///
    /// `<key>` elements declare attributes with `attr.name`, `attr.type` (`boolean`, `int`, `long`,
    /// `float`, `double`, `string`) and an optional `<default>`; `<data>` values are converted to that
    /// type. Node data named like ``Node``'s fields fill them (`kind`, `name` or else `label`, `aliases`
    /// as a JSON array or a single name, `country`/`iso`, `role`, …); edge data `relation` gives the
    /// relation kind (default `edge`), `weight` the weight, `evidence` (JSON) the evidence; everything
    /// else is kept as attributes. Nodes that only edges name are added untyped, as NetworkX does. The
    /// first `<graph>` is read; `edgedefault="undirected"` is recorded in the network's attributes under
    /// ``edgeDefaultAttribute`` (the model's relations always have a direction). Hyperedges and nested
    /// graphs are refused.
    ///
    /// - Parameters:
    ///   - data: the document.
    ///   - file: the name used in error messages.
    /// - Throws: ``FormatError`` with the file and line: XML that is not well-formed, a `<data>` whose
    ///   key is undeclared, a value that does not fit its declared type, an unknown `kind`, an edge
    ///   without `source` or `target`.
    /// - Complexity: O(size of the document).
    public static func read(_ data: Data, file: String) throws -> Network {
        let parser = XMLParser(data: data)
        let delegate = ReaderDelegate(file: file)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = true
        let ok = parser.parse()
        if let error = delegate.error { throw error }
        // On Linux parse() can return true with parserError set; trust the error.
        if !ok || parser.parserError != nil || delegate.syntaxErrorLine != nil {
            let code = (parser.parserError as NSError?)?.code ?? delegate.syntaxErrorCode ?? 0
            let line = delegate.syntaxErrorLine ?? parser.lineNumber
            throw FormatError.syntax(file: file, line: max(line, 1), message: "not well-formed XML: \(xmlProblem(code))")
        }
        guard delegate.sawGraph else {
            throw FormatError.invalid(file: file, line: nil, message: "no <graph> element: not a GraphML document")
        }
        return delegate.network
    }
}

/// What an `XMLParser.ErrorCode` means, in words (libxml2's common codes).
private func xmlProblem(_ code: Int) -> String {
    switch code {
    case 4: "the document is empty"
    case 5: "the document ends early (an element is not closed)"
    case 9: "a character XML does not allow"
    case 26: "an undeclared entity (use &amp; for &)"
    case 38, 39, 40, 41: "a malformed attribute"
    case 73: "'>' expected"
    case 76: "a closing tag does not match the open element"
    default: "XML parser error \(code)"
    }
}

/// Collects a GraphML document while XMLParser walks it. Used by one parse on one thread.
private final class ReaderDelegate: NSObject, XMLParserDelegate {
    struct Key { let name: String; let type: String; let domain: String; var defaultValue: String?; var isJSON = false }
    enum Owner { case graph, node(Node), edge(source: String, target: String, attributes: [String: String]) }

    let file: String
    var network = Network()
    var error: FormatError?
    var sawGraph = false
    var graphDepth = 0
    var keys: [String: Key] = [:]
    var currentKeyID: String?
    var owner: Owner?
    var ownerData: [String: String] = [:]
    var graphData: [String: String] = [:]
    var dataKey: String?
    var text = ""
    var pendingEdges: [(line: Int, source: String, target: String, data: [String: String])] = []

    var syntaxErrorLine: Int?
    var syntaxErrorCode: Int?

    init(file: String) { self.file = file }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if syntaxErrorLine == nil {
            syntaxErrorLine = parser.lineNumber
            syntaxErrorCode = (parseError as NSError).code
        }
    }

    func fail(_ parser: XMLParser, _ message: String) {
        guard error == nil else { return }
        error = FormatError.invalid(file: file, line: max(parser.lineNumber, 1), message: message)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "key":
            guard let id = attributes["id"] else { return fail(parser, "<key> without an id") }
            let type = attributes["attr.type"] ?? "string"
            guard ["boolean", "int", "long", "float", "double", "string"].contains(type) else {
                return fail(parser, "key \(id): unknown attr.type \"\(type)\" (expected boolean, int, long, float, double or string)")
            }
            keys[id] = Key(name: attributes["attr.name"] ?? id, type: type, domain: attributes["for"] ?? "all")
            currentKeyID = id
        case "default", "desc":
            text = ""
        case "graph":
            graphDepth += 1
            if graphDepth > 1 { return fail(parser, "nested graphs are not supported") }
            if sawGraph { return fail(parser, "more than one <graph>: only one graph per file is supported") }
            sawGraph = true
            if attributes["edgedefault"] == "undirected" {
                network.attributes[GraphML.edgeDefaultAttribute] = .string("undirected")
            }
            owner = .graph
            ownerData = [:]
        case "node":
            guard let id = attributes["id"] else { return fail(parser, "<node> without an id") }
            owner = .node(Node(id: id.precomposedStringWithCanonicalMapping, kind: nil, name: ""))
            ownerData = [:]
        case "edge":
            guard let s = attributes["source"], let t = attributes["target"] else {
                return fail(parser, "<edge> needs source and target")
            }
            owner = .edge(source: s.precomposedStringWithCanonicalMapping, target: t.precomposedStringWithCanonicalMapping,
                          attributes: attributes)
            ownerData = [:]
        case "data":
            guard let key = attributes["key"] else { return fail(parser, "<data> without a key") }
            guard keys[key] != nil else { return fail(parser, "<data key=\"\(key)\"> names no declared <key>") }
            dataKey = key
            text = ""
        case "hyperedge":
            fail(parser, "hyperedges are not supported")
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "default":
            if let id = currentKeyID { keys[id]?.defaultValue = text }
        case "desc":
            if let id = currentKeyID, text.trimmingCharacters(in: .whitespacesAndNewlines) == GraphML.jsonMarker {
                keys[id]?.isJSON = true
            }
        case "key":
            currentKeyID = nil
        case "data":
            if let key = dataKey {
                if case .graph? = owner { graphData[key] = text.precomposedStringWithCanonicalMapping }
                else { ownerData[key] = text.precomposedStringWithCanonicalMapping }
            }
            dataKey = nil
        case "node":
            guard case .node(var node)? = owner else { return }
            owner = .graph
            do {
                try fill(&node, from: values(forDomain: "node", parser))
            } catch let e as FormatError {
                error = error ?? e
                return parser.abortParsing()
            } catch { return }
            if network.contains(node.id) { return fail(parser, "node \"\(node.id)\" appears twice") }
            network.add(node)
        case "edge":
            guard case .edge(let s, let t, _)? = owner else { return }
            owner = .graph
            pendingEdges.append((parser.lineNumber, s, t, ownerData))
        case "graph":
            graphDepth -= 1
            if error == nil { finishGraph(parser) }
        default:
            break
        }
    }

    /// Typed values of the current element's data, defaults filled in.
    func values(forDomain domain: String, _ parser: XMLParser, data: [String: String]? = nil) throws -> [String: JSONValue] {
        var out: [String: JSONValue] = [:]
        let given = data ?? ownerData
        for (id, key) in keys {
            let applies = key.domain == domain || key.domain == "all"
            guard let raw = given[id] ?? (applies ? key.defaultValue : nil) else { continue }
            if key.isJSON, let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(raw.utf8)) {
                out[key.name] = parsed
                continue
            }
            out[key.name] = try convert(raw, type: key.type, name: key.name, line: parser.lineNumber)
        }
        return out
    }

    func convert(_ raw: String, type: String, name: String, line: Int) throws -> JSONValue {
        let t = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case "boolean":
            switch t.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: break
            }
        case "int", "long":
            if let i = Int(t) { return .int(i) }
        case "float", "double":
            if let d = Double(t), !t.lowercased().hasPrefix("0x") { return .double(d) }
        default:
            return .string(raw)
        }
        throw FormatError.invalid(file: file, line: line, message: "\(name): \"\(t)\" is not a \(type)")
    }

    func fill(_ node: inout Node, from values: [String: JSONValue]) throws {
        var rest = values
        func take(_ name: String) -> String? {
            guard let v = rest.removeValue(forKey: name) else { return nil }
            if case .string(let s) = v { return s }
            return GraphML.jsonText(v)
        }
        if let k = take("kind") {
            guard let kind = NodeKind(rawValue: k) else {
                throw FormatError.invalid(file: file, line: nil,
                                          message: "node \(node.id): unknown kind \"\(k)\" (expected actor, country, organization or meeting)")
            }
            node.kind = kind
        }
        node.name = take("name") ?? take("label") ?? node.id
        if let a = take("aliases") {
            if let d = a.data(using: .utf8), let list = try? JSONDecoder().decode([String].self, from: d) {
                node.aliases = list
            } else {
                node.aliases = [a]
            }
        }
        let iso = take("iso"), country = take("country")
        node.country = node.kind == .country ? (iso ?? country) : (country ?? iso)
        node.organization = take("organization")
        node.role = take("role")
        node.city = take("city")
        node.time = take("time")
        node.mode = take("mode")
        node.status = take("status")
        node.attributes = rest
    }

    func finishGraph(_ parser: XMLParser) {
        if let graphValues = try? values(forDomain: "graph", parser, data: graphData) {
            var rest = graphValues
            if case .string(let docs)? = rest.removeValue(forKey: "documents"),
               let d = docs.data(using: .utf8), let list = try? JSONDecoder().decode([Document].self, from: d) {
                for doc in list { network.add(doc) }
            }
            for (k, v) in rest { network.attributes[k] = v }
        }
        for edge in pendingEdges {
            var values: [String: JSONValue]
            do {
                values = try self.values(forDomain: "edge", parser, data: edge.data)
            } catch let e as FormatError { error = e; return } catch { return }
            for end in [edge.source, edge.target] where !network.contains(end) {
                network.add(Node(id: end, kind: nil, name: end))
            }
            var kind: RelationKind = "edge"
            if case .string(let r)? = values.removeValue(forKey: "relation") { kind = RelationKind(rawValue: r) }
            var weight: Double? = nil
            if let w = values.removeValue(forKey: "weight") {
                guard let d = w.doubleValue ?? w.stringValue.flatMap(Double.init) else {
                    error = FormatError.invalid(file: file, line: edge.line, message: "edge \(edge.source) -> \(edge.target): weight is not a number")
                    return
                }
                weight = d
            }
            var evidence: [Evidence] = []
            if case .string(let text)? = values["evidence"], let d = text.data(using: .utf8),
               let list = try? JSONDecoder().decode([Evidence].self, from: d) {
                evidence = list
                values["evidence"] = nil
            }
            network.add(Relation(edge.source, kind, edge.target, evidence: evidence, weight: weight, attributes: values))
        }
        pendingEdges = []
    }
}

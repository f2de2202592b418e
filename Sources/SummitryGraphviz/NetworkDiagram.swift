import SummitryModel

/// A styled Graphviz diagram of a ``Network``, where the style carries meaning.
///
/// - **Shape and colour by kind:** actors ellipses, countries rounded boxes, organisations hexagons,
///   meetings pentagons (planned meetings dashed), in colour-blind-safe colours (``DiagramStyle``).
///   Pentagons rather than octagons, because the legend shows each shape as a glyph and common fonts
///   have a pentagon (⬟) but no octagon.
/// - **Area by score:** with scores, node areas grow linearly with the score (width from the square
///   root, `fixedsize=shape`), from ``DiagramOptions/minimumWidth`` at 0 to
///   ``DiagramOptions/maximumWidth`` at the largest score; the measure's name is in the legend.
/// - **Line style by relation:** hosted bold, attended solid, invited dashed, represents and
///   member_of dotted grey, held_in dashed grey. Several relations between the same two nodes are
///   drawn as one edge in the strongest style (hosted, attended, invited, others), its tooltip naming all.
/// - **Clusters** by meeting or country (``DiagramOptions/Clustering``), a **legend** under the title,
///   and SVG **tooltips**: name, role, organisation, country, place and time, the score, and the first
///   evidence sentence.
///
/// All text is escaped for the label kind it goes into, so names cannot break the DOT or the SVG.
public struct NetworkDiagram: Sendable {
    /// The network drawn.
    public let network: Network
    /// Scores by node id (missing nodes draw at the minimum size).
    public let scores: [String: Double]
    /// The name of the measure the scores come from, for the legend and tooltips.
    public let measure: String?
    /// Clusters, legend, title, sizes, font, relation filter.
    public let options: DiagramOptions

    /// - Parameters:
    ///   - network: the network to draw.
    ///   - scores: per-node scores keyed by node id; empty to size nodes by their labels.
    ///   - measure: the scores' name (e.g. `betweenness`).
    ///   - options: clusters, legend, title, sizes, font, relation filter.
    public init(network: Network, scores: [String: Double] = [:], measure: String? = nil, options: DiagramOptions = .init()) {
        self.network = network
        self.scores = scores
        self.measure = measure
        self.options = options
    }

    /// The layout that suits this diagram: with clusters fdp (it draws them and, unlike dot, does not
    /// stretch a two-rank network into a tall column) up to 1,000 nodes; without, neato up to 500
    /// nodes; beyond, ``Layout/automatic``.
    public var recommendedLayout: Layout {
        if options.clustering != .none { return network.nodes.count <= 1000 ? .fdp : .automatic }
        return network.nodes.count <= 500 ? .neato : .automatic
    }

    /// The diagram as a ``DOTGraph``.
    /// - Complexity: O(n + m) for n nodes and m relations, plus sorting the relations per node pair.
    public var dotGraph: DOTGraph {
        let nodes = network.nodes
        var g = DOTGraph(name: "summitry", isDirected: true)
        g.attributes = DiagramLayoutDefaults.graphAttributes(nodeCount: nodes.count, fontname: options.fontname)
        g.nodeDefaults = ["fontname": .text(options.fontname), "fontsize": "10", "style": "filled", "penwidth": "1.4"]
        g.edgeDefaults = ["arrowsize": "0.55", "penwidth": "1.1"]
        let widths = scores.isEmpty ? [:] : DiagramStyle.widths(
            for: nodes.map(\.id), scores: scores, minimum: options.minimumWidth, maximum: options.maximumWidth)
        let evidence = firstEvidence()
        for node in nodes {
            g.addNode(node.id, nodeAttributes(node, width: widths[node.id], evidence: evidence[node.id]))
        }
        let drawn = drawnEdges()
        for edge in drawn { g.addEdge(edge.source, edge.target, edge.attributes) }
        g.subgraphs = clusters()
        if options.legend || options.title != nil {
            let kinds = NodeKind.allCases.filter { kind in nodes.contains { $0.kind == kind } }
            let relations = Array(Set(drawn.map(\.kind))).sorted()
            g.attributes["label"] = .html(DiagramLegend.html(
                title: options.title, kinds: options.legend ? kinds : [], relations: options.legend ? relations : [],
                measure: options.legend && !scores.isEmpty ? measure ?? "score" : nil, top: topScored()))
            g.attributes["labelloc"] = "t"
            g.attributes["labeljust"] = "l"
            g.attributes["fontsize"] = "13"
        }
        return g
    }

    private func nodeAttributes(_ node: Node, width: Double?, evidence: String?) -> DOTAttributes {
        let look = DiagramStyle.appearance(of: node.kind)
        var a: DOTAttributes = [
            "shape": .text(look.shape), "fillcolor": .text(look.fill), "color": .text(look.outline),
            "tooltip": .label(tooltip(of: node, evidence: evidence)),
        ]
        if node.kind == .meeting && node.status == "planned" { a["style"] = "filled,dashed" }
        if node.kind == .country { a["style"] = "filled,rounded" }
        if let width {
            let aspect: Double = switch node.kind {
            case .country: 0.7
            case .organization, .meeting: 0.85
            default: 1
            }
            a["width"] = .number(width, digits: 3)
            a["height"] = .number(width * aspect, digits: 3)
            a["fixedsize"] = "shape"
            // The part of the shape's box a centred label can use.
            let inner: Double = switch node.kind {
            case .country: 0.9
            case .organization, .meeting: 0.72
            default: 0.8
            }
            a["label"] = .html(label(of: node).html(width: width * inner, height: width * aspect * inner))
        } else {
            a["margin"] = "0.08,0.04"
            a["label"] = .html(label(of: node).html(width: nil, height: nil))
        }
        return a
    }

    private func label(of node: Node) -> DiagramLabel {
        var detail: [String] = []
        switch node.kind {
        case .actor:
            if let role = node.role { detail.append(Self.shorten(role, 28)) }
            if let country = node.country { detail.append(country) }
        case .meeting:
            if let place = node.city ?? node.country { detail.append(place) }
            if let time = node.time { detail.append(Self.shorten(time, 20)) }
            if node.status == "planned" { detail.append("planned") }
        case .country:
            if let iso = node.country, iso != node.name { detail.append(iso) }
        default: break
        }
        return DiagramLabel(name: node.name.isEmpty ? node.id : node.name,
                            detail: detail.isEmpty ? nil : detail.joined(separator: " · "))
    }

    private func tooltip(of node: Node, evidence: String?) -> String {
        var lines = [node.name.isEmpty ? node.id : node.name]
        if let kind = node.kind { lines[0] += " (\(kind.rawValue))" }
        let office = [node.role, node.organization].compactMap { $0 }
        if !office.isEmpty { lines.append(office.joined(separator: ", ")) }
        let place = [node.country.map { "country \($0)" }, node.city, node.time, node.status].compactMap { $0 }
        if !place.isEmpty { lines.append(place.joined(separator: " · ")) }
        if let score = scores[node.id] { lines.append("\(measure ?? "score"): \(DiagramStyle.formatScore(score))") }
        if let evidence { lines.append("“\(Self.shorten(evidence, 240))”") }
        return lines.joined(separator: "\n")
    }

    /// The first evidence sentence of the first relation touching each node.
    private func firstEvidence() -> [String: String] {
        var out: [String: String] = [:]
        for relation in network.relations {
            guard let text = relation.evidence.first?.text else { continue }
            if out[relation.source] == nil { out[relation.source] = text }
            if out[relation.target] == nil { out[relation.target] = text }
        }
        return out
    }

    struct DrawnEdge {
        var source: String
        var target: String
        var kind: RelationKind
        var attributes: DOTAttributes
    }

    /// One edge per node pair and direction, in the style of its strongest relation.
    private func drawnEdges() -> [DrawnEdge] {
        let rank: [RelationKind: Int] = [.hosted: 0, .attended: 1, .invited: 2]
        var order: [String] = []
        var groups: [String: [Relation]] = [:]
        for relation in network.relations where options.relationKinds?.contains(relation.kind) ?? true {
            let key = relation.source + "\u{0}" + relation.target
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(relation)
        }
        return order.map { key in
            let relations = groups[key]!
            let strongest = relations.min { (rank[$0.kind] ?? 3, $0.kind) < (rank[$1.kind] ?? 3, $1.kind) }!
            var attributes = DiagramStyle.edgeStyle(of: strongest.kind).attributes
            let names = relations.map(\.kind.rawValue).joined(separator: ", ")
            let from = network.node(strongest.source)?.name ?? strongest.source
            let to = network.node(strongest.target)?.name ?? strongest.target
            var tip = "\(from) — \(names) — \(to)"
            if let text = relations.lazy.compactMap(\.evidence.first?.text).first { tip += "\n“\(Self.shorten(text, 240))”" }
            attributes["tooltip"] = .label(tip)
            if let weight = strongest.weight, weight.isFinite, weight > 0 { attributes["weight"] = .number(min(100, max(1, weight.rounded()))) }
            return DrawnEdge(source: strongest.source, target: strongest.target, kind: strongest.kind, attributes: attributes)
        }
    }

    private func clusters() -> [DOTSubgraph] {
        switch options.clustering {
        case .none: return []
        case .meetings:
            var meetingsOf: [String: Set<String>] = [:]
            for r in network.relations where [.attended, .hosted, .invited].contains(r.kind) {
                meetingsOf[r.source, default: []].insert(r.target)
            }
            return network.nodes(ofKind: .meeting).enumerated().map { index, meeting in
                let actors = network.nodes(ofKind: .actor).filter { meetingsOf[$0.id] == [meeting.id] }.map(\.id)
                return DOTSubgraph(
                    name: "cluster_meeting_\(index)",
                    attributes: ["style": "rounded,filled", "fillcolor": "#fcf4f8", "color": "#e3b7cf", "label": ""],
                    nodeIDs: [meeting.id] + actors)
            }
        case .countries:
            var codes: [String] = []
            for node in network.nodes where node.kind == .actor || node.kind == .country {
                if let code = node.country, !codes.contains(code) { codes.append(code) }
            }
            return codes.enumerated().map { index, code in
                let members = network.nodes.filter {
                    ($0.kind == .actor || $0.kind == .country) && $0.country == code
                }.map(\.id)
                let name = network.nodes.first { $0.kind == .country && $0.country == code }?.name ?? code
                return DOTSubgraph(
                    name: "cluster_country_\(index)",
                    attributes: ["style": "rounded,filled", "fillcolor": "#f2faf6", "color": "#9fd8c3",
                                 "label": .label(name), "fontname": .text(options.fontname), "fontsize": "9",
                                 "fontcolor": "#2f6f58"],
                    nodeIDs: members)
            }
        }
    }

    private func topScored() -> String? {
        guard let best = scores.filter({ $0.value.isFinite && network.contains($0.key) })
            .max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return nil }
        let name = network.node(best.key)?.name ?? best.key
        return "\(name) \(DiagramStyle.formatScore(best.value))"
    }

    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

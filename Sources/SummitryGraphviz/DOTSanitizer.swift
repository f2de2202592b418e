/// Makes untrusted DOT safe to lay out and render.
///
/// Three kinds of danger, each handled on the graph, node, edge and subgraph attributes and their
/// defaults, including inside HTML-like labels:
///
/// 1. **Reading local files.** `image`, `shapefile`, `imagepath`, `fontpath`, `fontnames` and
///    `stylesheet` are removed, as are `fontname`/`labelfontname` values that look like paths, and
///    `<IMG>` elements and `SRC` attributes in HTML labels. (Graphviz opens the file `image` names and
///    writes its path into the SVG; `stylesheet` makes SVG viewers fetch a file.)
/// 2. **Script links.** `URL`, `href` and their `head`/`tail`/`label`/`edge` variants, and `HREF` in
///    HTML labels, keep only `http`, `https` and `mailto` links and relative links; `javascript:`,
///    `data:`, `file:` and every other scheme are removed. The scheme is checked after decoding XML
///    character references (`&#58;`) and dropping tabs and line breaks, as a browser would, and a
///    link whose scheme could come from an escape (`\N`, `\G`, … before the first `:`) is removed.
/// 3. **Blow-ups.** Numeric attributes that can crash or exhaust a layout (`minlen=100000` segfaults
///    dot; `COLSPAN=65535` takes 18 GB) are clamped to ``Limits``; non-finite numbers are removed.
/// 4. **Known crashers.** Attributes that made dot 2.43 segfault or abort on small random graphs in
///    our fuzzing (``knownCrashers``: `concentrate`, `ordering`, `newrank`, `pack`, `packmode`) are
///    removed, as is `rank` on a subgraph that is, lies in, or shares nodes with a cluster (dot
///    aborts in `delete_fast_node` or `merge_chain`), and a node's
///    membership in a second cluster that neither contains nor is inside its first (fdp segfaults).
///    ``GraphvizRenderer`` also replaces `splines` values that crash the chosen engine by `line`.
///
/// No blocklist covers every crash of a C layout engine on hostile input: this one covers what is
/// known; see the renderer's notes.
///
/// In ``Mode/strip`` mode the result lists every change as a ``Finding``; in ``Mode/reject`` mode the
/// first finding throws ``GraphvizError/unsafe(file:attribute:location:message:)``.
public struct DOTSanitizer: Sendable {
    /// What to do with a finding.
    public enum Mode: Sendable {
        /// Remove or clamp, and report.
        case strip
        /// Throw on the first finding.
        case reject
    }

    /// Upper bounds for numeric attributes. Values above are clamped down to the bound.
    public struct Limits: Sendable, Hashable {
        /// Per attribute name: the smallest value allowed. `ranksep=0` makes twopi abort on edge labels;
        /// `sep=0` makes fdp and sfdp loop forever routing splines; 0.02 is dot's own minimum separation.
        public var minimums: [String: Double] = ["ranksep": 0.02, "nodesep": 0.02, "sep": 0.02, "esep": 0.02]
        /// Per attribute name: the largest value allowed (inches, points or counts as Graphviz reads it).
        public var attributes: [String: Double] = [
            "minlen": 50, "weight": 1000, "nodesep": 10, "ranksep": 20, "size": 200, "dpi": 300,
            "resolution": 300, "width": 50, "height": 50, "fontsize": 144, "labelfontsize": 144,
            "penwidth": 20, "arrowsize": 10, "peripheries": 10, "sides": 100, "margin": 10, "pad": 10,
            "len": 100, "maxiter": 10000, "nslimit": 100, "nslimit1": 100, "mclimit": 10, "searchsize": 1000,
            "dim": 10, "dimen": 10, "ratio": 100, "scale": 100, "samplepoints": 100, "levels": 100,
            "labeldistance": 50, "mindist": 100, "sep": 20, "esep": 20,
        ]
        /// Per HTML-label attribute name (upper case): the largest value allowed.
        public var html: [String: Double] = [
            "COLSPAN": 100, "ROWSPAN": 100, "BORDER": 20, "CELLBORDER": 20, "CELLPADDING": 50,
            "CELLSPACING": 50, "WIDTH": 2000, "HEIGHT": 2000, "POINT-SIZE": 144,
        ]

        /// The default limits: generous for real diagrams, far below what breaks Graphviz.
        public init() {}
    }

    /// One removal or clamp.
    public struct Finding: Hashable, Sendable, CustomStringConvertible {
        /// `graph`, `node "id"`, `edge "a" -> "b"`, `subgraph "name"`, `node defaults`, `edge defaults`.
        public var location: String
        /// The attribute's name (for HTML labels: `label` and the HTML attribute, e.g. `label/IMG`).
        public var attribute: String
        /// The original value, cut to 80 characters.
        public var value: String
        /// What was done.
        public var action: Action
        /// Why, in words.
        public var reason: String

        /// What the sanitiser did.
        public enum Action: Hashable, Sendable {
            case removed
            case clamped(to: String)
        }

        /// One line for a report, e.g. `node a: removed image="/etc/passwd" (…)`.
        public var description: String {
            switch action {
            case .removed: "\(location): removed \(attribute)=\"\(value)\" (\(reason))"
            case .clamped(let to): "\(location): clamped \(attribute) from \(value) to \(to) (\(reason))"
            }
        }
    }

    /// A sanitised graph and what was changed.
    public struct Result: Hashable, Sendable {
        /// The graph with unsafe attributes removed and sizes clamped.
        public var graph: DOTGraph
        /// Every change, in graph, defaults, node, edge, subgraph order.
        public var findings: [Finding]
    }

    /// Strip and report, or reject.
    public var mode: Mode
    /// The bounds for numeric attributes.
    public var limits: Limits
    /// Attributes removed (when set to anything but `false`, `0` or empty) because they crash dot 2.43
    /// on some inputs. Seen in fuzzing here, 150–400 random graphs of up to 25 nodes each:
    /// `concentrate=true` segfaults on a plain 9-node digraph; `ordering=in|out`, `newrank=true` and
    /// `pack=true` segfault on some graphs with clusters and rank sets.
    public var knownCrashers: Set<String> = ["concentrate", "ordering", "newrank", "pack", "packmode"]

    /// A sanitiser; by default it strips and uses the default limits.
    public init(mode: Mode = .strip, limits: Limits = Limits()) {
        self.mode = mode
        self.limits = limits
    }

    /// Attributes that make Graphviz (or an SVG viewer) read files.
    static let fileAttributes: Set<String> = ["image", "shapefile", "imagepath", "fontpath", "fontnames", "stylesheet"]
    /// Attributes holding links.
    static let linkAttributes: Set<String> = [
        "url", "href", "headurl", "tailurl", "labelurl", "edgeurl", "headhref", "tailhref", "labelhref", "edgehref",
    ]

    /// Sanitises a graph.
    /// - Parameters:
    ///   - graph: the graph, e.g. from ``DOTReader``.
    ///   - file: the name a ``Mode/reject`` error gives.
    /// - Returns: the safe graph and the findings (empty when nothing was changed).
    /// - Throws: in ``Mode/reject`` mode, ``GraphvizError/unsafe(file:attribute:location:message:)``.
    /// - Complexity: O(total size of the attribute values).
    public func sanitize(_ graph: DOTGraph, file: String = "<memory>") throws -> Result {
        var g = graph
        var findings: [Finding] = []
        func clean(_ attributes: inout DOTAttributes, _ location: String) throws {
            try cleanAttributes(&attributes, location: location, file: file, findings: &findings)
        }
        try clean(&g.attributes, "graph")
        try clean(&g.nodeDefaults, "node defaults")
        try clean(&g.edgeDefaults, "edge defaults")
        for i in g.nodes.indices { try clean(&g.nodes[i].attributes, "node \(DOTWriter.quoted(g.nodes[i].id))") }
        for i in g.edges.indices {
            let e = g.edges[i]
            try clean(&g.edges[i].attributes,
                      "edge \(DOTWriter.quoted(e.source)) \(graph.isDirected ? "->" : "--") \(DOTWriter.quoted(e.target))")
        }
        func cleanSubgraphs(_ subgraphs: inout [DOTSubgraph]) throws {
            for i in subgraphs.indices {
                let where_ = "subgraph \(subgraphs[i].name.map(DOTWriter.quoted) ?? "(anonymous)")"
                try clean(&subgraphs[i].attributes, where_)
                try clean(&subgraphs[i].nodeDefaults, where_ + " node defaults")
                try cleanSubgraphs(&subgraphs[i].subgraphs)
            }
        }
        try cleanSubgraphs(&g.subgraphs)
        try removeOverlappingClusterMembers(&g.subgraphs, file: file, findings: &findings)
        try removeConflictingRanks(&g.subgraphs, file: file, findings: &findings)
        return Result(graph: g, findings: findings)
    }

    /// Reads DOT text with ``DOTReader`` and sanitises it.
    /// - Throws: the reader's errors, and in ``Mode/reject`` mode the first finding.
    public func sanitize(text: String, file: String = "<memory>") throws -> Result {
        try sanitize(DOTReader.read(text, file: file), file: file)
    }

    private func cleanAttributes(
        _ attributes: inout DOTAttributes, location: String, file: String, findings: inout [Finding]
    ) throws {
        for name in attributes.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let value = attributes[name] else { continue }
            var found: [Finding] = []
            let replacement = check(name: name, value: value, location: location, findings: &found)
            if let first = found.first, mode == .reject {
                throw GraphvizError.unsafe(file: file, attribute: first.attribute, location: location,
                                           message: "\(first.reason) (value \"\(first.value)\")")
            }
            findings += found
            attributes[name] = replacement
        }
    }

    /// The value to keep (nil to remove), adding what was found.
    private func check(name: String, value: DOTValue, location: String, findings: inout [Finding]) -> DOTValue? {
        let lower = name.lowercased()
        func finding(_ action: Finding.Action, _ reason: String, attribute: String = name, shown: String? = nil) {
            findings.append(Finding(location: location, attribute: attribute, value: Self.cut(shown ?? value.string),
                                    action: action, reason: reason))
        }
        if Self.fileAttributes.contains(lower) {
            finding(.removed, "makes Graphviz or an SVG viewer read a local file")
            return nil
        }
        if lower == "fontname" || lower == "labelfontname", Self.looksLikePath(value.string) {
            finding(.removed, "a font given by path makes Graphviz open that file")
            return nil
        }
        if knownCrashers.contains(lower), !["", "false", "0"].contains(value.string.lowercased()) {
            finding(.removed, "crashes dot 2.43 on some graphs")
            return nil
        }
        if Self.linkAttributes.contains(lower), let reason = Self.unsafeLinkReason(value.string) {
            finding(.removed, reason)
            return nil
        }
        if case .html(let markup) = value {
            var htmlFindings: [(attribute: String, value: String, action: Finding.Action, reason: String)] = []
            let cleaned = HTMLLabelSanitizer(limits: limits.html).sanitize(markup, findings: &htmlFindings)
            for f in htmlFindings { finding(f.action, f.reason, attribute: "\(name)/\(f.attribute)", shown: f.value) }
            return cleaned.map(DOTValue.html) ?? nil
        }
        if let limit = limits.attributes[lower] {
            switch Self.clamp(value.string, to: limit, minimum: limits.minimums[lower]) {
            case .unchanged: return value
            case .clamped(let text):
                finding(.clamped(to: text), "larger values can crash or exhaust the layout (limit \(DOTValue.format(limit, digits: 4)))")
                return .text(text)
            case .notFinite:
                finding(.removed, "not a finite number")
                return nil
            }
        }
        return value
    }

    static func cut(_ s: String) -> String { s.count <= 80 ? s : String(s.prefix(77)) + "..." }

    static func looksLikePath(_ s: String) -> Bool { s.contains("/") || s.contains("\\") || s.contains("~") }

    enum ClampResult: Equatable { case unchanged, clamped(String), notFinite }

    /// Clamps every number in a value like `3`, `2.5!`, `7,5`, `1.2 equally` to `limit` (in magnitude)
    /// and, when given, up to `minimum`, keeping the separators and suffixes. Values without a leading
    /// number are left alone (Graphviz reads them as 0 or its default).
    static func clamp(_ text: String, to limit: Double, minimum: Double? = nil) -> ClampResult {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        var changed = false
        var out: [String] = []
        for part in parts {
            // Numbers are short; looking further only costs time on hostile input.
            let trimmed = part.drop { $0 == " " }.prefix(64)
            var end = trimmed.startIndex
            var number: Double?
            // The longest prefix that parses as a number (Swift and C's strtod agree on inf, nan and hex).
            var index = trimmed.startIndex
            while index < trimmed.endIndex {
                index = trimmed.index(after: index)
                if let n = Double(trimmed[..<index]) { number = n; end = index }
            }
            guard let value = number else { out.append(String(part)); continue }
            if value.isNaN { return .notFinite }
            if let minimum, value < minimum {
                changed = true
                out.append(DOTValue.format(minimum, digits: 4) + part.drop { $0 == " " }[end...])
            } else if abs(value) > limit {
                changed = true
                out.append(DOTValue.format(value < 0 ? -limit : limit, digits: 4) + part.drop { $0 == " " }[end...])
            } else {
                out.append(String(part))
            }
        }
        return changed ? .clamped(out.joined(separator: ",")) : .unchanged
    }
}

import Foundation

extension Pipeline {
    /// Centralities of the graph in `path` (see ``loadGraph(_:directed:weighted:)``), one column per
    /// measure (a measure with two results, like HITS, gives two columns), rows in input order.
    ///
    /// - Throws: reading errors naming the file; a measure's error (no convergence, bad weight)
    ///   prefixed with the file.
    public static func centrality(of path: String, measures: [String], directed: Bool,
                                  request: CentralityRequest,
                                  progress: (@Sendable (String) -> Void)? = nil) throws -> ScoreTable {
        let (graph, top) = try loadGraphAndSides(path, directed: directed, weighted: request.weighted,
                                                needsSides: measures.contains { twoModeMeasures.contains($0) })
        guard graph.nodeCount > 0 else {
            throw SummitryError.failed(file: path, message: "the graph has no nodes")
        }
        do {
            if measures.count == 1, isEdgeMeasure(measures[0]) {
                return try edgeScores(graph, measure: measures[0], options: request)
            }
            return try computeScores(graph, measures: measures, options: request, top: top, progress: progress)
        } catch let error as SummitryError {
            throw error
        } catch {
            throw SummitryError.failed(file: path, message: "\(error)")
        }
    }

    /// The drawing of the network in `input`: Graphviz output in `format` (`svg`, `png`, `pdf`), or the
    /// styled DOT text for `dot`. Nodes are sized by `sizeBy`, computed on the undirected simple graph
    /// of all relations. A DOT input without `sizeBy` keeps its own styling: it is sanitised (attributes
    /// that read files removed) and drawn as it is.
    public static func render(input: String, format: String, layout: String?, sizeBy: String?) throws -> Data {
        if sizeBy == nil, InputFormat(path: input) == .dot {
            let parsed = try DOTReader.read(text(of: input), file: input)
            let clean = try DOTSanitizer(mode: .strip).sanitize(parsed, file: input).graph.dotText
            if format == "dot" { return Data(clean.utf8) }
            return try render(dot: clean, layout: layout, format: format, file: input)
        }
        let network = try loadNetwork([input])
        var scores: ScoreTable? = nil
        if let sizeBy {
            let graph = network.graph(directed: false, multigraph: false)
            if graph.nodeCount > 0 {
                scores = try? computeScores(graph, measures: [sizeBy], options: CentralityRequest(),
                                            top: topSide(of: graph, in: network))
            }
        }
        let drawing = diagram(network, scores: scores, sizeBy: sizeBy)
        let dot = drawing.dotGraph.dotText
        if format == "dot" { return Data(dot.utf8) }
        return try render(dot: dot, layout: layout ?? engine(for: drawing), format: format, file: input)
    }

    /// The chains as text: one block per chain, the chain on its first line, then each relation of
    /// each step with its evidence.
    public static func describe(_ paths: RelationPaths, in network: Network) -> String {
        func name(_ id: String) -> String { network.node(id)?.name ?? id }
        let (a, b) = (name(paths.source), name(paths.target))
        guard let first = paths.paths.first else {
            return "\(a) and \(b) are not connected.\n"
        }
        let count = paths.paths.count
        var out = "\(a) → \(b): \(first.count) step\(first.count == 1 ? "" : "s"), "
            + "\(count)\(paths.truncated ? "+" : "") shortest chain\(count == 1 ? "" : "s")\n"
        for (i, steps) in paths.paths.enumerated() {
            var chain = name(paths.source)
            for step in steps {
                let forward = step.relations.first { $0.source == step.from }
                if let forward { chain += " —\(forward.kind.rawValue)→ " } else {
                    chain += " ←\(step.relations.first?.kind.rawValue ?? "?")— "
                }
                chain += name(step.to)
            }
            out += "\n\(i + 1). \(chain)\n"
            for step in steps {
                for r in step.relations {
                    out += "   \(name(r.source)) \(r.kind.rawValue) \(name(r.target))"
                    if let w = r.weight { out += " (weight \(ScoreTable.format(w)))" }
                    out += "\n"
                    for e in r.evidence {
                        let text = e.text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
                        out += "     “\(text)” (\(e.document), sentence \(e.sentence + 1))\n"
                    }
                }
            }
        }
        return out
    }
}

extension ScoreTable {
    /// The `n` rows with the highest values in the first column, highest first (ties in input order;
    /// NaN last).
    public func top(_ n: Int) -> ScoreTable {
        guard let first = columns.first else {
            return ScoreTable(ids: Array(ids.prefix(n)), columns: [], idFields: Array(idFields.prefix(n)), idHeader: idHeader)
        }
        let order = ids.indices.sorted { a, b in
            let (x, y) = (first.values[a], first.values[b])
            if x.isNaN != y.isNaN { return y.isNaN }
            return x != y && !x.isNaN ? x > y : a < b
        }.prefix(n)
        return ScoreTable(ids: order.map { ids[$0] },
                          columns: columns.map { column in Column(name: column.name, values: order.map { column.values[$0] }) },
                          idFields: order.map { idFields[$0] }, idHeader: idHeader)
    }

    /// The table as aligned text for a terminal: ids left, numbers right with six decimals.
    public func alignedText() -> String {
        var rows: [[String]] = [[idHeader.joined(separator: " ")] + columns.map(\.name)]
        for (r, id) in ids.enumerated() {
            rows.append([id] + columns.map { $0.values[r].isFinite ? String(format: "%.6f", $0.values[r]) : Self.format($0.values[r]) })
        }
        let widths = rows[0].indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return c == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}

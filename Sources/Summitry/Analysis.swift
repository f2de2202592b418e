import Foundation

/// What ``Pipeline/analyze(inputs:outputDirectory:options:progress:)`` computes and writes.
public struct AnalysisOptions: Sendable {
    /// Measures computed on the actors' co-attendance network (names as `summitry centrality` takes them).
    public var measures: [String]
    /// Two-mode measures computed on the actor × meeting network; they are skipped with a warning
    /// when this build's centrality module does not offer them.
    public var twoModeMeasures: [String]
    /// The Graphviz layout of `graph.svg`; nil picks one by the network's size and clusters.
    public var layout: String?
    /// The measure that sizes the nodes of the drawing.
    public var sizeBy: String
    /// Whether to write `report.html` beside the other files.
    public var writeReport: Bool

    /// Options; by default NetworkX's five standard measures, two-mode degree and betweenness, nodes
    /// sized by betweenness, the layout chosen by size, and the HTML report.
    public init(measures: [String] = Pipeline.defaultMeasures,
                twoModeMeasures: [String] = ["two-mode-degree", "two-mode-betweenness"],
                layout: String? = nil, sizeBy: String = "betweenness", writeReport: Bool = true) {
        self.measures = measures
        self.twoModeMeasures = twoModeMeasures
        self.layout = layout
        self.sizeBy = sizeBy
        self.writeReport = writeReport
    }
}

/// One actor of the ranked table.
public struct RankedActor: Sendable, Hashable {
    /// 1-based place in the ranking.
    public let rank: Int
    /// The node id (`actor:…`).
    public let id: String
    /// The display name.
    public let name: String
    /// The office, as the input gives it.
    public let role: String?
    /// ISO 3166-1 alpha-2 code of the state the actor represents.
    public let country: String?
    /// Scores by measure name, in the order of ``AnalysisResult/measures``.
    public let scores: [Double]
}

/// The result of an analysis: the network, the scores, the ranking and the files written.
public struct AnalysisResult: Sendable {
    /// The merged network of every input.
    public let network: Network
    /// One row per actor (or per node, for a network without actors), one column per measure.
    public let scores: ScoreTable
    /// Column names of ``scores``.
    public var measures: [String] { scores.columns.map(\.name) }
    /// Actors by decreasing score (see ``Pipeline/rank(_:network:)``).
    public let ranking: [RankedActor]
    /// The files written, in order.
    public let files: [String]
    /// What was skipped and why (e.g. a measure that did not converge).
    public let warnings: [String]
}

extension Pipeline {
    /// The measures `analyze` and `centrality` compute when none are named.
    public static let defaultMeasures = ["degree", "closeness", "betweenness", "eigenvector", "pagerank"]

    /// The main job: reads every input, builds the network, computes centralities of the actors and
    /// writes `network.json`, `graph.dot`, `graph.svg`, `centrality.csv` (and `report.html`) into
    /// `outputDirectory`, all or nothing (see ``OutputFiles``).
    ///
    /// Scores are computed on the co-attendance network of the actors (two actors are linked when they
    /// took part in the same meeting, weighted by the number of such meetings; weights are not used by
    /// the default measures, as with NetworkX's defaults); two-mode measures on the actor × meeting
    /// network. A network without meetings (a graph file) is scored as the undirected simple graph of
    /// all its relations.
    ///
    /// - Parameters:
    ///   - inputs: files and directories (see ``expand(_:)``).
    ///   - outputDirectory: created if missing.
    ///   - options: measures, layout, report.
    ///   - progress: told what is being done, for a terminal's status line.
    /// - Returns: the network, scores, ranking and files written.
    /// - Throws: the first error of reading, scoring, drawing or writing; nothing is written then.
    public static func analyze(inputs: [String], outputDirectory: String, options: AnalysisOptions = AnalysisOptions(),
                               progress: (String) -> Void = { _ in }) throws -> AnalysisResult {
        var readingWarnings: [String] = []
        let network = try loadNetwork(inputs, progress: { progress("reading \($0)") }, warning: { readingWarnings.append($0) })
        guard !network.nodes.isEmpty else {
            throw SummitryError.failed(file: inputs.joined(separator: ", "), message: "no actors, countries or meetings found")
        }
        progress("computing centralities")
        var warnings: [String] = readingWarnings
        let (scores, scoreWarnings) = try actorScores(network, options: options)
        warnings += scoreWarnings

        progress("drawing")
        let sizeBy = sizingColumn(scores, preferred: options.sizeBy)
        let drawing = diagram(network, scores: scores, sizeBy: sizeBy)
        let dot = drawing.dotGraph.dotText
        let svg = try render(dot: dot, layout: options.layout ?? engine(for: drawing), format: "svg", file: "graph.svg")

        let ranking = rank(scores, network: network)
        var files = OutputFiles()
        files.add("network.json", try nodeLinkData(network))
        files.add("graph.dot", text: dot)
        files.add("graph.svg", svg)
        files.add("centrality.csv", text: scores.csv())
        if options.writeReport {
            files.add("report.html", text: HTMLReport(network: network, scores: scores, ranking: ranking,
                                                      svg: String(decoding: svg, as: UTF8.self)).html())
        }
        progress("writing \(outputDirectory)")
        let written = try files.write(to: outputDirectory)
        return AnalysisResult(network: network, scores: scores, ranking: ranking, files: written, warnings: warnings)
    }

    /// The column that sizes the drawing: `preferred` when it exists and tells nodes apart, else the
    /// first column that does (on a small network every actor may have betweenness 0, and equal sizes
    /// say nothing), else `preferred` or the first column.
    static func sizingColumn(_ scores: ScoreTable, preferred: String) -> String? {
        func varies(_ values: [Double]) -> Bool { values.contains { $0 != values.first } }
        if let values = scores.column(preferred), varies(values) { return preferred }
        if let other = scores.columns.first(where: { varies($0.values) }) { return other.name }
        return scores.column(preferred) != nil ? preferred : scores.columns.first?.name
    }

    /// The Graphviz engine for a diagram: its recommended layout (fdp with meeting clusters, neato
    /// without, up to several hundred nodes), or nil to let the renderer choose by size.
    static func engine(for diagram: NetworkDiagram) -> String? {
        diagram.recommendedLayout == .automatic ? nil : diagram.recommendedLayout.rawValue
    }

    /// Scores of the actors: the requested one-mode measures on the co-attendance graph and the two-mode
    /// measures on the actor × meeting graph. Measures that fail (e.g. no convergence) are left out
    /// with a warning rather than failing the run.
    static func actorScores(_ network: Network, options: AnalysisOptions) throws -> (ScoreTable, [String]) {
        let view = network.twoModeView()
        let hasMeetings = view.graph.edgeCount > 0
        var warnings: [String] = []
        var columns: [ScoreTable.Column] = []
        let ids: [String]
        let oneMode: Graph
        if hasMeetings {
            oneMode = coAttendance(view)
            ids = oneMode.keys
        } else {
            oneMode = network.graph(directed: false, multigraph: false)
            ids = oneMode.keys
        }
        for measure in options.measures {
            do {
                columns += try computeScores(oneMode, measures: [measure], options: CentralityRequest()).columns
            } catch {
                warnings.append("\(measure): \(error)")
            }
        }
        if hasMeetings {
            for measure in options.twoModeMeasures where availableMeasures.contains(measure) {
                do {
                    let table = try computeScores(view.graph, measures: [measure], options: CentralityRequest())
                    // Keep the actor rows, in the one-mode order.
                    for column in table.columns {
                        let byID = Dictionary(uniqueKeysWithValues: zip(table.ids, column.values))
                        columns.append(.init(name: column.name, values: ids.map { byID[$0] ?? .nan }))
                    }
                } catch {
                    warnings.append("\(measure): \(error)")
                }
            }
        }
        return (ScoreTable(ids: ids, columns: columns), warnings)
    }

    /// Actors (or, without actors, all rows) ranked by the first measure, ties broken by the next ones
    /// and finally by name; NaN ranks last.
    public static func rank(_ scores: ScoreTable, network: Network) -> [RankedActor] {
        let rows = scores.ids.indices.filter { network.node(scores.ids[$0])?.kind == .actor }
        let chosen = rows.isEmpty ? Array(scores.ids.indices) : rows
        func key(_ row: Int) -> [Double] { scores.columns.map { $0.values[row].isNaN ? -.infinity : $0.values[row] } }
        let sorted = chosen.sorted { a, b in
            let (ka, kb) = (key(a), key(b))
            for (x, y) in zip(ka, kb) where x != y { return x > y }
            let (na, nb) = (network.node(scores.ids[a])?.name ?? scores.ids[a], network.node(scores.ids[b])?.name ?? scores.ids[b])
            return na < nb
        }
        return sorted.enumerated().map { place, row in
            let node = network.node(scores.ids[row])
            return RankedActor(rank: place + 1, id: scores.ids[row], name: node?.name ?? scores.ids[row], role: node?.role,
                               country: node?.country, scores: scores.columns.map { $0.values[row] })
        }
    }

    /// The ranked table as aligned text: rank, name, role, country, then one column per measure with
    /// four decimals. Long names and roles are cut with `…` to keep the table readable.
    public static func rankingTable(_ ranking: [RankedActor], measures: [String], limit: Int? = nil) -> String {
        let rows = limit.map { Array(ranking.prefix($0)) } ?? ranking
        func cut(_ s: String, _ width: Int) -> String { s.count <= width ? s : String(s.prefix(width - 1)) + "…" }
        var table: [[String]] = [["#", "name", "role", "country"] + measures]
        for r in rows {
            table.append([String(r.rank), cut(r.name, 32), cut(r.role ?? "", 28), r.country ?? ""]
                         + r.scores.map { $0.isNaN ? "nan" : String(format: "%.4f", $0) })
        }
        let widths = table[0].indices.map { c in table.map { $0[c].count }.max() ?? 0 }
        let numeric = Set([0] + Array(4 ..< table[0].count))
        return table.map { row in
            row.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: widths[c] - cell.count)
                return numeric.contains(c) ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}

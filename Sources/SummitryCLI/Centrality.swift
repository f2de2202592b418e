import ArgumentParser
import Foundation
import Summitry

extension SummitryCommand {
    struct Centrality: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Centralities of a graph file, with NetworkX's definitions and defaults.",
            discussion: """
            INPUT is an edge list (.edgelist or .txt: lines `u v [w]`, `#` comments, as \
            networkx.read_edgelist), node-link JSON, GraphML, DOT or an affiliation table. The graph is \
            undirected unless --directed; parallel edges are merged, as in networkx.Graph. csv prints a \
            header `id,<measure>,…` and one row per node with `id` as in the input and every number in \
            full precision (shortest round-trip form). Default measures: \
            \(Pipeline.defaultMeasures.joined(separator: ", ")). PageRank stops as NetworkX does, when \
            the L1 change falls below n·tol. edge-betweenness scores edges: ask for it alone; its csv \
            header is `source,target,edge-betweenness`. Two-mode measures take the sides from node kinds \
            (meetings against the rest, on the actor × meeting graph), else from a `bipartite` attribute \
            (0 = first side), else by 2-colouring.

            Measures:
            \(Pipeline.measureDescriptions.map { "  \($0.name): \($0.help)" }.joined(separator: "\n"))
            """)

        @Argument(help: "The graph file.")
        var input: String

        @Option(name: .customLong("measure"), help: ArgumentHelp("A measure; repeat for several.", valueName: "name"))
        var measures: [String] = []

        @OptionGroup var graph: GraphOptions

        @Option(help: "Output format.")
        var format: ScoreFormat = .table

        @Option(help: "Only the N nodes with the highest first measure, highest first.")
        var top: Int?

        func validate() throws {
            try validateMeasures(measures, flag: "--measure", input: input)
            if measures.count > 1, let edge = measures.first(where: Pipeline.isEdgeMeasure) {
                throw ValidationError("--measure: \(edge) scores edges, not nodes; ask for it alone.")
            }
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        }

        func run() throws {
            var table = try Pipeline.centrality(of: input, measures: measures.isEmpty ? Pipeline.defaultMeasures : measures,
                                                directed: graph.directed, request: graph.request,
                                                progress: Terminal.isInteractive ? Terminal.progress : nil)
            Terminal.clearProgress()
            if let top { table = table.top(top) }
            switch format {
            case .csv: Terminal.output(table.csv())
            case .json: Terminal.output(table.json())
            case .table: Terminal.output(table.alignedText())
            }
        }
    }
}

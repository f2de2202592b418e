import ArgumentParser
import Foundation
import Summitry

extension SummitryCommand {
    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The main job: inputs → network → centralities → files and a ranked table of actors.",
            discussion: """
            Reads articles (.txt), affiliation tables (.csv), node-link JSON, GraphML and DOT; a directory \
            stands for its .txt files. Writes network.json, graph.dot, graph.svg, centrality.csv and \
            report.html into the output directory (all or nothing) and prints the actors ranked by \
            centrality in their co-attendance network.
            """)

        @Argument(help: "Input files or directories (default: seeds/).")
        var inputs: [String] = []

        @Option(name: .long, help: "Directory for the output files (created if missing).")
        var out = "out"

        @Option(help: "Graphviz layout for graph.svg (default: by network size, fdp or sfdp).")
        var layout: Layout?

        @Option(name: .customLong("top"), help: "Print only the first N actors.")
        var top: Int?

        func validate() throws {
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        }

        func run() throws {
            var options = AnalysisOptions()
            options.layout = layout?.rawValue
            let result = try Pipeline.analyze(inputs: inputs.isEmpty ? ["seeds/"] : inputs, outputDirectory: out,
                                              options: options, progress: Terminal.progress)
            Terminal.clearProgress()
            for warning in result.warnings { Terminal.error("summitry: warning: \(warning)") }
            Terminal.output(Pipeline.rankingTable(result.ranking, measures: result.measures, limit: top))
            if Terminal.isInteractive { Terminal.error("wrote \(result.files.joined(separator: ", "))") }
        }
    }
}

import ArgumentParser
import Foundation
import Summitry

extension SummitryCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a network to node-link JSON, GraphML, CSV edge tables or DOT.",
            discussion: """
            csv writes a directory holding nodes.csv (`id,kind,name,…`) and edges.csv \
            (`src,dst,relation,weight,evidence`), the tables Apache Spark GraphFrames loads. dot writes \
            plain DOT with node kinds and fields and one edge per relation (no evidence; for a styled \
            drawing use `summitry render … --output FILE.dot`). json and graphml keep everything.
            """)

        @Argument(help: "A network: articles, affiliation table, node-link JSON, GraphML, DOT or edge list.")
        var input: String

        @Option(help: "The output format.")
        var format: ExportFormat

        @Option(name: [.short, .long], help: "The output file (for csv: a directory).")
        var output: String

        func run() throws {
            let network = try Pipeline.loadNetwork([input])
            switch format {
            case .json: try OutputFiles.writeFile(Pipeline.nodeLinkData(network), to: output)
            case .graphml: try OutputFiles.writeFile(GraphML.data(of: network), to: output)
            case .dot: try OutputFiles.writeFile(Data(Pipeline.dataDOT(network).utf8), to: output)
            case .csv:
                var files = OutputFiles()
                files.add("nodes.csv", text: EdgeTables.nodesCSV(of: network))
                files.add("edges.csv", text: EdgeTables.edgesCSV(of: network))
                try files.write(to: output)
            }
        }
    }
}

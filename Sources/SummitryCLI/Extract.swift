import ArgumentParser
import Foundation
import Summitry

extension SummitryCommand {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the network of news articles as node-link JSON (all files merged).",
            discussion: """
            The JSON loads in NetworkX with networkx.node_link_graph(data, edges="edges"). Every relation \
            carries its evidence: document, sentence, character span and text.
            """)

        @Argument(help: "UTF-8 text files in German or English (a directory stands for its .txt files).")
        var files: [String]

        @Option(name: [.short, .long], help: "Write the JSON here instead of standard output.")
        var output: String?

        func run() throws {
            let network = try Pipeline.extract(paths: Pipeline.expand(files)) { Terminal.error("summitry: warning: \($0)") }
            let data = try Pipeline.nodeLinkData(network)
            if let output {
                try OutputFiles.writeFile(data, to: output)
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}

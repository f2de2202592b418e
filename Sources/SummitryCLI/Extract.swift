import ArgumentParser
import Foundation
import Summitry

extension SummitryCommand {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract the network of news articles as node-link JSON (all files merged).")

        @Argument(help: "UTF-8 text files in German or English.")
        var files: [String]

        @Option(name: [.short, .long], help: "Write the JSON here instead of standard output.")
        var output: String?

        func run() throws {
            let network = try Pipeline.extract(paths: files)
            let data = try Pipeline.nodeLinkData(network)
            if let output {
                try Pipeline.writeAtomically(data, to: output)
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}

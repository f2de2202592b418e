import ArgumentParser
import Foundation
import Summitry

extension SummitryCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a network with Graphviz (in-process, no `dot` binary needed).",
            discussion: """
            Nodes are shaped by kind and sized by a measure. The output format follows the file's \
            extension: .svg, .png, .pdf, or .dot for the styled DOT text. Untrusted DOT input is \
            sanitised: attributes that make Graphviz read files are removed.
            """)

        @Argument(help: "A network: articles, affiliation table, node-link JSON, GraphML, DOT or edge list.")
        var input: String

        @Option(name: [.short, .long], help: "The drawing: FILE.svg, FILE.png, FILE.pdf or FILE.dot.")
        var output: String

        @Option(help: "Graphviz layout engine (default: by network size, fdp or sfdp).")
        var layout: Layout?

        @Option(name: .customLong("size-by"), help: ArgumentHelp(
            "The measure that sizes the nodes (default: degree; a DOT input without it keeps its own style).",
            valueName: "measure"))
        var sizeBy: String?

        static let formats = ["svg", "png", "pdf", "dot"]

        var outputFormat: String { URL(fileURLWithPath: output).pathExtension.lowercased() }

        func validate() throws {
            guard Self.formats.contains(outputFormat) else {
                throw ValidationError("--output must end in .svg, .png, .pdf or .dot (got \"\(output)\").")
            }
            if let sizeBy { try validateMeasures([sizeBy], flag: "--size-by", input: input) }
        }

        func run() throws {
            let isDOT = InputFormat(path: input) == .dot
            let data = try Pipeline.render(input: input, format: outputFormat, layout: layout?.rawValue,
                                           sizeBy: sizeBy ?? (isDOT ? nil : "degree"))
            try OutputFiles.writeFile(data, to: output)
        }
    }
}

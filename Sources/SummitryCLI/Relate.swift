import ArgumentParser
import Foundation
import Summitry

extension SummitryCommand {
    struct Relate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How two nodes are connected: the shortest chains of relations, with their evidence.",
            discussion: "A and B are node ids (actor:jens-stoltenberg) or names (Jens Stoltenberg, or an alias).")

        @Argument(help: "A network: articles, affiliation table, node-link JSON, GraphML, DOT or edge list.")
        var input: String

        @Argument(help: "The first node, by id or name.")
        var a: String

        @Argument(help: "The second node, by id or name.")
        var b: String

        @Option(help: "Print at most N chains.")
        var limit = 10

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() throws {
            let network = try Pipeline.loadNetwork([input])
            let source = try network.resolveNode(a, file: input)
            let target = try network.resolveNode(b, file: input)
            let paths = RelationPaths(in: network, from: source, to: target, limit: limit)
            Terminal.output(Pipeline.describe(paths, in: network))
        }
    }
}

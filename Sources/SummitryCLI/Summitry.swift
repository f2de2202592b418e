import ArgumentParser
import Foundation
import Summitry

@main
struct SummitryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summitry",
        abstract: "Turn reports of diplomacy into a network of actors, countries, organisations and meetings.",
        discussion: """
        Start with `summitry analyze`: it reads the articles in seeds/, ranks the actors and writes the \
        network, its centralities and a Graphviz drawing to out/.
        """,
        subcommands: [Analyze.self, Extract.self, Centrality.self, Render.self, Export.self, Relate.self]
    )

    /// Runs a command and reports any error as one line on standard error (`summitry: <message>`),
    /// naming the file and line where there is one, with exit status 1 (64 for usage errors). Help
    /// and version requests print as usual.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            Terminal.clearProgress()
            let message = Self.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "\n", with: " ")
            Terminal.error("summitry: \(message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message)")
            Foundation.exit(code.rawValue)
        }
    }
}

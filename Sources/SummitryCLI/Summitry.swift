import ArgumentParser
import Foundation
import Summitry

@main
struct SummitryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summitry",
        abstract: "Turn reports of diplomacy into a network of actors, countries, organisations and meetings.",
        subcommands: [Extract.self]
    )
}

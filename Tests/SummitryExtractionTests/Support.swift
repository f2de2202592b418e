import Foundation
import SummitryExtraction
import SummitryModel

/// One extractor for all tests (loading the lexicons takes a moment).
enum Shared {
    static let extractor: Result<Extractor, any Error> = Result { try Extractor() }

    static func network(_ text: String, id: String = "t") throws -> Network {
        try extractor.get().extract(text: text, document: Document(id: id, path: id + ".txt", lang: ""))
    }
}

extension Network {
    func actor(named name: String) -> Node? { nodes.first { $0.kind == .actor && $0.name == name } }
    var actorNames: Set<String> { Set(nodes(ofKind: .actor).map(\.name)) }
    var countryCodes: Set<String> { Set(nodes(ofKind: .country).compactMap(\.country)) }
    var meetings: [Node] { nodes(ofKind: .meeting) }
    /// Ids of the meetings actor `name` attends or hosts, in the network's order.
    func meetingIDs(with name: String) -> [String] {
        meetings.map(\.id).filter { participants(of: $0).contains(name) }
    }
    /// Names of the actors attending or hosting meeting `id`.
    func participants(of id: String) -> Set<String> {
        Set(relations.filter { $0.target == id && RelationKind.participation.contains($0.kind) }.compactMap { node($0.source)?.name })
    }
}

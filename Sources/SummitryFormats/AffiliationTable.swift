import Foundation
import SummitryModel

/// An affiliation table: one row per actor at a meeting, the spreadsheet analysts keep by hand.
///
/// The first record is a header naming the columns, in any order and any letter case:
///
/// | column | required | meaning |
/// |---|---|---|
/// | `actor` | yes | the actor's full name |
/// | `meeting` | yes | the meeting's name ("NATO summit") |
/// | `role` | no | the actor's office ("Foreign Minister") |
/// | `country` | no | ISO 3166-1 alpha-2 code of the state the actor represents |
/// | `date` | no | when the meeting took place, as written; rows with the same meeting and date are one meeting |
/// | `place` | no | where: a city, a city and a country code (`Madrid, ES`), or a country code (`ES`) |
/// | `relation` | no | the actor's part: `attended` (default), `hosted` or `invited` |
///
/// Other columns are kept as attributes of the participation relation. The result has an actor node
/// (`actor:<slug>`) per distinct name, a meeting node (`meeting:<slug of meeting and date>`) per
/// distinct meeting and date, a country node per code, and the relations `attended`/`hosted`/`invited`
/// (actor → meeting), `represents` (actor → country) and `held_in` (meeting → country). Empty cells are
/// absent values. Rows are read with ``CSV/records(in:file:)`` (RFC 4180).
public enum AffiliationTable {
    /// The columns a table must have.
    public static let requiredColumns = ["actor", "meeting"]
    /// The columns with a meaning; any other column becomes a relation attribute.
    public static let knownColumns = ["actor", "meeting", "role", "country", "date", "place", "relation"]

    /// Reads an affiliation table.
    ///
    /// - Parameters:
    ///   - text: the CSV text.
    ///   - file: the name used in error messages and as the document id's source.
    /// - Returns: the network the table describes.
    /// - Throws: ``FormatError`` with the file and line: no header, a missing required column, a row with
    ///   more or fewer fields than the header, an empty actor or meeting, a country that is not an
    ///   ISO alpha-2 code, an unknown relation.
    /// - Complexity: O(n) in the size of the table.
    public static func read(_ text: String, file: String) throws -> Network {
        let records = try CSV.records(in: text, file: file)
        guard let header = records.first else {
            throw FormatError.invalid(file: file, line: nil,
                                      message: "empty table: expected a header row with the columns actor, meeting, role, country, date, place")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var column: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            if column[name] != nil {
                throw FormatError.invalid(file: file, line: header.line, message: "column \"\(name)\" appears twice in the header")
            }
            column[name] = i
        }
        for required in requiredColumns where column[required] == nil {
            throw FormatError.invalid(file: file, line: header.line,
                                      message: "the header has no \"\(required)\" column (found: \(names.joined(separator: ", ")))")
        }
        let extra = names.enumerated().filter { !knownColumns.contains($0.element) && !$0.element.isEmpty }

        var network = Network()
        for record in records.dropFirst() {
            let line = record.line
            guard record.fields.count == names.count else {
                throw FormatError.syntax(file: file, line: line,
                                         message: "\(record.fields.count) fields, but the header has \(names.count)")
            }
            func cell(_ name: String) -> String? {
                guard let i = column[name] else { return nil }
                let v = record.fields[i].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v.precomposedStringWithCanonicalMapping
            }
            guard let actorName = cell("actor") else {
                throw FormatError.invalid(file: file, line: line, message: "the actor cell is empty")
            }
            guard let meetingName = cell("meeting") else {
                throw FormatError.invalid(file: file, line: line, message: "the meeting cell is empty")
            }
            let country = try cell("country").map { try isoCode($0, file: file, line: line, column: "country") }
            var actor = Node.actor(actorName, country: country, role: cell("role"))
            if actor.id == "actor:" {
                throw FormatError.invalid(file: file, line: line, message: "the actor \"\(actorName)\" has no letters or digits to make an id from")
            }
            if let existing = network.node(actor.id), existing.kind != .actor {
                throw FormatError.invalid(file: file, line: line, message: "\(actor.id) is not an actor")
            }
            actor.attributes = [:]
            network.add(actor)

            let date = cell("date")
            let (city, placeCountry) = try place(cell("place"), file: file, line: line)
            let meetingID = "meeting:" + slug([meetingName, date].compactMap { $0 }.joined(separator: " "))
            network.add(Node(id: meetingID, kind: .meeting, name: meetingName, country: placeCountry, city: city, time: date))

            let relation: RelationKind
            switch cell("relation")?.lowercased() {
            case nil, "attended": relation = .attended
            case "hosted": relation = .hosted
            case "invited": relation = .invited
            case let other?:
                throw FormatError.invalid(file: file, line: line,
                                          message: "unknown relation \"\(other)\" (expected attended, hosted or invited)")
            }
            var attributes: [String: JSONValue] = [:]
            for (i, name) in extra where !record.fields[i].isEmpty { attributes[name] = .string(record.fields[i]) }
            network.add(Relation(actor.id, relation, meetingID, attributes: attributes))
            if let country {
                network.add(Node.country(country))
                network.add(Relation(actor.id, .represents, "country:" + country))
            }
            if let placeCountry {
                network.add(Node.country(placeCountry))
                network.add(Relation(meetingID, .heldIn, "country:" + placeCountry))
            }
        }
        return network
    }

    /// `place` split into city and country code: `"Madrid, ES"` → (Madrid, ES), `"ES"` → (nil, ES),
    /// `"Madrid"` → (Madrid, nil).
    private static func place(_ value: String?, file: String, line: Int) throws -> (String?, String?) {
        guard let value else { return (nil, nil) }
        if let comma = value.lastIndex(of: ",") {
            let city = value[..<comma].trimmingCharacters(in: .whitespaces)
            let code = value[value.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            return (city.isEmpty ? nil : city, try isoCode(code, file: file, line: line, column: "place"))
        }
        if value.count == 2, value.allSatisfy({ $0.isASCII && $0.isUppercase }) { return (nil, value) }
        return (value, nil)
    }

    private static func isoCode(_ value: String, file: String, line: Int, column: String) throws -> String {
        guard value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw FormatError.invalid(file: file, line: line,
                                      message: "\(column) \"\(value)\" is not an ISO 3166-1 alpha-2 code (e.g. DE, FR, US)")
        }
        return value.uppercased()
    }
}

import Foundation

/// What a node of a ``Network`` stands for.
public enum NodeKind: String, Codable, Sendable, CaseIterable {
    /// A named person acting in a political or diplomatic role.
    case actor
    /// A state, identified by its ISO 3166-1 alpha-2 code.
    case country
    /// An international body, alliance, government body or armed force.
    case organization
    /// A distinct encounter: summit, talks, visit, phone call.
    case meeting
}

/// A node of a ``Network``: one actor, country, organisation or meeting.
///
/// One struct for all kinds, with the fields of the node-link contract (DESIGN.md); fields that do
/// not apply to a kind stay nil. `kind` is nil only for nodes read from a generic graph file that
/// carries no kind. Fields the model does not type are kept in ``attributes`` and written back.
///
/// (The optional fields are declared `Optional<…>`, not `…?`: a `var` of type `T?` starts as nil before
/// the initializer sets it, and a struct initializer that sets such a field built the node twice, then
/// copied one build out (retaining every string) and destroyed the other. Spelled `Optional<T>`, a field
/// has no initial value, and the node is built once, in place. The types are the same.)
public struct Node: Identifiable, Hashable, Sendable {
    /// Stable id, `kind:slug` for nodes the extractor makes (`actor:jens-stoltenberg`, `country:NL`).
    public var id: String
    public var kind: Optional<NodeKind>
    /// Display name: full name of an actor, English short name of a country, label of a meeting.
    public var name: String
    /// Other names the node goes by in the texts (surname, inflected forms, spellings).
    public var aliases: [String]
    /// ISO 3166-1 alpha-2: the state an actor represents, where a meeting is held, a country's own code.
    public var country: Optional<String>
    /// The organisation an actor belongs to or a meeting is held by (its id in the lexicon, e.g. `NATO`).
    public var organization: Optional<String>
    /// An actor's role or office as the text gives it.
    public var role: Optional<String>
    /// The city where a meeting is held.
    public var city: Optional<String>
    /// The time expression of a meeting as the text gives it.
    public var time: Optional<String>
    /// A meeting's mode: `visit`, `third-party`, `multilateral`, `phone` (PLOVER's CONSULT modes).
    public var mode: Optional<String>
    /// A meeting's status: `held` or `planned`.
    public var status: Optional<String>
    /// Any further attributes, by name.
    public var attributes: [String: JSONValue]

    /// A node with the given fields; fields not given stay nil or empty.
    /// (Inlinable, as are the kinds' constructors below: called from another module, the initializer
    /// would build the node and copy it out, retaining and releasing all its fields once more.)
    @inlinable
    public init(
        id: String, kind: NodeKind?, name: String, aliases: [String] = [], country: String? = nil,
        organization: String? = nil, role: String? = nil, city: String? = nil, time: String? = nil,
        mode: String? = nil, status: String? = nil, attributes: [String: JSONValue] = [:]
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.country = country
        self.organization = organization
        self.role = role
        self.city = city
        self.time = time
        self.mode = mode
        self.status = status
        self.attributes = attributes
    }

    /// An actor node with id `actor:<slug of name>`.
    @inlinable
    public static func actor(
        _ name: String, aliases: [String] = [], country: String? = nil, organization: String? = nil, role: String? = nil
    ) -> Node {
        Node(id: "actor:" + slug(name), kind: .actor, name: name, aliases: aliases, country: country,
             organization: organization, role: role)
    }

    /// A country node with id `country:<ISO>`; `name` defaults to the code.
    @inlinable
    public static func country(_ iso: String, name: String? = nil) -> Node {
        let code = iso.uppercased()
        return Node(id: "country:" + code, kind: .country, name: name ?? code, country: code)
    }

    /// An organisation node with id `org:<id>`.
    @inlinable
    public static func organization(_ id: String, name: String? = nil, aliases: [String] = []) -> Node {
        Node(id: "org:" + id, kind: .organization, name: name ?? id, aliases: aliases)
    }

    /// Fills the fields this node lacks from `other` and adds its aliases; the id and kind stay.
    public mutating func absorb(_ other: Node) {
        if kind == nil { kind = other.kind }
        if name.isEmpty { name = other.name }
        for alias in [other.name] + other.aliases where alias != name && !aliases.contains(alias) && !alias.isEmpty {
            aliases.append(alias)
        }
        country = country ?? other.country
        organization = organization ?? other.organization
        role = role ?? other.role
        city = city ?? other.city
        time = time ?? other.time
        mode = mode ?? other.mode
        status = status ?? other.status
        for (k, v) in other.attributes where attributes[k] == nil { attributes[k] = v }
    }
}

/// A lowercase ASCII slug for ids: diacritics folded, runs of other characters turned into `-`.
/// `"António Costa"` → `"antonio-costa"`, `"Alexander De Croo"` → `"alexander-de-croo"`.
public func slug(_ text: String) -> String {
    asciiSlug(text) ?? SlugPieceTable.shared.slug(text) ?? decomposingSlug(text)
}

/// `prefix` followed by ``slug(_:)`` of `text` and `more` joined by a space: `prefix + slug(text + " " + more)`,
/// for ids made of a fixed head and a slug of two texts (a meeting's label and time). For texts in ASCII and
/// the blocks of ``SlugPieceTable`` it is written in one pass into the id's storage, without the joined text
/// or the slug as strings of their own; other texts take the joined path.
/// - Complexity: O(n) in the UTF-8 length of the three texts.
package func slug(_ text: String, _ more: String, after prefix: String) -> String {
    var text = text, more = more, prefix = prefix
    let table = SlugPieceTable.shared
    let n1 = text.utf8.count, n2 = more.utf8.count
    var failed = false
    let id = prefix.withUTF8 { head in
        text.withUTF8 { first in
            more.withUTF8 { second in
                // (Room as in ``SlugPieceTable/slug(_:)`` for each text, and a dash between them.)
                String(unsafeUninitializedCapacity: head.count + n1 + n1 / 2 + n2 + n2 / 2 + 2) { out in
                    var n = 0
                    for b in head { out[n] = b; n += 1 }
                    let start = n
                    var pendingDash = false
                    guard table.write(first, into: out, count: &n, start: start, pendingDash: &pendingDash) else { failed = true; return 0 }
                    // (The space between the texts.)
                    pendingDash = true
                    guard table.write(second, into: out, count: &n, start: start, pendingDash: &pendingDash) else { failed = true; return 0 }
                    return n
                }
            }
        }
    }
    return failed ? prefix + slug(text + " " + more) : id
}

/// ``slug(_:)`` in general: over the canonical decomposition, scalar by scalar (internal for tests,
/// which check the fast paths against it).
func decomposingSlug(_ text: String) -> String {
    var out = ""
    var pendingDash = false
    for scalar in text.decomposedForSlug.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        let lower = scalar.properties.lowercaseMapping
        if lower.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0" ... "9").contains($0)) }) {
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out += lower
        } else if scalar == "ß" {
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out += "ss"
        } else if scalar.properties.isAlphabetic {
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out += lower
        } else {
            pendingDash = true
        }
    }
    return out
}

/// ``slug(_:)`` of an all-ASCII text, byte by byte (no decomposition or Unicode property look-ups
/// needed: ASCII letters and digits are kept, lowercased, everything else separates); nil if `text`
/// holds a non-ASCII scalar.
/// - Complexity: O(n) in the UTF-8 length of `text`.
private func asciiSlug(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
        if bytes.contains(where: { $0 >= 0x80 }) { return nil }
        if bytes.isEmpty { return "" }
        // (Written straight into the string's storage: the slug is never longer than the text, as
        // every byte kept is one of the text's and every dash stands for at least one byte dropped.)
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var pendingDash = false
            for b in bytes {
                let lower = b >= 0x41 && b <= 0x5A ? b + 32 : b
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pendingDash && n > 0 {
                        out[n] = 0x2D
                        n += 1
                    }
                    pendingDash = false
                    out[n] = lower
                    n += 1
                } else {
                    pendingDash = true
                }
            }
            return n
        }
    }
}

/// What ``decomposingSlug(_:)`` makes of each scalar of `range` between two letters: the letters it
/// contributes (diacritics folded), `-` for a separator, or nil if it is neither. Computed by the
/// general path itself (internal for tests, which check ``SlugPieceTable`` against it).
func slugPieces(_ range: Range<UInt32>) -> [String?] {
    range.map { v -> String? in
        guard let scalar = Unicode.Scalar(v) else { return nil }
        let out = decomposingSlug("a" + String(scalar) + "a")
        guard out.count >= 2, out.hasPrefix("a"), out.hasSuffix("a") else { return nil }
        let piece = String(out.dropFirst().dropLast())
        return piece == "-" || !piece.contains("-") ? piece : nil
    }
}

extension String {
    /// Canonical decomposition (NFD), so that accents become separate marks.
    var decomposedForSlug: String { decomposedStringWithCanonicalMapping }
}

/// The type of a ``Relation``. An open set: the model names the relations the extractor makes,
/// and relations read from files keep whatever name they carry.
public struct RelationKind: RawRepresentable, Hashable, Comparable, Codable, Sendable, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// actor → country: the actor acts for that state.
    public static let represents: RelationKind = "represents"
    /// actor → organization: the actor holds an office in it.
    public static let memberOf: RelationKind = "member_of"
    /// actor → meeting: took part.
    public static let attended: RelationKind = "attended"
    /// actor → meeting: received the others, organised it.
    public static let hosted: RelationKind = "hosted"
    /// actor → meeting: was invited (whether or not attendance is reported).
    public static let invited: RelationKind = "invited"
    /// meeting → country: where it took or takes place.
    public static let heldIn: RelationKind = "held_in"
    /// meeting → organization: the body under whose roof it meets.
    public static let organizedBy: RelationKind = "organized_by"
    /// any node → country: the text mentions the country with this node (documents' country mentions).
    public static let mentions: RelationKind = "mentions"

    /// Relations that put an actor at a meeting (the two-mode graph's edges).
    public static let participation: Set<RelationKind> = [.attended, .hosted]
}

/// Where in which document a relation or node was found.
public struct Evidence: Hashable, Codable, Sendable {
    /// The document's id (see ``Document``).
    public var document: String
    /// The sentence's 0-based index in the document.
    public var sentence: Int
    /// Character offsets (Unicode scalars from the start of the NFC text) of the evidence span.
    public var start: Int
    public var end: Int
    /// The sentence or span text.
    public var text: String

    public init(document: String, sentence: Int, start: Int, end: Int, text: String) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A typed, directed relation between two nodes of a ``Network``, with the evidence it was drawn from.
public struct Relation: Hashable, Sendable {
    /// Node ids.
    public var source: String
    public var target: String
    public var kind: RelationKind
    /// Every place the relation was found; empty only for relations read from untextual sources.
    public var evidence: [Evidence]
    /// An optional weight (from graph files and CSV tables).
    public var weight: Double?
    /// Further attributes, by name.
    public var attributes: [String: JSONValue]

    public init(
        _ source: String, _ kind: RelationKind, _ target: String, evidence: [Evidence] = [], weight: Double? = nil,
        attributes: [String: JSONValue] = [:]
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.evidence = evidence
        self.weight = weight
        self.attributes = attributes
    }
}

/// A document a network was drawn from.
public struct Document: Hashable, Codable, Sendable {
    /// A stable id: the file name without extension, or a content hash.
    public var id: String
    /// The path as given.
    public var path: String
    /// ISO 639-1 language code (`de`, `en`).
    public var lang: String

    public init(id: String, path: String, lang: String) {
        self.id = id
        self.path = path
        self.lang = lang
    }
}

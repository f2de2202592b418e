/// The kind of an encounter a trigger names: the `kind` of a noun in `meetings.json`, or the kind a
/// verb's role gives ("called" a call, "visited" a visit, "met" a meeting).
///
/// A closed set of cases rather than a string, so that a trigger holds no reference-counted field
/// for its kind and comparing two kinds compares one byte. ``name`` is the string the lexicon and the
/// meeting records use.
enum MeetingKind: String, Sendable, CaseIterable {
    case summit
    case call
    case meeting
    case meal
    case visit
    case ceremony

    /// The kind named `name` in `meetings.json` ("summit", "call", …), or `nil` for a name the
    /// extractor does not know.
    /// - Parameter name: a kind as the lexicon spells it.
    init?(name: String) { self.init(rawValue: name) }

    /// The kind as the lexicon and the meeting records spell it ("summit", "call", …).
    var name: String { rawValue }

    /// How strongly the kind names an encounter, when an event's triggers name several: a summit
    /// over a call over a meeting over a meal over a visit over a ceremony.
    /// - Complexity: O(1).
    var rank: Int {
        switch self {
        case .summit: 6
        case .call: 5
        case .meeting: 4
        case .meal: 3
        case .visit: 2
        case .ceremony: 1
        }
    }
}

/// How an encounter a trigger names is held: the `mode` of a noun in `meetings.json`, or the mode a
/// verb's role gives ("called" by phone, "visited" a visit, others between the parties).
///
/// A closed set of cases rather than a string, as ``MeetingKind``; ``name`` is the string the lexicon
/// and the meeting records use.
enum MeetingMode: String, Sendable, CaseIterable {
    /// Over a line: a phone call, a video conference.
    case phone
    /// A gathering of several parties or of a body: a summit.
    case multilateral
    /// A journey to the host.
    case visit
    /// In person between the parties (the lexicon's "third-party").
    case inPerson = "third-party"

    /// The mode named `name` in `meetings.json` ("phone", "third-party", …), or `nil` for a name the
    /// extractor does not know.
    /// - Parameter name: a mode as the lexicon spells it.
    init?(name: String) { self.init(rawValue: name) }

    /// The mode as the lexicon and the meeting records spell it ("phone", "third-party", …).
    var name: String { rawValue }
}

/// The bodies a document's triggers name ("G7-Gipfel", "at the G20"), each once, by number: a
/// ``Trigger`` holds its body's number rather than the string, so that it has no
/// reference-counted field.
struct TriggerBodies: Sendable {
    /// The bodies, in the order they were first named.
    private(set) var names: [String] = []

    /// The number of body `name`, appended when it is new; -1 for `nil`.
    /// - Parameter name: a body's id, or `nil` for a trigger that names none.
    /// - Returns: the index of `name` in ``names``, or -1.
    /// - Complexity: O(*b*) in the number of bodies named so far (a document names a few).
    mutating func number(of name: String?) -> Int32 {
        guard let name else { return -1 }
        if let k = names.firstIndex(of: name) { return Int32(k) }
        names.append(name)
        return Int32(names.count - 1)
    }

    /// The body numbered `number` by ``number(of:)``, or `nil` for -1.
    /// - Complexity: O(1).
    func name(_ number: Int32) -> String? { number < 0 ? nil : names[Int(number)] }
}

extension Trigger.Role {
    /// ``init(rawValue:)`` of a lexicon role's name: the case told by the name's first bytes, then the name
    /// compared with that case's whole. (The synthesised initializer compared the name with each case's in
    /// turn, some 360 instructions for every verb the lexicon knows.)
    init?(named name: String) {
        let u = name.utf8
        guard let first = u.first else { return nil }
        let candidate: Self
        switch first {
        case UInt8(ascii: "n"): candidate = .noun
        case UInt8(ascii: "m"): candidate = .meet
        case UInt8(ascii: "h"): candidate = .host
        case UInt8(ascii: "c"): candidate = .call
        case UInt8(ascii: "v"): candidate = .visit
        case UInt8(ascii: "a"): candidate = u.dropFirst().first == UInt8(ascii: "t") ? .attend : .arrive
        default: return nil
        }
        guard name == candidate.rawValue else { return nil }
        self = candidate
    }
}

import SummitryModel

// The evidence a document's network cites: each sentence's evidence, made once (as a relation's
// ``Evidence`` and as the JSON object of a country node's `evidence` attribute), and the countries
// each sentence refers to (the sentences a country node cites). Used by ``NetworkBuilder``.

/// The evidence of a document's sentences, each made once: as ``Evidence`` for relations and as the
/// JSON object a country node's `evidence` attribute lists.
///
/// The objects are copies of one template object (keys `document`, `sentence`, `start`, `end`,
/// `text`) whose values are replaced in place by their positions: no key is hashed again.
/// - Complexity: O(1) per sentence after its first request.
struct EvidenceBySentence {
    /// An object with the keys of an evidence object, and the positions of their values.
    private struct Template {
        let object: [String: JSONValue]
        let document, sentence, start, end, text: Dictionary<String, JSONValue>.Index
        /// A country node's attributes, with the key `evidence`, and the position of its value.
        let countryAttributes: [String: JSONValue]
        let evidence: Dictionary<String, JSONValue>.Index

        init() {
            countryAttributes = ["evidence": .null]
            evidence = countryAttributes.index(forKey: "evidence")!
            object = ["document": .null, "sentence": .null, "start": .null, "end": .null, "text": .null]
            document = object.index(forKey: "document")!
            sentence = object.index(forKey: "sentence")!
            start = object.index(forKey: "start")!
            end = object.index(forKey: "end")!
            text = object.index(forKey: "text")!
        }
    }

    private static let shared = Template()

    let builder: NetworkBuilder
    /// Per sentence, the position of its evidence in ``made`` and of its object in ``madeObjects``, or -1.
    /// (Positions, not optionals: lists of a plain integer are filled and freed at once, where a list of
    /// optional records is made and destroyed element by element, for every sentence of the document.)
    private var evidenceAt: [Int32]
    private var objectAt: [Int32]
    /// Each cited sentence's evidence as a relation's list of one: relations citing one sentence share its
    /// buffer (a retain), where a list made for each relation allocated and freed one.
    private var made: [[Evidence]] = []
    private var madeObjects: [JSONValue] = []
    /// The country attributes made so far, with the sentences they cite (a document names a handful of
    /// countries: the list is searched front to back).
    private var madeAttributes: [(cited: CitedSentences, attributes: [String: JSONValue])] = []
    /// The shared template with this document's id.
    private let template: [String: JSONValue]

    init(builder: NetworkBuilder) {
        self.builder = builder
        let count = builder.analysis.sentences.count
        evidenceAt = Array(repeating: -1, count: count)
        objectAt = Array(repeating: -1, count: count)
        // (Room for the evidence of a document's usual few cited sentences at once.)
        made.reserveCapacity(min(count, 16))
        var template = Self.shared.object
        template.values[Self.shared.document] = .string(builder.document.id)
        self.template = template
    }

    /// The evidence of sentence `s`: ``NetworkBuilder/evidence(_:)``.
    subscript(s: Int) -> Evidence {
        mutating get { list(s)[0] }
    }

    /// The evidence of sentence `s` as a relation's list of one, made once per sentence and shared.
    mutating func list(_ s: Int) -> [Evidence] {
        guard s >= 0, s < evidenceAt.count else { return [builder.evidence(s)] }
        if evidenceAt[s] >= 0 { return made[Int(evidenceAt[s])] }
        let e = [builder.evidence(s)]
        evidenceAt[s] = Int32(made.count)
        made.append(e)
        return e
    }

    /// The attributes of a country node that cites sentences `cited`: `evidence`, the list of their objects
    /// (``object(_:)``). (A copy of a template with that key, its value replaced in place: the key is not
    /// hashed into a new dictionary for every country.)
    /// (Countries that cite the same sentences share one dictionary, a retain: a country named only in the
    /// sentence that names another gets that one's attributes, not a copy of its own.)
    mutating func countryAttributes(citing cited: CitedSentences) -> [String: JSONValue] {
        for k in madeAttributes.indices where madeAttributes[k].cited == cited { return madeAttributes[k].attributes }
        // (Filled into a list of the right size: a map with a mutating closure grows its list step by step.)
        var objects: [JSONValue] = []
        objects.reserveCapacity(cited.count)
        for i in 0 ..< cited.count { objects.append(object(cited[i])) }
        let list = JSONValue.array(objects)
        var attributes = Self.shared.countryAttributes
        attributes.values[Self.shared.evidence] = list
        if madeAttributes.isEmpty { madeAttributes.reserveCapacity(8) }
        madeAttributes.append((cited, attributes))
        return attributes
    }

    /// The evidence of sentence `s` as a JSON object: document, sentence, start, end and text.
    mutating func object(_ s: Int) -> JSONValue {
        if s >= 0, s < objectAt.count, objectAt[s] >= 0 { return madeObjects[Int(objectAt[s])] }
        let e = self[s]
        var o = template
        // (A copy of the template keeps its layout: the template's positions address its values.)
        let slots = Self.shared
        o.values[slots.sentence] = .int(e.sentence)
        o.values[slots.start] = .int(e.start)
        o.values[slots.end] = .int(e.end)
        o.values[slots.text] = .string(e.text)
        let object = JSONValue.object(o)
        if s >= 0, s < objectAt.count {
            if madeObjects.isEmpty { madeObjects.reserveCapacity(min(objectAt.count, 16)) }
            objectAt[s] = Int32(madeObjects.count)
            madeObjects.append(object)
        }
        return object
    }
}

/// The first three sentences that refer to a country (a country node cites no more), kept in place:
/// a list of them per country was allocated and freed for every country of every document.
struct CitedSentences: Equatable {
    /// How many sentences are kept (one to three).
    private(set) var count: Int
    private var s0: Int, s1: Int, s2: Int

    /// The sentence of a country's first reference.
    init(_ first: Int) {
        count = 1
        s0 = first
        s1 = 0
        s2 = 0
    }

    /// Keeps sentence `s` if fewer than three are kept.
    mutating func append(_ s: Int) {
        switch count {
        case 1: s1 = s
        case 2: s2 = s
        default: return
        }
        count += 1
    }

    /// The `i`th sentence kept.
    subscript(i: Int) -> Int {
        precondition(i >= 0 && i < count, "a kept sentence")
        return i == 0 ? s0 : i == 1 ? s1 : s2
    }

    static func == (a: CitedSentences, b: CitedSentences) -> Bool {
        a.count == b.count && a.s0 == b.s0 && (a.count < 2 || a.s1 == b.s1) && (a.count < 3 || a.s2 == b.s2)
    }
}

/// The countries the text refers to, sentence by sentence: by name, adjective or demonym, by a
/// strong place or one after a place preposition, and by the parts of a hyphenated compound
/// ("German-French"); not inside a person's name.
extension DocumentAnalysis {
    /// Every country the text refers to, with the sentence of each reference.
    /// (One list for the whole text, each sentence's appended to it: no list per sentence.)
    func countryReferences() -> [(String, Int)] {
        var out: [(String, Int)] = []
        out.reserveCapacity(32)
        for s in sentences { appendCountryReferences(in: s, to: &out) }
        return out
    }

    /// The countries sentence `s` refers to.
    func countryReferences(in s: Sentence, namesOnly: Bool = false) -> [(String, Int)] {
        var out: [(String, Int)] = []
        appendCountryReferences(in: s, namesOnly: namesOnly, to: &out)
        return out
    }

    /// Appends the countries sentence `s` refers to to `out`: ``countryReferences(in:namesOnly:)``.
    private func appendCountryReferences(in s: Sentence, namesOnly: Bool = false, to out: inout [(String, Int)]) {
        do {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                let hasHyphen = tokens[i].hasHyphen
                // (The tag kind is read first: most tokens start no tag. A tag is read in place, its end and the
                // fields wanted: a copy of it would retain its entity's strings. A tag's kind is its entity's.)
                if tagKinds[i] != .none, let end = tagAt.end(at: i) {
                    defer { i = end }
                    if inName[i] || (namesOnly && inRole[i]) { continue }
                    switch tagKinds[i] {
                    case .country:
                        guard let (iso, ambiguous) = tagAt.withValue(at: i, { tag -> (String, Bool)? in
                            if case .country(let iso, _) = tag.pointee.entity { return (iso, tag.pointee.ambiguous) } else { return nil }
                        }) ?? nil else { break }
                        if ambiguous && nameLikeNeighbour(start: i, end: end) { continue }
                        out.append((iso, s.index))
                    case .place:
                        if namesOnly { break }
                        guard let (iso, strong) = tagAt.withValue(at: i, { tag -> (String, Bool)? in
                            if case .place(_, let iso, let strong) = tag.pointee.entity { return (iso, strong) } else { return nil }
                        }) ?? nil else { break }
                        // (``WordClass/placePrepositions`` is that list.)
                        if strong || (i > s.tokens.lowerBound && has(i - 1, .placePrepositions)) { out.append((iso, s.index)) }
                    default:
                        break
                    }
                    if hasHyphen { out += partCountries(i, s.index) }
                    continue
                }
                if hasHyphen && !inName[i] { out += partCountries(i, s.index) }
                i += 1
            }
        }
    }

    private func partCountries(_ i: Int, _ s: Int) -> [(String, Int)] {
        spelling(i).split(separator: "-").compactMap { lexicons.countryOfWord($0) }.map { ($0, s) }
    }

    /// Whether a token next to the tag of tokens `[start, end)` looks like part of a name.
    private func nameLikeNeighbour(start: Int, end: Int) -> Bool {
        func nameish(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count else { return false }
            guard tokens[k].kind == .word, tokens[k].isCapitalized else { return false }
            // (Word classes: ``WordClass/nonName`` and ``WordClass/function`` are those lists.)
            return !self.isTagged(k) && !has(k, .nonName) && !has(k, .function)
        }
        return nameish(start - 1) || nameish(end)
    }
}

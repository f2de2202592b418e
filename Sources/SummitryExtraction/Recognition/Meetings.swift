/// A meeting being assembled from the sentences that report it.
///
/// A value, but its strings and arrays live in one shared box until a copy changes one of them
/// (copy on write, as an array's storage): the meeting search copies records often, and a copy
/// then costs one retain instead of one per string and array. Its kind and mode are cases, held
/// in the record itself: the meeting search compares them for every meeting for every event.
struct MeetingRecord: Sendable {
    /// The record's reference-counted fields.
    private final class Box: @unchecked Sendable {
        // (Read and written only through the record, which copies the box before it changes a
        // shared one: no two records ever write the same box, so no dynamic check is needed.)
        @exclusivity(unchecked) var noun: String?
        @exclusivity(unchecked) var org: String?
        @exclusivity(unchecked) var city: String?
        @exclusivity(unchecked) var cityKey: String?
        @exclusivity(unchecked) var cityISO: String?
        /// The seat of government it was placed by ("im Schloss Bellevue", "at Malacañang Palace"): its organisation id.
        @exclusivity(unchecked) var venue: String?
        @exclusivity(unchecked) var time: String?
        @exclusivity(unchecked) var timeKey: String?
        @exclusivity(unchecked) var participants: [Int] = []
        @exclusivity(unchecked) var hosts: [Int] = []
        @exclusivity(unchecked) var invited: [Int] = []
        @exclusivity(unchecked) var absent: [Int] = []
        @exclusivity(unchecked) var sentences: [Int] = []
        @exclusivity(unchecked) var evidence = ActorSentenceMap()

        init(noun: String?, org: String?) {
            self.noun = noun
            self.org = org
        }

        /// A box holding the same values.
        func copy() -> Box {
            let b = Box(noun: noun, org: org)
            b.city = city; b.cityKey = cityKey; b.cityISO = cityISO; b.venue = venue; b.time = time; b.timeKey = timeKey
            b.participants = participants; b.hosts = hosts; b.invited = invited; b.absent = absent
            b.sentences = sentences; b.evidence = evidence
            return b
        }
    }

    private var box: Box

    /// Gives this record a box of its own before one of its boxed fields changes.
    @inline(__always) private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&box) { box = box.copy() }
    }

    // (No stored field of the record has an initial value: this initializer sets every one. One that set a field
    // with an initial value (a `T?` field starts as nil) built the record twice, copied one out and destroyed the other.)
    init(kind: MeetingKind, held: MeetingMode, noun: String? = nil, org: String? = nil, planned: Bool, firstSentence: Int) {
        box = Box(noun: noun, org: org)
        self.kind = kind
        self.held = held
        cityKeyHash = 0
        cityExplicit = false
        countryOnly = false
        background = false
        journey = false
        settingOnly = false
        coordinated = false
        invitation = false
        upcoming = false
        self.planned = planned
        self.firstSentence = firstSentence
        sidelinesOf = nil
        particular = false
    }

    /// The kind of encounter (a summit, a call, a visit, …).
    var kind: MeetingKind
    /// How the encounter is held (the lexicon's mode: by phone, multilateral, a visit, in person).
    var held: MeetingMode
    /// ``held`` as the lexicon spells it ("phone", "third-party", …): the meeting node's `mode`.
    var mode: String { held.name }
    var noun: String? {
        get { box.noun }
        _modify { makeUnique(); yield &box.noun }
    }
    var org: String? {
        get { box.org }
        _modify { makeUnique(); yield &box.org }
    }
    var city: String? {
        get { box.city }
        _modify { makeUnique(); yield &box.city }
    }
    /// The seat of government that places the meeting, as an organisation id (nil when none does).
    var venue: String? {
        get { box.venue }
        _modify { makeUnique(); yield &box.venue }
    }
    /// Canonical city name, for comparing mentions in different languages or spellings.
    var cityKey: String? {
        get { box.cityKey }
        _modify {
            makeUnique()
            defer { cityKeyHash = Self.hash(ofCityKey: box.cityKey) }
            yield &box.cityKey
        }
    }
    /// ``cityKey``'s hash (``hash(ofCityKey:)``), kept with it: the meeting search compares this
    /// integer before it compares two keys' text (most keys it compares differ).
    private(set) var cityKeyHash: Int

    /// The hash ``cityKeyHash`` keeps of `key`: 0 for none, odd for a key (FNV-1a of its UTF-8
    /// bytes: a key is a few bytes, hashed each time one is set, so a short loop costs less than a
    /// `Hasher`).
    static func hash(ofCityKey key: String?) -> Int {
        guard let key else { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h) | 1
    }

    /// Whether ``cityKey`` is `key`, whose ``hash(ofCityKey:)`` is `hash` (read in the box in place,
    /// only when the hashes are equal).
    func hasCityKey(_ key: String, hash: Int) -> Bool { cityKeyHash == hash && box.cityKey == key }

    /// Whether the record names a body (``org`` is not nil), read in the box in place.
    var hasOrg: Bool { box.org != nil }
    var cityISO: String? {
        get { box.cityISO }
        _modify { makeUnique(); yield &box.cityISO }
    }
    var cityExplicit: Bool
    /// Only the destination country is known ("China-Reise", "visit to France"): no city is inherited.
    var countryOnly: Bool
    /// Reported in the pluperfect ("hatte … teilgenommen", "had met"): background, not the scene of the report.
    var background: Bool
    /// Someone travels to it ("will travel to X for talks"): a later "his visit" refers to it.
    var journey: Bool
    /// Whether the meeting was named only as the setting of a side meeting ("first met on the sidelines of the
    /// ASEAN summit in Kuala Lumpur") and no event has reported it since.
    var settingOnly: Bool
    /// A second encounter of the same subject joined by "and" with a counterpart of its own ("call on X and hold
    /// talks with Y"): not the encounter reported before it in its sentence.
    var coordinated: Bool
    /// Reported as an invitation ("lud sie zu einer Konferenz ein"): a future encounter of its own.
    var invitation: Bool
    /// Named as the next of a series ("the next summit", "das nächste Treffen"): still to come, never one held.
    var upcoming: Bool
    var time: String? {
        get { box.time }
        _modify { makeUnique(); yield &box.time }
    }
    var timeKey: String? {
        get { box.timeKey }
        _modify { makeUnique(); yield &box.timeKey }
    }
    var planned: Bool
    var participants: [Int] {
        get { box.participants }
        _modify { makeUnique(); yield &box.participants }
    }
    var hosts: [Int] {
        get { box.hosts }
        _modify { makeUnique(); yield &box.hosts }
    }
    var invited: [Int] {
        get { box.invited }
        _modify { makeUnique(); yield &box.invited }
    }
    var absent: [Int] {
        get { box.absent }
        _modify { makeUnique(); yield &box.absent }
    }
    var sentences: [Int] {
        get { box.sentences }
        _modify { makeUnique(); yield &box.sentences }
    }
    /// Sentence index per actor relation, for evidence.
    var evidence: ActorSentenceMap {
        get { box.evidence }
        _modify { makeUnique(); yield &box.evidence }
    }
    var firstSentence: Int
    var sidelinesOf: Optional<Int>
    /// Reported as a particular gathering (definite, or of a named body: "the meeting", "a meeting of
    /// the Contact Group"), not an indefinite one ("zu einer Konferenz").
    var particular: Bool

    /// Whether one of `people` takes part (the two lists are not disjoint), read in the box in place.
    /// - Complexity: O(*n* · *m*) in the two lists' lengths (a handful each).
    func sharesParticipant(with people: [Int]) -> Bool {
        box.participants.contains { people.contains($0) }
    }

    /// Adds `a` to the participants (once) with `sentence` as its evidence (unless it has one).
    /// (Both lists are read in the box and the box is made the record's own once, only when one of them
    /// changes; a first participant gets room for four, as most events name two or more.)
    mutating func addParticipant(_ a: Int, sentence: Int) {
        let listed = box.participants.contains(a), evidenced = box.evidence[a] != nil
        if listed && evidenced { return }
        makeUnique()
        if !listed {
            if box.participants.isEmpty { box.participants.reserveCapacity(4) }
            box.participants.append(a)
        }
        if !evidenced { box.evidence[a] = sentence }
    }
}

/// The sentence that first placed each actor at a meeting (the evidence of the actor's relation to
/// it): a small map from actor index to sentence index.
///
/// A meeting has a handful of people, so the map is one array of pairs searched front to back: a
/// lookup compares a few integers, where a `[Int: Int]` hashes its key, and a record's first entry
/// allocates one buffer instead of a hash table. The meeting search builds one such map for every
/// event of every sentence.
///
/// The operations are those of a dictionary: ``subscript(_:)`` reads and writes (`nil` removes),
/// ``values`` lists the sentences (in the order their actors were first added).
struct ActorSentenceMap: Sendable, Equatable {
    /// One actor and its sentence.
    private struct Entry: Sendable, Equatable {
        var actor: Int
        var sentence: Int
    }

    /// The entries, in the order their actors were first added; no actor twice.
    private var entries: [Entry] = []

    /// An empty map.
    init() {}

    /// The number of actors with a sentence.
    var count: Int { entries.count }

    /// Whether no actor has a sentence.
    var isEmpty: Bool { entries.isEmpty }

    /// The sentence of `actor`, or `nil` when it has none. Setting `nil` removes the actor; setting a
    /// sentence replaces the actor's (its place in ``values`` stays).
    /// - Complexity: O(*n*) in the number of actors.
    subscript(actor: Int) -> Int? {
        get {
            for e in entries where e.actor == actor { return e.sentence }
            return nil
        }
        set {
            let k = entries.firstIndex { $0.actor == actor }
            switch (k, newValue) {
            case (let k?, let s?): entries[k].sentence = s
            case (let k?, nil): entries.remove(at: k)
            case (nil, let s?):
                // (Room for four at the first: a meeting's people are added one by one.)
                if entries.isEmpty { entries.reserveCapacity(4) }
                entries.append(Entry(actor: actor, sentence: s))
            case (nil, nil): break
            }
        }
    }

    /// The sentences, one per actor, in the order the actors were first added (as a dictionary's
    /// `values`, for `max()` and the like).
    var values: some Sequence<Int> { entries.lazy.map(\.sentence) }

    /// The actors, in the order they were first added (as a dictionary's `keys`).
    var keys: some Sequence<Int> { entries.lazy.map(\.actor) }
}

/// One trigger of a meeting in a sentence: a noun ("Gipfel", "talks") or a verb ("met", "empfing").
///
/// A trigger holds no reference-counted field (its kind and mode are cases, its body an index into
/// the analysis's ``DocumentAnalysis/triggerBodies``): copying one (the sentence's triggers are
/// filtered and grouped many times) copies its bytes, and making one allocates nothing.
struct Trigger: Sendable {
    enum Role: String, Sendable { case noun, meet, host, attend, call, visit, arrive }

    var start: Int
    var end: Int
    var role: Role
    let kind: MeetingKind
    let mode: MeetingMode
    /// The body whose meeting the trigger names ("G7-Gipfel", "at the G20"), as an index into
    /// ``DocumentAnalysis/triggerBodies`` (``TriggerBodies/number(of:)``), or -1 for none;
    /// ``DocumentAnalysis/org(of:)`` reads it.
    let orgIndex: Int32
    /// The rank of the kind (``MeetingKind/rank``), where an event compares its triggers' kinds.
    var rank: Int { kind.rank }
    var definite: Bool
    var sidelines: Bool
    var quoted: Bool
}

/// A place mentioned in a sentence.
struct PlaceMention: Sendable {
    var start: Int
    var end: Int
    var surface: String
    var key: String
    var iso: String
    var strong: Bool
    var prepositional: Bool
    /// The national seat of government the mention names ("im Kanzleramt"), as an organisation id.
    var venue: String? = nil
}

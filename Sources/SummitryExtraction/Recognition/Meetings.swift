/// A meeting being assembled from the sentences that report it.
struct MeetingRecord: Sendable {
    var kind: String
    var mode: String
    var noun: String?
    var org: String?
    var city: String?
    /// Canonical city name, for comparing mentions in different languages or spellings.
    var cityKey: String?
    var cityISO: String?
    var cityExplicit = false
    /// Only the destination country is known ("China-Reise", "visit to France"): no city is inherited.
    var countryOnly = false
    /// Reported in the pluperfect ("hatte … teilgenommen", "had met"): background, not the scene of the report.
    var background = false
    /// Someone travels to it ("will travel to X for talks"): a later "his visit" refers to it.
    var journey = false
    /// Reported as an invitation ("lud sie zu einer Konferenz ein"): a future encounter of its own.
    var invitation = false
    /// Named as the next of a series ("the next summit", "das nächste Treffen"): still to come, never one held.
    var upcoming = false
    var time: String?
    var timeKey: String?
    var planned: Bool
    var participants: [Int] = []
    var hosts: [Int] = []
    var invited: [Int] = []
    var absent: [Int] = []
    var sentences: [Int] = []
    /// Sentence index per actor relation, for evidence.
    var evidence: [Int: Int] = [:]
    var firstSentence: Int
    var sidelinesOf: Int?
    /// Reported as a particular gathering (definite, or of a named body: "the meeting", "a meeting of
    /// the Contact Group"), not an indefinite one ("zu einer Konferenz").
    var particular = false

    mutating func addParticipant(_ a: Int, sentence: Int) {
        if !participants.contains(a) { participants.append(a) }
        if evidence[a] == nil { evidence[a] = sentence }
    }
}

/// One trigger of a meeting in a sentence: a noun ("Gipfel", "talks") or a verb ("met", "empfing").
struct Trigger: Sendable {
    enum Role: String, Sendable { case noun, meet, host, attend, call, visit, arrive }
    var start: Int
    var end: Int
    var role: Role
    var kind: String
    var mode: String
    var org: String?
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
}

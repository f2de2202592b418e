/// Whether an event may report a meeting already found: the same body, nothing that contradicts the
/// encounter (``DocumentAnalysis/compatible(_:_:)``), no new counterpart after a named host.
extension DocumentAnalysis {
    /// Whether two meetings' bodies are one: the same, or one the other's organ ("the AU's Peace and Security
    /// Council" and "the AU"). Two unknown bodies are not one.
    func sameBody(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a == b || lexicons.organizations[a]?.parent == b || lexicons.organizations[b]?.parent == a
    }

    /// Whether `event` may be the same encounter as `m` (nothing contradicts it).
    func compatible(_ m: MeetingRecord, _ e: MeetingRecord) -> Bool {
        // (A call and a meeting held in person are told apart first: the test most often false, and a comparison
        // of two cases, where the tests of times and places read strings. All tests must pass: their order
        // does not change the answer.)
        if (m.held == .phone) != (e.held == .phone) { return false }
        // Summits last several days: weekdays do not tell two summits apart.
        let summits = m.kind == .summit && e.kind == .summit
        func key(_ k: String?) -> String? { summits && k?.hasPrefix("wd:") == true ? nil : k }
        if !timesCompatible(key(m.timeKey), key(e.timeKey)) { return false }
        if let a = m.cityKey, let b = e.cityKey, a != b, m.cityISO != e.cityISO || !(m.cityISO?.isEmpty == false) { return false }
        if let a = m.cityKey, let b = e.cityKey, a != b { return false }
        // Two seats of government are two encounters ("im Schloss Bellevue" … "im Auswärtigen Amt").
        if let a = m.venue, let b = e.venue, a != b { return false }
        // A meeting placed only by its country ("met in South Korea") is not one in another country.
        if m.countryOnly || e.countryOnly, let a = m.cityISO, let b = e.cityISO, !a.isEmpty, !b.isEmpty, a != b { return false }
        // A conference of several ("Videokonferenz", "video conference") is not a call named as one between two
        // ("das Telefonat", "the phone call").
        // (A plain "call" may be either.)
        if m.held == .phone, let a = m.noun, let b = e.noun,
           Self.conferenceNoun(a) && Self.twoWayCallNoun(b) || Self.twoWayCallNoun(a) && Self.conferenceNoun(b) { return false }
        if m.background != e.background && !sameBody(m.org, e.org) { return false }
        if (e.upcoming && !m.planned) || (m.upcoming && !e.planned) { return false }
        // One sentence reporting one encounter held and one to come reports two.
        if m.planned != e.planned && m.firstSentence == e.firstSentence { return false }
        if m.org != nil, e.org != nil, !sameBody(m.org, e.org) { return false }
        return true
    }

    /// Whether event `e` brings in someone the meeting `m` did not have, after `m`'s host was named, who is not of a
    /// host's country: another counterpart ("received by C … then had lunch with D"), not the host's own minister.
    func newCounterpart(_ e: MeetingRecord, after m: MeetingRecord) -> Bool {
        guard !m.hosts.isEmpty else { return false }
        return e.participants.contains { a in
            !m.participants.contains(a) && !m.hosts.contains { actors[$0].country != nil && actors[$0].country == actors[a].country }
        }
    }
}

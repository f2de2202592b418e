/// Adding what an event reports of an encounter to the meeting it reports again (the merge that
/// ``DocumentAnalysis/integrate(_:triggers:)`` decides on).
extension DocumentAnalysis {
    /// Adds what `e` reports of an encounter to meeting `m`, in place (copying the record out and
    /// back would copy its arrays on the first change).
    static func absorb(_ e: MeetingRecord, into m: inout MeetingRecord) {
        for a in e.participants { m.addParticipant(a, sentence: e.evidence[a] ?? e.firstSentence) }
        for a in e.hosts where !m.hosts.contains(a) { m.hosts.append(a) }
        for a in e.invited where !m.invited.contains(a) { m.invited.append(a) }
        for a in e.absent where !m.absent.contains(a) { m.absent.append(a) }
        if m.city == nil, let c = e.city { m.city = c; m.cityKey = e.cityKey; m.cityISO = e.cityISO; m.cityExplicit = e.cityExplicit; m.countryOnly = false }
        if m.venue == nil, e.venue != nil, m.cityKey == e.cityKey { m.venue = e.venue }
        if m.city == nil && m.cityISO == nil && e.countryOnly { m.cityISO = e.cityISO; m.countryOnly = true }
        if m.time == nil, let time = e.time { m.time = time; m.timeKey = e.timeKey }
        if m.org == nil { m.org = e.org }
        if m.noun == nil { m.noun = e.noun }
        m.particular = m.particular || e.particular
        m.journey = m.journey || e.journey
        m.settingOnly = false
        // A meeting first announced ("the visit that is to …") and then reported as held is held.
        if m.planned && !e.planned && !m.upcoming { m.planned = false }
        if e.kind.rank > m.kind.rank && m.kind != .summit { m.kind = e.kind; m.held = e.held }
        if !m.sentences.contains(e.firstSentence) { m.sentences.append(e.firstSentence) }
    }
}

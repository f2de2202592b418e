import Testing
@testable import SummitryExtraction

/// A trigger's rank is its kind's (``MeetingKind/rank``; the table itself is checked by ``MeetingKindTests``).
@Suite struct KindRankTests {
    @Test func rankOfKindAgreesWithTheTable() {
        let t = Trigger(start: 0, end: 1, role: .noun, kind: .meal, mode: .inPerson, orgIndex: -1, definite: false, sidelines: false, quoted: false)
        #expect(t.rank == 3)
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// An arrival alone of someone at a meeting held ("X arrived in Abuja on Sunday night", after "Y received X on Monday")
/// is that visit's start: no meeting of its own, and its time is not the meeting's (invented text).
@Suite struct ArrivalAloneTests {
    @Test func arrivalJoinsTheVisit() throws {
        let net = try Shared.network("""
            President Ade Bello on Monday received Ghanaian President Kofi Mensah in Abuja for talks on regional security.

            Mr Mensah, who serves as the bloc's mediator, arrived in Abuja on Sunday night. Vice President Musa Garba sat in on the \
            meeting, which lasted about 90 minutes.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(m.time == "on Monday")
        #expect(net.participants(of: m.id) == ["Ade Bello", "Kofi Mensah", "Musa Garba"])
    }
}

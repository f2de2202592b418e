import Testing
import SummitryExtraction
import SummitryModel

/// A visit "to the Republic of …" and a courtesy call still to come ("is scheduled to call on President X")
/// (invented text).
@Suite struct CallOnAndRepublicTests {
    static let release = """
        Foreign Minister Anna Berg paid an official visit to the Republic of Moldova on Monday.

        From Chișinău, she will travel to Bucharest, where she is scheduled to call on President Ion Popa on Tuesday.
        """

    @Test func aVisitToTheRepublicOfACountryIsHeldThere() throws {
        let net = try Shared.network(Self.release)
        let visit = try #require(net.meetings.first { $0.name.contains("official visit") })
        #expect(net.relation(visit.id, .heldIn, "country:MD") != nil)
    }

    @Test func toCallOnSomeoneIsAMeetingInPersonNotAPhoneCall() throws {
        let net = try Shared.network(Self.release)
        #expect(!net.meetings.contains { $0.mode == "phone" })
        let bucharest = try #require(net.meetings.first { net.participants(of: $0.id).contains("Ion Popa") })
        #expect(net.participants(of: bucharest.id) == ["Anna Berg", "Ion Popa"])
        #expect(net.relation(bucharest.id, .heldIn, "country:RO") != nil)
    }
}

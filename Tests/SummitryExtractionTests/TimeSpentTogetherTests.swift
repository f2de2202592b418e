import Testing
import SummitryModel
@testable import SummitryExtraction

/// Time spent with someone is an encounter ("spent three hours with X", "verbrachte den Abend mit X");
/// time spent somewhere or on something is none.
@Suite struct TimeSpentTogetherTests {
    @Test func hoursSpentWithSomeoneAreAMeeting() throws {
        let net = try Shared.network("""
            The American envoy Tom Miller spent more than three hours with Ghanaian President Kofi Mensah in Accra on Monday.
            """)
        let m = try #require(net.meetingIDs(with: "Tom Miller").first)
        #expect(net.participants(of: m).contains("Kofi Mensah"))
    }

    @Test func anEveningSpentWithSomeoneIsAMeetingInGerman() throws {
        let net = try Shared.network("""
            Der französische Außenminister Jean Dupont verbrachte am Dienstag den Abend mit dem polnischen Präsidenten Jan Nowak in Warschau.
            """)
        let m = try #require(net.meetingIDs(with: "Jean Dupont").first)
        #expect(net.participants(of: m).contains("Jan Nowak"))
    }

    @Test func aNightSpentSomewhereIsNoMeeting() throws {
        let net = try Shared.network("""
            The American envoy Tom Miller spent the night in Accra. Ghanaian President Kofi Mensah spent the day in Kumasi.
            """)
        #expect(net.meetings.isEmpty)
    }
}

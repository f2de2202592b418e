import Testing
import SummitryModel
@testable import SummitryExtraction

/// An encounter dated by a month gone by ("last May", "im vergangenen März") is an earlier one, not the one under way
/// (invented texts).
@Suite struct MonthGoneByTests {
    @Test func aVisitLastMayIsAnEarlierMeeting() throws {
        let net = try Shared.network("""
            Lithuanian PM hosts Danish counterpart

            Danish Prime Minister Anna Holm was welcomed by Lithuanian Prime Minister Jonas Petraitis at the government \
            building. The two heads of government held talks on air defence.

            Holm recalled that Petraitis had visited Copenhagen last May, when the two had agreed to set up a joint \
            working group.
            """)
        #expect(net.meetings.count == 2)
        let earlier = try #require(net.meetings.first { $0.city == "Copenhagen" })
        #expect(earlier.time == "last May")
        #expect(net.meetings.contains { $0.city != "Copenhagen" && net.participants(of: $0.id) == ["Anna Holm", "Jonas Petraitis"] })
    }

    @Test func mayIsAMonthOnlyAfterLastOrBeforeANumber() throws {
        let net = try Shared.network("""
            French President Louis Martin met Italian Prime Minister Carla Bruni in Rome on Monday. They may meet again \
            in Paris.
            """)
        #expect(!net.meetings.contains { $0.time?.contains("May") == true || $0.time?.contains("may") == true })
    }
}

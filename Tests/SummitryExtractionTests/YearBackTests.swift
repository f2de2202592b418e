import Testing
import SummitryModel
@testable import SummitryExtraction

/// An encounter dated a year back next to its trigger ("trip to Ottawa last year", "Besuch … im vergangenen Jahr",
/// "vor einem Jahr") is an earlier one: it does not lend its place to the meeting under way (invented texts).
@Suite struct YearBackTests {
    @Test func lastYearsTripIsNotTheVisitUnderWay() throws {
        let net = try Shared.network("""
            Prime Minister John Carver hosted Canadian Prime Minister Paul Roy at Chequers on Saturday. Speaking after the \
            talks, Carver said the two countries were old friends. The prime minister's visit follows the monarch's trip \
            to Ottawa last year.
            """)
        let talks = try #require(net.meetings.first { net.participants(of: $0.id) == ["John Carver", "Paul Roy"] })
        #expect(talks.city != "Ottawa")
    }

    @Test(arguments: ["im vergangenen Jahr", "vor einem Jahr"])
    func aVisitOfThePreviousYearIsAnotherMeeting(_ yearBack: String) throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt empfing am Montag den polnischen Ministerpräsidenten Jan Nowak. Die Gespräche folgten \
            auf Brandts Besuch in Warschau \(yearBack).
            """)
        #expect(net.meetings.count == 2)
        let monday = try #require(net.meetings.first { net.participants(of: $0.id) == ["Karl Brandt", "Jan Nowak"] })
        #expect(monday.city != "Warschau")
    }

    @Test func aYearThatDatesSomethingElseLeavesTheMeeting() throws {
        let net = try Shared.network("""
            On the sidelines, Secretary of State Tom Reed and Indian Foreign Minister Ravi Menon met in Kuala Lumpur, their \
            first meeting since Washington raised tariffs on Indian goods last year.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(net.meetings.count == 1)
        #expect(meeting.city == "Kuala Lumpur")
    }
}

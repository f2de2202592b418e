import Testing
import SummitryModel
@testable import SummitryExtraction

/// Who hosts when English "host" is the verb, an encounter that people "first met" at a year back, and a meal hosted by
/// a meeting's own people (invented texts).
@Suite struct HostVerbAndFirstMetTests {
    /// "X is scheduled to host a luncheon for Y": X hosts. ("to host" is the verb, not the noun "the host, Y"; and "is
    /// scheduled" is no passive of "host".) The luncheon is not placed where the two presidents "first met … last year".
    @Test func scheduledHostAndFirstMeeting() throws {
        let net = try Shared.network("""
            Park and Hartono agree to deepen defence ties

            President Park Min-ho and visiting Indonesian President Rudi Hartono agreed on Tuesday in Seoul to expand \
            cooperation on submarines.

            The two presidents first met as heads of state on the sidelines of the APEC summit in Gyeongju last year.

            On Wednesday, Prime Minister Han Seo-jun is scheduled to host a luncheon for Hartono.
            """)
        let lunch = try #require(net.meetings.first { $0.time == "On Wednesday" })
        #expect(net.relation("actor:han-seo-jun", .hosted, lunch.id) != nil)
        #expect(net.relation("actor:rudi-hartono", .hosted, lunch.id) == nil)
        #expect(lunch.city == "Seoul")
    }

    /// "Over lunch the ministers hosted X" after a council meeting chaired by an EU official: X joins that meeting, and
    /// the chair, who hosts it, is not taken to be of the host city's country.
    @Test func ministersHostTheirGuestAtTheirMeeting() throws {
        let net = try Shared.network("""
            EU ministers fail to agree on new sanctions

            BRUSSELS (Reuters) - European Union foreign ministers failed on Monday to agree a new package of sanctions, \
            diplomats said.

            EU foreign policy chief Anna Lind, who chaired the meeting of the Foreign Affairs Council, said she was confident \
            of a deal. French Foreign Minister Paul Girard and Spain's Foreign Minister Luis Ortega urged Budapest to relent.

            Over lunch the ministers hosted Moldova's Foreign Minister Ion Rusu, who briefed them on the situation in his country.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Anna Lind", "Paul Girard", "Luis Ortega", "Ion Rusu"])
        #expect(net.relation("actor:anna-lind", .hosted, m.id) != nil)
        #expect(net.actor(named: "Anna Lind")?.country == nil)
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// A headline that puts its subject in a city places the report; a past encounter told with "last … two years ago";
/// "that gathering" after a summit named in the same sentence (invented texts).
@Suite struct HeadlinePlaceAndPastTests {
    @Test func theHeadlinesCityPlacesTheTalks() throws {
        let net = try Shared.network("""
            Rojas in Lima: Chile pledges engineers for flood recovery

            President Luis Paredes and Chilean President Marta Rojas held talks at the palace on Thursday. On Friday Rojas \
            visited Cusco, where she met the regional governor Ana Quispe.
            """)
        let talks = try #require(net.meetings.first { net.participants(of: $0.id).contains("Luis Paredes") })
        #expect(talks.city == "Lima")
    }

    @Test func theLastEncounterTwoYearsAgoIsItsOwnMeeting() throws {
        let net = try Shared.network("""
            President Luis Paredes of Peru welcomed Chilean President Marta Rojas at the palace on Thursday for talks. The \
            two leaders, who are said to speak regularly, last sat down together in Arequipa two years ago.
            """)
        #expect(net.meetings.count == 2)
        #expect(net.meetings.contains { $0.city == "Arequipa" && $0.time == nil })
        #expect(net.meetings.contains { $0.city != "Arequipa" && $0.time == "on Thursday" })
    }

    @Test func thatGatheringIsTheSummitNamedBefore() throws {
        let net = try Shared.network("""
            President Luis Paredes of Peru welcomed Chilean President Marta Rojas in Lima on Thursday for talks. The two \
            leaders had been expected to meet again at the Summit of the Americas in Punta Cana last December, but that \
            gathering was postponed.
            """)
        #expect(net.meetings.filter { $0.city == "Punta Cana" }.count == 1)
    }
}

/// A body named right after "the" in a title's complement is no person (invented text).
@Suite struct TitleComplementBodyTests {
    @Test func aChamberAfterTheIsNoPerson() throws {
        let net = try Shared.network("""
            On Thursday morning, Kyrgyz President Sadyr Japarov was received by Rustam Emomali, Chairman of the Majlisi \
            Milli, the upper house of parliament.
            """)
        #expect(net.actor(named: "Majlisi Milli") == nil)
        #expect(net.actor(named: "Rustam Emomali") != nil)
    }
}

/// Hosting something that is no meeting, told by an infinitive, names no encounter (invented text).
@Suite struct HostingNoMeetingTests {
    @Test func aBidToHostACentreIsNoMeeting() throws {
        let net = try Shared.network("""
            President Kofi Mensah has assured his Liberian counterpart, President Joseph Kollie, that Ghana will support \
            Liberia's bid to host a regional maritime training centre.
            """)
        #expect(net.meetings.isEmpty)
    }

    @Test func aBidToHostASummitIsOne() throws {
        let net = try Shared.network("""
            President Kofi Mensah said Ghana would back Liberia's bid to host a summit of West African leaders in Monrovia.
            """)
        #expect(!net.meetings.isEmpty)
    }
}

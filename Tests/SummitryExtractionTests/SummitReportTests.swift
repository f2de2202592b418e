import Testing
import SummitryModel
@testable import SummitryExtraction

/// A summit reported under a headline: the headline's meeting is the summit, mentions of "the summit"
/// are one summit, delegations "represented by", agreements to meet later, and attending other events.
@Suite struct SummitReportTests {
    static let report = """
        G7 leaders meet in Turin as trade row deepens

        TURIN, Italy, May 4 (Reuters) - Leaders of the Group of Seven gathered on Monday for a two-day summit \
        overshadowed by U.S. President John Carver's tariff threats. Italian Prime Minister Lucia Ferri, this year's host, \
        greeted British Prime Minister Tom Hale and German Chancellor Karl Brandt. The European Union was represented by \
        Commission President Anna Lind. Hale and Brandt agreed in a separate meeting to hold consultations in Berlin next year. \
        Carver was expected to leave Turin on Tuesday to attend a campaign event in Ohio.
        """

    @Test func theHeadlineMeetingIsTheSummit() throws {
        let net = try Shared.network(Self.report)
        let summits = net.meetings.filter { $0.city == "Turin" && net.participants(of: $0.id).contains("Lucia Ferri") }
        #expect(summits.count == 1)
        let summit = try #require(summits.first)
        #expect(summit.organization == "G7")
        #expect(Set(net.participants(of: summit.id)).isSuperset(of: ["Lucia Ferri", "Tom Hale", "Karl Brandt", "Anna Lind"]))
        #expect(net.relation("actor:lucia-ferri", .hosted, summit.id) != nil)
    }

    @Test func whatWasAgreedIsAnotherMeeting() throws {
        let net = try Shared.network(Self.report)
        let berlin = try #require(net.meetings.first { $0.city == "Berlin" })
        #expect(!net.participants(of: berlin.id).contains("John Carver"))
        let side = try #require(net.meetings.first { $0.city != "Berlin" && Set(net.participants(of: $0.id)) == ["Tom Hale", "Karl Brandt"] })
        #expect(side.city == "Turin")
    }

    @Test func twoMentionsOfTheSummitAreOne() throws {
        let net = try Shared.network("""
            Beim Gipfeltreffen in Lissabon will Präsident Rui Costa Verbündete zeigen. Die Teilnehmer des Gipfels \
            berieten am Mittwoch über Handel. Am Rande des Gipfels traf Kanzler Karl Brandt den Präsidenten.
            """)
        #expect(net.meetings.filter { $0.mode == "multilateral" }.count == 1)
    }
}

@Suite struct SummitAttendanceTests {
    @Test func leadersInAttendanceAndABilateralOfTwoOfThem() throws {
        let net = try Shared.network("""
            MANILA, Philippines (AP) — Southeast Asian leaders opened their annual summit in the Philippine capital on \
            Wednesday with host President Juan Cruz urging unity. Malaysian Prime Minister Anwar Salleh and Indonesian \
            President Budi Santoso were among the leaders in attendance. Salleh also met Santoso on Wednesday evening \
            to discuss their maritime boundary.
            """)
        let summit = try #require(net.meetings.first { $0.mode == "multilateral" })
        #expect(Set(net.participants(of: summit.id)) == ["Juan Cruz", "Anwar Salleh", "Budi Santoso"])
        #expect(net.meetings.contains { Set(net.participants(of: $0.id)) == ["Anwar Salleh", "Budi Santoso"] })
    }
}

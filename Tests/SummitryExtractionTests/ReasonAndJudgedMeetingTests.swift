import Testing
import SummitryExtraction
import SummitryModel

/// A visit abroad given as the reason for an absence, a summit judged from elsewhere, and a call told in the
/// pluperfect (invented text).
@Suite struct ReasonAndJudgedMeetingTests {
    static let report = """
        ACCRA (AP) — West African leaders met for a summit in Accra on Sunday, hosted by President Kofi Mensa. Togo \
        was represented by its foreign minister, as President Yao Dossou was on a private visit abroad. Guinea's \
        President Sekou Bah also attended.

        In Bamako, government spokesman Issa Diarra dismissed the summit as theatre. Mensa had spoken by telephone \
        with Mali's President Oumar Keita last Thursday.
        """

    @Test func aVisitAbroadIsWhySomeoneIsAwayNotAMeeting() throws {
        let net = try Shared.network(Self.report)
        #expect(!net.meetings.contains { $0.mode == "visit" })
        for m in net.meetings { #expect(!net.participants(of: m.id).contains("Yao Dossou")) }
        let summit = try #require(net.meetings.first { $0.id.contains("summit") })
        #expect(net.participants(of: summit.id) == ["Kofi Mensa", "Sekou Bah"])
    }

    @Test func aSummitJudgedFromElsewhereIsNoSummitThere() throws {
        let net = try Shared.network(Self.report)
        #expect(!net.meetings.contains { $0.city == "Bamako" })
    }

    @Test func hadSpokenByTelephoneIsACall() throws {
        let net = try Shared.network(Self.report)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(net.participants(of: call.id) == ["Kofi Mensa", "Oumar Keita"])
    }

    @Test func aJudgedSummitWithNoneReportedBeforeIsKept() throws {
        let net = try Shared.network("Opposition leader Ama Owusu criticised the summit of West African leaders in Accra on Sunday.")
        #expect(net.meetings.count == 1)
    }

    @Test func aVisitAskedAboutElsewhereIsTheVisitReported() throws {
        let net = try Shared.network("""
            Prime Minister Tom Hale hosted Canadian Prime Minister Mark Lowe at Chequers on Saturday. US President Dan \
            Cole, asked about the visit at the White House, said he did not care.
            """)
        #expect(net.meetings.count == 1)
        for m in net.meetings { #expect(!net.participants(of: m.id).contains("Dan Cole")) }
    }
}

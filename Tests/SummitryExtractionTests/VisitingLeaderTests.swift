import Testing
import SummitryModel
@testable import SummitryExtraction

/// A report without a dateline of a leader's visit: "the visiting premier" is the guest, the talks are where the
/// visit is, an earlier meeting ("the last time they met") and its summit are past, and an unqualified adviser in a
/// text that never names the United States is no American.
@Suite struct VisitingLeaderTests {
    static let report = """
        Polish PM Marek holds talks with Chief Adviser Faruk

        Staff Correspondent

        Ruritanian Prime Minister Ivo Marek held talks with Chief Adviser Professor Omar Faruk at the state guest house yesterday.

        The visiting premier arrived in Dhaka on Sunday on a three-day official visit.

        The last time they met was on the sidelines of the regional summit in Bangkok in April.

        In a separate meeting, Foreign Adviser Karim Uddin and Ruritania's Foreign Minister Jan Novak signed a transit protocol.
        """

    static let visit = """
        Staff Correspondent

        Ruritanian Prime Minister Ivo Marek held talks with Chief Adviser Professor Omar Faruk at the state guest house yesterday.

        The visiting premier arrived in Dhaka on Sunday on a three-day official visit.
        """

    @Test func theVisitingPremierIsTheGuestAndTheTalksAreWhereHisVisitIs() throws {
        let net = try Shared.network(Self.visit)
        let visit = try #require(net.meetings.first { $0.mode == "visit" })
        #expect(visit.city == "Dhaka")
        #expect(net.participants(of: visit.id).contains("Ivo Marek"))
        let talks = try #require(net.meetingIDs(with: "Omar Faruk").first.flatMap { net.node($0) })
        #expect(talks.city == "Dhaka")
    }

    @Test func titlesBeforeTheNameAreNotPartOfIt() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actorNames.contains("Omar Faruk"))
        #expect(!net.actorNames.contains { $0.hasPrefix("PM") || $0.hasPrefix("Professor") })
    }

    @Test func thePastMeetingAndItsSummitPlaceNothing() throws {
        let net = try Shared.network(Self.report)
        let separate = try #require(net.meetingIDs(with: "Karim Uddin").first.flatMap { net.node($0) })
        #expect(separate.city != "Bangkok")
    }

    @Test func anAdviserIsNoAmericanWhereTheTextNamesNoUnitedStates() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actor(named: "Karim Uddin")?.country != "US")
    }
}

/// "would meet again in X": the series' next meeting, not the one reported.
@Suite struct MeetAgainTests {
    @Test func meetingAgainIsTheNextMeetingNotTheSummitHeld() throws {
        let net = try Shared.network("""
            ACCRA, Nov 16 (Reuters) - Leaders of the regional bloc ECOWAS held an extraordinary summit on Sunday, \
            hosted by Ghanaian President Kofi Mensah.

            The leaders agreed that ECOWAS foreign ministers would meet again in Abuja in December.
            """)
        let summit = try #require(net.meetingIDs(with: "Kofi Mensah").first.flatMap { net.node($0) })
        #expect(summit.city == "Accra")
    }
}

/// Indian honorifics ("Shri", "Smt") are not part of a name.
@Suite struct IndianHonorificTests {
    @Test func shriIsNoPartOfTheName() throws {
        let net = try Shared.network("""
            The minister conveyed the greetings of Prime Minister Shri Ravi Kumar to Smt Anita Rao in New Delhi.
            """)
        #expect(net.actorNames.contains("Ravi Kumar"))
        #expect(!net.actorNames.contains { $0.hasPrefix("Shri") || $0.hasPrefix("Smt") })
    }
}

/// A place someone returns to, in a clause of its own, is not where the meeting is.
@Suite struct ReturnFlightTests {
    @Test func theCityFlownBackToIsNoVenue() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt traf am Montag in Tiflis Ministerpräsident Giorgi Beridse.

            Am Dienstag will Brandt noch das Kloster in Kutaissi besuchen, bevor er nach Berlin zurückfliegt.
            """)
        #expect(!net.meetings.contains { $0.city == "Berlin" })
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented background paragraphs: earlier encounters reported in passing are meetings too.
@Suite struct BackgroundMeetingTests {
    @Test func relativeClauseVisitIsItsOwnMeeting() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Ruiz of Spain met her Norwegian counterpart Jonas Berg in Madrid on Tuesday. \
            Berg, who visited Lima in May, said the talks were useful.
            """)
        let madrid = try #require(net.meetings.first { $0.city == "Madrid" })
        #expect(net.participants(of: madrid.id) == ["Ana Ruiz", "Jonas Berg"])
        let lima = try #require(net.meetings.first { $0.city == "Lima" })
        #expect(lima.country == "PE")
        #expect(lima.status != "planned")  // "in May" is a month, not the modal
        #expect(net.participants(of: lima.id) == ["Jonas Berg"])
    }

    @Test func signingUnderMediationAndAResidence() throws {
        let net = try Shared.network("""
            The truce was negotiated at President Rosa Quispe's residence in Arequipa. Foreign Minister Ana Ruiz of Spain \
            and Norwegian Foreign Minister Jonas Berg had signed a fisheries deal in Oslo under the mediation of \
            Icelandic Prime Minister Helga Jonsdottir.
            """)
        let arequipa = try #require(net.meetings.first { $0.city == "Arequipa" })
        #expect(net.relation("actor:rosa-quispe", .hosted, arequipa.id) != nil)
        #expect(net.actor(named: "Rosa Quispe")?.country == "PE")
        let oslo = try #require(net.meetings.first { $0.city == "Oslo" })
        #expect(net.participants(of: oslo.id) == ["Ana Ruiz", "Jonas Berg", "Helga Jonsdottir"])
    }
}

@Suite struct PreviousRoundTests {
    @Test func previousRoundHasTheSameParties() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Ruiz of Spain met Moroccan Foreign Minister Karim Alaoui in Madrid on Monday. \
            The previous round of talks had collapsed in Rabat in March.
            """)
        let rabat = try #require(net.meetings.first { $0.city == "Rabat" })
        #expect(net.participants(of: rabat.id) == ["Ana Ruiz", "Karim Alaoui"])
        #expect(rabat.country == "MA")
    }
}

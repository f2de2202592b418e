import Testing
import SummitryModel
@testable import SummitryExtraction

/// Seasons as times ("im vergangenen Herbst", "last autumn", "next spring"), "zu Gast" as a visit, "X und er" as two
/// people, and an earlier visit told in a relative clause about the host (invented texts).
@Suite struct SeasonAndGuestTests {
    /// "Sörensen und er sprachen": "er" is the guest, not Sörensen. "Im vergangenen Herbst war Sörensen in Tallinn zu Gast
    /// beim estnischen Ministerpräsidenten": a visit of its own, in Tallinn, last autumn, hosted by the Estonian.
    @Test func guestAndEarlierVisit() throws {
        let net = try Shared.network("""
            Gäste in der Staatskanzlei

            Ministerpräsident Daniel Sörensen hat am Montag Gäste aus dem Ostseeraum empfangen. Den Anfang machte Estlands \
            Regierungschef Kristo Mälk. Sörensen und er sprachen rund eine Stunde über Patrouillen. Im vergangenen Herbst war \
            Sörensen in Tallinn zu Gast beim estnischen Ministerpräsidenten.
            """)
        let tallinn = try #require(net.meetings.first { $0.city == "Tallinn" })
        #expect(tallinn.time == "Im vergangenen Herbst")
        #expect(net.participants(of: tallinn.id) == ["Daniel Sörensen", "Kristo Mälk"])
        #expect(net.relation("actor:kristo-malk", .hosted, tallinn.id) != nil)
        #expect(net.meetings.contains { $0.city != "Tallinn" && net.participants(of: $0.id) == ["Daniel Sörensen", "Kristo Mälk"] })
    }

    /// "Dort wird ihn X empfangen, der im vergangenen Jahr selbst in Berlin zu Gast war": the reception is in Asunción;
    /// X's visit to Berlin a year back is another encounter, which the guest of the reception did not attend.
    @Test func earlierVisitInARelativeClause() throws {
        let net = try Shared.network("""
            Der Bundespräsident reist weiter

            Am Freitag reist Bundespräsident Frank Olbrich weiter nach Asunción. Dort wird ihn Paraguays Staatschef Santiago \
            Morel empfangen, der im vergangenen Jahr selbst in Berlin zu Gast war.
            """)
        let reception = try #require(net.meetings.first { net.relation("actor:santiago-morel", .hosted, $0.id) != nil })
        #expect(reception.city == "Asunción")
        #expect(net.participants(of: reception.id).contains("Frank Olbrich"))
        #expect(!net.meetings.contains { $0.city == "Berlin" && net.participants(of: $0.id).contains("Frank Olbrich") })
    }

    /// "Last autumn" and "next spring" time the encounters they stand by.
    @Test func englishSeasons() throws {
        let net = try Shared.network("""
            Nordic ministers meet in Oslo

            Foreign Minister Ola Brekke hosted his Danish counterpart Lars Holm in Oslo on Monday. Last autumn Holm and Brekke \
            met in Copenhagen to discuss Arctic shipping. The two ministers agreed to meet again in Reykjavik next spring. \
            The fall of the coalition was not discussed.
            """)
        #expect(net.meetings.first { $0.city == "Copenhagen" }?.time == "Last autumn")
        #expect(net.meetings.first { $0.city == "Reykjavik" }?.time == "next spring")
        #expect(net.meetings.first { $0.city == "Oslo" }?.time == "on Monday")
    }
}

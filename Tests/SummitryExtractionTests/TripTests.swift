import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented journeys: places carried to "dort"/"there", office mentions bound to the traveller,
// and places that are a topic rather than a venue.
@Suite struct TripTests {
    @Test func dortCarriesTheLastStop() throws {
        let net = try Shared.network("""
            Außenministerin Karla Weidinger reiste am Montag nach Riga und Vilnius. Letzte Station war Tallinn. \
            Dort traf die Ministerin den estnischen Präsidenten Alar Kask.
            """)
        let m = try #require(net.meetings.first { net.participants(of: $0.id).contains("Alar Kask") })
        #expect(m.city == "Tallinn")
        #expect(m.country == "EE")
        #expect(net.participants(of: m.id) == ["Karla Weidinger", "Alar Kask"])
    }

    @Test func thereCarriesThePlace() throws {
        let net = try Shared.network("""
            Japanese Foreign Minister Haruto Kimura flew to Wellington on Sunday. There, the Japanese minister met \
            New Zealand Prime Minister Aroha Ngata.
            """)
        let m = try #require(net.meetings.first { net.participants(of: $0.id).contains("Aroha Ngata") })
        #expect(m.city == "Wellington")
        #expect(net.participants(of: m.id) == ["Haruto Kimura", "Aroha Ngata"])
    }

    @Test func aPlaceAfterForWithAPossessiveIsTheTopic() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Ruiz of Spain will attend a donors' conference for Gaza's reconstruction next month.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city != "Gaza")
        #expect(m.status == "planned")
    }
}

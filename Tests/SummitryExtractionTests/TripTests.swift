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

@Suite struct TravellerTests {
    @Test func talksDuringAJourneyJoinTheVisitAndHeIsTheTraveller() throws {
        let net = try Shared.network("""
            French President Luc Moreau travelled to Dakar on Monday. He met Senegalese President Amadou Diallo and \
            Ghanaian President Kojo Amankwah. Diallo said he was pleased. He later flew to Abidjan.
            """)
        let dakar = try #require(net.meetings.first { $0.city == "Dakar" })
        #expect(net.meetings.filter { $0.city == "Dakar" }.count == 1)
        #expect(net.participants(of: dakar.id) == ["Luc Moreau", "Amadou Diallo", "Kojo Amankwah"])
        let abidjan = try #require(net.meetings.first { $0.city == "Abidjan" })
        #expect(net.participants(of: abidjan.id) == ["Luc Moreau"])
    }

    @Test func woClauseAttachesToThePlaceJustNamed() throws {
        let net = try Shared.network("""
            Außenministerin Karla Weidinger kam am Abend in Istanbul an, wo sie mit dem türkischen Präsidenten Emre Yilmaz zusammentraf.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "Istanbul")
        #expect(net.participants(of: m.id) == ["Karla Weidinger", "Emre Yilmaz"])
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented people and events: meetings placed only at an international body's seat, and datelines
// whose own country qualifier decides the country.
@Suite struct SeatAndDatelineTests {
    @Test func bodyDatelineGivesItsSeat() throws {
        let net = try Shared.network("""
            UNITED NATIONS (AP) — Foreign Minister Tomas Lindqvist of Sweden met Indonesian Foreign Minister \
            Dewi Santoso on Tuesday.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "New York")
        #expect(m.country == "US")
        #expect(net.participants(of: m.id) == ["Tomas Lindqvist", "Dewi Santoso"])
    }

    @Test func headquartersAndGeneralAssemblyAreTheSeat() throws {
        let net = try Shared.network("""
            Ghanaian President Kojo Amankwah met Chilean President Sofía Valdés at U.N. headquarters on Monday.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "New York")
        #expect(m.country == "US")
        let de = try Shared.network("""
            Außenministerin Karla Weidinger traf im Nato-Hauptquartier den norwegischen Verteidigungsminister Eirik Dahl.
            """)
        let n = try #require(de.meetings.first)
        #expect(n.city == "Brussels" || n.city == "Brüssel")
        #expect(n.country == "BE")
    }

    @Test func sidelinesOfTheAssemblyMeetInNewYork() throws {
        let net = try Shared.network("""
            On the sidelines of the General Assembly, Kenyan President Daniel Otieno met Peruvian President Rosa Quispe.
            """)
        let m = try #require(net.meetings.first { net.participants(of: $0.id).contains("Rosa Quispe") })
        #expect(m.city == "New York")
        #expect(m.country == "US")
    }

    @Test func datelineQualifierNamesTheCountry() throws {
        let net = try Shared.network("""
            WINDSOR, England — Prime Minister Oliver Tate hosted Japanese Prime Minister Kenji Sato for talks on Friday.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "Windsor")
        #expect(m.country == "GB")
    }

    @Test func aBodyNamedWithoutASeatWordIsNoPlace() throws {
        // "a resolution of the Security Council" names no venue; the meeting stays in Lima.
        let net = try Shared.network("""
            President Rosa Quispe met Ghanaian President Kojo Amankwah in Lima to discuss a resolution of the Security Council.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "Lima")
    }
}

@Suite struct SeatPrecedenceTests {
    @Test func aCityNamedAfterTheBodyWins() throws {
        let net = try Shared.network("""
            Swedish Foreign Minister Tomas Lindqvist met Indonesian Foreign Minister Dewi Santoso at the United Nations in Geneva on Tuesday.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "Geneva")
        #expect(m.name == "meeting in Geneva")
    }
}

@Suite struct NationalSeatTests {
    @Test func seatsOfGovernmentAfterALocative() throws {
        let en = try Shared.network("""
            President Frank Carter hosted Kenyan President Daniel Otieno at the White House on Monday. \
            The White House said the talks were good.
            """)
        #expect(en.meetings.count == 1)
        #expect(en.meetings.first?.city == "Washington")
        let de = try Shared.network("Kremlchef Bogdan Sadowski empfing am Montag im Kreml den indischen Premierminister Arjun Mehta.")
        let m = try #require(de.meetings.first)
        #expect(m.city == "Moskau")  // the German name in German text
        #expect(m.country == "RU")
    }
}

@Suite struct CityStateDatelineTests {
    @Test func aCityStateDatelineAndClericalTitles() throws {
        let net = try Shared.network("""
            Papst empfängt Präsidenten

            Vatikanstadt (KNA) - Der Papst hat am Freitag den libanesischen Präsidenten Karim Haddad in Privataudienz \
            empfangen. Anschließend traf Haddad mit dem vatikanischen Außenbeauftragten, Erzbischof Paolo Verdi, zusammen.
            """)
        let audience = try #require(net.meetings.first)
        #expect(audience.country == "VA")
        let verdi = try #require(net.actor(named: "Paolo Verdi"))
        #expect(verdi.country == "VA")
        #expect(verdi.organization == nil)
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented people: countries that a titled name takes from the words around it, and demonyms
// that refer back only to a person who can have that nationality.
@Suite struct ActorCountryTests {
    @Test func possessorPassesItsCountryOn() throws {
        let net = try Shared.network("""
            Estlands Regierungschefin Liina Tamm und deren Außenminister Mart Saar trafen am Montag in Berlin Kanzler Bernd Falkenrath.
            """)
        #expect(net.actor(named: "Mart Saar")?.country == "EE")
        #expect(net.actor(named: "Bernd Falkenrath")?.country == "DE")
    }

    @Test func aCountrysSideIsRepresentedByTheMinister() throws {
        let net = try Shared.network("Die ukrainische Seite wurde in Genf von Minister Oleh Kovalenko vertreten.")
        #expect(net.actor(named: "Oleh Kovalenko")?.country == "UA")
    }

    @Test func countryAfterTheNameAndCompoundOffices() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Ruiz of Spain met Croatia's Deputy Prime Minister and Foreign Minister Goran Horvat in Zagreb.
            """)
        #expect(net.actor(named: "Ana Ruiz")?.country == "ES")
        #expect(net.actor(named: "Goran Horvat")?.country == "HR")
    }

    @Test func titledAppositionOfACounterpart() throws {
        let net = try Shared.network("""
            Egyptian Foreign Minister Karim Nassar met his Saudi counterpart, Prince Khalid bin Saad, in Cairo on Monday.
            """)
        #expect(net.actor(named: "Khalid bin Saad")?.country == "SA")
        #expect(net.actor(named: "Karim Nassar")?.country == "EG")
    }

    @Test func nominalisedAdjectiveGivesAnOfficialANationality() throws {
        let net = try Shared.network("""
            Kommissionspräsidentin Greta Vollrath traf am Montag in Washington US-Präsident John Carter. \
            Die Deutsche lobte das Treffen.
            """)
        #expect(net.actor(named: "Greta Vollrath")?.country == "DE")
        #expect(net.actor(named: "John Carter")?.country == "US")
    }

    @Test func demonymNeverOverridesAStatedCountry() throws {
        let net = try Shared.network("""
            Der belgische Premierminister Pieter Claes traf in Brüssel den lettischen Präsidenten Andris Ozols. \
            Das sei ein wichtiger Schritt, sagte der Niederländer.
            """)
        #expect(net.actor(named: "Pieter Claes")?.country == "BE")
        #expect(net.actor(named: "Andris Ozols")?.country == "LV")
    }
}

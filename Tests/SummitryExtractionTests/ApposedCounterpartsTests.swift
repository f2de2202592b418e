import Testing
import SummitryModel
@testable import SummitryExtraction

/// Names in apposition to a plural office ("his Turkish and Iranian counterparts, A and B"), a title word that is
/// a known person's first name, and a country list that names no one's country.
@Suite struct ApposedCounterpartsTests {
    @Test func pluralCounterpartsTakeTheirCountriesInOrder() throws {
        let net = try Shared.network("""
            Foreign Minister Ali Raza on Thursday hosted his Turkish and Iranian counterparts, Kemal Aydin and Reza Karimi, for talks in Islamabad.
            """)
        #expect(net.actor(named: "Kemal Aydin")?.country == "TR")
        #expect(net.actor(named: "Reza Karimi")?.country == "IR")
    }

    @Test func pairedAdjectivesBeforeAPluralOfficeGoToTheNamesInOrder() throws {
        let net = try Shared.network("""
            Foreign Minister Ali Raza received the Turkish and Iranian foreign ministers, Kemal Aydin and Reza Karimi, in Islamabad.
            """)
        #expect(net.actor(named: "Kemal Aydin")?.country == "TR")
        #expect(net.actor(named: "Reza Karimi")?.country == "IR")
    }

    @Test func aListOfCountriesNamesNoOnesCountry() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Lobo hosted her counterparts from Chile, Peru and Ecuador — Pedro Soto, Luis Vega and Marta Ruiz — in Lisbon.
            """)
        let vega = try #require(net.actor(named: "Luis Vega"))
        #expect(vega.country != "CL")
    }

    @Test func aTitleWordThatIsAKnownPersonsFirstNameStaysInTheName() throws {
        let net = try Shared.network("""
            The acting foreign minister, Amir Khan Muttaqi, met Foreign Minister Ali Raza in Islamabad on Monday.
            """)
        #expect(net.actorNames.contains("Amir Khan Muttaqi"))
        #expect(!net.actorNames.contains("Khan Muttaqi"))
    }
}

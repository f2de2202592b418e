import Testing
import SummitryModel
@testable import SummitryExtraction

/// Places for meetings the text does not place with a known city: a town the lexicon lacks takes the
/// country named beside it; a meeting nothing places takes the first place the text names.
@Suite struct PlaceFallbackTests {
    @Test func anUnknownTownTakesTheCountryBesideIt() throws {
        let net = try Shared.network("""
            Kranjska (dpa) - Die Staats- und Regierungschefs der Region sind im slowenischen Kurort Kranjska zu ihrem \
            jährlichen Gipfel zusammengekommen. Gastgeber Präsident Marko Novak begrüßte die Gäste am Morgen.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "Kranjska")
        #expect(m.country == "SI")
    }

    @Test func aMeetingNothingPlacesTakesTheFirstPlaceNamed() throws {
        let net = try Shared.network("""
            Security was tight across Lisbon on Tuesday. Portuguese Prime Minister Ana Costa met German Chancellor \
            Karl Weber for two hours, officials said.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.country == "PT")
    }

    @Test func aGuessedPlaceGivesNoOneACountry() throws {
        let net = try Shared.network("""
            Security was tight across Lisbon on Tuesday. Chancellor Karl Weber met Ana Costa for two hours, officials said.
            """)
        #expect(net.actor(named: "Ana Costa")?.country != "PT")
    }
}

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

    @Test func anUnplacedMeetingTakesThePlaceReportedLastNotTheMeetingOpenedLast() throws {
        // The journey, opened first, reaches Tunis after the meeting in Rabat: "Danach" is in Tunis.
        let net = try Shared.network("""
            Außenminister Jan Berg hat eine zweitägige Reise in den Maghreb begonnen.

            In Rabat traf er am Montag Außenminister Karim Alami.

            Am Dienstag reiste Berg weiter nach Tunis. Dort empfing ihn Präsident Omar Haddad im Karthago-Palast.

            Danach traf Berg Außenminister Sami Ben Salem.
            """)
        let m = try #require(net.meetings.first { net.participants(of: $0.id).contains("Sami Ben Salem") })
        #expect(m.city == "Tunis")
    }

    @Test func aPlaceThatQualifiesATopicIsNoVenue() throws {
        // "discussed the humanitarian situation in Gaza", "die Lage in Gaza": Gaza is the topic, not where they met.
        for text in ["""
            KUWAIT CITY

            Foreign Minister Ali Demir was received on Sunday by Emir Sheikh Nasser Al-Hamad at Bayan Palace.

            Demir conveyed the greetings of President Kemal Aslan to the emir, and the two discussed the humanitarian situation in Gaza.
            """, """
            Außenminister Jan Berg ist am Montag in Kairo mit seinem Amtskollegen Omar Farouk zusammengetroffen. \
            Beide sprachen über die Lage in Gaza.
            """] {
            let net = try Shared.network(text)
            #expect(!net.meetings.isEmpty)
            #expect(!net.meetings.contains { $0.city == "Gaza" })
        }
    }
}

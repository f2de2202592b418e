import Testing
import SummitryExtraction
import SummitryModel

/// "Der deutsche CSU-Politiker", "the Belgian diplomat": a country adjective before a politician's noun
/// names the country of the person named last (invented text).
@Suite struct PoliticianNounTests {
    @Test func germanPoliticianNounGivesTheCountry() throws {
        let net = try Shared.network("""
            Am Nachmittag kam die Ministerin Ana Lobo mit dem Sondergesandten Karl Brandt zusammen. Der deutsche \
            CSU-Politiker warnte vor neuen Spannungen.
            """)
        #expect(net.actor(named: "Karl Brandt")?.country == "DE")
    }

    @Test func englishDiplomatGivesTheCountry() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Lobo later met the envoy Jan Peeters. The Belgian diplomat said talks were difficult.
            """)
        #expect(net.actor(named: "Jan Peeters")?.country == "BE")
    }
}

/// A spouse named after "seiner Frau" takes the country of the other person of the sentence (invented text).
@Suite struct SpouseCountryTests {
    @Test func aSpouseSharesTheCountryOfTheOfficeHolder() throws {
        let net = try Shared.network("""
            Am Dienstag wurde Bundespräsident Karl Brandt gemeinsam mit seiner Frau Eva Brandt-Huber von Kaiser \
            Naruhito empfangen.
            """)
        #expect(net.actor(named: "Eva Brandt-Huber")?.country == "DE")
    }
}

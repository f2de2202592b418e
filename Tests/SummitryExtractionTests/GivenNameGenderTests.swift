import Testing
import SummitryExtraction
import SummitryModel

/// A pronoun skips the person whose given name says the other gender, when no title says it (invented texts).
@Suite struct GivenNameGenderTests {
    @Test func sheIsTheWomanNotTheManNamedLast() throws {
        let net = try Shared.network("""
            In Tripoli on Sunday, UN envoy Hanna Berg met Prime Minister Abdul Karim Salem at his office.

            Salem's office said he had told the envoy that elections must come first.

            Later the same day she was received by President Omar Nasri, who stressed the need for elections.
            """)
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Omar Nasri") })
        #expect(net.participants(of: reception.id) == ["Hanna Berg", "Omar Nasri"])
    }

    @Test func heIsTheManNotTheWomanNamedLast() throws {
        let net = try Shared.network("""
            Foreign Minister Jonas Keller met Foreign Minister Ursula Brandt in Vienna on Monday.

            Brandt praised the talks. On Tuesday he was received in Prague by Prime Minister Pavel Novak.
            """)
        let prague = try #require(net.meetings.first { net.participants(of: $0.id).contains("Pavel Novak") })
        #expect(net.participants(of: prague.id) == ["Jonas Keller", "Pavel Novak"])
    }

    @Test func aGivenNameOfEitherGenderDecidesNothing() throws {
        // "Andrea" names women in German and men in Italian, so it does not rule Rossi out; "Marco" rules Bianchi out.
        let net = try Shared.network("""
            Foreign Minister Andrea Rossi met Foreign Minister Marco Bianchi in Rome on Monday.

            Bianchi praised the talks. Later she was received by President Luca Conte.
            """)
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Luca Conte") })
        #expect(net.participants(of: reception.id) == ["Andrea Rossi", "Luca Conte"])
    }
}

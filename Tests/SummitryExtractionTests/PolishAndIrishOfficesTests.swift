import Testing
import SummitryModel
@testable import SummitryExtraction

/// Polish and Irish offices ("Marschall der Woiwodschaft", "Marshal of the Sejm", "Ceann Comhairle"), a passive's agent
/// "von" before a given name, and a member's letters after a name ("TD") (invented texts).
@Suite struct PolishAndIrishOfficesTests {
    /// "wurde X von Łukasz Wierzba, dem Marschall der Woiwodschaft Kleinpolen, empfangen": two people, the marshal hosts.
    @Test func marshalReceivesByPassive() throws {
        let net = try Shared.network("""
            Lenz in Krakau

            Am Dienstag wurde Oberbürgermeister Burkhard Lenz von Łukasz Wierzba, dem Marschall der Woiwodschaft Kleinpolen, \
            in dessen Amtssitz empfangen. Wierzba war im Frühjahr in Dresden zu Gast gewesen.
            """)
        #expect(net.actorNames == ["Burkhard Lenz", "Łukasz Wierzba"])
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Burkhard Lenz") })
        #expect(net.relation("actor:łukasz-wierzba", .hosted, reception.id) != nil)
    }

    /// "The Ceann Comhairle, Orla Brennan TD," and "the Marshal of the Sejm, Tadeusz Wolski" … "Marshal Wolski".
    @Test func speakersOfParliaments() throws {
        let net = try Shared.network("""
            Irish delegation in Warsaw

            The Ceann Comhairle, Orla Brennan TD, led a delegation to Warsaw on Monday at the invitation of the Marshal of the \
            Sejm, Tadeusz Wolski. Marshal Wolski welcomed the delegation at the Sejm.
            """)
        #expect(net.actorNames == ["Orla Brennan", "Tadeusz Wolski"])
        #expect(net.actor(named: "Tadeusz Wolski")?.role == "Marshal of the Sejm")
    }
}

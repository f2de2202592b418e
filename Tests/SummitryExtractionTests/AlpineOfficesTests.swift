import Testing
import SummitryModel
@testable import SummitryExtraction

/// Offices of Switzerland and Austria ("Bundesrat Beat Jans", "Landeshauptmann Mario Kunasek", "Staatsrat"), and an
/// office named again by its own word (invented texts).
@Suite struct AlpineOfficesTests {
    @Test func aSwissFederalCouncillorIsAnActorOfSwitzerland() throws {
        let net = try Shared.network("""
            Bundesrat Peter Muster hat am Montag den italienischen Innenminister Carlo Rossi beim Grenzübergang in Chiasso \
            empfangen. Mit am Tisch sass der Tessiner Staatsrat Marco Bernasconi. Die beiden Minister sprachen über Patrouillen.
            """)
        #expect(net.actor(named: "Peter Muster")?.country == "CH")
        #expect(net.actor(named: "Marco Bernasconi") != nil)
        let meeting = try #require(net.meetings.first)
        #expect(net.participants(of: meeting.id).contains("Peter Muster"))
    }

    @Test func theFederalCouncilAsABodyIsNoPerson() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt hat am Montag den polnischen Ministerpräsidenten Jan Nowak in Berlin empfangen. \
            Der Bundesrat hatte zuvor dem Abkommen zugestimmt.
            """)
        #expect(net.nodes.filter { $0.kind == .actor }.count == 2)
    }

    @Test func theOfficeWordNamesItsOwnHolder() throws {
        let net = try Shared.network("""
            Landeshauptmann Anton Huber hat am Freitag Slowenien besucht. Sloweniens Ministerpräsident Marko Novak \
            begrüßte den steirischen Landeshauptmann vor dem Schloss in Maribor. Am Nachmittag wurde der Landeshauptmann \
            im Rathaus von Bürgermeister Janez Kranjc empfangen.
            """)
        #expect(net.actor(named: "Anton Huber") != nil)
        let townHall = try #require(net.meetings.first { net.participants(of: $0.id).contains("Janez Kranjc") })
        #expect(net.participants(of: townHall.id).contains("Anton Huber"))
        #expect(!net.participants(of: townHall.id).contains("Marko Novak"))
    }
}

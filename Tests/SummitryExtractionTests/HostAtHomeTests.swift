import Testing
import SummitryModel
@testable import SummitryExtraction

/// A host of known country receives at home: a grand duke is Luxembourg's; an unplaced reception by such a host
/// does not take the place where the guest was last; the agent of a modal passive ("soll von X empfangen werden")
/// hosts (invented texts).
@Suite struct HostAtHomeTests {
    static let report = """
        Premierminister Luc Weber besuchte am Montag Bundeskanzler Karl Brandt in Berlin. Am Dienstag wird der \
        Bundeskanzler vom Großherzog Henri im großherzoglichen Palast empfangen, bevor er nach Berlin zurückfliegt.
        """

    @Test func aGrandDukeIsLuxembourgs() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actor(named: "Henri")?.country == "LU")
    }

    @Test func aReceptionByAHostOfAnotherCountryIsNotWhereTheGuestWasLast() throws {
        let net = try Shared.network(Self.report)
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Henri") })
        #expect(reception.city != "Berlin")
        #expect(reception.country == "LU")
    }

    @Test func theAgentOfAModalPassiveHosts() throws {
        let net = try Shared.network("""
            Der jordanische König Omar soll im März von Bundespräsident Karl Brandt in Berlin empfangen werden.
            """)
        let m = try #require(net.meetings.first)
        #expect(net.relation("actor:karl-brandt", .hosted, m.id) != nil)
        #expect(net.relation("actor:omar", .hosted, m.id) == nil)
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// Chairing with no meeting word during a meeting is a seat at it; "Gastgeber war" reaches over a title
/// (invented text).
@Suite struct ChairingTests {
    static let talks = """
        Zwei Tage lang haben der armenische Außenminister Aram Petrosjan und sein aserbaidschanischer Amtskollege \
        Elnur Gasimov in Genf verhandelt. Gastgeber war der Schweizer Außenminister Martin Keller.

        Ebenfalls dabei war OSZE-Generalsekretär Ahmet Demir; der türkische Diplomat leitete am zweiten Tag eine \
        Arbeitsgruppe zu Grenzfragen.
        """

    @Test func chairingAWorkingGroupIsASeatAtTheTalksNotAMeetingOfItsOwn() throws {
        let net = try Shared.network(Self.talks)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id).isSuperset(of: ["Aram Petrosjan", "Elnur Gasimov", "Ahmet Demir"]))
    }

    @Test func theHostNamedAfterATitleHostsTheTalks() throws {
        let net = try Shared.network(Self.talks)
        let m = try #require(net.meetings.first)
        #expect(net.relation("actor:martin-keller", .hosted, m.id) != nil)
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// A clause after a colon with a person of its own, and the partner of a call that prepares a visit (invented texts).
@Suite struct ColonClauseAndPreparedCallTests {
    /// "X wechselte auf die andere Tiberseite: Im Palazzo Chigi empfing ihn Y": "ihn" is X, and Y, not X, hosts.
    @Test func receivedAfterAColon() throws {
        let net = try Shared.network("""
            Kanzler in Rom

            Bundeskanzler Konrad Ebner traf am Vormittag den Papst. Am Nachmittag wechselte Ebner auf die andere Tiberseite: \
            Im Palazzo Chigi empfing ihn Italiens Ministerpräsidentin Giulia Ferri zu einem Arbeitsgespräch.
            """)
        let talks = try #require(net.meetings.first { net.participants(of: $0.id).contains("Giulia Ferri") })
        #expect(net.participants(of: talks.id) == ["Konrad Ebner", "Giulia Ferri"])
        #expect(net.relation("actor:giulia-ferri", .hosted, talks.id) != nil)
        #expect(net.relation("actor:konrad-ebner", .hosted, talks.id) == nil)
    }

    /// "telefonierte mit X, um einen Besuch in Rom vorzubereiten": X is on the call.
    @Test func callPreparingAVisit() throws {
        let net = try Shared.network("""
            Telefonat

            Außenministerin Clara Berghof telefonierte am Montag mit ihrem italienischen Amtskollegen Marco Santini, um einen \
            Besuch in Rom vorzubereiten.
            """)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(net.participants(of: call.id) == ["Clara Berghof", "Marco Santini"])
        let visit = try #require(net.meetings.first { $0.city == "Rom" })
        #expect(visit.status == "planned")
        #expect(net.participants(of: visit.id).contains("Clara Berghof"))
    }
}

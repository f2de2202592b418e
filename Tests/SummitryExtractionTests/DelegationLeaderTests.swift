import Testing
import SummitryModel
@testable import SummitryExtraction

/// "the delegation" as the person who leads it, and a host named in a "where" clause after an apposition (invented text).
@Suite struct DelegationLeaderTests {
    static let text = """
        Irish delegation in Poland

        The Ceann Comhairle, Orla Brennan TD, led a cross-party delegation to Warsaw on Monday. On Monday afternoon the \
        delegation was received by the Marshal of the Senate, Anna Zielińska. On Wednesday the delegation travelled to \
        Kraków, where the Mayor, Piotr Nowicki, hosted members at the City Hall.
        """

    /// The Senate marshal's reception and the mayor's are the leader's too; the leader hosts neither.
    @Test func theDelegationIsItsLeader() throws {
        let net = try Shared.network(Self.text)
        let senate = try #require(net.meetings.first { net.relation("actor:anna-zielinska", .hosted, $0.id) != nil })
        #expect(net.participants(of: senate.id) == ["Orla Brennan", "Anna Zielińska"])
        let krakow = try #require(net.meetings.first { net.relation("actor:piotr-nowicki", .hosted, $0.id) != nil })
        #expect(krakow.city == "Kraków")
        #expect(net.participants(of: krakow.id) == ["Orla Brennan", "Piotr Nowicki"])
        #expect(net.relation("actor:orla-brennan", .hosted, krakow.id) == nil)
    }
}

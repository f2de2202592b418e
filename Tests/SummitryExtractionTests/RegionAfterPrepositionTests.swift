import Testing
import SummitryModel
@testable import SummitryExtraction

/// A capitalised word the lexicons lack after "in", "nach" or "aus" is a place, not an untitled German name, even
/// before a verb ("Reise nach Burgund hat Ministerpräsident X …") (invented text).
@Suite struct RegionAfterPrepositionTests {
    @Test func regionIsNoPerson() throws {
        let net = try Shared.network("""
            Brandt in Burgund: Partnerschaft soll jünger werden

            Gleich zu Beginn seiner Reise nach Burgund hat Ministerpräsident Karl Brandt eine Zahl genannt. Dort empfing ihn \
            Regionalpräsidentin Marie Dubois im Regionalrat.
            """)
        #expect(net.actor(named: "Burgund") == nil)
        #expect(net.actorNames == ["Karl Brandt", "Marie Dubois"])
    }
}

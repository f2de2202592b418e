import Testing
import SummitryModel
@testable import SummitryExtraction

/// Ireland's offices by their Irish names: the Taoiseach heads the government, the Tánaiste is his deputy (invented text).
@Suite struct IrishOfficesTests {
    @Test func theTaoiseachAndTanaisteAreTitlesOfIreland() throws {
        let net = try Shared.network("""
            Taoiseach Sean Byrne met Belgian Prime Minister Luc Peeters in Brussels on Monday. Tánaiste Niamh Walsh \
            joined the talks later in the afternoon.
            """)
        let byrne = try #require(net.actor(named: "Sean Byrne"))
        #expect(byrne.country == "IE")
        #expect(net.actor(named: "Niamh Walsh")?.country == "IE")
        #expect(net.actor(named: "Taoiseach Sean Byrne") == nil)
    }
}

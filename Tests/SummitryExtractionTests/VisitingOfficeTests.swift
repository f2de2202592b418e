import Testing
import SummitryModel
@testable import SummitryExtraction

/// "the visiting head of state" is the guest of the visit, not the host of the same office named since (invented text).
@Suite struct VisitingOfficeTests {
    @Test func visitingHeadOfStateIsTheGuest() throws {
        let net = try Shared.network("""
            Pavel in Chisinau

            Czech President Petr Pavel arrived in Chisinau on Monday for a two-day state visit. Moldovan President Maia Sandu \
            welcomed him at the presidential palace. Sandu praised Prague's support for Moldova's EU bid. On Tuesday Prime \
            Minister Alexandru Munteanu hosted a lunch for the visiting head of state.
            """)
        let lunch = try #require(net.meetings.first { net.relation("actor:alexandru-munteanu", .hosted, $0.id) != nil })
        #expect(net.participants(of: lunch.id) == ["Alexandru Munteanu", "Petr Pavel"])
    }
}

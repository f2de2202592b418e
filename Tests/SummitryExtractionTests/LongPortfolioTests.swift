import Testing
import SummitryModel
@testable import SummitryExtraction

/// A portfolio continued by "and" ("Minister of Foreign Affairs and International Cooperation X Y") still introduces the
/// name after it (invented text).
@Suite struct LongPortfolioTests {
    @Test func aPortfolioWithAndIntroducesTheName() throws {
        let net = try Shared.network("""
            Japanese Foreign Minister Kenji Arai arrived in Phnom Penh on Monday. Arai held talks with Deputy Prime \
            Minister and Minister of Foreign Affairs and International Cooperation Sok Vanna at the ministry.
            """)
        #expect(net.actor(named: "Sok Vanna")?.country == "KH")
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Kenji Arai", "Sok Vanna"] })
    }
}

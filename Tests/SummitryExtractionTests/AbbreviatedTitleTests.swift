import Testing
import SummitryModel
@testable import SummitryExtraction

/// A title abbreviated with its dot before a name ("Gov.", "Sen.", "Gov. Gen.") introduces the person, and is no part
/// of a name nor swallows the place before it ("Osaka Gov. X") (invented texts).
@Suite struct AbbreviatedTitleTests {
    @Test func governorAfterACity() throws {
        let net = try Shared.network("""
            Prime Minister Tom Baker will travel to Osaka on Thursday, where he will meet Osaka Gov. Kenji Aoki to discuss tourism.
            """)
        #expect(net.actor(named: "Kenji Aoki") != nil)
        #expect(!net.actorNames.contains { $0.contains("Gov") })
        let m = try #require(net.meetings.first)
        #expect(m.city == "Osaka")
        #expect(net.participants(of: m.id) == ["Tom Baker", "Kenji Aoki"])
    }

    @Test func twoAbbreviationsInARow() throws {
        let net = try Shared.network("""
            In the evening, Gov. Gen. Anna Lee hosted a state dinner for President Jorge Ruiz at Rideau Hall in Ottawa.
            """)
        #expect(net.actor(named: "Anna Lee") != nil)
        #expect(!net.actorNames.contains { $0 == "Gen" || $0.contains("Gov") })
    }
}

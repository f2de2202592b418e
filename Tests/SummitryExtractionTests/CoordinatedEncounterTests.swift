import Testing
import SummitryModel
@testable import SummitryExtraction

/// A second verb after "and" with a counterpart of its own after "with" is a second encounter of the same subject:
/// "call on Prime Minister X and hold talks with Minister Y", "traf X und sprach anschließend mit Y"; "met X and
/// held talks with him" is one (invented texts).
@Suite struct CoordinatedEncounterTests {
    @Test func callingOnOneAndHoldingTalksWithAnotherAreTwo() throws {
        let net = try Shared.network("""
            From Male, Foreign Minister Ravi Menon will travel to Port Louis, where he is scheduled to call on Prime \
            Minister Arun Joshi and hold talks with Foreign Minister Dev Ramful on 4 February.
            """)
        #expect(net.meetings.count == 2)
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Ravi Menon", "Arun Joshi"] })
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Ravi Menon", "Dev Ramful"] })
    }

    @Test func meetingOneAndSpeakingWithAnotherAreTwo() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt traf am Montag in Paris Präsident Jean Morel und sprach anschließend mit \
            Premierminister Luc Petit.
            """)
        #expect(net.meetings.count == 2)
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Karl Brandt", "Jean Morel"] })
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Karl Brandt", "Luc Petit"] })
    }

    @Test func talksWithTheSamePersonAreOne() throws {
        let net = try Shared.network("""
            Prime Minister John Carver met President Jean Morel in Paris on Monday and held talks with him on trade.
            """)
        #expect(net.meetings.count == 1)
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// Talks offered, their host named later, an envoy who will stay away, and a past meeting told with
/// "they" (invented text).
@Suite struct OfferedTalksTests {
    static let report = """
        Lobo and Berg speak by phone as Norway offers to host new talks

        OSLO (AP) - Portuguese President Ana Lobo spoke by phone on Sunday with Norwegian Prime Minister Jonas Berg, \
        who offered to host a new round of talks between Serbia and Kosovo in Oslo, both offices said.

        According to Norwegian officials who spoke on condition of anonymity because they were not authorized to brief \
        reporters, the talks could take place later this month. Foreign Minister Lars Dahl would host the meeting, as he \
        did during rounds held in 2024.

        Speaking later to reporters in Washington, U.S. envoy Tom Hale welcomed the Norwegian initiative but said he had \
        no plans to attend.

        Serbian President Milan Petrovic and Kosovo Prime Minister Arben Krasniqi have not met since May 2023, when they \
        held talks in Brussels.
        """

    @Test func anOfferedRoundIsPlannedAndItsHostJoinsIt() throws {
        let net = try Shared.network(Self.report)
        #expect(net.meetings.count == 3)
        let oslo = try #require(net.meetings.first { $0.city == "Oslo" })
        #expect(oslo.status == "planned")
        #expect(net.relation("actor:lars-dahl", .hosted, oslo.id) != nil)
        for m in net.meetings { #expect(!net.participants(of: m.id).contains("Tom Hale")) }
    }

    @Test func theyAreThePairNamedBefore() throws {
        let net = try Shared.network(Self.report)
        let brussels = try #require(net.meetings.first { $0.city == "Brussels" })
        #expect(net.participants(of: brussels.id) == ["Milan Petrovic", "Arben Krasniqi"])
    }

    @Test func theyAreNotThePeopleOfTheMeetingBefore() throws {
        let net = try Shared.network("""
            President Ana Lobo met Prime Minister Jonas Berg in Oslo on Monday.

            Serbian President Milan Petrovic and Kosovo Prime Minister Arben Krasniqi have not met since May 2023, when \
            they held talks in Brussels.
            """)
        let brussels = try #require(net.meetings.first { $0.city == "Brussels" })
        #expect(net.participants(of: brussels.id) == ["Milan Petrovic", "Arben Krasniqi"])
    }
}

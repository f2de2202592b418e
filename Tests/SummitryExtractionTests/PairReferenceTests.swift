import Testing
import SummitryModel
@testable import SummitryExtraction

/// "the two leaders" after two people named in the same sentence are those two; "two sources" are nobody's;
/// an object pronoun after a subject and another person is that other person.
@Suite struct PairReferenceTests {
    static let report = """
        NAIROBI, May 4 (Reuters) - Kenyan President Daniel Mwangi hosted a regional summit on Sunday. \
        Tanzania's President Amani Juma and Rwanda's President Paul Habimana attended.

        Mwangi had spoken by phone with Ethiopian Prime Minister Dawit Bekele on Friday to urge him to come, \
        two sources familiar with the call said.

        Juma had hosted Habimana in Arusha last month, when the two leaders agreed to reopen the border.
        """

    @Test func theTwoLeadersAreThePairTheSentenceNamed() throws {
        let net = try Shared.network(Self.report)
        let arusha = try #require(net.meetings.first { $0.city == "Arusha" })
        #expect(net.participants(of: arusha.id) == ["Amani Juma", "Paul Habimana"])
    }

    @Test func twoSourcesAreNoOne() throws {
        let net = try Shared.network(Self.report)
        let calls = net.meetings.filter { $0.mode == "phone" }
        #expect(!calls.isEmpty)
        for call in calls { #expect(net.participants(of: call.id).isSubset(of: ["Daniel Mwangi", "Dawit Bekele"])) }
    }
}

/// "Two" as a text's first word has no word before it to read.
@Suite struct LeadingTwoTests {
    @Test func aTextOpeningWithTwoIsRead() throws {
        let net = try Shared.network("Two leaders met in Paris on Monday.")
        #expect(net.meetings.count <= 1)
        let officials = try Shared.network("two officials met in Paris.")
        #expect(officials.meetings.count <= 1)
    }
}

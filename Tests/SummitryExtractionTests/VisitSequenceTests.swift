import Testing
import SummitryModel
@testable import SummitryExtraction

/// A visit reported as a sequence: a titled guest welcomed, a joint call, a process agreed on, and a
/// journey on to a second place within one sentence.
@Suite struct VisitSequenceTests {
    static let report = """
        Leaders pledge closer ties

        By Ann Writer

        LONDON, Nov 9 (Reuters) - Tom Hale welcomed Canadian Prime Minister Paul Roy to Downing Street on Monday for talks. \
        The two leaders agreed to begin negotiations on a new bilateral trade agreement next year. \
        Later on Monday the two men held a joint phone call with U.S. President John Carver. \
        On Tuesday, Roy was received by King Edward at Windsor Castle before travelling on to Brussels for a meeting \
        with European Commission President Anna Lind.
        """

    @Test func aTitledGuestIsWelcomed() throws {
        let net = try Shared.network(Self.report)
        let talks = try #require(net.meetings.first { $0.city == "London" && net.participants(of: $0.id).contains("Tom Hale") })
        #expect(Set(net.participants(of: talks.id)) == ["Tom Hale", "Paul Roy"])
        #expect(net.relation("actor:tom-hale", .hosted, talks.id) != nil)
        // Negotiations agreed on are no meeting of their own.
        #expect(!net.meetings.contains { $0.name.hasPrefix("negotiations") })
    }

    @Test func aJointPhoneCall() throws {
        let net = try Shared.network(Self.report)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(Set(net.participants(of: call.id)) == ["Tom Hale", "Paul Roy", "John Carver"])
    }

    @Test func aJourneyOnIsAnotherMeeting() throws {
        let net = try Shared.network(Self.report)
        let brussels = try #require(net.meetings.first { $0.city == "Brussels" })
        #expect(Set(net.participants(of: brussels.id)) == ["Paul Roy", "Anna Lind"])
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Edward") || net.participants(of: $0.id).contains("King Edward") })
        #expect(reception.city == "Windsor")
    }
}

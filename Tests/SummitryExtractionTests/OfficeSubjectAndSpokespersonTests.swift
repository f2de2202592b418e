import Testing
import SummitryExtraction
import SummitryModel

/// A pronoun after a subject named by office, and a spokesperson who speaks for someone at a meeting
/// (invented text).
@Suite struct OfficeSubjectAndSpokespersonTests {
    static let report = """
        Bundeskanzler Peter Haas hat den polnischen Präsidenten Jan Nowak am Montag empfangen. Zuvor hatte \
        Bundespräsident Frank Weller den Gast begrüßt, sagte Weller. Der Kanzler betonte, er habe erst in der \
        vergangenen Woche mit Polens Ministerpräsident Adam Lis telefoniert.

        Polens Außenminister Piotr Zalewski nahm in Brüssel an einem Treffen der EU-Außenminister teil und ließ über \
        seinen Sprecher Pawel Kot ausrichten, er begrüße jedes Gespräch.
        """

    @Test func erAfterDerKanzlerIsTheChancellor() throws {
        let net = try Shared.network(Self.report)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(net.participants(of: call.id) == ["Peter Haas", "Adam Lis"])
    }

    @Test func aSpokespersonIsNotAtTheMeeting() throws {
        let net = try Shared.network(Self.report)
        let brussels = try #require(net.meetings.first { $0.city == "Brüssel" })
        #expect(net.participants(of: brussels.id) == ["Piotr Zalewski"])
    }
}

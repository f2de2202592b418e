import Testing
import SummitryExtraction
import SummitryModel

/// Who stayed away, who was absent after an appositive, and who will make up for an absence (invented text).
@Suite struct AbsenceTests {
    static let report = """
        Lindqvist skips Nordic defence ministers' meeting, sends deputy

        STOCKHOLM - Danish Defence Minister Lars Lindqvist stayed away from Thursday's meeting of Nordic defence ministers \
        in Stockholm, leaving his deputy Mette Rask to represent Copenhagen.

        Swedish Defence Minister Erik Berg, who chaired the meeting, said the absence was no signal.

        Iceland's foreign minister, Katrin Jonsdottir, was absent from the meeting, an official said.

        Diplomats said Lindqvist is expected to make up for his absence by attending the Nordic summit in Oslo in July.
        """

    @Test func anAbsenteeSetOffByCommasIsNotAtTheMeeting() throws {
        let net = try Shared.network(Self.report)
        let stockholm = try #require(net.meetings.first { $0.city == "Stockholm" })
        #expect(net.participants(of: stockholm.id) == ["Erik Berg"])
    }

    @Test func makingUpForAnAbsenceIsAttending() throws {
        let net = try Shared.network(Self.report)
        let oslo = try #require(net.meetings.first { $0.city == "Oslo" })
        #expect(net.participants(of: oslo.id) == ["Lars Lindqvist"])
    }
}

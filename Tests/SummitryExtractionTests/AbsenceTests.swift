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

/// A working lunch joined by a third minister, described as "the first such meeting", and a minister not
/// invited (invented text).
@Suite struct TrilateralLunchTests {
    @Test func theLunchJoinedByAThirdIsAMeetingOfItsOwn() throws {
        let net = try Shared.network("""
            OSLO, March 3 (Reuters) - Norwegian Foreign Minister Jonas Berg hosted Portugal's foreign minister, Ana Lobo, \
            in Oslo on Tuesday.

            Later on Tuesday, the two ministers were joined by Danish Foreign Minister Lars Holm for a trilateral working \
            lunch, the first such meeting since Holm took office.

            Russian Foreign Minister Pavel Orlov was not invited to any of the Oslo meetings.
            """)
        #expect(net.meetings.count == 2)
        let lunch = try #require(net.meetings.first { net.participants(of: $0.id).contains("Lars Holm") })
        #expect(net.participants(of: lunch.id) == ["Jonas Berg", "Ana Lobo", "Lars Holm"])
        for m in net.meetings { #expect(!net.participants(of: m.id).contains("Pavel Orlov")) }
    }
}

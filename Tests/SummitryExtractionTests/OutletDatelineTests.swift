import Testing
import SummitryModel
@testable import SummitryExtraction

/// A dateline with the outlet after the place and no brackets ("MOYALE taz |"), and a follow-up meeting only
/// planned, which does not give its city to the meeting held.
@Suite struct OutletDatelineTests {
    static let report = """
        Gipfel an der Grenze

        MOYALE taz | Hier, am neuen Grenzposten, haben sich am Samstag Kenias Präsident Daniel Mwangi und \
        Äthiopiens Ministerpräsident Dawit Bekele getroffen.

        Auch die Außenminister Amina Odhiambo und Tesfaye Alemu saßen mit am Tisch. Sie sollen bis Jahresende \
        ein Folgetreffen in Addis Abeba vorbereiten.
        """

    @Test func theDatelinePlacesTheMeeting() throws {
        let net = try Shared.network(Self.report)
        let meeting = try #require(net.meetingIDs(with: "Daniel Mwangi").first.flatMap { net.node($0) })
        #expect(meeting.city == "Moyale")
    }

    @Test func thePlannedFollowUpIsAMeetingOfItsOwn() throws {
        let net = try Shared.network(Self.report)
        let followUp = try #require(net.meetings.first { $0.city == "Addis Abeba" })
        #expect(followUp.status == "planned")
        #expect(!net.participants(of: followUp.id).contains("Daniel Mwangi"))
    }
}

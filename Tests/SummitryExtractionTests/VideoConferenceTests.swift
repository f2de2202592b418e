import Testing
import SummitryExtraction
import SummitryModel

/// A headline with two encounters, a call told again, a video conference with its inviters, an absentee,
/// a meeting only talked about and a planned one of a group (invented text).
@Suite struct VideoConferenceTests {
    static let report = """
        Lobo telefoniert mit Berg – Videogipfel der "Gruppe der Freunde"

        Präsidentin Ana Lobo hat am Freitag mit dem norwegischen Ministerpräsidenten Jonas Berg über die Energiepreise \
        gesprochen. Anschließend beriet sie mit weiteren Partnern in einer Videokonferenz.

        Das Telefonat habe eine halbe Stunde gedauert, teilte ein Sprecher mit.

        Am Nachmittag schaltete sich Lobo zu der Videokonferenz zu. Eingeladen hatten der dänische Regierungschef \
        Lars Holm und der finnische Präsident Mika Virta. Auch die estnische Ministerpräsidentin Kaja Tamm nahm teil. \
        Der lettische Präsident Andris Ozols war verhindert.

        Der Kreml hatte ein solches Treffen als überflüssig bezeichnet; Kremlsprecher Pjotr Orlow sprach von Provokation. \
        Ein Treffen der Staats- und Regierungschefs sei für Mai in Oslo geplant.
        """

    @Test func theHeadlinesCallAndVideoSummitAreTwoMeetings() throws {
        let net = try Shared.network(Self.report)
        #expect(net.meetings.count == 3)
        let calls = net.meetings.filter { net.participants(of: $0.id).contains("Jonas Berg") }
        #expect(calls.count == 1)
        #expect(calls.first.map { net.participants(of: $0.id) } == ["Ana Lobo", "Jonas Berg"])
    }

    @Test func theInvitersHostAndTheAbsenteeStaysOut() throws {
        let net = try Shared.network(Self.report)
        let video = try #require(net.meetings.first { net.participants(of: $0.id).contains("Kaja Tamm") })
        #expect(net.relation("actor:lars-holm", .hosted, video.id) != nil)
        #expect(net.relation("actor:mika-virta", .hosted, video.id) != nil)
        for m in net.meetings { #expect(!net.participants(of: m.id).contains("Andris Ozols")) }
    }

    @Test func aMeetingTalkedAboutAndAGroupsMeetingNameNoOne() throws {
        let net = try Shared.network(Self.report)
        for m in net.meetings { #expect(!net.participants(of: m.id).contains("Pjotr Orlow")) }
        let oslo = try #require(net.meetings.first { $0.name.contains("Oslo") })
        #expect(net.participants(of: oslo.id).isEmpty)
    }
}

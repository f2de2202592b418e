import Testing
import SummitryModel
@testable import SummitryExtraction

/// A return visit announced during a visit ("kündigte an, … nach X zu reisen") is planned, and it does not
/// place the meetings reported after it; a visit first named in a modal phrase and then reported is held.
@Suite struct AnnouncedVisitTests {
    static let report = """
        Karlsson in Vilnius: Der Besuch, der Moskau ärgern soll

        Ministerpräsident Tomas Rudys hat am Montag seinen schwedischen Amtskollegen Erik Karlsson in Vilnius empfangen. \
        Die beiden Regierungschefs sprachen zwei Stunden miteinander.

        Rudys kündigte an, im Frühjahr zu einem Gegenbesuch nach Stockholm zu reisen.

        Parallel dazu trafen sich die Außenminister Lars Berg und Ona Jurgaitė im Außenministerium.
        """

    @Test func theAnnouncedReturnVisitIsPlanned() throws {
        let net = try Shared.network(Self.report)
        let visit = try #require(net.meetings.first { $0.city == "Stockholm" })
        #expect(visit.status == "planned")
    }

    @Test func theMeetingAfterItIsWhereTheVisitIs() throws {
        let net = try Shared.network(Self.report)
        let ministers = try #require(net.meetingIDs(with: "Ona Jurgaitė").first.flatMap { net.node($0) })
        #expect(ministers.city == "Vilnius")
    }

    @Test func theVisitReportedAsHeldIsHeld() throws {
        let net = try Shared.network(Self.report)
        let visit = try #require(net.meetingIDs(with: "Erik Karlsson").first.flatMap { net.node($0) })
        #expect(visit.city == "Vilnius")
        #expect(visit.status == "held")
    }
}

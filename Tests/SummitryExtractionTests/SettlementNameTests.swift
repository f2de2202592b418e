import Testing
import SummitryModel
@testable import SummitryExtraction

/// A settlement the lexicon does not know, named after its noun ("the Greenlandic town of Qasigiannguit",
/// "in der geteilten Stadt Kalvåg"), places the meeting there.
@Suite struct SettlementNameTests {
    @Test func theTownOfXIsThePlace() throws {
        let net = try Shared.network("""
            The prime ministers gathered in the Greenlandic town of Qasigiannguit on Thursday for their annual meeting.

            Danish Prime Minister Anna Holm, Norway's Erik Dahl and Sweden's Lars Berg attended.
            """)
        let meeting = try #require(net.meetingIDs(with: "Anna Holm").first.flatMap { net.node($0) })
        #expect(meeting.city == "Qasigiannguit")
        #expect(meeting.country == "GL")
    }

    @Test func dieStadtXIsThePlace() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt und Ministerpräsident Jonas Berg trafen sich am Montag in der kleinen Stadt Kalvåg.
            """)
        let meeting = try #require(net.meetingIDs(with: "Karl Brandt").first.flatMap { net.node($0) })
        #expect(meeting.city == "Kalvåg")
    }

    @Test func aufSchlossXIsThePlace() throws {
        let net = try Shared.network("""
            Das ist das Ergebnis eines Gipfels, zu dem Premierminister Jan Peeters am Montag auf Schloss Vianden geladen hatte.
            """)
        let summit = try #require(net.meetingIDs(with: "Jan Peeters").first.flatMap { net.node($0) })
        #expect(summit.city == "Vianden")
    }
}

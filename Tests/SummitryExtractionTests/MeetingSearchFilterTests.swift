import SummitryModel
import Testing

/// The meeting search passes over meetings no rule of it can take (`mayTake` in
/// `DocumentAnalysis.integrate(_:triggers:)`): a meeting reported again by its people, with neither
/// place nor time and behind a meeting that is not its own, is still found. (Debug builds also compare
/// every search's answer with that of the search of every meeting.)
@Suite struct MeetingSearchFilterTests {
    /// Talks of two people reported again after a call of two others: the earlier meeting, not the
    /// last one, takes them (by the people they share; a filter that read only the last meeting, the
    /// city or the body would make them a new meeting).
    @Test func earlierMeetingFoundByItsPeople() throws {
        let text = "Prime Minister Anna Varo met President Luis Pellin in Oslo on Monday. "
            + "Chancellor Clara Mornak spoke by phone with President Dmitri Tibbet on Tuesday. "
            + "Later, Varo and Pellin held talks on energy."
        let net = try Shared.network(text)
        #expect(net.meetings.count == 2)
        #expect(net.meetingIDs(with: "Anna Varo").count == 1)
        #expect(net.meetingIDs(with: "Anna Varo") == net.meetingIDs(with: "Luis Pellin"))
        #expect(net.meetingIDs(with: "Clara Mornak") != net.meetingIDs(with: "Anna Varo"))
    }

    /// A meeting reported again in its city, behind another meeting elsewhere: found by the city.
    @Test func earlierMeetingFoundByItsCity() throws {
        let text = "Prime Minister Anna Varo met President Luis Pellin in Oslo on Monday. "
            + "Chancellor Clara Mornak met President Dmitri Tibbet in Vienna on Tuesday. "
            + "Talks were also held in Oslo on Monday."
        let net = try Shared.network(text)
        #expect(net.meetings.count == 2)
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// A meeting called off because the host had to travel to another one, and the visitor flying home
/// (invented text).
@Suite struct CalledOffTripTests {
    static let report = """
        Lobo in Accra – Treffen in Lomé abgesagt

        Accra (AFP) - Entwicklungsministerin Ana Lobo hat bei einem Besuch in Ghana mehr Hilfe zugesagt. Später wurde \
        die Ministerin von Präsident John Mensah empfangen.

        Eigentlich hätte die Ministerin am Freitag in Lomé mit dem togoischen Präsidenten Faure Agbeko zusammenkommen \
        sollen. Das Treffen wurde jedoch abgesagt, weil Agbeko zu einem Krisentreffen der Ecowas nach Abuja reisen musste. \
        Stattdessen fliegt Lobo nun direkt nach Berlin zurück.
        """

    @Test func whoseMeetingWasCalledOffForAnotherAttendsThatOne() throws {
        let net = try Shared.network(Self.report)
        let abuja = try #require(net.meetings.first { $0.city == "Abuja" })
        #expect(net.participants(of: abuja.id) == ["Faure Agbeko"])
    }

    @Test func flyingHomeIsNoVisit() throws {
        let net = try Shared.network(Self.report)
        #expect(!net.meetings.contains { $0.city == "Berlin" })
    }
}

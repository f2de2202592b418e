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

/// Places and journeys that are not the meeting's: a relative clause about a person, a trip given as a
/// reason (invented text).
@Suite struct ReasonAndRelativeClauseTests {
    @Test func aPlaceInARelativeClauseAndATripAsAReasonAreNoMeetings() throws {
        let net = try Shared.network("""
            Lobo in Japan

            Die portugiesische Präsidentin Ana Lobo ist zum Staatsbesuch in Tokio. Sie trifft auf einen Regierungschef, \
            der in Peking als Provokation gilt.

            Außenminister Kenji Sato, der die Präsidentin in Osaka begleiten sollte, sagte seine Teilnahme wegen einer \
            Reise nach Washington ab.
            """)
        #expect(net.meetings.map(\.city) == ["Tokio"])
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// A list of attendees split by a second verb ("…, whose country joined the grouping …") stays with the
/// meeting its first names went to, not the meeting opened last (invented text).
@Suite struct AttendanceListTests {
    @Test func theRestOfAnAttendanceListJoinsTheMeetingItsFirstNamesJoined() throws {
        let net = try Shared.network("""
            Regional ministers meet in Jakarta

            Rahman chairs two-day conclave; President Anwar Suharto receives Thai Foreign Minister Somchai Wong

            JAKARTA

            Foreign Minister Ali Rahman on Tuesday opened a meeting of regional foreign ministers in Jakarta.

            The two-day meeting was attended by China's Foreign Minister Li Wen, Russia's Igor Petrov, Brazil's Paulo \
            Costa, South Africa's Thabo Dlamini, Iran's Reza Karimi and Egypt's Omar Farouk, as well as Thai Foreign \
            Minister Somchai Wong, whose country joined the grouping as a full member last year.
            """)
        let conclave = try #require(net.meetings.first { net.participants(of: $0.id).contains("Li Wen") })
        #expect(net.participants(of: conclave.id).isSuperset(of: ["Reza Karimi", "Omar Farouk", "Somchai Wong"]))
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Anwar Suharto") })
        #expect(net.participants(of: reception.id) == ["Anwar Suharto", "Somchai Wong"])
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// A byline's city as the report's place (a headline's city before it), and a dialogue agreed to be resumed (invented text).
@Suite struct BylineAndDialogueTests {
    static let report = """
        Kask in Wien: Freundliche Worte

        Von Anna Huber, Wien

        Schon im Sommer hatten Außenministerin Beate Meinl und ihr estnischer Amtskollege Tarmo Kask in einem Telefonat \
        vereinbart, den Strategischen Dialog beider Länder wieder aufzunehmen. Am Dienstag nun empfing Meinl den Gast im \
        Palais Esterhazy. Die Gespräche dauerten vier Stunden.
        """

    @Test func theBylinesCityPlacesAMeetingTheTextDoesNotPlace() throws {
        let net = try Shared.network(Self.report)
        let talks = try #require(net.meetings.first { $0.id.contains("dienstag") })
        #expect(talks.city == "Wien")
    }

    @Test func theHeadlinesCityBeforeTheCorrespondentsBase() throws {
        let net = try Shared.network("""
            Vermittlung in Doha: Nachbarn verlängern Waffenruhe

            Von Jan Auer, Istanbul

            Es war bereits die dritte Gesprächsrunde in diesem Jahr. Unter Vermittlung des katarischen Staatsministers Ali \
            al-Mansur verhandelten Verteidigungsminister Khalid Rana und sein Amtskollege Omar Siddiqi am Sonntag zehn Stunden lang.
            """)
        let talks = try #require(net.meetings.first)
        #expect(talks.city == "Doha")
    }

    @Test func aDialogueToBeResumedIsNoMeetingOfItsOwn() throws {
        let net = try Shared.network(Self.report)
        #expect(net.meetings.count == 2)
        #expect(!net.meetings.contains { $0.id.contains("dialog") })
    }
}

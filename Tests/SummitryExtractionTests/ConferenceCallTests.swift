import Testing
import SummitryModel
@testable import SummitryExtraction

/// A video conference of several leaders: who takes part ("Among those taking part were …", "also joined"),
/// a speaker's modals that do not make it planned, a two-way call told apart from the conference, and a
/// guest welcomed with a possessive title.
@Suite struct ConferenceCallTests {
    static let report = """
        Leaders confer by video on ceasefire plan

        LONDON (PA) - British Prime Minister Tom Hale told a video conference of European allies on Tuesday that \
        Europe could not wait for others to negotiate a ceasefire.

        Hale chaired Tuesday's call from Downing Street. Among those taking part were French President Luc Marin \
        and Italy's Prime Minister Paola Rinaldi. Nato Secretary General Jan Visser also joined.

        Later, Foreign Secretary Ann Cole welcomed Ukraine's Foreign Minister Petro Kuzma to the Foreign Office.
        """

    @Test func everyoneTakingPartIsOnTheConference() throws {
        let net = try Shared.network(Self.report)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(net.participants(of: call.id) == ["Tom Hale", "Luc Marin", "Paola Rinaldi", "Jan Visser"])
    }

    @Test func aSpeakersModalLeavesTheConferenceHeld() throws {
        let net = try Shared.network(Self.report)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(call.status == "held")
    }

    @Test func aGuestWelcomedWithAPossessiveTitle() throws {
        let net = try Shared.network(Self.report)
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Ann Cole", "Petro Kuzma"] })
    }

    @Test func thePhoneCallIsNotTheLaterVideoConference() throws {
        let net = try Shared.network("""
            Brandt telefoniert mit Carver – Videokonferenz der Unterstützer

            Bundeskanzler Karl Brandt hat am Samstag mit US-Präsident John Carver über die Ukraine gesprochen. \
            Anschließend beriet er mit weiteren Unterstützern Kiews in einer Videokonferenz.

            Das Telefonat habe rund 40 Minuten gedauert, teilte ein Regierungssprecher mit.

            Am Nachmittag schaltete sich Brandt dann zu einer Videokonferenz der Unterstützer zu. Eingeladen hatte \
            der französische Präsident Luc Marin. Auch Nato-Generalsekretär Jan Visser nahm teil.
            """)
        let calls = net.meetings.filter { $0.mode == "phone" }
        #expect(calls.count == 2)
        // ("Das Telefonat" names the two-way call, not the conference reported since.)
        #expect(calls.contains { $0.name.hasPrefix("Telefonat") && net.participants(of: $0.id) == ["Karl Brandt", "John Carver"] })
        #expect(calls.contains { $0.name.hasPrefix("Videokonferenz") && net.participants(of: $0.id) == ["Karl Brandt", "Luc Marin", "Jan Visser"] })
    }
}

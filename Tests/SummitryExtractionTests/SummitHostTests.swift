import Testing
import SummitryModel
@testable import SummitryExtraction

/// "X, who chairs the bloc, hosted the meeting": the summit just reported, not another meeting; a known
/// figure's name with a title word inside it ("Hassan Sheikh Mohamud") is whole.
@Suite struct SummitHostTests {
    static let report = """
        ACCRA, May 4 (Reuters) - West African leaders urged Mali's President Amadou Keita on Sunday to set an election date, \
        at an extraordinary summit of the regional bloc ECOWAS.

        Ghana's President Kofi Mensah, who chairs the Economic Community of West African States, hosted the meeting \
        at the Jubilee House. Senegal's President Awa Diallo and Somalia's Hassan Sheikh Mohamud attended.
        """

    @Test func theHostOfTheMeetingHostsTheSummit() throws {
        let net = try Shared.network(Self.report)
        #expect(net.meetings.count == 1)
        let summit = try #require(net.meetings.first)
        #expect(net.participants(of: summit.id).isSuperset(of: ["Kofi Mensah", "Awa Diallo"]))
    }

    @Test func aTitleInsideAKnownNameStaysInIt() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actorNames.contains("Hassan Sheikh Mohamud"))
        #expect(!net.actorNames.contains("Mohamud"))
    }
}

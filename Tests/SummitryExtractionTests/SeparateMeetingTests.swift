import Testing
import SummitryModel
@testable import SummitryExtraction

/// A separate or bilateral meeting of some of a gathering's people is an encounter of its own; a ministry's name
/// that several countries use places no meeting in another country's capital.
@Suite struct SeparateMeetingTests {
    static let report = """
        ISLAMABAD: Foreign Minister Ali Raza on Thursday hosted his Turkish and Iranian counterparts, Kemal Aydin and \
        Reza Karimi, for a trilateral dialogue. The talks at the Foreign Office lasted four hours.

        A separate bilateral meeting between Mr Raza and Mr Karimi in the afternoon was described as frank.
        """

    @Test func aSeparateMeetingIsItsOwn() throws {
        let net = try Shared.network(Self.report)
        let raza = net.meetingIDs(with: "Ali Raza")
        #expect(raza.count == 2)
        #expect(raza.contains { net.participants(of: $0) == ["Ali Raza", "Reza Karimi"] })
    }

    @Test func theForeignOfficeOfAnotherCountryIsNotInLondon() throws {
        let net = try Shared.network(Self.report)
        #expect(!net.meetings.contains { $0.city == "London" })
        #expect(net.meetings.contains { $0.city == "Islamabad" })
    }
}

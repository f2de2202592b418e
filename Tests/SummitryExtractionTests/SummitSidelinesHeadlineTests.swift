import Testing
import SummitryModel
@testable import SummitryExtraction

/// Malaysian titles of honour before a name, and a headline's side meeting "on ASEAN Summit sidelines" reported again in
/// the text (invented text).
@Suite struct SummitSidelinesHeadlineTests {
    static let text = """
        Rahman presses border talks with Hamid on ASEAN Summit sidelines in Manila

        By Dewi Santoso

        Manila. President Budi Rahman used the ASEAN Summit in Manila to push for a deal on the maritime border in a meeting \
        with Malaysian Prime Minister Datuk Seri Hamid Yusof on Wednesday.

        The two leaders met in a holding room at the convention centre shortly before the opening session.

        "Pak Rahman and Datuk Seri Hamid speak like brothers," a minister told reporters afterwards.
        """

    @Test func titleOfHonourIsNoName() throws {
        let net = try Shared.network(Self.text)
        #expect(net.actorNames == ["Budi Rahman", "Hamid Yusof"])
    }

    @Test func headlineSideMeetingIsTheMeetingReported() throws {
        let net = try Shared.network(Self.text)
        #expect(net.meetings.count == 2)
        let talks = try #require(net.meetings.first { $0.time == "on Wednesday" })
        #expect(net.participants(of: talks.id) == ["Budi Rahman", "Hamid Yusof"])
        let summit = try #require(net.meetings.first { $0.id != talks.id })
        #expect(summit.name.lowercased().contains("summit"))
    }
}

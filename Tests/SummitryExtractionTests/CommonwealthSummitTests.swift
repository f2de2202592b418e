import Testing
import SummitryModel
@testable import SummitryExtraction

/// A summit placed only by its country, named by a body that shares its name with a small town,
/// its host named as "the host", and a leader introduced by an honorific after his country.
@Suite struct CommonwealthSummitTests {
    static let report = """
        Commonwealth heads of government have begun their biennial summit in Antigua and Barbuda. \
        The host, Antigua's Prime Minister Carl Dunn, said island nations were tired of waiting. \
        The UK's Sir Tom Hale flew in on Sunday night.
        """

    @Test func theSummitIsTheBodysInItsCountry() throws {
        let net = try Shared.network(Self.report)
        let summit = try #require(net.meetings.first)
        #expect(summit.organization == "COMMONWEALTH")
        #expect(summit.country == "AG")
        #expect(net.relation("actor:carl-dunn", .hosted, summit.id) != nil)
        #expect(net.meetings.count == 1)
    }

    @Test func anHonorificAfterACountrysGenitive() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actor(named: "Tom Hale")?.country == "GB")
    }
}

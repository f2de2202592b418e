import Testing
import SummitryModel
@testable import SummitryExtraction

/// A format of talks named after a city ("the Weimar format") places no meeting there (invented text).
@Suite struct FormatNameTests {
    @Test func weimarFormatIsNoPlace() throws {
        let net = try Shared.network("""
            Weimar partners plan summit

            Polish Prime Minister Jan Nowicki said on Thursday that he, French President Paul Girard and German Chancellor Klaus \
            Berger would meet in Paris in January for a leaders' summit in the Weimar format.
            """)
        #expect(net.meetings.count == 1)
        #expect(net.meetings.first?.city == "Paris")
    }
}

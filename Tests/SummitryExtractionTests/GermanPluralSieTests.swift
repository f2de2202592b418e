import Testing
import SummitryModel
@testable import SummitryExtraction

/// German "sie" after a plural verb in verb-second order ("Schon im Mai hatten sie sich in Brüssel getroffen") is the
/// pair named before, as it is before a plural verb ("sie hatten sich …") (invented text).
@Suite struct GermanPluralSieTests {
    @Test func hattenSieSichGetroffen() throws {
        let net = try Shared.network("""
            Bundespräsident Karl Brandt empfing am Dienstag König Albert in Berlin.

            Schon im Mai hatten sie sich in Brüssel getroffen.
            """)
        let earlier = try #require(net.meetings.first { $0.city == "Brüssel" })
        #expect(net.participants(of: earlier.id) == ["Karl Brandt", "Albert"])
    }
}

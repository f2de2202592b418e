import Testing
import SummitryModel
@testable import SummitryExtraction

/// Places that share a name: without other context the most populous is meant.
@Suite struct HomonymPlaceTests {
    @Test func sevillaIsTheSpanishCity() throws {
        let net = try Shared.network("""
            Die Ministerin Anna Kerber und Präsident Paulo Mavila waren sich im Sommer am Rande einer UN-Konferenz \
            in Sevilla begegnet.
            """)
        #expect(net.countryCodes.contains("ES"))
        #expect(!net.countryCodes.contains("CO"))
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// A German city adjective after a locative places a meeting ("im Duisburger Hafen"); one before a treaty's or a
/// format's word does not ("im Wiener Format") (invented texts).
@Suite struct CityAdjectiveTests {
    @Test(arguments: [("im Duisburger Hafen", "Duisburg"), ("in der Münchner Staatskanzlei", "München"), ("im Bremer Rathaus", "Bremen")])
    func aCityAdjectivePlacesTheMeeting(_ phrase: String, _ city: String) throws {
        let net = try Shared.network("""
            Ministerpräsident Karl Brandt hat am Freitag den niederländischen König Willem Berg \(phrase) empfangen. \
            Anschließend sprachen beide über die Logistik und die Häfen.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == city)
        #expect(m.country == "DE")
    }

    /// ("im Wiener Forum" would place it in Vienna.)
    @Test func aFormatIsNoVenue() throws {
        let net = try Shared.network("""
            Außenminister Karl Brandt und sein polnischer Amtskollege Jan Nowak berieten am Montag im Wiener Format über \
            die Ukraine.
            """)
        #expect(!net.meetings.contains { $0.city == "Wien" })
    }
}

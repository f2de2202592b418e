import Testing
import SummitryModel
@testable import SummitryExtraction

/// A known public figure named by surname first (as headlines do) and in full later is named in full (invented texts).
@Suite struct KnownFullNameTests {
    @Test func headlineSurnameThenFullName() throws {
        let net = try Shared.network("""
            Kanzlerreise: Merz wirbt in Mexiko um Lithium

            Friedrich Merz hat 23 Manager im Regierungsflieger mitgenommen. Am Montag traf er Präsidentin Claudia Sheinbaum \
            in Mexiko-Stadt.
            """)
        #expect(net.actorNames == ["Friedrich Merz", "Claudia Sheinbaum"])
        #expect(net.actor(named: "Friedrich Merz")?.country == "DE")
    }

    @Test func englishHeadlineSurnameThenFullName() throws {
        let net = try Shared.network("""
            Trump and Starmer talk trade

            Donald Trump and Keir Starmer met at the White House on Monday.
            """)
        #expect(net.actorNames == ["Donald Trump", "Keir Starmer"])
    }
}

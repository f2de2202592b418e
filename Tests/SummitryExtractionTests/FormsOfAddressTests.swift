import Testing
import SummitryModel
@testable import SummitryExtraction

/// Forms of address in ministry press releases: "H.E." (His/Her Excellency) before a name, a long portfolio
/// before the name, and a bare office abbreviation ("EAM") as the subject.
@Suite struct FormsOfAddressTests {
    static let release = """
        Ministry of External Affairs

        External Affairs Minister Dr. Ravi Menon paid an official visit to Cabo Verde at the invitation of the \
        Minister of Foreign Affairs of Cabo Verde, H.E. Dr. Maria Lopes.

        EAM called on H.E. Mr. Carlos Duarte, President of the Republic of Cabo Verde, at the State House in Praia on Monday.

        From Praia, EAM will travel to Dakar, where he will hold talks with Minister of Foreign Affairs, Regional \
        Integration and International Trade Mr. Amadou Sarr on 4 March.
        """

    @Test func excellencyIsNoName() throws {
        let net = try Shared.network(Self.release)
        #expect(!net.actorNames.contains { $0.hasPrefix("H") && $0.count <= 4 })
        #expect(net.actorNames.contains("Maria Lopes"))
        #expect(net.actorNames.contains("Carlos Duarte"))
    }

    @Test func theNameAfterTheAddressTakesTheOfficesCountry() throws {
        let net = try Shared.network(Self.release)
        #expect(net.actor(named: "Maria Lopes")?.country == "CV")
    }

    @Test func aPortfolioIsNoName() throws {
        let net = try Shared.network(Self.release)
        #expect(!net.actorNames.contains { $0.contains("Integration") })
        #expect(net.actorNames.contains("Amadou Sarr"))
    }

    @Test func theAbbreviatedOfficeIsItsHolder() throws {
        let net = try Shared.network(Self.release)
        #expect(net.actor(named: "Ravi Menon")?.country == "IN")
        let call = try #require(net.meetingIDs(with: "Carlos Duarte").first)
        #expect(net.participants(of: call).contains("Ravi Menon"))
        #expect(!net.participants(of: call).contains("Maria Lopes"))
        // "From Praia, EAM will travel to Dakar, where he will hold talks": "he" is the minister.
        let talks = try #require(net.meetingIDs(with: "Amadou Sarr").first)
        #expect(net.participants(of: talks) == ["Ravi Menon", "Amadou Sarr"])
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// Territories with governments of their own (Greenland, the Faroe Islands, Hong Kong, …) are countries
/// of the network: their premiers are actors of them, and their capitals place meetings there.
@Suite struct TerritoryTests {
    @Test func aTerritorysPremierIsAnActorOfIt() throws {
        let net = try Shared.network("""
            COPENHAGEN (Reuters) - Lars Holm, Greenland's premier, met Danish Prime Minister Anne Berg in Copenhagen on Monday.
            """)
        #expect(net.actor(named: "Lars Holm")?.country == "GL")
        #expect(net.nodes.contains { $0.id == "country:GL" })
    }

    @Test func aGermanAdjectiveOfATerritory() throws {
        let net = try Shared.network("""
            Der färöische Regierungschef Jógvan Hansen ist am Dienstag in Nuuk mit Premier Hans Lynge zusammengetroffen.
            """)
        #expect(net.actor(named: "Jógvan Hansen")?.country == "FO")
        #expect(net.nodes.contains { $0.id == "country:GL" })
    }
}

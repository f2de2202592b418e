import Testing
import SummitryExtraction
import SummitryModel

/// Capitalised phrases shaped like names that are no people (invented text).
@Suite struct NotAPersonTests {
    @Test func aParkBeforeATitledSentenceIsNoPerson() throws {
        let net = try Shared.network("""
            King Frederik greeted the president on Tuesday, where a salute was fired in nearby Rosen Park. \
            The Princess of Wales was not present, the palace said.
            """)
        #expect(!net.actorNames.contains("Rosen Park"))
    }

    @Test func aBuildingVisitedIsNoPerson() throws {
        let net = try Shared.network("""
            President Ana Lobo is also expected to visit Harbour Hall, where the mayor will host a reception.
            """)
        #expect(!net.actorNames.contains("Harbour Hall"))
        #expect(net.actorNames.contains("Ana Lobo"))
    }

    @Test func germanAdjectiveInAHeadlineIsNoName() throws {
        let net = try Shared.network("""
            Lobo in Lissabon: Diplomatische Gesten, ein König und viel Sorge um Europa

            Die Präsidentin Ana Lobo wurde am Montag in Lissabon empfangen. Lobo sagte, sie freue sich.
            """)
        #expect(!net.actorNames.contains("Diplomatische Gesten"))
    }
}

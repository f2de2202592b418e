import Testing
import SummitryExtraction
import SummitryModel

/// "zu" after a name opens a set phrase ("zu Beginn"), not a name particle (invented text).
@Suite struct ZuPhraseTests {
    @Test func zuBeforeTheNounOfASetPhraseIsNoPartOfTheName() throws {
        let net = try Shared.network("""
            Ratspräsident Karl Berg beriet am Sonntag per Videokonferenz mit den Staats- und Regierungschefs. Der \
            moldauische Präsident Ion Rusu zu Beginn zugeschaltet, später kam Ministerpräsidentin Ana Lupu hinzu.
            """)
        #expect(net.actorNames.contains("Ion Rusu"))
        #expect(!net.actorNames.contains { $0.contains("Beginn") })
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// Two surnames side by side ("hatte Berg Holm … getroffen"), a party politician ("der CDU-Politiker") and an object
/// pronoun after a possessive that opens the sentence ("Berg's visit … took him to Vienna") (invented texts).
@Suite struct SurnamePairAndPartyTests {
    @Test func twoSurnamesSideBySideAreTwoPeople() throws {
        let net = try Shared.network("""
            Außenminister Johann Berg traf am Montag in Oslo den norwegischen Außenminister Lars Holm. Am Dienstag sprach \
            Berg in Kopenhagen mit der dänischen Ministerin Mette Lund.

            Im Frühjahr hatte Berg Holm bereits in Stockholm getroffen.
            """)
        let earlier = try #require(net.meetings.first { $0.name.contains("Stockholm") })
        #expect(net.participants(of: earlier.id) == ["Johann Berg", "Lars Holm"])
    }

    @Test func aGermanPartysPoliticianIsTheGermanNamedBefore() throws {
        let net = try Shared.network("""
            Bundesaußenminister Johann Berg ist am Montag in Tokio mit Außenminister Kenji Sato zusammengetroffen. Am \
            Nachmittag wurde der CDU-Politiker zudem von Premierministerin Yuki Mori empfangen.
            """)
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Yuki Mori") })
        #expect(net.participants(of: reception.id) == ["Johann Berg", "Yuki Mori"])
    }

    @Test func anObjectPronounAfterAnOpeningPossessiveIsThePossessor() throws {
        let net = try Shared.network("""
            Foreign Minister Jan Berg met President Petr Novak in Prague on Monday.

            Berg's visit to Prague is part of a tour that earlier took him to Vienna, where he held talks with Chancellor \
            Karl Huber on Saturday.
            """)
        let talks = try #require(net.meetings.first { net.participants(of: $0.id).contains("Karl Huber") })
        #expect(net.participants(of: talks.id) == ["Jan Berg", "Karl Huber"])
    }
}

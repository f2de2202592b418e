import Testing
import SummitryModel
@testable import SummitryExtraction

// Roles and meeting labels in their nominative form (invented people).
@Suite struct NominativeFormTests {
    @Test func lexiconNominatives() throws {
        let lex = try Shared.extractor.get().lexicons
        #expect(lex.germanNominative("Ministerpräsidenten", noun: false) == "Ministerpräsident")
        #expect(lex.germanNominative("US-Präsidentinnen", noun: false) == "US-Präsidentin")
        #expect(lex.germanNominative("Außenministerin", noun: false) == "Außenministerin")
        #expect(lex.germanNominative("Gesprächen", noun: true) == "Gespräche")
        #expect(lex.germanNominative("Gipfels", noun: true) == "Gipfel")
        #expect(lex.germanNominative("Haus", noun: true) == "Haus")
    }

    @Test func rolesAndLabelsInTheText() throws {
        let net = try Shared.network("""
            Kanzler Bernd Falkenrath traf sich am Dienstag mit dem lettischen Ministerpräsidenten Andris Ozols. \
            Nach Gesprächen in Den Haag sagte Falkenrath, man sei sich einig.
            """)
        #expect(net.actor(named: "Andris Ozols")?.role == "Ministerpräsident")
        #expect(net.meetings.contains { $0.name.hasPrefix("Gespräche ") })
    }
}

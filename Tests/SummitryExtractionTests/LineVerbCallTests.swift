import Testing
import SummitryModel
@testable import SummitryExtraction

/// Verbs that report a call only over a line: "telefonisch gratuliert", "congratulated him by phone".
/// Without a word of the line in their clause they report no encounter (a letter, a statement).
@Suite struct LineVerbCallTests {
    @Test func aCongratulationByPhoneIsACall() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt empfing am Montag in Berlin den norwegischen Ministerpräsidenten Lars Dahl. \
            Brandt hatte der neuen Premierministerin Emi Sato im Oktober kurz nach ihrem Amtsantritt telefonisch gratuliert.
            """)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(Set(net.participants(of: call.id)) == ["Karl Brandt", "Emi Sato"])
        #expect(net.meetings.count == 2)
    }

    @Test func anEnglishCongratulationByPhoneIsACall() throws {
        let net = try Shared.network("""
            Prime Minister John Carver congratulated Japanese Prime Minister Emi Sato by phone on Tuesday on her election.
            """)
        let call = try #require(net.meetings.first)
        #expect(call.mode == "phone")
        #expect(Set(net.participants(of: call.id)) == ["John Carver", "Emi Sato"])
    }

    @Test func aCongratulationAloneIsNoEncounter() throws {
        let german = try Shared.network("""
            Bundeskanzler Karl Brandt gratulierte der neuen japanischen Premierministerin Emi Sato zur Wahl.
            """)
        #expect(german.meetings.isEmpty)
        let english = try Shared.network("""
            Prime Minister John Carver congratulated Japanese Prime Minister Emi Sato on her election.
            """)
        #expect(english.meetings.isEmpty)
    }
}

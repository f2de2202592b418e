import Testing
import SummitryModel
@testable import SummitryExtraction

/// "A and B, who last met in Berlin in the autumn, held talks in Milan on Friday": the relative clause tells an earlier
/// encounter of its own; the main clause's encounter has the same people, its own place and its own time (invented texts).
@Suite struct RelativePastEncounterTests {
    @Test func englishRelativeClause() throws {
        let net = try Shared.network("""
            Leaders meet in Milan

            Italian President Paolo Ricci and German President Frank-Walter Steinmeier, who last met in Berlin in the autumn, \
            held talks in Milan on Friday. They discussed the war in Ukraine and energy prices.
            """)
        #expect(net.meetings.count == 2)
        let milan = try #require(net.meetings.first { $0.city == "Milan" })
        #expect(milan.time == "on Friday")
        #expect(net.participants(of: milan.id) == ["Paolo Ricci", "Frank-Walter Steinmeier"])
        let berlin = try #require(net.meetings.first { $0.city == "Berlin" })
        #expect(berlin.time != "on Friday")
    }

    @Test func germanRelativeClauseInThePluperfect() throws {
        let net = try Shared.network("""
            Präsidenten in Mailand

            Mailand. Der italienische Präsident Paolo Ricci und Bundespräsident Frank-Walter Steinmeier, die sich zuletzt im \
            vergangenen Herbst in Berlin gesehen hatten, sprachen am Freitag in Mailand kurz unter vier Augen über die Lage in \
            der Ukraine.
            """)
        #expect(net.meetings.count == 2)
        let milan = try #require(net.meetings.first { $0.city == "Mailand" })
        #expect(net.participants(of: milan.id) == ["Paolo Ricci", "Frank-Walter Steinmeier"])
        #expect(milan.time == "am Freitag")
    }
}

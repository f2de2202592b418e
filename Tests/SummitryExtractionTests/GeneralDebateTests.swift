import Testing
import SummitryModel
@testable import SummitryExtraction

/// A general debate: speeches are taking part (not talks), a country represented by its minister,
/// someone who stayed away, and a meeting on its sidelines.
@Suite struct GeneralDebateTests {
    static let report = """
        NEW YORK (dpa) – UN-Generalsekretär Paulo Reis hat am Dienstag die Generaldebatte der UN-Vollversammlung in \
        New York eröffnet. Traditionell sprach danach Brasiliens Präsident João Lima als erster Staatschef. \
        Deutschland wird in diesem Jahr von Außenminister Jan Weber vertreten; Bundeskanzler Karl Brandt hatte auf die \
        Reise verzichtet. Weber traf am Rande der Vollversammlung den iranischen Außenminister Ali Rezaei.
        """

    @Test func speechesAtTheDebate() throws {
        let net = try Shared.network(Self.report)
        let debate = try #require(net.meetings.first { $0.name.hasPrefix("Generaldebatte") })
        #expect(debate.city == "New York")
        let people = Set(net.participants(of: debate.id))
        #expect(people.isSuperset(of: ["Paulo Reis", "João Lima", "Jan Weber"]))
        #expect(!people.contains("Karl Brandt"))
        // A speech is no meeting of its own.
        #expect(!net.meetings.contains { Set(net.participants(of: $0.id)) == ["João Lima"] })
    }

    @Test func representedByItsMinister() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actor(named: "Jan Weber")?.country == "DE")
        let side = try #require(net.meetings.first { Set(net.participants(of: $0.id)) == ["Jan Weber", "Ali Rezaei"] })
        #expect(side.city == "New York")
    }
}

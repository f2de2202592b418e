import Foundation
import Testing
@testable import SummitryFormats

@Suite struct ScoreTableTests {
    @Test func csvHeaderRowsAndFullPrecision() {
        let t = ScoreTable(ids: ["a", "b,c"], columns: [
            .init(name: "degree", values: [1.0 / 3.0, 0]),
            .init(name: "pagerank", values: [1e-05, 0.1]),
        ])
        #expect(t.csv() == "id,degree,pagerank\na,0.3333333333333333,1e-05\n\"b,c\",0.0,0.1\n")
    }

    @Test(arguments: [0.1, 1.0 / 3.0, 2.0 / 7.0, 1e-300, 123456789.123456789, Double.leastNonzeroMagnitude, -0.0])
    func formattedNumbersReadBackExactly(_ value: Double) {
        #expect(Double(ScoreTable.format(value)) == value)
        #expect(ScoreTable.format(value).filter(\.isNumber).count <= 17 + 3)
    }

    @Test func nonFiniteValues() {
        #expect(ScoreTable.format(.nan) == "nan")
        #expect(ScoreTable.format(-.infinity) == "-inf")
        let t = ScoreTable(ids: ["x"], columns: [.init(name: "katz", values: [.nan])])
        #expect(t.json().contains("\"katz\": null"))
    }

    @Test func jsonIsValidAndKeepsValues() throws {
        let t = ScoreTable(ids: ["a\"q", "b"], columns: [.init(name: "degree", values: [0.5, 0.25])])
        let parsed = try JSONSerialization.jsonObject(with: Data(t.json().utf8)) as? [String: Any]
        let nodes = try #require(parsed?["nodes"] as? [[String: Any]])
        #expect(nodes.count == 2)
        #expect(nodes[0]["id"] as? String == "a\"q")
        #expect(nodes[1]["degree"] as? Double == 0.25)
        #expect(parsed?["measures"] as? [String] == ["degree"])
    }
}

import Foundation
import SummitryGraph
import Testing

/// One graph of `scripts/two_mode_fixtures.py`: the graph, its top side and NetworkX's (or numpy's) values.
struct TwoModeFixture: CustomStringConvertible {
    let name: String
    let graph: Graph
    let top: [NodeID]
    let json: [String: Any]

    var description: String { name }

    static let names = ["davis", "meetings", "disconnected", "directed"]
    static let undirectedNames = ["davis", "meetings", "disconnected"]

    static func load(_ name: String) -> TwoModeFixture {
        guard let url = Bundle.module.url(forResource: "two_mode_\(name)", withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { preconditionFailure("fixture two_mode_\(name).json missing; run scripts/two_mode_fixtures.py") }
        let directed = json["directed"] as! Bool
        let weighted = json["weighted"] as! Bool
        var builder = GraphBuilder(directed: directed)
        for key in json["nodes"] as! [String] { builder.addNode(key) }
        for edge in json["edges"] as! [[Any]] {
            builder.addEdge(from: edge[0] as! String, to: edge[1] as! String,
                            weight: weighted ? (edge[2] as! NSNumber).doubleValue : nil)
        }
        let graph = builder.build()
        let top = (json["top"] as! [String]).map { graph.node(forKey: $0)! }
        return TwoModeFixture(name: name, graph: graph, top: top, json: json)
    }

    /// The scores stored under `key` (a `{node: value}` table), indexed by node.
    func scores(_ key: String) -> [Double]? {
        guard let table = json[key] as? [String: Any] else { return nil }
        return scores(table)
    }

    func scores(_ table: [String: Any]) -> [Double] {
        var values = [Double](repeating: .nan, count: graph.nodeCount)
        for (key, value) in table { values[graph.node(forKey: key)!.index] = (value as! NSNumber).doubleValue }
        return values
    }
}

/// Expects `actual` to match `expected` node for node within `tolerance`, naming the first node that does not.
func expectScores(_ actual: [Double], _ expected: [Double], _ fixture: TwoModeFixture, _ measure: String,
                  tolerance: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(fixture) \(measure): count", sourceLocation: sourceLocation)
    for v in 0 ..< min(actual.count, expected.count) where !(abs(actual[v] - expected[v]) <= tolerance) {
        Issue.record("\(fixture) \(measure): node \(fixture.graph.keys[v]) is \(actual[v]), expected \(expected[v])",
                     sourceLocation: sourceLocation)
        return
    }
}

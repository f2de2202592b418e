import Foundation
import Testing
import SummitryCentrality
import SummitryGraph

/// A graph and NetworkX's values on it, written by scripts/centrality_fixtures.py.
struct Fixture {
    struct Case {
        let measure: String
        let options: [String: Any]
        /// Per node (per edge for edge betweenness); NaN where NetworkX gives NaN.
        let values: [Double]
        let hubs: [Double]
        let authorities: [Double]

        var label: String {
            let opts = options.keys.sorted().map { "\($0)=\(options[$0]!)" }.joined(separator: ",")
            return "\(measure)(\(opts))"
        }
    }

    let name: String
    let graph: Graph
    let cases: [Case]

    static let names = [
        "kite", "florentine", "karate", "davis", "davis_women", "directed", "weighted", "weighted_directed",
        "disconnected", "multigraph", "multigraph_unweighted", "multidigraph", "selfloop", "one_node",
        "two_nodes", "two_nodes_directed", "bipartite", "cycle8",
    ]

    init(named name: String) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var builder = GraphBuilder(directed: root["directed"] as! Bool, multigraph: root["multigraph"] as! Bool)
        for key in root["nodes"] as! [String] { builder.addNode(key) }
        for edge in root["edges"] as! [[Any]] {
            builder.addEdge(from: edge[0] as! String, to: edge[1] as! String, weight: (edge[2] as? NSNumber)?.doubleValue)
        }
        self.name = name
        graph = builder.build()
        cases = (root["cases"] as! [[String: Any]]).map { c in
            func numbers(_ any: Any?) -> [Double] {
                (any as? [Any] ?? []).map { ($0 as? NSNumber)?.doubleValue ?? .nan }
            }
            let values = c["values"]
            let dict = values as? [String: Any]
            return Case(measure: c["measure"] as! String, options: c["options"] as! [String: Any],
                        values: numbers(values), hubs: numbers(dict?["hubs"]), authorities: numbers(dict?["authorities"]))
        }
    }
}

extension Fixture.Case {
    func bool(_ key: String, _ fallback: Bool) -> Bool { (options[key] as? Bool) ?? fallback }
    func double(_ key: String) -> Double? { (options[key] as? NSNumber)?.doubleValue }
    func int(_ key: String) -> Int? { (options[key] as? NSNumber)?.intValue }
    func vector(_ key: String) -> [Double]? { (options[key] as? [Any])?.map { ($0 as! NSNumber).doubleValue } }
    var weightKind: WeightKind? { (options["weight_kind"] as? String).flatMap(WeightKind.init(rawValue:)) }

    /// Runs the measure with the typed options this case names.
    func run(on graph: Graph) throws -> (values: [Double], hubs: [Double], authorities: [Double]) {
        let weighted = bool("weighted", false)
        switch measure {
        case "degree", "in-degree", "out-degree":
            let direction: DegreeOptions.Direction = measure == "degree" ? .all : measure == "in-degree" ? .incoming : .outgoing
            return (try degreeCentrality(graph, DegreeOptions(direction: direction, weighted: weighted, weightKind: weightKind)), [], [])
        case "closeness":
            return (try closenessCentrality(graph, ClosenessOptions(wfImproved: bool("wf_improved", true), weighted: weighted,
                                                                    weightKind: weightKind)), [], [])
        case "harmonic":
            return (try harmonicCentrality(graph, HarmonicOptions(weighted: weighted, weightKind: weightKind)), [], [])
        case "betweenness":
            return (try betweennessCentrality(graph, BetweennessOptions(
                normalized: bool("normalized", true), endpoints: bool("endpoints", false), weighted: weighted,
                weightKind: weightKind, k: int("k"), seed: UInt64(int("seed") ?? 0))), [], [])
        case "edge-betweenness":
            return (try edgeBetweennessCentrality(graph, EdgeBetweennessOptions(
                normalized: bool("normalized", true), weighted: weighted, weightKind: weightKind, k: int("k"),
                seed: UInt64(int("seed") ?? 0))), [], [])
        case "eigenvector":
            return (try eigenvectorCentrality(graph, EigenvectorOptions(
                maxIter: int("max_iter") ?? 100, tol: double("tol") ?? 1e-6, nstart: vector("nstart"), weighted: weighted,
                weightKind: weightKind)), [], [])
        case "katz":
            return (try katzCentrality(graph, KatzOptions(
                alpha: double("alpha") ?? 0.1, betaPerNode: vector("beta_per_node"), maxIter: int("max_iter") ?? 1000,
                tol: double("tol") ?? 1e-6, normalized: bool("normalized", true), weighted: weighted,
                weightKind: weightKind)), [], [])
        case "pagerank":
            return (try pageRank(graph, PageRankOptions(
                alpha: double("alpha") ?? 0.85, personalization: vector("personalization"), maxIter: int("max_iter") ?? 100,
                tol: double("tol") ?? 1e-6, nstart: vector("nstart"), weighted: weighted, weightKind: weightKind,
                dangling: vector("dangling"))), [], [])
        case "hits":
            let scores = try hits(graph, HITSOptions(maxIter: int("max_iter") ?? 100, tol: double("tol") ?? 1e-8,
                                                     normalized: bool("normalized", true)))
            return ([], scores.hubs, scores.authorities)
        case "core":
            return (try coreNumber(graph), [], [])
        default:
            fatalError("fixture names unknown measure \(measure)")
        }
    }
}

/// Whether `actual` matches `expected` to `1e-9`, relative for values above 1; NaN matches NaN.
func close(_ actual: Double, _ expected: Double, tolerance: Double = 1e-9) -> Bool {
    if expected.isNaN { return actual.isNaN }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// The first index where two vectors differ, with both values, or nil.
func firstMismatch(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9) -> String? {
    guard actual.count == expected.count else { return "length \(actual.count) ≠ \(expected.count)" }
    for i in actual.indices where !close(actual[i], expected[i], tolerance: tolerance) {
        return "index \(i): \(actual[i]) vs NetworkX \(expected[i])"
    }
    return nil
}

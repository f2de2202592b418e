import ArgumentParser
import Summitry

/// How a graph file is read for measuring: direction and weights.
struct GraphOptions: ParsableArguments {
    @Flag(help: "Keep edge direction (NetworkX DiGraph); without it the graph is undirected.")
    var directed = false

    @Flag(help: """
        Use edge weights: the third column of an edge list, the `weight` of JSON, GraphML or DOT edges, \
        as NetworkX's `weight="weight"` does for each measure.
        """)
    var weighted = false

    @Option(name: .customLong("weight-as"), help: """
        What a weight means: `strength` (more is closer; path measures use 1/w) or `distance` (more is \
        farther; spectral measures use 1/w). Default: NetworkX's meaning for each measure (distance for \
        closeness, harmonic and betweenness; strength for degree, eigenvector, PageRank, Katz, HITS).
        """)
    var weightAs: WeightMeaning?

    func validate() throws {
        if weightAs != nil && !weighted {
            throw ValidationError("--weight-as needs --weighted (weights are ignored without it).")
        }
    }

    var request: CentralityRequest { CentralityRequest(weighted: weighted, weightAs: weightAs?.meaning) }
}

/// `--weight-as` values.
enum WeightMeaning: String, ExpressibleByArgument, CaseIterable {
    case strength, distance
    var meaning: CentralityRequest.WeightMeaning { self == .strength ? .strength : .distance }
}

/// `centrality --format` values.
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Graphviz layout engines (`--layout`).
enum Layout: String, ExpressibleByArgument, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi
}

/// `export --format` values.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, graphml, csv, dot
}

/// Checks measure names given with `--measure` or `--size-by` against what this build offers; the
/// message names the input file the measure was asked for, then the flag.
func validateMeasures(_ names: [String], flag: String, input: String) throws {
    let known = Pipeline.availableMeasures
    for name in names where !known.contains(name) {
        throw ValidationError("\(input): \(flag): unknown measure \"\(name)\" (expected one of: \(known.joined(separator: ", "))).")
    }
}

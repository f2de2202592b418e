import Foundation

// TEMPORARY bridge to other helpers' modules that have not landed on main yet. Each function here is
// replaced by a call into the real API when main is merged; none of them is presented as working.
extension Pipeline {
    static func readDOT(_ path: String) throws -> Network {
        throw SummitryError.failed(file: path, message: "DOT input is not available in this build")
    }

    static func readEdgeList(_ path: String, directed: Bool, weighted: Bool) throws -> Graph {
        throw SummitryError.failed(file: path, message: "edge-list input is not available in this build")
    }
}

extension Pipeline {
    /// Measure names the centrality module offers.
    public static var availableMeasures: [String] { defaultMeasures }

    static func computeScores(_ graph: Graph, measures: [String], options: CentralityRequest) throws -> ScoreTable {
        throw SummitryError.failed(file: "", message: "centrality is not available in this build")
    }

    static func coAttendance(_ view: TwoModeView) -> Graph {
        var b = GraphBuilder(directed: false)
        for a in view.actors { b.addNode(view.graph.key(of: a)) }
        return b.build()
    }

    public static func diagramDOT(_ network: Network, scores: ScoreTable?, sizeBy: String?) throws -> String {
        throw SummitryError.failed(file: "", message: "drawing is not available in this build")
    }

    static func render(dot: String, layout: String, format: String, file: String) throws -> Data {
        throw SummitryError.failed(file: file, message: "rendering is not available in this build")
    }
}

import Testing
import SummitryModel
@testable import SummitryFormats

@Suite struct EdgeTablesTests {
    @Test func graphFramesColumns() throws {
        let n = sampleNetwork()
        let nodes = try CSV.records(in: EdgeTables.nodesCSV(of: n), file: "nodes.csv")
        let edges = try CSV.records(in: EdgeTables.edgesCSV(of: n), file: "edges.csv")
        #expect(nodes.first?.fields == EdgeTables.nodeHeader)
        #expect(edges.first?.fields == ["src", "dst", "relation", "weight", "evidence"])
        #expect(nodes.count == n.nodes.count + 1 && edges.count == n.relations.count + 1)
        #expect(nodes[1].fields.prefix(3) == ["actor:ada-example", "actor", "Ada Example"])
        #expect(nodes[1].fields[5] == "Foreign <Minister> & \"Envoy\"")
        let attended = try #require(edges.first { $0.fields[2] == "attended" })
        #expect(attended.fields == ["actor:ada-example", "meeting:harbour-talks", "attended", "2.5", "1"])
    }
}

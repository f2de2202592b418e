import Foundation
import Testing
import SummitryModel
@testable import SummitryFormats

@Suite struct NodeLinkTests {
    @Test func roundTrip() throws {
        let network = sampleNetwork()
        let back = try NodeLinkJSON.read(NodeLinkJSON.data(of: network), file: "s.json")
        #expect(back == network)
    }

    @Test func contractShape() throws {
        let data = try NodeLinkJSON.data(of: sampleNetwork())
        let top = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(top["directed"] as? Bool == true && top["multigraph"] as? Bool == true)
        let nodes = try #require(top["nodes"] as? [[String: Any]])
        let country = try #require(nodes.first { $0["id"] as? String == "country:DE" })
        #expect(country["kind"] as? String == "country" && country["iso"] as? String == "DE")
        let edges = try #require(top["edges"] as? [[String: Any]])
        let attended = try #require(edges.first { $0["relation"] as? String == "attended" })
        #expect(attended["key"] as? Int == 0)
        let evidence = try #require((attended["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["sentence"] as? Int == 3 && evidence["document"] as? String == "doc-1")
        let graph = try #require(top["graph"] as? [String: Any])
        #expect((graph["documents"] as? [[String: Any]])?.first?["lang"] as? String == "en")
    }

    @Test func readsNetworkXNodeLinkDataWithNumericIDs() throws {
        // networkx.node_link_data(nx.path_graph(3), edges="edges")
        let json = #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": 0}, {"id": 1}, {"id": 2}], "edges": [{"source": 0, "target": 1}, {"source": 1, "target": 2}]}"#
        let n = try NodeLinkJSON.read(Data(json.utf8), file: "p.json")
        #expect(n.nodes.map(\.id) == ["0", "1", "2"])
        #expect(n.relations.map(\.kind) == ["edge", "edge"])
    }

    @Test func errorsNameTheFile() {
        #expect(throws: FormatError.invalid(file: "x.json", line: nil, message: "missing \"nodes\" array")) {
            try NodeLinkJSON.read(Data("{}".utf8), file: "x.json")
        }
        #expect(throws: FormatError.self) { try NodeLinkJSON.read(Data("{nodes".utf8), file: "x.json") }
    }
}

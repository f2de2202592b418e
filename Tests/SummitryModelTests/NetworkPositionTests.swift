import Testing
@testable import SummitryModel

/// Nodes and relations added by position build the network that adding them by id builds.
@Suite struct NetworkPositionTests {
    @Test func addingByPositionEqualsAddingById() {
        let e1 = Evidence(document: "d1", sentence: 0, start: 0, end: 9, text: "A met B.")
        let e2 = Evidence(document: "d1", sentence: 1, start: 10, end: 19, text: "A saw B.")
        let nodes = [Node.actor("Ada Example"), Node.country("DE"), Node.actor("Bo Example", country: "DE"), Node.country("DE", name: "Germany")]
        var byID = Network(), byPosition = Network()
        var positions: [Int] = []
        for n in nodes {
            byID.add(n)
            positions.append(byPosition.addNode(n))
        }
        // The fourth node is merged into the second: both report its position.
        #expect(positions == [0, 1, 2, 1])
        let relations = [(0, RelationKind.represents, 1, e1), (2, .represents, 1, e1), (0, .represents, 1, e2), (0, .represents, 1, e1)]
        for (s, kind, t, e) in relations {
            let r = Relation(nodes[s].id, kind, nodes[t].id, evidence: [e])
            byID.add(r)
            byPosition.add(r, source: positions[s], target: positions[t])
        }
        #expect(byPosition == byID)
        #expect(byPosition.relations.count == 2)
        #expect(byPosition.relation("actor:ada-example", .represents, "country:DE")?.evidence == [e1, e2])
    }
}

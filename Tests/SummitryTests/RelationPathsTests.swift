import Testing
@testable import Summitry

@Suite struct RelationPathsTests {
    /// a and d both attended m1; d and c attended m2; b attended m1 too.
    func network() -> Network {
        var n = Network()
        for name in ["Ann A", "Bo B", "Cy C", "Di D"] { n.add(Node.actor(name)) }
        for m in ["m1", "m2"] { n.add(Node(id: "meeting:" + m, kind: .meeting, name: m.uppercased())) }
        let e = Evidence(document: "d", sentence: 0, start: 0, end: 5, text: "Ann met\n Di.")
        n.add(Relation("actor:ann-a", .attended, "meeting:m1", evidence: [e]))
        n.add(Relation("actor:ann-a", .hosted, "meeting:m1"))
        n.add(Relation("actor:bo-b", .attended, "meeting:m1"))
        n.add(Relation("actor:di-d", .attended, "meeting:m1"))
        n.add(Relation("actor:di-d", .attended, "meeting:m2"))
        n.add(Relation("actor:cy-c", .attended, "meeting:m2"))
        n.add(Node.actor("Ed Alone"))
        return n
    }

    @Test func shortestChainsBothWays() {
        let n = network()
        let p = RelationPaths(in: n, from: "actor:ann-a", to: "actor:cy-c")
        #expect(p.paths.count == 1)
        #expect(p.paths[0].map(\.to) == ["meeting:m1", "actor:di-d", "meeting:m2", "actor:cy-c"])
        #expect(p.paths[0][0].relations.map(\.kind) == [.attended, .hosted])
        let back = RelationPaths(in: n, from: "actor:cy-c", to: "actor:ann-a")
        #expect(back.paths[0].map(\.to) == ["meeting:m2", "actor:di-d", "meeting:m1", "actor:ann-a"])
    }

    @Test func everyShortestChainUpToTheLimit() {
        var n = network()
        n.add(Relation("actor:bo-b", .attended, "meeting:m2"))
        let p = RelationPaths(in: n, from: "actor:ann-a", to: "actor:cy-c")
        #expect(Set(p.paths.map { $0[1].to }) == ["actor:di-d", "actor:bo-b"])
        let one = RelationPaths(in: n, from: "actor:ann-a", to: "actor:cy-c", limit: 1)
        #expect(one.paths.count == 1 && one.truncated)
    }

    @Test func notConnected() {
        let n = network()
        let p = RelationPaths(in: n, from: "actor:ann-a", to: "actor:ed-alone")
        #expect(p.paths.isEmpty)
        #expect(Pipeline.describe(p, in: n) == "Ann A and Ed Alone are not connected.\n")
    }

    @Test func describeShowsRelationsAndEvidence() {
        let n = network()
        let text = Pipeline.describe(RelationPaths(in: n, from: "actor:ann-a", to: "actor:di-d"), in: n)
        #expect(text == """
        Ann A → Di D: 2 steps, 1 shortest chain

        1. Ann A —attended→ M1 ←attended— Di D
           Ann A attended M1
             “Ann met Di.” (d, sentence 1)
           Ann A hosted M1
           Di D attended M1

        """)
    }

    @Test func resolveByIDNameOrAlias() throws {
        var n = network()
        n.add(Node.actor("Ann Other", aliases: ["Other"]))
        #expect(try n.resolveNode("actor:bo-b", file: "f") == "actor:bo-b")
        #expect(try n.resolveNode("cy c", file: "f") == "actor:cy-c")
        #expect(try n.resolveNode("Other", file: "f") == "actor:ann-other")
        #expect(throws: SummitryError.unknownNode(name: "Zed", file: "f", candidates: [])) { try n.resolveNode("Zed", file: "f") }
        n.add(Node(id: "x:cy", kind: nil, name: "Cy C"))
        #expect(throws: SummitryError.unknownNode(name: "Cy C", file: "f", candidates: ["actor:cy-c", "x:cy"])) {
            try n.resolveNode("Cy C", file: "f")
        }
    }
}

import Testing
@testable import SummitryModel

@Suite struct NetworkTests {
    let evidence = Evidence(document: "d1", sentence: 2, start: 5, end: 20, text: "A met B.")

    @Test(arguments: [
        ("António Costa", "antonio-costa"), ("Alexander De Croo", "alexander-de-croo"),
        ("Jürgen Großmann", "jurgen-grossmann"), ("  N.A.T.O.  summit ", "n-a-t-o-summit"), ("", ""),
    ])
    func slugs(_ input: String, _ expected: String) {
        #expect(slug(input) == expected)
    }

    @Test func addingANodeTwiceMergesFieldsAndAliases() {
        var n = Network()
        n.add(Node.actor("Ada Example", role: "Minister"))
        n.add(Node.actor("Ada Example", aliases: ["Example"], country: "DE", role: "Other"))
        #expect(n.nodes.count == 1)
        let ada = n.node("actor:ada-example")
        #expect(ada?.role == "Minister" && ada?.country == "DE" && ada?.aliases == ["Example"])
    }

    @Test func sameRelationAddsOnlyNewEvidence() {
        var n = Network()
        n.add(Node.actor("A"))
        n.add(Node.country("de"))
        #expect(n.node("country:DE")?.country == "DE")
        n.add(Relation("actor:a", .represents, "country:DE", evidence: [evidence]))
        n.add(Relation("actor:a", .represents, "country:DE", evidence: [evidence]))
        #expect(n.relations.count == 1 && n.relations[0].evidence.count == 1)
        var other = evidence
        other.sentence = 3
        n.add(Relation("actor:a", .represents, "country:DE", evidence: [other]))
        #expect(n.relations[0].evidence.count == 2)
    }

    @Test func mergeIsIdempotent() {
        var a = Network()
        a.add(Document(id: "d1", path: "d1.txt", lang: "de"))
        a.add(Node.actor("A"))
        a.add(Node(id: "meeting:m", kind: .meeting, name: "M"))
        a.add(Relation("actor:a", .attended, "meeting:m", evidence: [evidence]))
        var b = a
        b.merge(a)
        #expect(b == a)
    }

    @Test func removeNodeDropsItsRelations() {
        var n = Network()
        n.add(Node.actor("A"))
        n.add(Node.actor("B"))
        n.add(Node(id: "meeting:m", kind: .meeting, name: "M"))
        n.add(Relation("actor:a", .attended, "meeting:m"))
        n.add(Relation("actor:b", .attended, "meeting:m"))
        n.removeNode("actor:a")
        #expect(n.nodes.map(\.id) == ["actor:b", "meeting:m"])
        #expect(n.relations.map(\.source) == ["actor:b"])
        #expect(n.relation("actor:b", .attended, "meeting:m") != nil)
    }

    @Test func twoModeViewHasActorsAndMeetingsOnly() {
        var n = Network()
        n.add(Node.actor("A"))
        n.add(Node.actor("B"))
        n.add(Node.country("DE"))
        n.add(Node(id: "meeting:m", kind: .meeting, name: "M"))
        n.add(Relation("actor:a", .attended, "meeting:m"))
        n.add(Relation("actor:b", .hosted, "meeting:m"))
        n.add(Relation("actor:a", .hosted, "meeting:m"))
        n.add(Relation("actor:b", .represents, "country:DE"))
        let view = n.twoModeView()
        #expect(view.graph.nodeCount == 3)
        #expect(view.graph.edgeCount == 2)  // a–m once, b–m
        #expect(!view.graph.isDirected)
        #expect(view.actors.map { view.graph.key(of: $0) } == ["actor:a", "actor:b"])
        #expect(view.meetings.map { view.graph.key(of: $0) } == ["meeting:m"])
        let whole = n.graph()
        #expect(whole.nodeCount == 4 && whole.edgeCount == 4 && whole.isDirected)
        #expect(n.graph(kinds: [.represents]).edgeCount == 1)
    }
}

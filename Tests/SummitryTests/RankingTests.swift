import Testing
@testable import Summitry

@Suite struct RankingTests {
    func sample() -> (Network, ScoreTable) {
        var n = Network()
        n.add(Node.actor("Ann A", country: "DE", role: "Chancellor"))
        n.add(Node.actor("Bo B"))
        n.add(Node.actor("Cy C", country: "FR"))
        n.add(Node(id: "meeting:m", kind: .meeting, name: "M"))
        let t = ScoreTable(ids: ["actor:ann-a", "actor:bo-b", "actor:cy-c", "meeting:m"], columns: [
            .init(name: "degree", values: [0.5, 1.0, 0.5, 2]),
            .init(name: "betweenness", values: [0.1, 0.0, .nan, 0]),
        ])
        return (n, t)
    }

    @Test func actorsRankedByFirstMeasureThenNext() {
        let (n, t) = sample()
        let r = Pipeline.rank(t, network: n)
        #expect(r.map(\.id) == ["actor:bo-b", "actor:ann-a", "actor:cy-c"])
        #expect(r.map(\.rank) == [1, 2, 3])
        #expect(r[1].role == "Chancellor" && r[1].country == "DE")
    }

    @Test func tableIsAligned() {
        let (n, t) = sample()
        let text = Pipeline.rankingTable(Pipeline.rank(t, network: n), measures: ["degree", "betweenness"])
        #expect(text == """
        #  name   role        country  degree  betweenness
        1  Bo B                        1.0000       0.0000
        2  Ann A  Chancellor  DE       0.5000       0.1000
        3  Cy C               FR       0.5000          nan

        """)
        #expect(Pipeline.rankingTable(Pipeline.rank(t, network: n), measures: ["degree", "betweenness"], limit: 1)
            .split(separator: "\n").count == 2)
    }

    @Test func topKeepsHighestFirstAndNaNLast() {
        let (_, t) = sample()
        let top = t.top(3)
        #expect(top.ids == ["meeting:m", "actor:bo-b", "actor:ann-a"])
        #expect(top.column("betweenness") == [0, 0, 0.1])
        let byNaN = ScoreTable(ids: ["a", "b"], columns: [.init(name: "x", values: [.nan, 1])]).top(2)
        #expect(byNaN.ids == ["b", "a"])
    }

    @Test func reportEscapesTextAndDropsScripts() {
        let (n0, t) = sample()
        var n = n0
        var ann = n.node("actor:ann-a")!
        ann.role = "<script>alert(1)</script>"
        n.update(ann)
        let html = HTMLReport(network: n, scores: t, ranking: Pipeline.rank(t, network: n),
                              svg: "<?xml version=\"1.0\"?><svg><script>x()</script><a href=\"javascript:x()\"/></svg>").html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<svg>"))
        #expect(!html.contains("<?xml"))
    }
}

import Testing
@testable import SummitryExtraction

/// The rank of a meeting kind, read by a switch, is the one ``DocumentAnalysis/kindRank`` lists.
@Suite struct KindRankTests {
    @Test func rankOfKindAgreesWithTheTable() {
        for (kind, rank) in DocumentAnalysis.kindRank { #expect(DocumentAnalysis.rank(ofKind: kind) == rank, "\(kind)") }
        for other in ["", "Summit", "talks", "conference", "summits"] { #expect(DocumentAnalysis.rank(ofKind: other) == 0, "\(other)") }
        let t = Trigger(start: 0, end: 1, role: .noun, kind: .meal, mode: .inPerson, orgIndex: -1, definite: false, sidelines: false, quoted: false)
        #expect(t.rank == 3)
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// The country a visit names as its object is its destination: "will visit Japan", "an invitation to visit the
/// Republic of Korea" — not where the visitor was last (invented texts).
@Suite struct VisitObjectTests {
    @Test func aVisitToACountryNamedAsItsObject() throws {
        for (sentence, iso) in [("Carver will visit Japan next month.", "JP"),
                                ("Carver accepted an invitation to visit the Republic of Korea.", "KR")] {
            let net = try Shared.network("""
                Prime Minister John Carver met President Lee Min-ho in New Delhi on Monday. \(sentence)
                """)
            let visit = try #require(net.meetings.first { $0.status == "planned" })
            #expect(visit.country == iso)
            #expect(visit.city == nil)
        }
    }
}

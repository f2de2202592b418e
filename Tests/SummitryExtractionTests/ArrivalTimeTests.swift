import Testing
import SummitryModel
@testable import SummitryExtraction

/// The time of an arrival told in a relative clause about a guest ("X, who arrived in Rome late on Monday, was
/// greeted by Y") is not the time of the greeting or the talks after it (invented texts).
@Suite struct ArrivalTimeTests {
    @Test func arrivalClauseDoesNotTimeTheWelcome() throws {
        let net = try Shared.network("""
            Prime Minister Carla Bruni received her Chilean counterpart Ana Rojas at the Palazzo Chigi on Tuesday.

            Rojas, who arrived in Rome late on Monday, was greeted by Bruni in the courtyard before the two withdrew for talks.
            """)
        #expect(net.meetings.count == 1)
        let visit = try #require(net.meetings.first)
        #expect(visit.time == "on Tuesday")
        #expect(net.participants(of: visit.id) == ["Carla Bruni", "Ana Rojas"])
    }

    @Test func angekommenImRelativsatz() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt empfing am Dienstag im Kanzleramt den chilenischen Präsidenten Tomás Vidal.

            Vidal, der bereits am Montagabend in Berlin angekommen war, wurde von Brandt mit militärischen Ehren begrüßt.
            """)
        #expect(net.meetings.count == 1)
        let visit = try #require(net.meetings.first)
        #expect(visit.time == "am Dienstag")
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// A ceremony named as where two people met ("met at X's inauguration", "bei der Amtseinführung von X") is the
/// occasion of that one encounter, not a second meeting; whose ceremony it was is not one of those who met there
/// (invented texts).
@Suite struct CeremonyOccasionTests {
    @Test func inaugurationOfAnotherIsWhereTheyMet() throws {
        let net = try Shared.network("""
            President Louis Martin received his Chilean counterpart Ana Rojas in Paris on Tuesday.

            They had last seen each other in Lima, at the inauguration of Peruvian President Pedro Castañeda, where they spoke briefly.
            """)
        let lima = net.meetings.filter { $0.city == "Lima" }
        #expect(lima.count == 1)
        let past = try #require(lima.first)
        #expect(net.participants(of: past.id) == ["Louis Martin", "Ana Rojas"])
    }

    @Test func possessiveInaugurationOfOneOfThem() throws {
        let net = try Shared.network("""
            Chilean President Ana Rojas met Peruvian President Pedro Castañeda in Arica on Friday.

            The two presidents had first met briefly at Castañeda's inauguration in Lima in March.
            """)
        #expect(net.meetings.count == 2)
        let past = try #require(net.meetings.first { $0.city == "Lima" })
        #expect(net.participants(of: past.id) == ["Ana Rojas", "Pedro Castañeda"])
    }

    @Test func amtseinfuehrungIstDerAnlass() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt empfing am Montag in Berlin den chilenischen Präsidenten Tomás Vidal.

            Die beiden hatten sich zuletzt in Lima bei der Amtseinführung des peruanischen Präsidenten Pedro Castañeda getroffen.
            """)
        let lima = net.meetings.filter { $0.city == "Lima" }
        #expect(lima.count == 1)
        let past = try #require(lima.first)
        #expect(net.participants(of: past.id) == ["Karl Brandt", "Tomás Vidal"])
    }
}

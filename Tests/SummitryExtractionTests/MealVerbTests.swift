import Testing
import SummitryModel
@testable import SummitryExtraction

/// A meal told by its verb ("dined with", "frühstückte mit") is an encounter of the people at the table (invented texts).
@Suite struct MealVerbTests {
    @Test func dinedWithIsAMeeting() throws {
        let net = try Shared.network("""
            French President Louis Martin dined with Italian Prime Minister Carla Bruni in Rome on Monday evening.
            """)
        let meal = try #require(net.meetings.first)
        #expect(meal.city == "Rome")
        #expect(net.participants(of: meal.id) == ["Louis Martin", "Carla Bruni"])
    }

    @Test func fruehstueckteMitIsAMeeting() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt frühstückte am Dienstag in Paris mit dem französischen Präsidenten Louis Martin.
            """)
        let meal = try #require(net.meetings.first)
        #expect(meal.city == "Paris")
        #expect(net.participants(of: meal.id) == ["Karl Brandt", "Louis Martin"])
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// Verbs that report an encounter only with a reciprocal pronoun: "hatten sich zuletzt in Kiel gesehen", "had last
/// seen each other in Osaka"; "sieht sich als Vermittler", "die Lage anders gesehen" report none (invented texts).
@Suite struct ReciprocalVerbTests {
    @Test func seeingEachOtherIsAMeeting() throws {
        let german = try Shared.network("""
            Ministerpräsidentin Mette Holm empfing am Montag in Kopenhagen Ministerpräsident Daniel Berg. Holm und Berg \
            hatten sich zuletzt im vergangenen Herbst in Kiel gesehen.
            """)
        let kiel = try #require(german.meetings.first { $0.city == "Kiel" })
        #expect(german.participants(of: kiel.id) == ["Mette Holm", "Daniel Berg"])
        let english = try Shared.network("""
            Prime Minister John Carver met Japanese Prime Minister Emi Sato in London on Monday. The two had last seen \
            each other in Osaka in May.
            """)
        let osaka = try #require(english.meetings.first { $0.city == "Osaka" })
        #expect(english.participants(of: osaka.id) == ["John Carver", "Emi Sato"])
    }

    @Test func seeingOneselfOrAThingIsNone() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt empfing am Montag in Berlin Premierministerin Emi Sato. Brandt sieht sich als \
            Vermittler, er habe die Lage anders gesehen.
            """)
        #expect(net.meetings.count == 1)
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// An encounter someone recalls ("recalled their first meeting in Lisbon", "erinnerte an seinen Besuch in Accra") is an
/// earlier one: its own meeting, which lends no place to the meeting under way (invented texts).
@Suite struct RecalledEncounterTests {
    @Test func aRecalledFirstMeetingIsItsOwn() throws {
        let net = try Shared.network("""
            SANTIAGO – Chilean President Marta Rojas welcomed Peruvian President Luis Paredes at La Moneda on Thursday for a \
            state visit. Paredes called his host an old friend and recalled their first meeting in Lima shortly before she \
            took office.
            """)
        #expect(net.meetings.count == 2)
        let visit = try #require(net.meetings.first { $0.city != "Lima" })
        #expect(net.participants(of: visit.id) == ["Marta Rojas", "Luis Paredes"])
        let lima = try #require(net.meetings.first { $0.city == "Lima" })
        #expect(lima.country == "PE")
    }

    @Test func aRecalledVisitInGerman() throws {
        let net = try Shared.network("""
            Bundespräsident Karl Brandt hat am Montag den ghanaischen Präsidenten Kofi Mensah mit militärischen Ehren vor \
            dem Schloss empfangen. In seiner Tischrede erinnerte der Bundespräsident an seinen eigenen Besuch in Accra vor \
            zwei Jahren.
            """)
        let accra = try #require(net.meetings.first { $0.city == "Accra" })
        #expect(net.participants(of: accra.id) == ["Karl Brandt"])
        #expect(net.meetings.contains { $0.city != "Accra" && net.participants(of: $0.id) == ["Karl Brandt", "Kofi Mensah"] })
    }

    @Test func recallingAtTheMeetingIsNoRecalledMeeting() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Ruiz of Spain met her Norwegian counterpart Jonas Berg in Madrid on Tuesday. Berg recalled \
            at the meeting in Madrid the long ties between the two fishing nations.
            """)
        #expect(net.meetings.count == 1)
    }
}

/// "called X a friend" names X; it reports no phone call (invented texts).
@Suite struct CalledAsNamingTests {
    @Test func callingSomeoneAFriendIsNoCall() throws {
        let net = try Shared.network("""
            Chilean President Marta Rojas welcomed Peruvian President Luis Paredes in Santiago on Thursday. At dinner, \
            Paredes called his host an old friend of his country.
            """)
        #expect(!net.meetings.contains { $0.mode == "phone" })
        #expect(net.meetings.count == 1)
    }

    @Test func callingSomeoneADayLaterIsACall() throws {
        let net = try Shared.network("""
            Chilean President Marta Rojas called Peruvian President Luis Paredes a day after the election.
            """)
        #expect(net.meetings.contains { $0.mode == "phone" })
    }
}

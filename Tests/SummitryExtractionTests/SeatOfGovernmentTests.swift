import Testing
import SummitryModel
@testable import SummitryExtraction

/// A seat of government or state palace places a meeting in its city ("at the Casa Rosada" is in Buenos Aires), and two
/// such seats are two encounters (invented texts).
@Suite struct SeatOfGovernmentTests {
    @Test func aPalacePlacesTheMeeting() throws {
        let net = try Shared.network("""
            President Luis Ortega received his Chilean counterpart Ana Vidal at the Casa Rosada on Tuesday for talks on \
            trade and security.
            """)
        let talks = try #require(net.meetings.first)
        #expect(talks.city == "Buenos Aires")
        #expect(talks.country == "AR")
    }

    @Test func twoSeatsInOneCityAreTwoEncounters() throws {
        let net = try Shared.network("""
            Bundespräsident Frank Berger hat am Donnerstag die moldauische Präsidentin Ana Rusu im Schloss Bellevue \
            empfangen. Am Nachmittag traf Rusu im Auswärtigen Amt Außenminister Paul Krämer zu einem Gespräch.
            """)
        #expect(net.meetings.count == 2)
        #expect(net.meetings.allSatisfy { $0.city == "Berlin" })
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Frank Berger", "Ana Rusu"] })
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Ana Rusu", "Paul Krämer"] })
    }

    @Test func aCourtesyCallAtThePalaceAndAVisitToComeAreTheirOwn() throws {
        let net = try Shared.network("""
            MANILA — Japanese Foreign Minister Kenji Arai and Philippine Foreign Secretary Maria Santos held talks in \
            Manila on Saturday. After the talks, the two ministers paid a courtesy call on President Jose Reyes at \
            Malacañang Palace.

            Japanese Prime Minister Yuki Tanaka is expected to visit Manila next month for a summit with Reyes.
            """)
        #expect(net.meetings.count == 3)
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Kenji Arai", "Maria Santos"] })
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Kenji Arai", "Maria Santos", "Jose Reyes"] })
        let summit = try #require(net.meetings.first { net.participants(of: $0.id).contains("Yuki Tanaka") })
        #expect(net.participants(of: summit.id) == ["Yuki Tanaka", "Jose Reyes"])
        #expect(summit.status == "planned")
    }

    @Test func aSeatBeforeAClauseOfPlaceIsTheVenue() throws {
        let net = try Shared.network("""
            Die philippinische Außenministerin Ana Cruz sprach am Donnerstagabend vor Studenten. Cruz kam direkt aus dem \
            Auswärtigen Amt, wo sie am Nachmittag mit Bundesaußenminister Paul Krämer zusammengetroffen war.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(meeting.city == "Berlin")
        #expect(net.participants(of: meeting.id) == ["Ana Cruz", "Paul Krämer"])
    }
}

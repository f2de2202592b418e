import Testing
import SummitryModel
@testable import SummitryExtraction

/// Calls reported with a speaking verb, the purpose of a call, a past meeting placed only by its
/// country, "the two presidents", and a pluperfect that belongs to another clause.
@Suite struct PhoneAndPastMeetingTests {
    static let report = """
        Leaders speak by phone, agree to extend truce

        WASHINGTON (AP) — President John Carver spoke by phone with Chinese President Li Wen on Tuesday to discuss \
        trade, and both sides said they had agreed to extend a truce. The call came a day after Secretary of State \
        Tom Reed spoke by phone with Chinese Foreign Minister Zhao Lin. Li's state visit to Washington, which was \
        first floated when the two presidents met in South Korea last year, is now expected in the spring.
        """

    @Test func speakingByPhoneIsACall() throws {
        let net = try Shared.network(Self.report)
        let calls = net.meetings.filter { $0.mode == "phone" }
        #expect(calls.count == 2)
        #expect(calls.contains { Set(net.participants(of: $0.id)) == ["John Carver", "Li Wen"] })
        #expect(calls.contains { Set(net.participants(of: $0.id)) == ["Tom Reed", "Zhao Lin"] })
    }

    @Test func aPastMeetingPlacedByItsCountry() throws {
        let net = try Shared.network(Self.report)
        let past = try #require(net.meetings.first { $0.country == "KR" })
        #expect(Set(net.participants(of: past.id)) == ["John Carver", "Li Wen"])
        let visit = try #require(net.meetings.first { $0.city == "Washington" })
        #expect(!net.participants(of: visit.id).contains("Tom Reed"))
    }
}

@Suite struct TopicAndJourneyTests {
    @Test func talkingAboutATopicIsTheCallsSubject() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt und der kanadische Premierminister Paul Roy haben am Dienstag miteinander \
            telefoniert. Das teilte ein Regierungssprecher mit. Zudem sprachen Brandt und Roy über kritische Rohstoffe.
            """)
        #expect(net.meetings.count == 1)
        #expect(net.meetings.first?.mode == "phone")
    }

    @Test func aMeetingInTheCountryOfTheJourney() throws {
        let net = try Shared.network("""
            Astana - Bundespräsident Karl Brandt ist am Montag in Astana von Präsident Nurlan Abenov empfangen worden. \
            Am Mittwoch reist der Bundespräsident weiter nach Usbekistan. In Samarkand will er mit Präsident Timur Rashidov \
            zusammentreffen.
            """)
        #expect(net.meetings.count == 2)
        let samarkand = try #require(net.meetings.first { $0.city == "Samarkand" })
        #expect(Set(net.participants(of: samarkand.id)) == ["Karl Brandt", "Timur Rashidov"])
    }
}

/// What a journey is for is the journey's encounter ("to visit Manila …, for a summit with X"); a visit called
/// off after someone had to return home for another meeting is not joined to that meeting.
@Suite struct JourneyPurposeTests {
    @Test func aSummitAJourneyIsForIsThatJourney() throws {
        let net = try Shared.network("""
            TOKYO (AP) - Japanese Prime Minister Aiko Sato is expected to visit Manila next month, a government source \
            said, for a summit with Philippine President Ramon Cruz.
            """)
        #expect(net.meetings.count == 1)
        let summit = try #require(net.meetings.first)
        #expect(summit.city == "Manila")
        #expect(net.participants(of: summit.id) == ["Aiko Sato", "Ramon Cruz"])
    }
}

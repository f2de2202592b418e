import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented events: who is at a meeting, who hosts it, and what kind of encounter a phrase names.
@Suite struct ParticipationCueTests {
    @Test func absentSubjectsAreNotParticipants() throws {
        let net = try Shared.network("""
            Chilean President Sofía Valdés hosted a regional summit in Santiago on Friday. \
            Peruvian President Rosa Quispe did not attend.
            """)
        let m = try #require(net.meetings.first)
        #expect(!net.participants(of: m.id).contains("Rosa Quispe"))
        let de = try Shared.network("""
            Kanzler Bernd Falkenrath lud am Montag zu einem Gipfel nach Berlin ein. Der polnische Regierungschef \
            Piotr Zielinski blieb dem Gipfel fern.
            """)
        let summit = try #require(de.meetings.first)
        #expect(de.participants(of: summit.id) == ["Bernd Falkenrath"])
    }

    @Test func welcomingTheDelegatesHostsTheMeeting() throws {
        let net = try Shared.network("""
            Leaders of the Andean states gathered in La Paz on Friday for a summit. \
            Bolivian President Evo Mamani welcomed the delegates.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.relation("actor:evo-mamani", .hosted, m.id) != nil)
    }

    @Test func courtesyCallIsAVisit() throws {
        let net = try Shared.network("""
            Indonesian Foreign Minister Dewi Santoso paid a courtesy call on Japanese Prime Minister Kenji Sato in Tokyo on Wednesday.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.mode != "phone")
        #expect(m.city == "Tokyo")
        #expect(net.participants(of: m.id) == ["Dewi Santoso", "Kenji Sato"])
    }

    @Test func surnameThatIsACountry() throws {
        let net = try Shared.network("""
            Maltese Prime Minister Elena Jordan met Spanish Prime Minister Ana Ruiz in Valletta on Monday. \
            Jordan said the talks were good.
            """)
        #expect(net.actor(named: "Elena Jordan")?.country == "MT")
        #expect(net.actorNames == ["Elena Jordan", "Ana Ruiz"])
        #expect(!net.countryCodes.contains("JO"))
        let other = try Shared.network("Chilean President Tomás Chad met Peruvian President Rosa Quispe in Lima.")
        #expect(other.actor(named: "Tomás Chad")?.country == "CL")
        #expect(!other.countryCodes.contains("TD"))
    }
}

/// A name that qualifies a government ("the Carver administration's adviser") names no one at the meeting.
@Suite struct AdministrationNameTests {
    @Test func theAdministrationsLeaderIsNotAtTheMeeting() throws {
        let net = try Shared.network("""
            KIGALI (AP) - U.S. President John Carver wants the peace deal saved. US envoy Tom Ward, the Carver \
            administration's senior adviser for Africa, met Rwandan President Jean Mugabo in Kigali on Tuesday.
            """)
        let meeting = try #require(net.meetings.first { $0.city == "Kigali" })
        #expect(net.participants(of: meeting.id) == ["Tom Ward", "Jean Mugabo"])
    }
}

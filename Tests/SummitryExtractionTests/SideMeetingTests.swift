import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented summits: meetings on the sidelines are their own encounters at the summit's place.
@Suite struct SideMeetingTests {
    @Test func sidelinesClauseMakesABilateral() throws {
        let net = try Shared.network("""
            Leaders of the African Union gathered in Addis Ababa on Saturday for a two-day summit. Kenyan President \
            Daniel Otieno and Ghanaian President Kojo Amankwah attended the summit. On the sidelines, Otieno held talks \
            with Nigerian President Bola Adeyemi.
            """)
        #expect(net.meetings.count == 2)
        let summit = try #require(net.meetings.first { $0.name.contains("summit") })
        // Whoever meets on the sidelines is at the summit; the summit's others are not at the side meeting.
        #expect(net.participants(of: summit.id) == ["Daniel Otieno", "Kojo Amankwah", "Bola Adeyemi"])
        let side = try #require(net.meetings.first { $0.id != summit.id })
        #expect(net.participants(of: side.id) == ["Daniel Otieno", "Bola Adeyemi"])
        #expect(side.city == "Addis Ababa")
        #expect(side.country == "ET")
    }

    @Test func germanSideMeetingKeepsTheSummitApart() throws {
        let net = try Shared.network("""
            Die Staats- und Regierungschefs der EU kamen am Donnerstag in Brüssel zu einem Gipfel zusammen. Auch Kanzler \
            Bernd Falkenrath und der französische Präsident Luc Moreau nahmen teil. Am Rande des Gipfels traf Falkenrath \
            den polnischen Regierungschef Piotr Zielinski.
            """)
        #expect(net.meetings.count == 2)
        let summit = try #require(net.meetings.first { $0.name.contains("Gipfel") })
        #expect(net.participants(of: summit.id) == ["Bernd Falkenrath", "Luc Moreau", "Piotr Zielinski"])
        let side = try #require(net.meetings.first { $0.id != summit.id })
        #expect(net.participants(of: side.id) == ["Bernd Falkenrath", "Piotr Zielinski"])
        #expect(side.country == "BE")
        // Meeting at the summit's city says nothing about nationality or hosting.
        #expect(net.actor(named: "Bernd Falkenrath")?.country == "DE")
        #expect(net.relation("actor:bernd-falkenrath", .hosted, side.id) == nil)
    }
}

@Suite struct SideMeetingPlaceTests {
    @Test func aLaterPlaceDoesNotMoveASideMeeting() throws {
        let net = try Shared.network("""
            Defence ministers gathered in Brussels on Thursday for two days of talks. U.S. Defense Secretary Glen Holloway \
            met Ukrainian Defence Minister Oleh Kovalenko on the sidelines of the meeting. The ministers last met in \
            Vilnius in July.
            """)
        let side = try #require(net.meetings.first { $0.name.hasPrefix("meeting") && net.participants(of: $0.id).contains("Oleh Kovalenko") })
        #expect(side.city == "Brussels")
    }
}

@Suite struct TrailingSidelinesTests {
    @Test func talksOnTheSidelinesAtTheEndOfTheSentence() throws {
        let net = try Shared.network("""
            JAKARTA, Indonesia (AP) — Southeast Asian foreign ministers opened their annual meeting in Jakarta on Tuesday. \
            Indonesian Foreign Minister Dewi Santoso, who chairs the meeting, urged unity. Philippine Foreign Secretary \
            Jose Reyes and his Vietnamese counterpart, Nguyen Van Long, held talks on the sidelines. China's top \
            diplomat, Li Wei, is expected to join the ministers on Thursday.
            """)
        let main = try #require(net.meetings.first { net.participants(of: $0.id).contains("Dewi Santoso") })
        #expect(net.participants(of: main.id).contains("Li Wei"))
        let side = try #require(net.meetings.first { $0.id != main.id })
        #expect(net.participants(of: side.id) == ["Jose Reyes", "Nguyen Van Long"])
        #expect(side.city == "Jakarta")
    }
}

@Suite struct GermanGenitiveRelativeTests {
    @Test func spokesmanOfANamedLeaderServesHisCountry() throws {
        let net = try Shared.network("""
            Der türkische Präsident Emre Yilmaz und Bundeskanzler Bernd Falkenrath haben sich am Freitag in Istanbul \
            getroffen. Yilmaz' Sprecher Ali Demir sagte, das Gespräch sei offen gewesen. Am Samstag will Falkenrath in \
            Athen mit dem griechischen Regierungschef Nikos Papadakis sprechen.
            """)
        #expect(net.actor(named: "Ali Demir")?.country == "TR")
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Bernd Falkenrath", "Nikos Papadakis"] })
    }
}

@Suite struct NamedSummitSidelinesTests {
    @Test func sidelinesOfAnotherSummitAreNotTheMeetingBefore() throws {
        let net = try Shared.network("""
            LOME, Togo (AFP) — President Jean Mbala and President Eric Ndayi met on Sunday in Lomé. Both signed an \
            agreement in Washington last December in the presence of U.S. President John Carver. Mbala and Ndayi are \
            expected to meet on the sidelines of the AU summit in Addis Ababa in February.
            """)
        let addis = try #require(net.meetings.first { $0.city == "Addis Ababa" })
        #expect(Set(net.participants(of: addis.id)).isSuperset(of: ["Jean Mbala", "Eric Ndayi"]))
        let washington = try #require(net.meetings.first { $0.city == "Washington" })
        #expect(net.participants(of: washington.id).contains("John Carver"))
        #expect(!net.meetings.contains { $0.city == "Washington" && $0.id != washington.id })
    }
}

@Suite struct TookPartTests {
    @Test func tookPartAndARelativeClausesOwnEncounter() throws {
        let net = try Shared.network("""
            LOME, Togo (AFP) — President Jean Mbala and President Eric Ndayi met on Sunday in Lomé. The chairperson of \
            the AU Commission, Ali Said, also took part, as did Qatar's minister of state Omar Fahd, whose government has \
            hosted separate negotiations in Doha.
            """)
        let lome = try #require(net.meetings.first { $0.city == "Lomé" })
        #expect(net.participants(of: lome.id).contains("Ali Said"))
        #expect(!net.meetings.contains { $0.city == "Doha" && net.participants(of: $0.id).contains("Ali Said") })
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// Places and hosts given by cues outside the meeting phrase: "dort" after a place named in the same
/// sentence, a date between the noun and its place, a host named in a sentence of its own, and the
/// counterpart of an international official.
@Suite struct PlaceAndHostCueTests {
    @Test func dortPointsBackWithinTheSentence() throws {
        let net = try Shared.network("""
            Die beiden Minister kennen sich aus vielen Ratssitzungen in Brüssel. Im April war die Österreicherin \
            Anna Berger zu ihrem Antrittsbesuch nach Warschau gereist und dort von Präsident Piotr Nowak empfangen worden.
            """)
        #expect(net.meetings.count == 1)
        let visit = try #require(net.meetings.first)
        #expect(visit.city == "Warschau")
        #expect(net.participants(of: visit.id) == ["Anna Berger", "Piotr Nowak"])
        #expect(net.actor(named: "Piotr Nowak")?.country == "PL")
    }

    @Test func dateBetweenNounAndPlace() throws {
        let net = try Shared.network("""
            Nato-Generalsekretär Tom Berg hat die Staats- und Regierungschefs des Bündnisses zu einem Gipfeltreffen \
            am 3. und 4. Mai in die polnische Hauptstadt Warschau eingeladen.
            """)
        let summit = try #require(net.meetings.first)
        #expect(summit.city == "Warschau")
        #expect(summit.country == "PL")
    }

    @Test func hostNamedInASentenceOfItsOwn() throws {
        let net = try Shared.network("""
            Brüssel (dpa) - Nato-Generalsekretär Tom Berg hat die Staats- und Regierungschefs des Bündnisses zu einem \
            Gipfeltreffen im Mai nach Warschau eingeladen. Gastgeber wird Präsident Piotr Nowak sein, wie das Bündnis mitteilte.
            """)
        let summit = try #require(net.meetings.first)
        #expect(net.relation("actor:piotr-nowak", .hosted, summit.id) != nil)
        #expect(net.actor(named: "Piotr Nowak")?.country == "PL")
    }

    @Test func anEarlierSummitKeepsItsOwnPeople() throws {
        let net = try Shared.network("""
            Berg hatte zuvor in Washington mit Außenminister John Miller gesprochen. \
            Der vorige Gipfel hatte im Juni in Den Haag stattgefunden.
            """)
        let previous = try #require(net.meetings.first { $0.city == "Den Haag" })
        #expect(net.participants(of: previous.id).isEmpty)
    }

    @Test func counterpartOfAnInternationalOfficial() throws {
        let net = try Shared.network("""
            Nato-Generalsekretär Tom Berg hat am Montag in Washington mit Außenminister John Miller gesprochen.
            """)
        #expect(net.actor(named: "John Miller")?.country == "US")
        #expect(net.actor(named: "Tom Berg")?.country == nil)
    }
}

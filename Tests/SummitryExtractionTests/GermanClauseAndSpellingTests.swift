import Testing
import SummitryModel
@testable import SummitryExtraction

/// German reports: a place or time in a clause about something else, a welcome of an adjective-qualified title, Swiss
/// spelling, and a compound whose first word is no body (invented texts).
@Suite struct GermanClauseAndSpellingTests {
    @Test func aPlaceInASinceClauseIsNoVenue() throws {
        let net = try Shared.network("""
            Landeshauptmann Anton Huber hat am Freitag Slowenien besucht. Es war der erste offizielle Besuch des Politikers \
            in Slowenien, seit er die Landesregierung in Graz anführt.
            """)
        #expect(!net.meetings.contains { $0.city == "Graz" })
    }

    @Test func aTimeSinceWhichSomethingHoldsIsNoMeetingsTime() throws {
        let net = try Shared.network("""
            Ministerpräsident Marko Novak traf am Freitag den österreichischen Bundeskanzler Karl Berger in Maribor. Nach \
            einem Gespräch unter vier Augen tauschten sich die beiden bei einem Mittagessen in Ptuj über die Bahn aus, die \
            seit Dezember Graz und Klagenfurt verbindet.
            """)
        #expect(!net.meetings.contains { $0.time?.contains("Dezember") == true })
        #expect(net.meetings.count == 1)
    }

    @Test func aWelcomeOfAnAdjectiveQualifiedTitleIsAReception() throws {
        let net = try Shared.network("""
            Sloweniens Ministerpräsident Marko Novak begrüßte den steirischen Landeshauptmann Anton Huber am Freitagvormittag \
            vor dem Schloss in Maribor. Beide sprachen über die Bahn und die Grenzkontrollen.
            """)
        let m = try #require(net.meetings.first { $0.city == "Maribor" })
        #expect(Set(net.participants(of: m.id)) == ["Marko Novak", "Anton Huber"])
    }

    @Test func swissSpellingOfAWelcome() throws {
        let net = try Shared.network("""
            Bundespräsident Peter Muster begrüsste am Freitag den österreichischen Bundeskanzler Karl Berger in Bern. Die \
            beiden Politiker sprachen über die Verkehrsverbindungen und über Europa.
            """)
        let m = try #require(net.meetings.first { $0.city == "Bern" })
        #expect(net.relation("actor:peter-muster", .hosted, m.id) != nil)
    }

    @Test func aNumeralBeforeACompoundNamesNoBody() throws {
        let net = try Shared.network("""
            Ministerpräsident Marko Novak hat am Freitag den österreichischen Bundeskanzler Karl Berger in Maribor \
            empfangen. Nach einem Vier-Augen-Gespräch tauschten sich die beiden bei einem Mittagessen aus.
            """)
        #expect(!net.nodes.contains { $0.kind == .organization })
    }

    @Test func swissSpellingOfPlacesAndCountries() throws {
        let net = try Shared.network("""
            STRASSBURG. Ministerpräsident Karl Brandt ist am Dienstag mit dem französischen Regionalpräsidenten Jean Martin \
            zusammengetroffen. Beide sprachen über die Tram und über Pendler aus Grossbritannien.
            """)
        #expect(net.meetings.first?.city == "Strasbourg")
        #expect(net.node("country:GB") != nil)
    }
}

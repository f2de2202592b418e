import Testing
import SummitryExtraction
import SummitryModel

/// Modals in relative clauses about someone else, a pluperfect before a colon, a one-word name that is one
/// person's surname and another's given name, and a destination after a verb of going (invented texts).
@Suite struct RelativeClauseAndSurnameTests {
    @Test func aModalInARelativeClauseAboutTheGuestPlansNothingOfTheMeeting() throws {
        let net = try Shared.network("Prime Minister Lars Holm met Latvian President Andris Ozols in Riga on Monday, who will travel to Brussels next month.")
        let riga = try #require(net.meetings.first { net.participants(of: $0.id).contains("Andris Ozols") })
        #expect(riga.status == "held")
    }

    static let summit = """
        Nordgruppe: Gas aus dem Norden

        Beim Gipfel in Gdańsk werben acht Staaten für neue Leitungen. Ministerpräsident Lars Holm verspricht Hilfe.

        Polens Präsident Karol Nawrocki hatte sich für seinen Gipfel einen besonderen Ort ausgesucht: Die Staats- und \
        Regierungschefs der Nordgruppe tagten am Mittwoch in Gdańsk, wo künftig mehr Flüssiggas ankommen soll. Am Tisch \
        saßen der dänische Regierungschef Lars Holm und der lettische Präsident Andris Ozols.
        """

    @Test func aSummitAfterAColonWithAModalOfThePlaceIsTheOneHeldAndTeased() throws {
        let net = try Shared.network(Self.summit)
        #expect(net.meetings.count == 1)
        let summit = try #require(net.meetings.first)
        #expect(summit.status == "held")
        #expect(net.participants(of: summit.id) == ["Karol Nawrocki", "Lars Holm", "Andris Ozols"])
    }

    @Test func aOneWordNameIsTheSurnameBeforeTheGivenName() throws {
        let net = try Shared.network("""
            Der rumänische Präsident Nicușor Dan und EU-Energiekommissar Dan Jørgensen sprachen am Dienstag in Zagreb über Gaspreise.

            Am Mittwoch traf Dan in Split den kroatischen Regierungschef Ivo Horvat.
            """)
        let split = try #require(net.meetings.first { net.participants(of: $0.id).contains("Ivo Horvat") })
        #expect(net.participants(of: split.id) == ["Nicușor Dan", "Ivo Horvat"])
    }

    @Test func aDestinationAfterAVerbOfGoingPlacesTheTalks() throws {
        let net = try Shared.network("Prime Minister Lars Holm had been due to continue to Lima for talks with Peruvian officials, but the stop was dropped.")
        let talks = try #require(net.meetings.first)
        #expect(talks.city == "Lima")
    }
}

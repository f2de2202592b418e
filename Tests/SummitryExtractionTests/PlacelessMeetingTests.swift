import Testing
import SummitryExtraction
import SummitryModel

/// Meetings the sentences do not place: a desk line or a dateline on a line of its own places them,
/// and failing that a host receives at home (invented texts).
@Suite struct PlacelessMeetingTests {
    @Test func aDeskLineWithACityPlacesTheReport() throws {
        let net = try Shared.network("""
            Harbour deal on the table

            Staff Reporter, Nairobi

            Foreign Minister Amina Juma met her Tanzanian counterpart Peter Mwale on Tuesday. The two ministers discussed the new harbour.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(meeting.city == "Nairobi")
        #expect(meeting.country == "KE")
    }

    @Test func aShoutedCityOnTheLineAfterACreditIsTheDateline() throws {
        let net = try Shared.network("""
            Trade pact signed

            Special Correspondent
            LAGOS

            President Bola Ade and Ghanaian President Kofi Mensa held talks on Monday. They signed a trade pact.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(meeting.city == "Lagos")
    }

    @Test func aHostWithACountryReceivesAtHome() throws {
        let net = try Shared.network("Kenya's President Daniel Oduya received Ghana's Foreign Minister Ama Mensah on Monday. They discussed trade.")
        let meeting = try #require(net.meetings.first)
        #expect(meeting.country == "KE")
        #expect(meeting.city == nil)
    }

    @Test func aCallIsPlacedNowhere() throws {
        let net = try Shared.network("""
            Staff Reporter, Nairobi

            Kenya's President Daniel Oduya spoke by phone with Ghana's President Kofi Mensa on Monday.
            """)
        let call = try #require(net.meetings.first)
        #expect(call.mode == "phone")
        #expect(call.country == nil)
    }
}

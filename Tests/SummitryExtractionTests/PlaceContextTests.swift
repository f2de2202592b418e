import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented reports: which country an ambiguous city or a dateline names, and where planned meetings are.
@Suite struct PlaceContextTests {
    @Test func ambiguousCityTakesTheCountryTheTextNames() throws {
        let net = try Shared.network("""
            Lebanese Prime Minister Nabil Haddad received Cypriot President Andreas Kyriakou in Tripoli on Monday.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.country == "LB")
        #expect(!net.countryCodes.contains("LY"))
    }

    @Test func usStateQualifiesTheDateline() throws {
        let net = try Shared.network("""
            PORTLAND, Maine (AP) — Canadian Prime Minister Marc Tremblay met Governor Janet Wells on Monday.
            """)
        let m = try #require(net.meetings.first)
        #expect(m.city == "Portland")
        #expect(m.country == "US")
    }

    @Test func plannedMeetingDoesNotTakeTheDateline() throws {
        let net = try Shared.network("""
            OSLO (dpa) - Außenministerin Karla Weidinger hat am Montag in Oslo ihren norwegischen Amtskollegen Eirik Dahl \
            getroffen. Der türkische Präsident Emre Yilmaz will im Mai den finnischen Präsidenten Mikko Laine treffen.
            """)
        let oslo = try #require(net.meetings.first { $0.city == "Oslo" })
        #expect(net.participants(of: oslo.id) == ["Karla Weidinger", "Eirik Dahl"])
        let planned = try #require(net.meetings.first { net.participants(of: $0.id).contains("Emre Yilmaz") })
        #expect(planned.status == "planned")
        #expect(planned.city == nil)
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// A summit named only as the setting of a side meeting is no meeting of its own; one the report tells of, or one
/// still to come, is (invented texts).
@Suite struct SummitSettingTests {
    @Test func aSummitNamedOnlyAsTheSettingOfASideMeetingIsNoMeeting() throws {
        let net = try Shared.network("""
            President Maria Santos received Japanese Foreign Minister Kenji Watanabe at the presidential palace in Manila on Friday.

            Santos and Japanese Prime Minister Hiroshi Tanaka first met on the sidelines of the ASEAN summit in Kuala Lumpur in October.
            """)
        #expect(net.meetings.count == 2)
        let side = try #require(net.meetings.first { net.participants(of: $0.id).contains("Hiroshi Tanaka") })
        #expect(side.city == "Kuala Lumpur")
        #expect(net.participants(of: side.id) == ["Maria Santos", "Hiroshi Tanaka"])
    }

    @Test func aSummitTheReportTellsOfStays() throws {
        let net = try Shared.network("""
            On the sidelines of the ASEAN summit in Kuala Lumpur, President Maria Santos met Japanese Prime Minister Hiroshi Tanaka.

            The summit was attended by leaders of all ten member states and opened with a speech by Prime Minister Ali Karim.
            """)
        #expect(net.meetings.contains { $0.name.contains("summit") })
    }

    @Test func aSummitStillToComeStays() throws {
        let net = try Shared.network("""
            Santos and Tanaka are expected to meet on the sidelines of the ASEAN summit in Kuala Lumpur in October.
            """)
        #expect(net.meetings.contains { $0.name.contains("summit") })
    }
}

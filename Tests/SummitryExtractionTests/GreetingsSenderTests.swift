import Testing
import SummitryModel
@testable import SummitryExtraction

/// Whoever sends greetings or a message to a meeting is not at it: "conveyed greetings from PM X", "the greetings
/// of President X", "überbrachte ihm Grüße von Bundeskanzler X" (invented texts). The one greeted still is.
@Suite struct GreetingsSenderTests {
    @Test func greetingsFromSomeoneLeaveThemOut() throws {
        let net = try Shared.network("""
            Foreign Secretary Ravi Menon called on Prime Minister Arjun Thapa at his official residence in Kathmandu on \
            Monday, where he conveyed greetings from Prime Minister Vikram Rao.
            """)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Ravi Menon", "Arjun Thapa"])
        #expect(net.meetings.count == 1)
    }

    @Test func theGreetingsOfAPresidentToTheHost() throws {
        let net = try Shared.network("""
            Turkish Foreign Minister Kemal Aydin met the emir of Kuwait, Sheikh Nasser Al-Sabah, in Kuwait City on Sunday. \
            Aydin conveyed the greetings of President Mehmet Kaya to the emir, and the two discussed the situation in Gaza.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Kemal Aydin", "Nasser Al-Sabah"])
    }

    @Test func grueßeVonSomeoneLeaveThemOut() throws {
        let net = try Shared.network("""
            Außenminister Karl Brandt traf am Montag in Kathmandu Premierminister Arjun Thapa und überbrachte ihm Grüße \
            von Bundeskanzler Jonas Falk.
            """)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Karl Brandt", "Arjun Thapa"])
    }
}

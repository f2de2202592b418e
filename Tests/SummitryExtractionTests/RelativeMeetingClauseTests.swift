import Testing
import SummitryModel
@testable import SummitryExtraction

/// A clause that tells the meeting just named further ("the dialogue, which India will host") is that meeting's, and
/// whoever reports what "the leaders" will discuss is not at their talks (invented texts).
@Suite struct RelativeMeetingClauseTests {
    @Test func aRelativeClauseHostsTheMeetingItFollows() throws {
        let net = try Shared.network("""
            Defence Minister Arjun Mehta calls on PM Kenji Arai, conveys invitation for annual summit

            NEW DELHI — Defence Minister Arjun Mehta met his Japanese counterpart Daisuke Ono in Tokyo on Thursday for \
            talks on naval cooperation.

            Mehta also said he looked forward to welcoming Ono and Foreign Minister Ken Sato in New Delhi for the next \
            round of the 2+2 ministerial dialogue, which India will host early next year.
            """)
        // The headline's summit is not placed by the dialogue's host clause.
        let summit = try #require(net.meetings.first { net.participants(of: $0.id).contains("Kenji Arai") })
        #expect(summit.city == nil)
        let dialogue = try #require(net.meetings.first { $0.city == "New Delhi" })
        #expect(net.participants(of: dialogue.id) == ["Arjun Mehta", "Daisuke Ono", "Ken Sato"])
    }

    @Test func aSpeakerOfWhatTheLeadersWillDiscussIsNotThere() throws {
        let net = try Shared.network("""
            TOKYO — Japanese Prime Minister Kenji Arai will travel to Seoul next week for talks with South Korean \
            President Park Min-ho, the government said on Friday.

            Chief Cabinet Secretary Haruto Mori told reporters the leaders would discuss trade and security.
            """)
        #expect(!net.meetings.contains { net.participants(of: $0.id).contains("Haruto Mori") })
        #expect(net.meetings.contains { $0.city == "Seoul" && net.participants(of: $0.id) == ["Kenji Arai", "Park Min-ho"] })
    }

    @Test func aRelativeClauseNamingAnAttendeeIsLeftToAttendance() throws {
        let net = try Shared.network("""
            BRUSSELS — Irish Prime Minister Sean Byrne met Belgian Prime Minister Luc Peeters in Brussels on Monday. They \
            discussed the agenda of the European Council summit, which Byrne is to attend in June.
            """)
        let talks = try #require(net.meetings.first { $0.city == "Brussels" && $0.time?.contains("Monday") == true })
        #expect(net.participants(of: talks.id) == ["Sean Byrne", "Luc Peeters"])
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// What was done during a call ("a phone call from X, during which they discussed …") is that call, not a meeting of
/// its own (invented texts).
@Suite struct DuringWhichTests {
    @Test func talkDuringACallIsTheCall() throws {
        let net = try Shared.network("""
            Qatari Emir Hamad Al Mansour received a phone call on Saturday evening from Saudi Crown Prince Faisal bin \
            Khalid, during which they discussed regional developments, the news agency reported.
            """)
        #expect(net.meetings.count == 1)
        let call = try #require(net.meetings.first)
        #expect(call.mode == "phone")
        #expect(net.participants(of: call.id) == ["Hamad Al Mansour", "Faisal bin Khalid"])
    }

    @Test func germanTalkInACallIsTheCall() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt hat am Montag ein Telefonat mit dem polnischen Ministerpräsidenten Jan Nowak \
            geführt, in dem beide über die Lage an der Grenze sprachen.
            """)
        #expect(net.meetings.count == 1)
        #expect(net.meetings.first?.mode == "phone")
    }
}

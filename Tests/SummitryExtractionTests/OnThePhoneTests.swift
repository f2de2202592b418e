import Testing
import SummitryModel
@testable import SummitryExtraction

/// "was on the phone to X", "on the phone with X" is a call; "phone" before a lowercase word otherwise is not (invented text).
@Suite struct OnThePhoneTests {
    @Test func onThePhoneToIsACall() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Lee did not attend the talks. She was on the phone to Prime Minister Tom Baker on Wednesday about the security situation.
            """)
        let call = try #require(net.meetings.first)
        #expect(call.mode == "phone")
        #expect(net.participants(of: call.id) == ["Ana Lee", "Tom Baker"])
    }
}

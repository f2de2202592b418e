import Testing
import SummitryExtraction
import SummitryModel

/// A courtesy call in person ("called on President X"), a leaders' retreat, a call whose "by phone" comes
/// after the person spoken with, and a shouted city-state dateline (invented text).
@Suite struct CourtesyCallTests {
    static let report = """
        SINGAPORE – Prime Minister Lawrence Tan and his Malaysian counterpart Ahmad Yusof met on Tuesday for the annual \
        Leaders' Retreat. Before the retreat, Mr Yusof called on President Ravi Nair at the Istana. The last retreat was \
        held in Putrajaya. Mr Yusof also said he had spoken with Indonesian President Budi Santoso by phone on Monday. \
        He called on Singapore to open its market.
        """

    @Test func calledOnAPresidentIsACourtesyCall() throws {
        let net = try Shared.network(Self.report)
        let call = try #require(net.meetings.first { net.participants(of: $0.id).contains("Ravi Nair") })
        #expect(call.mode != "phone")
        #expect(net.participants(of: call.id) == ["Ahmad Yusof", "Ravi Nair"])
    }

    @Test func calledOnACountryToActIsNoMeeting() throws {
        let net = try Shared.network("President Ravi Nair called on Malaysia to open its market.")
        #expect(net.meetings.isEmpty)
    }

    @Test func aRetreatIsAMeetingAndTheShoutedDatelineIsNamedAsWritten() throws {
        let net = try Shared.network(Self.report)
        #expect(net.meetings.contains { $0.city == "Putrajaya" })
        let retreat = try #require(net.meetings.first { $0.id.contains("retreat") && $0.city != "Putrajaya" })
        #expect(retreat.city == "Singapore")
    }

    @Test func spokenWithSomeoneByPhoneIsOneCall() throws {
        let net = try Shared.network(Self.report)
        let calls = net.meetings.filter { net.participants(of: $0.id).contains("Budi Santoso") }
        #expect(calls.count == 1)
        #expect(calls.first?.mode == "phone")
        #expect(calls.first.map { net.participants(of: $0.id) } == ["Ahmad Yusof", "Budi Santoso"])
    }
}

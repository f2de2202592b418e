import Testing
import SummitryExtraction
import SummitryModel

/// A summit hosted right after a phone call, a late arrival greeted by the host, the call told again with its
/// time, and a leader left out (invented text).
@Suite struct HostedSummitTests {
    static let report = """
        Prague hosts Nordic and Baltic leaders as call with Berlin unsettles allies

        By Jana Novotna

        Czech Prime Minister Petr Hruby has hosted leaders from eight countries in Prague for a summit on energy security, \
        hours after a phone call with German Chancellor Karl Brandt in which the chancellor pressed for more gas exports.

        The prime minister welcomed the Danish prime minister, Lars Holm, and the Finnish president, Mika Virta, at Prague \
        Castle on Monday morning, followed by Estonia's prime minister, Kaja Tamm, and Latvia's Andris Ozols.

        Lithuanian President Jonas Petraitis joined the leaders after flying in from Vilnius overnight. He was greeted by \
        Hruby with a handshake.

        According to a government readout, Hruby and Brandt spoke for about an hour on Sunday evening.

        Hungary's prime minister, Istvan Kovacs, who was not invited, criticised the meeting as divisive.
        """

    @Test func theSummitKeepsItsGuestsAndLateArrival() throws {
        let net = try Shared.network(Self.report)
        let summit = try #require(net.meetings.first { $0.name.hasPrefix("Summit") || $0.name.hasPrefix("summit") })
        #expect(net.participants(of: summit.id) == ["Petr Hruby", "Lars Holm", "Mika Virta", "Kaja Tamm", "Andris Ozols", "Jonas Petraitis"])
        #expect(net.meetings.count == 2)
    }

    @Test func theCallIsTheHostsAndIsToldAgainWithItsTime() throws {
        let net = try Shared.network(Self.report)
        let calls = net.meetings.filter { m in net.participants(of: m.id).contains("Karl Brandt") }
        #expect(calls.count == 1)
        let call = try #require(calls.first)
        #expect(net.participants(of: call.id) == ["Petr Hruby", "Karl Brandt"])
    }
}

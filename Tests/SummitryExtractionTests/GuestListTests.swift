import Testing
import SummitryModel
@testable import SummitryExtraction

/// "Unter den Gästen: A, B und C", "Among the guests were A and B": the guests of the meeting just reported (invented texts).
@Suite struct GuestListTests {
    @Test func germanGuestList() throws {
        let net = try Shared.network("""
            Staatsgäste in Mailand

            Mailand. Italiens Staatspräsident Paolo Ricci empfing die ausländischen Staatsoberhäupter am Freitagnachmittag im \
            Palazzo Reale. Unter den Gästen: Bundespräsident Frank-Walter Steinmeier, Österreichs Bundespräsident Alexander Van \
            der Bellen und der Schweizer Bundespräsident Guy Parmelin.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Paolo Ricci", "Frank-Walter Steinmeier", "Alexander Van der Bellen", "Guy Parmelin"])
    }

    @Test func englishGuestList() throws {
        let net = try Shared.network("""
            King hosts banquet for visiting leaders

            King Harald hosted a banquet for the visiting heads of state at the Royal Palace in Oslo on Friday. Among the guests \
            were Finnish President Alexander Stubb and Icelandic President Halla Tomasdottir.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Harald", "Alexander Stubb", "Halla Tomasdottir"])
    }
}

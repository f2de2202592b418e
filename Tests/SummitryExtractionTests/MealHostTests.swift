import Testing
import SummitryModel
@testable import SummitryExtraction

/// A meal and whose encounter it belongs to: its host's, not the one reported just before it (invented texts).
@Suite struct MealHostTests {
    /// "C hosted the three ministers for dinner" after a one-on-one of two of them: a dinner of its own, hosted by C, with
    /// the three (the same three as before, though a fourth joined their meeting by video since).
    @Test func dinnerOfAnotherHostIsItsOwn() throws {
        let net = try Shared.network("""
            Weimar partners meet in Krakow

            KRAKOW – Foreign Minister Anna Kowal welcomed her counterparts Pierre Martin of France and Klaus Berger of Germany \
            at the castle on Thursday. The three ministers spent three hours in the castle hall, where Ukrainian Foreign Minister \
            Ivan Petrenko was connected by video link from Kyiv.

            Before the joint session, Kowal and Martin held a separate one-on-one over coffee.

            In the evening, Prime Minister Jan Nowicki hosted the three ministers for dinner at the palace.
            """)
        let dinner = try #require(net.meetings.first { net.relation("actor:jan-nowicki", .hosted, $0.id) != nil })
        #expect(net.participants(of: dinner.id) == ["Jan Nowicki", "Anna Kowal", "Pierre Martin", "Klaus Berger"])
        #expect(net.meetingIDs(with: "Jan Nowicki").count == 1)
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Anna Kowal", "Pierre Martin"] })
    }

    /// "Lupu hosted a dinner for her guest in the evening", after the guest met two others since her welcome: her guest is
    /// the visitor she welcomed, and the dinner is part of her visit's encounter.
    @Test func hostsDinnerForHerGuestJoinsTheVisit() throws {
        let net = try Shared.network("""
            Czech president begins visit to Moldova

            Czech President Petr Novak arrived in Chisinau on Tuesday for a three-day state visit. President Maria Lupu welcomed \
            him with military honours before the two held talks on energy.

            In the afternoon, Novak was received by Prime Minister Ion Bors at Government House. Later he met Parliament Speaker \
            Victor Rusu, who showed him the chamber. Lupu hosted a dinner for her guest in the evening.
            """)
        #expect(net.meetingIDs(with: "Maria Lupu").count == 1)
        let visit = try #require(net.meetingIDs(with: "Maria Lupu").first)
        #expect(net.participants(of: visit) == ["Maria Lupu", "Petr Novak"])
        #expect(net.meetingIDs(with: "Victor Rusu").allSatisfy { net.participants(of: $0) == ["Victor Rusu", "Petr Novak"] })
    }
}

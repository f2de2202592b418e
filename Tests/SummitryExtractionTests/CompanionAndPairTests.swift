import Testing
import SummitryModel
@testable import SummitryExtraction

/// A companion on a visit is at its meetings; "the pair" is the pair named as a subject a few sentences
/// before; a meal with another counterpart after a reception with its host named is an encounter of its own.
@Suite struct CompanionAndPairTests {
    static let report = """
        BRUSSELS (Reuters) - Danish Prime Minister Anna Lund and Erik Berg, Norway's prime minister, were received by European Commission \
        President Claire Dubois on Wednesday. The Commission announced new funding for Arctic research. The pair then had \
        lunch with European Council President Marco Rossi, before crossing the city for talks with Nato Secretary-General \
        Jan Visser. Sweden's foreign minister, Lena Holm, accompanied Lund throughout the day.
        """

    @Test func thePairIsThePairNamedAsSubjectBefore() throws {
        let net = try Shared.network(Self.report)
        let lunch = try #require(net.meetingIDs(with: "Marco Rossi").first)
        #expect(net.participants(of: lunch).isSuperset(of: ["Anna Lund", "Erik Berg", "Marco Rossi"]))
        #expect(!net.participants(of: lunch).contains("Claire Dubois"))
    }

    @Test func aMealWithAnotherCounterpartIsItsOwnEncounter() throws {
        let net = try Shared.network(Self.report)
        #expect(net.meetingIDs(with: "Marco Rossi").count == 1)
        #expect(net.meetingIDs(with: "Claire Dubois").allSatisfy { !net.participants(of: $0).contains("Marco Rossi") })
    }

    @Test func theSubjectGoesOnToTalksWithSomeoneElse() throws {
        let net = try Shared.network(Self.report)
        let talks = try #require(net.meetingIDs(with: "Jan Visser").first)
        #expect(net.participants(of: talks).isSuperset(of: ["Anna Lund", "Erik Berg", "Jan Visser"]))
    }

    @Test func aCompanionIsAtTheMeetingsOfTheOneAccompanied() throws {
        let net = try Shared.network(Self.report)
        for who in ["Claire Dubois", "Marco Rossi", "Jan Visser"] {
            let m = try #require(net.meetingIDs(with: who).first)
            #expect(net.participants(of: m).contains("Lena Holm"), "\(who)")
        }
    }

    @Test func aCompanionOnlyIntendedIsNotThere() throws {
        let net = try Shared.network("""
            DÜSSELDORF (dpa) - Ministerpräsident Karl Wendt hat den belgischen Premier Luc Peeters in Düsseldorf empfangen. \
            Bundesminister Jens Kohl will die Gäste am Donnerstag begleiten.
            """)
        let m = try #require(net.meetingIDs(with: "Luc Peeters").first)
        #expect(!net.participants(of: m).contains("Jens Kohl"))
    }
}

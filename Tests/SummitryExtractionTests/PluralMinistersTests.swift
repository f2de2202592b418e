import Testing
import SummitryExtraction
import SummitryModel

/// "beide Minister" after two foreign ministers and two heads were named (invented text).
@Suite struct PluralMinistersTests {
    static let report = """
        Der estnische Außenminister Margus Tamm und die lettische Außenministerin Baiba Ozola verhandelten am Montag in \
        Tallinn. Gastgeber war Ministerpräsident Kristjan Saar. Der finnische Präsident Mikko Salo empfing die Delegationen \
        am Nachmittag in Helsinki.

        Am Abend reisten beide Minister nach Tartu weiter, wo sie Präsident Alar Kask zu einem Abendessen empfing.
        """

    @Test func ministersInThePluralAreTheTwoMinistersOfAnyPortfolio() throws {
        let net = try Shared.network(Self.report)
        let dinner = try #require(net.meetings.first { net.participants(of: $0.id).contains("Alar Kask") })
        #expect(net.participants(of: dinner.id) == ["Margus Tamm", "Baiba Ozola", "Alar Kask"])
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// "beide Minister" after two foreign ministers and two heads were named; "the two leaders" after a reception by the
/// host country's president and prime minister (invented texts).
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

    static let visit = """
        Indian Prime Minister Arun Rao and Nepali Prime Minister Bishnu Thapa held talks in New Delhi on Tuesday. Mr. Rao \
        said the talks were warm.

        Earlier in the day, Mr. Thapa was received by Indian President Meera Devi and Mr. Rao at the presidential palace.

        The two leaders had last met in Kathmandu last year.
        """

    @Test func theTwoLeadersAreOnePerSideOfTheLatestMeeting() throws {
        let net = try Shared.network(Self.visit)
        let earlier = try #require(net.meetings.first { $0.name.contains("Kathmandu") })
        #expect(net.participants(of: earlier.id) == ["Arun Rao", "Bishnu Thapa"])
    }
}

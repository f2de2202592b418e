import Testing
import SummitryExtraction
import SummitryModel

/// "die beiden" after a pair that opened the sentence before, and a critic of a visit (invented text).
@Suite struct PairAndCriticTests {
    static let report = """
        Lobo wirbt in Lissabon für engere Abstimmung

        Lissabon (dpa) - Außenministerin Ana Lobo ist am Montag in Lissabon von ihrem spanischen Amtskollegen Pablo Ruiz \
        empfangen worden. Am Nachmittag wurde die Ministerin dann von Ministerpräsident Luis Moreno empfangen.

        Kritik an dem Besuch kam vom portugiesischen Oppositionsführer Rui Santos.

        Lobo und Ruiz kündigten an, das Format wiederzubeleben. Bereits im kommenden Monat wollen sich die beiden mit dem \
        französischen Außenminister Jean Dupont in Paris treffen.
        """

    @Test func theTwoAreThePairThatOpenedTheSentenceBefore() throws {
        let net = try Shared.network(Self.report)
        let paris = try #require(net.meetings.first { $0.city == "Paris" })
        #expect(net.participants(of: paris.id) == ["Ana Lobo", "Pablo Ruiz", "Jean Dupont"])
    }

    @Test func aCriticOfTheVisitIsNotAtIt() throws {
        let net = try Shared.network(Self.report)
        for m in net.meetings { #expect(!net.participants(of: m.id).contains("Rui Santos")) }
    }
}

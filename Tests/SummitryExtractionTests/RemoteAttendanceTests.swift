import Testing
import SummitryExtraction
import SummitryModel

/// A leader meets a guest in the capital, then joins a group's meeting by video from there (invented texts).
@Suite struct RemoteAttendanceTests {
    static let english = """
        Chancellor Karl Weber met Slovak Prime Minister Jan Novak in Vienna on Monday. The two leaders discussed energy prices.

        From the Austrian capital, Weber later joined by video a meeting of the Northern Group, co-chaired by Danish \
        Prime Minister Lene Dahl and Finnish President Mikko Salo. Dutch Prime Minister Pieter Smit also took part.
        """

    static let german = """
        Bundeskanzlerin Karla Weber traf am Montag in Wien den slowakischen Ministerpräsidenten Jan Novak. Beide sprachen über Energiepreise.

        Aus der österreichischen Hauptstadt nahm Weber später per Video an einem Treffen der Nordgruppe teil, das die \
        dänische Regierungschefin Lene Dahl und der finnische Präsident Mikko Salo leiteten. Auch der niederländische \
        Ministerpräsident Pieter Smit nahm teil.
        """

    @Test(arguments: [english, german])
    func aMeetingJoinedByVideoIsACallOfItsOwnWithoutTheJoinersPlace(_ text: String) throws {
        let net = try Shared.network(text)
        #expect(net.meetings.count == 2)
        let video = try #require(net.meetings.first { net.participants(of: $0.id).contains("Lene Dahl") })
        #expect(video.mode == "phone")
        #expect(!net.relations.contains { $0.source == video.id && $0.kind == .heldIn })
        #expect(net.participants(of: video.id).isSuperset(of: ["Mikko Salo", "Pieter Smit"]))
        #expect(!net.participants(of: video.id).contains("Jan Novak"))
        let vienna = try #require(net.meetings.first { net.participants(of: $0.id).contains("Jan Novak") })
        #expect(net.participants(of: vienna.id).isDisjoint(with: ["Lene Dahl", "Mikko Salo", "Pieter Smit"]))
    }
}

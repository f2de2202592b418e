import Testing
import SummitryModel
@testable import SummitryExtraction

/// People who come to a gathering without a meeting word: from elsewhere ("Aus Brüssel kamen …"), sent
/// ("entsandten den Sondergesandten …"), at the table ("saß … am Tisch"); and who had themselves represented.
@Suite struct GatheringArrivalTests {
    static let report = """
        Wiederaufbau: Kanzler lädt nach Berlin

        Bundeskanzler Karl Brandt hat am Mittwoch im Kanzleramt eine Konferenz zum Wiederaufbau eröffnet. Der polnische \
        Präsident Jan Nowak war persönlich angereist, US-Präsident Tom Miller ließ sich vertreten. Aus Brüssel kamen \
        Kommissionspräsidentin Anna Weiß und Ratspräsident Luc Peeters. Italiens Ministerpräsidentin Carla Rossi fehlte; \
        für sie saß Außenminister Paolo Conti am Tisch. Die Vereinigten Staaten entsandten den Sondergesandten Steve Parker. \
        Die Teilnehmer vereinbarten, im kommenden Frühjahr in Warschau erneut zusammenzukommen. Nowak kündigte an, \
        Polen werde das Folgetreffen ausrichten.
        """

    @Test func arrivalsSeatsAndEnvoysAttendTheConference() throws {
        let net = try Shared.network(Self.report)
        let m = try #require(net.meetingIDs(with: "Karl Brandt").first)
        let people = net.participants(of: m)
        for who in ["Jan Nowak", "Anna Weiß", "Luc Peeters", "Paolo Conti", "Steve Parker"] { #expect(people.contains(who), "\(who)") }
        #expect(!people.contains("Tom Miller"))
        #expect(!people.contains("Carla Rossi"))
    }

    @Test func aHeadlineKickerIsNoDateline() throws {
        let net = try Shared.network(Self.report)
        #expect(!net.meetings.contains { $0.city == "Wiederaufbau" })
    }

    @Test func criticismFromElsewhereIsNoArrival() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt hat am Mittwoch in Berlin einen Gipfel zum Wiederaufbau eröffnet. Kritik kam aus Wien: \
            Österreichs Verkehrsminister Peter Huber warnte vor neuen Kosten.
            """)
        let m = try #require(net.meetings.first)
        #expect(!net.participants(of: m.id).contains("Peter Huber"))
    }
}

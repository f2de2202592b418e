import Testing
import SummitryModel
@testable import SummitryExtraction

/// Coming to a place as a visit ("kam ins Kanzleramt", "came to the White House"), and who hosts when someone travels
/// to a city "where" another person receives them (invented texts).
@Suite struct ComingToAndWhereReceivedTests {
    /// "X kam ins Kanzleramt" a year after the first visit: a visit of its own, at the chancellery in Berlin, with the
    /// host who leads his guest after the talks; the earlier visit in Warsaw keeps its own host.
    @Test func cameToTheChancellery() throws {
        let net = try Shared.network("""
            Die schwierige Nähe

            Im Mai 2025 flog Bundeskanzler Lorenz Haberland nach Warschau, wo ihn der polnische Ministerpräsident Marek Zielny \
            empfing. Die beiden sprachen fast zwei Stunden.

            Im Februar dieses Jahres dann der Versuch eines Neuanfangs: Zielny kam ins Kanzleramt, Haberland führte seinen \
            Gast nach den Gesprächen auf die Dachterrasse.
            """)
        #expect(net.meetings.count == 2)
        let warsaw = try #require(net.meetings.first { $0.city == "Warschau" })
        let berlin = try #require(net.meetings.first { $0.city == "Berlin" })
        #expect(net.relation("actor:marek-zielny", .hosted, warsaw.id) != nil)
        #expect(net.relation("actor:lorenz-haberland", .hosted, warsaw.id) == nil)
        #expect(Set(net.participants(of: berlin.id)) == ["Marek Zielny", "Lorenz Haberland"])
        #expect(net.relation("actor:lorenz-haberland", .hosted, berlin.id) != nil)
    }

    /// "came to the White House": a visit in Washington. "kam nach Berlin zurück" (coming home) and "came to power"
    /// are none.
    @Test func cameToAPlaceOrNot() throws {
        let visit = try Shared.network("""
            Brereton in Washington

            British Prime Minister Alan Brereton came to the White House on Monday. The two sides signed a statement on steel.
            """)
        let m = try #require(visit.meetings.first)
        #expect(visit.meetings.count == 1)
        #expect(m.city == "Washington")
        #expect(visit.participants(of: m.id) == ["Alan Brereton"])

        let home = try Shared.network("""
            Rückkehr

            Außenministerin Carla Venhoff kam am Abend nach Berlin zurück. Premier Tomas Arvid came to power in 2019.
            """)
        #expect(home.meetings.isEmpty)
    }

    /// "X flog nach Warschau, wo ihn Y empfing", "X flew to Warsaw, where Y received him": Y hosts, X does not.
    @Test func receivedWhereTheyTravelled() throws {
        for text in ["""
            Besuch

            Am Montag flog Außenminister Lorenz Haberland nach Warschau, wo ihn Ministerpräsident Marek Zielny empfing.
            """, """
            Visit

            On Monday Foreign Minister Lorenz Haberland flew to Warsaw, where Prime Minister Marek Zielny received him.
            """] {
            let net = try Shared.network(text)
            let m = try #require(net.meetings.first)
            #expect(net.meetings.count == 1)
            #expect(net.relation("actor:marek-zielny", .hosted, m.id) != nil)
            #expect(net.relation("actor:lorenz-haberland", .hosted, m.id) == nil)
            #expect(net.relation("actor:lorenz-haberland", .attended, m.id) != nil)
        }
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// Verb forms of meeting (German singular past, Konjunktiv; English co-hosting), a verb whose object is
/// the call, "both leaders" as the two heads of government, and a pronoun of the gender the title gives
/// (invented texts).
@Suite struct VerbFormAndLeaderTests {
    @Test func theSingularPastOfVerhandelnReportsTalks() throws {
        let net = try Shared.network("Parallel dazu verhandelte Außenministerin Eva Lindner mit ihrem Amtskollegen Kenji Mori über ein Abkommen.")
        let talks = try #require(net.meetings.first)
        #expect(net.participants(of: talks.id) == ["Eva Lindner", "Kenji Mori"])
    }

    @Test func leadersWhoCoHostAVideoCallHostTheCall() throws {
        let net = try Shared.network("Prime Minister Tom Hale and French President Luc Moreau will co-host a video call of European leaders on Thursday.")
        #expect(net.meetings.count == 1)
        let call = try #require(net.meetings.first)
        #expect(call.mode == "phone")
        let hosts = Set(net.relations.filter { $0.target == call.id && $0.kind == .hosted }.compactMap { net.node($0.source)?.name })
        #expect(hosts == ["Tom Hale", "Luc Moreau"])
    }

    @Test func bothLeadersAreTheTwoHeadsNotTheMinistersWhoMetLast() throws {
        let net = try Shared.network("""
            Prime Minister Tom Hale hosted New Zealand Prime Minister Kiri Rewi in Cairns on Thursday. Separately, Foreign \
            Minister Ann Ward met her counterpart, Rangi Tane, on Thursday evening. On Friday both leaders joined a phone \
            call with Fiji's prime minister, Sami Rata.
            """)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(net.participants(of: call.id) == ["Tom Hale", "Kiri Rewi", "Sami Rata"])
    }

    @Test func sieIsTheWomanTheTitleNamesNotTheManNamedLast() throws {
        let net = try Shared.network("""
            Präsidentin Ana Lobo hat am Freitag mit dem norwegischen Ministerpräsidenten Jonas Berg gesprochen. \
            Am Montag besucht sie Kopenhagen.
            """)
        let monday = try #require(net.meetings.first { $0.id.contains("montag") })
        #expect(net.participants(of: monday.id) == ["Ana Lobo"])
    }

    @Test func aVideoConferenceWithTheVerbLastAndThoseWhoJoinedIt() throws {
        let net = try Shared.network("""
            Präsident Karl Weber hat am Sonntag in einer Videokonferenz mit Partnern beraten. Der litauische Präsident \
            Jonas Petras schaltete sich aus Vilnius zu. Auch Premierministerin Anna Holm und Kanzler Erik Lund waren dabei.
            """)
        #expect(net.meetings.count == 1)
        let video = try #require(net.meetings.first)
        #expect(video.mode == "phone")
        #expect(net.participants(of: video.id) == ["Karl Weber", "Jonas Petras", "Anna Holm", "Erik Lund"])
    }

    @Test func derKoenigIsTheKingNotTheQueenNamedLast() throws {
        let net = try Shared.network("""
            Bundespräsident Frank Weller hat am Montag König Olav und Königin Sonja in Berlin empfangen. Am Dienstag war \
            der König mit Bundeskanzler Peter Haas im Kanzleramt zusammengekommen.
            """)
        let tuesday = try #require(net.meetings.first { $0.id.contains("dienstag") })
        #expect(net.participants(of: tuesday.id) == ["Olav", "Peter Haas"])
    }

    @Test func heAfterMsAndMrIsTheMan() throws {
        let net = try Shared.network("""
            Ms. Ana Ruiz met Mr. Jon Berg in Madrid on Monday. On Tuesday he flew on to Lisbon for talks with Prime \
            Minister Rui Costa.
            """)
        let lisbon = try #require(net.meetings.first { $0.city == "Lisbon" })
        #expect(net.participants(of: lisbon.id) == ["Jon Berg", "Rui Costa"])
    }

    @Test func theGuestsAndTheRoyalCoupleAreTheVisitors() throws {
        let net = try Shared.network("""
            Bundespräsident Frank Weller hat am Montag König Olav und Königin Sonja in Berlin empfangen. Am Dienstag \
            trafen die Gäste Bundeskanzler Peter Haas im Kanzleramt. Am Mittwoch besucht das Königspaar Hamburg.
            """)
        let tuesday = try #require(net.meetings.first { $0.id.contains("dienstag") })
        #expect(net.participants(of: tuesday.id) == ["Olav", "Sonja", "Peter Haas"])
        let wednesday = try #require(net.meetings.first { $0.id.contains("mittwoch") })
        #expect(net.participants(of: wednesday.id) == ["Olav", "Sonja"])
    }

    @Test func theRoyalCouplesAdjectiveGivesBothTheirCountry() throws {
        let net = try Shared.network("""
            Bundespräsident Frank Weller hat am Montag König Olav und Königin Sonja in Berlin empfangen. Am Mittwoch \
            besucht das norwegische Königspaar Hamburg.
            """)
        #expect(net.actor(named: "Olav")?.country == "NO")
        #expect(net.actor(named: "Sonja")?.country == "NO")
    }
}

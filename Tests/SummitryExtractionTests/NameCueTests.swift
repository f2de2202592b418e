import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented people: names introduced by cues other than a title directly before them.
@Suite struct NameCueTests {
    @Test func appositionAfterAnAgencyHead() throws {
        let net = try Shared.network("""
            The head of the UN refugee agency, Marit Olsen, said on Monday that aid would resume.
            """)
        #expect(net.actorNames.contains("Marit Olsen"))
    }

    @Test func ledByAndHeadedBy() throws {
        let net = try Shared.network("""
            A Qatari delegation led by Omar Haddad arrived in Cairo. A second team, headed by Lina Farouk, followed.
            """)
        #expect(net.actorNames.contains("Omar Haddad"))
        #expect(net.actorNames.contains("Lina Farouk"))
    }

    @Test func countryPossessiveBeforeAName() throws {
        let net = try Shared.network("Ghana's Kofi Mensah met Peru's Rosa Quispe in Lima on Friday.")
        #expect(net.actor(named: "Kofi Mensah")?.country == "GH")
        #expect(net.actor(named: "Rosa Quispe")?.country == "PE")
    }

    @Test func compoundAndUnusualTitles() throws {
        let de = try Shared.network("""
            Kremlchef Bogdan Sadowski empfing in Moskau Regierungssprecher Lukas Brandner. Seine Vorgängerin Anna Lindberg \
            hatte Moskau nie besucht.
            """)
        #expect(de.actorNames.isSuperset(of: ["Bogdan Sadowski", "Lukas Brandner", "Anna Lindberg"]))
        #expect(de.actor(named: "Bogdan Sadowski")?.country == "RU")
        let en = try Shared.network("""
            Deputy Prime Minister and Foreign Minister Goran Horvat met Chilean President Sofía Valdés in Santiago.
            """)
        #expect(en.actorNames.contains("Goran Horvat"))
    }

    @Test func secondOfACoordinatedPairSharesTheTitle() throws {
        let de = try Shared.network("""
            Die Außenminister Anna Lindberg und Petr Novák trafen sich am Montag in Prag.
            """)
        #expect(de.actorNames.isSuperset(of: ["Anna Lindberg", "Petr Novák"]))
        let en = try Shared.network("""
            Foreign ministers Ana Ruiz and Jonas Berg met in Madrid on Tuesday.
            """)
        #expect(en.actorNames.isSuperset(of: ["Ana Ruiz", "Jonas Berg"]))
        let m = try #require(en.meetings.first)
        #expect(en.participants(of: m.id) == ["Ana Ruiz", "Jonas Berg"])
    }

    @Test func institutionsAreNotPeople() throws {
        let net = try Shared.network("""
            Egypt's General Intelligence Service said President Karim Nassar had met the Sudanese envoy. \
            The Foreign Ministry confirmed the talks in Cairo.
            """)
        #expect(!net.actorNames.contains { $0.contains("Service") || $0.contains("Ministry") })
        #expect(net.actorNames.contains("Karim Nassar"))
    }
}

@Suite struct NonMeetingWordTests {
    @Test func diplomaticCirclesAndPricesAreNotJourneys() throws {
        let net = try Shared.network("""
            Wie es aus Diplomatenkreisen hieß, steigen die Energiepreise weiter. Kanzler Bernd Falkenrath sagte, das sei ernst.
            """)
        #expect(net.meetings.isEmpty)
        let lex = try Shared.extractor.get().lexicons
        #expect(lex.germanMeetingNoun("diplomatenkreisen") == nil)
        #expect(lex.germanMeetingNoun("asienreisen") != nil)
    }

    @Test func ledByALowercaseRole() throws {
        let net = try Shared.network("""
            The Foreign Ministry in Cairo said a delegation led by intelligence chief Hassan Fouad would travel to Doha.
            """)
        let a = try #require(net.actor(named: "Hassan Fouad"))
        #expect(a.role == "intelligence chief")
        #expect(!net.actorNames.contains { $0.contains("Ministry") })
    }
}

@Suite struct PluralTitleTests {
    @Test func pluralTitleWithCoordinatedComplementAndPassiveChair() throws {
        let net = try Shared.network("""
            The foreign ministers of Chile and Peru, Tomás Rojas and Rosa Quispe, met in Lima on Monday. Also attending \
            was Bolivia's Evo Mamani. The talks were chaired by former President Ana Lobo.
            """)
        #expect(net.actor(named: "Tomás Rojas")?.country == "CL")
        #expect(net.actor(named: "Rosa Quispe")?.country == "PE")
        #expect(net.actor(named: "Tomás Rojas")?.role == "foreign minister")
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Tomás Rojas", "Rosa Quispe", "Evo Mamani", "Ana Lobo"])
        #expect(net.relation("actor:ana-lobo", .hosted, m.id) != nil)
    }

    @Test func singularRoles() {
        #expect(DocumentAnalysis.singularRole("foreign ministers") == "foreign minister")
        #expect(DocumentAnalysis.singularRole("heads of state") == "head of state")
        // A singular role is itself; spaces are those of the split words rejoined.
        #expect(DocumentAnalysis.singularRole("Foreign Minister") == "Foreign Minister")
        #expect(DocumentAnalysis.singularRole("Head  of  State") == "Head of State")
        #expect(DocumentAnalysis.singularRole(" Chief of Staff ") == "Chief of Staff")
        #expect(DocumentAnalysis.singularRole("Ministers FOR Trade") == "Minister FOR Trade")
        #expect(DocumentAnalysis.singularRole("") == "")
        #expect(DocumentAnalysis.singularRole("Prime Minister") == "Prime Minister")
        #expect(DocumentAnalysis.singularRole("Secretary of State") == "Secretary of State")
    }
}

@Suite struct CollectiveNounTests {
    @Test func partiesAndGroupsAfterACountryGenitiveAreNotPeople() throws {
        let net = try Shared.network("""
            Germany's Social Democrats criticized the deal, while Kenya's Musalia Wekesa praised it. \
            Deutschlands Sozialdemokraten schwiegen.
            """)
        #expect(net.actorNames == ["Musalia Wekesa"])
        #expect(net.actor(named: "Musalia Wekesa")?.country == "KE")
    }
}

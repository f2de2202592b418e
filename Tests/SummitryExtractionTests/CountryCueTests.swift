import Testing
import SummitryModel
@testable import SummitryExtraction

/// Countries from cues around a person: a coordinated compound title, a companion of a head of
/// government, a German's one-to-one counterpart, and an office that names someone named as an owner.
@Suite struct CountryCueTests {
    @Test func coordinatedCompoundTitle() throws {
        let net = try Shared.network("An dem Treffen in Rom nahm der französische Wirtschafts- und Finanzminister Paul Girard teil.")
        #expect(net.actor(named: "Paul Girard")?.country == "FR")
    }

    @Test func aCompanionServesTheCountryOfTheOneAccompanied() throws {
        let net = try Shared.network("""
            BERLIN (dpa) – Bundeskanzler Karl Brandt hat den niederländischen Ministerpräsidenten Jan de Vries im Kanzleramt \
            empfangen. Begleitet wurde der Regierungschef von Außenminister Pieter Smit, der sich parallel mit seinem \
            deutschen Kollegen Tom Weber im Auswärtigen Amt austauschte.
            """)
        #expect(net.actor(named: "Pieter Smit")?.country == "NL")
        #expect(net.actor(named: "Tom Weber")?.country == "DE")
    }

    @Test func anOfficeAfterAnOwnerIsTheOwner() throws {
        let net = try Shared.network("""
            NEW DELHI (Reuters) - Indian Prime Minister Ravi Kumar hosted his Spanish counterpart Luis Ortega on Monday. \
            Ortega was received by President Meera Rao. Ortega's government has clashed with Washington, and the Spanish \
            leader is one of few to back the plan.
            """)
        #expect(net.actor(named: "Luis Ortega")?.country == "ES")
        #expect(net.actor(named: "Meera Rao")?.country != "ES")
    }
}

@Suite struct CountryCueContextTests {
    @Test func aDemonymAfterAQuoteIsTheInternationalOfficial() throws {
        let net = try Shared.network("""
            Brüssel (Reuters) - Nato-Generalsekretär Tom Berg hat die Verbündeten zu einem Gipfeltreffen nach Ankara \
            eingeladen. Gastgeber wird Präsident Ali Demir sein. «Ankara ist der richtige Ort», sagte der Niederländer.
            """)
        #expect(net.actor(named: "Tom Berg")?.country == "NL")
        #expect(net.actor(named: "Ali Demir")?.country == "TR")
    }

    @Test func theElidedSideOfANegotiation() throws {
        let net = try Shared.network("""
            Istanbul (dpa) - In Istanbul haben Delegationen Russlands und der Ukraine am Freitag verhandelt. Geleitet wurde \
            die ukrainische Seite von Verteidigungsminister Ivan Petrenko, die russische von Präsidentenberater Oleg Sokolov.
            """)
        #expect(net.actor(named: "Ivan Petrenko")?.country == "UA")
        #expect(net.actor(named: "Oleg Sokolov")?.country == "RU")
    }

    @Test func aTeamHeadedBySomeone() throws {
        let net = try Shared.network("""
            CAIRO (AP) - Mediators resumed talks in Cairo on Monday. An Israeli negotiating team headed by Adviser Ron Levy \
            arrived on Tuesday.
            """)
        #expect(net.actor(named: "Ron Levy")?.country == "IL")
    }

    @Test func theDatelineQualifierSaysWhichPlace() throws {
        let net = try Shared.network("""
            WINDSOR, England (AP) — King Edward welcomed Nigerian President Ade Bello to Windsor Castle on Tuesday.
            """)
        let visit = try #require(net.meetings.first)
        #expect(visit.country == "GB")
        #expect(net.actor(named: "Edward")?.country ?? net.actor(named: "King Edward")?.country == "GB")
    }
}

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

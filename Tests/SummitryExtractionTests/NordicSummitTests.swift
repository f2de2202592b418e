import Testing
import SummitryModel
@testable import SummitryExtraction

/// A report that names its host before calling him by office, lists leaders "aus Lettland …",
/// has a guest who cancelled, and a three-way talk "am Rande" with "dem Gastgeber".
@Suite struct NordicSummitTests {
    static let report = """
        Es ist kalt am Freitagmorgen vor dem Regierungssitz, und Arvo Tamm wirkt trotzdem gut gelaunt. Der estnische \
        Premierminister empfängt seine Amtskollegen in Tallinn. Gekommen sind Dänemarks Regierungschefin Lene Holm, \
        Finnlands Premier Mika Salo sowie aus Lettland Anna Ozola und aus Litauen Rasa Petraitė. Eigentlich sollte auch \
        der ukrainische Präsident Petro Ilko dabei sein. Er sagte seine Teilnahme aber am Vorabend ab. Am Rande setzten \
        sich Salo und Holm mit dem Gastgeber zu einem Dreiergespräch zusammen.
        """

    @Test func theHostNamedBeforeHisOffice() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actor(named: "Arvo Tamm")?.country == "EE")
        #expect(net.actor(named: "Anna Ozola")?.country == "LV")
        #expect(net.actor(named: "Rasa Petraitė")?.country == "LT")
    }

    @Test func theLeadersWhoCameAndTheOneWhoDidNot() throws {
        let net = try Shared.network(Self.report)
        let main = try #require(net.meetings.first { $0.city == "Tallinn" && net.participants(of: $0.id).count >= 4 })
        #expect(Set(net.participants(of: main.id)) == ["Arvo Tamm", "Lene Holm", "Mika Salo", "Anna Ozola", "Rasa Petraitė"])
        let side = try #require(net.meetings.first { $0.id != main.id })
        #expect(Set(net.participants(of: side.id)) == ["Mika Salo", "Lene Holm", "Arvo Tamm"])
    }
}

@Suite struct ShuttleEnvoyTests {
    @Test func theDiplomatIsTheEnvoyAndAReasonClauseIsNotHis() throws {
        let net = try Shared.network("""
            Belgrad/Pristina (dpa) - Der EU-Sonderbeauftragte Peter Lund ist am Dienstag in Belgrad mit dem serbischen \
            Präsidenten Marko Ilić zusammengekommen. Am Mittwoch empfing Kosovos Regierungschef Arben Krasniqi den dänischen \
            Diplomaten in Pristina. Ein ebenfalls geplantes Treffen Lunds mit Präsidentin Drita Berisha kam nicht zustande, \
            weil diese zu einer Konferenz nach Tirana gereist war. Die EU-Außenbeauftragte Anna Lind mahnte beide Seiten.
            """)
        #expect(net.actor(named: "Peter Lund")?.country == "DK")
        let pristina = try #require(net.meetings.first { $0.city == "Pristina" })
        #expect(Set(net.participants(of: pristina.id)) == ["Arben Krasniqi", "Peter Lund"])
        #expect(net.meetings.allSatisfy { !net.participants(of: $0.id).contains("Anna Lind") })
        #expect(net.meetings.allSatisfy { !(net.participants(of: $0.id).contains("Peter Lund") && $0.city == "Tirana") })
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

@Suite struct MeetingTests {
    @Test func oneNodePerEncounter() throws {
        let net = try Shared.network("""
            Beim Nato-Gipfel in Warschau wird über die Ostflanke beraten. Beim Gipfeltreffen in Warschau Ende Mai \
            sollen Beschlüsse fallen. Außenminister Jonas Brekke sagte nach Gesprächen mit Kollegen in Riga, man sei einig. \
            Das Treffen in Riga war von der estnischen Regierungschefin Liis Tamme organisiert worden.
            """)
        #expect(net.meetings.count == 2)
        let summit = try #require(net.meetings.first { $0.city == "Warschau" })
        #expect(summit.organization == "NATO")
        #expect(summit.status == "planned")
        #expect(summit.time == "Ende Mai")
        let riga = try #require(net.meetings.first { $0.city == "Riga" })
        #expect(riga.country == "LV")
        #expect(net.participants(of: riga.id) == ["Jonas Brekke", "Liis Tamme"])
        #expect(net.relation("actor:liis-tamme", .hosted, riga.id) != nil)
        #expect(net.relation(riga.id, .heldIn, "country:LV") != nil)
    }

    @Test func phoneCallsHaveNoPlace() throws {
        let net = try Shared.network("""
            BERLIN (dpa) - Außenministerin Karla Weidinger hat mit ihrem japanischen Amtskollegen Haruto Kimura telefoniert.
            """)
        let call = try #require(net.meetings.first)
        #expect(call.mode == "phone")
        #expect(call.city == nil)
        #expect(net.participants(of: call.id) == ["Karla Weidinger", "Haruto Kimura"])
        #expect(net.actor(named: "Haruto Kimura")?.country == "JP")
    }

    @Test func heldAndPlannedMeetings() throws {
        let net = try Shared.network("""
            Prime Minister Arun Mehta met Chilean President Sofía Valdés in Santiago on Tuesday. \
            The two leaders are set to hold a summit in Lima in July.
            """)
        let held = try #require(net.meetings.first { $0.city == "Santiago" })
        #expect(held.status == "held")
        let planned = try #require(net.meetings.first { $0.city == "Lima" })
        #expect(planned.status == "planned")
        #expect(net.participants(of: planned.id) == ["Arun Mehta", "Sofía Valdés"])
    }

    @Test func absentInviteesAreInvitedNotParticipants() throws {
        let net = try Shared.network("""
            The summit took place in Accra on Sunday in the absence of the President of Togo, Edem Kpodar, \
            who had been expected. Ghanaian President Kofi Boateng hosted the summit.
            """)
        let m = try #require(net.meetings.first)
        #expect(net.relation("actor:edem-kpodar", .invited, m.id) != nil)
        #expect(!net.participants(of: m.id).contains("Edem Kpodar"))
        #expect(net.participants(of: m.id).contains("Kofi Boateng"))
    }

    @Test func idiomIsNotAMeeting() throws {
        let net = try Shared.network("Im Gespräch ist unter anderem eine höhere Truppenpräsenz in Litauen.")
        #expect(net.meetings.isEmpty)
        #expect(net.countryCodes == ["LT"])
    }

    @Test func everyRelationCarriesEvidence() throws {
        let text = "Chancellor Lena Brandt received Polish Prime Minister Marek Zielny in Berlin on Monday."
        let net = try Shared.network(text)
        #expect(!net.relations.isEmpty)
        let scalars = Array(text.unicodeScalars)
        for r in net.relations {
            let e = try #require(r.evidence.first)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[e.start ..< e.end])
            #expect(String(v) == e.text)
        }
    }
}

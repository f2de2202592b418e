import Testing
import SummitryModel
@testable import SummitryExtraction

/// An invitation to a place that someone accepts is a visit still to come ("nahm eine Einladung nach Berlin an");
/// one only mentioned, or accepted by no one named, is none.
@Suite struct AcceptedInvitationTests {
    @Test func anAcceptedInvitationIsAPlannedVisit() throws {
        let net = try Shared.network("""
            Bundeskanzler Karl Brandt traf am Mittwoch in Tokio Premierministerin Emi Sato. \
            Sato nahm eine Einladung nach Berlin an, einen Termin gibt es noch nicht.
            """)
        let visit = try #require(net.meetings.first { $0.city == "Berlin" })
        #expect(visit.status == "planned")
        #expect(visit.mode == "visit")
        #expect(visit.name == "Besuch in Berlin")
        #expect(net.participants(of: visit.id) == ["Emi Sato"])
        #expect(net.meetings.first { $0.city == "Tokio" }?.status == "held")
    }

    @Test func anEnglishAcceptedInvitationIsAPlannedVisit() throws {
        let net = try Shared.network("""
            Prime Minister John Carver met Japanese Prime Minister Emi Sato in London on Monday. \
            Sato accepted an invitation to Canberra, officials said.
            """)
        let visit = try #require(net.meetings.first { $0.city == "Canberra" })
        #expect(visit.status == "planned")
        #expect(net.participants(of: visit.id) == ["Emi Sato"])
    }

    @Test func anInvitationOnlyMentionedOrAcceptedByNoOneIsNoVisit() throws {
        let german = try Shared.network("""
            Hinter dem Ritual steht eine Einladung nach Jakarta.

            Bundespräsident Karl Brandt empfing am Donnerstag in Berlin den indonesischen Botschafter Budi Santoso.
            """)
        #expect(german.meetings.map(\.city) == ["Berlin"])
        let english = try Shared.network("""
            Carver visit ends with deals; PM accepts invitation to Seoul

            Prime Minister John Carver met President Lee Min-ho in New Delhi on Monday.
            """)
        #expect(english.meetings.map(\.city) == ["New Delhi"])
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// Who attends a gathering without a trigger of their own: those who meet on its sidelines, and office
/// holders speaking while a meeting of three or more is under way (invented texts).
@Suite struct GatheringParticipantsTests {
    @Test func whoJoinsASideMeetingAttendsTheSummit() throws {
        let net = try Shared.network("""
            MONTEVIDEO (dpa) - Die Staats- und Regierungschefs des Staatenbundes sind am Freitag in Montevideo zu ihrem Gipfel \
            zusammengekommen. Am Rande des Gipfels trafen sich der chilenische Präsident Pablo Rojas und sein peruanischer \
            Amtskollege Hugo Salas zu einem Gespräch. An dem Gespräch nahm auch Boliviens Präsident Luis Arce teil.
            """)
        let summit = try #require(net.meetings.first { $0.id.contains("gipfel") })
        #expect(net.participants(of: summit.id).contains("Luis Arce"))
    }

    @Test func aMinisterSpeakingAtAMeetingOfThreeAttendsIt() throws {
        let net = try Shared.network("""
            BRUSSELS (AP) — Foreign Minister Ana Lund chaired the meeting of ministers on Monday, attended by Dutch Foreign \
            Minister Piet Mol and Belgian Foreign Minister Luc Dams. Austria's Eva Gruber said the bloc had to act.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(net.participants(of: meeting.id) == ["Ana Lund", "Piet Mol", "Luc Dams", "Eva Gruber"])
    }

    @Test func aSpeakerAfterATwoPersonMeetingDoesNotJoinIt() throws {
        let net = try Shared.network("""
            BRUSSELS (AP) — Foreign Minister Ana Lund met Dutch Foreign Minister Piet Mol on Monday. \
            Austria's Eva Gruber said the bloc had to act.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(!net.participants(of: meeting.id).contains("Eva Gruber"))
    }
}

import Testing
import SummitryExtraction
import SummitryModel

/// A council of ministers reported as a group, absentees named in a relative clause, and a meal on the
/// council's sidelines (invented text).
@Suite struct CouncilSessionTests {
    static let report = """
        Nato-Verteidigungsminister beraten über Luftabwehr

        Verteidigungsminister Karl Brandt fordert mehr Tempo

        BRÜSSEL. Die Verteidigungsminister der Nato haben am Dienstag in Brüssel über die Luftverteidigung beraten. \
        Der litauische Verteidigungsminister Tomas Vilkas warnte vor Verzögerungen. Der ungarische Ministerpräsident \
        Istvan Kovacs, der nicht an dem Treffen teilnahm, kritisierte die Pläne.

        Am Rande des Treffens kam Brandt zu einem Frühstück mit dem italienischen Verteidigungsminister Marco Ferri zusammen.
        """

    @Test func germanPluralOfficeNamesTheBodysMeetingNotOnePerson() throws {
        let net = try Shared.network(Self.report)
        let council = try #require(net.meetings.first { $0.name.hasPrefix("Treffen") })
        // "Die Verteidigungsminister der Nato" is the group: the meeting is the alliance's, and a speaker there joins it.
        #expect(net.relations.contains { $0.source == council.id && $0.kind == .organizedBy && $0.target == "org:NATO" })
        #expect(net.participants(of: council.id).contains("Tomas Vilkas"))
    }

    @Test func anAbsenteeInARelativeClauseIsNotAtTheMeeting() throws {
        let net = try Shared.network(Self.report)
        for m in net.meetings { #expect(!net.participants(of: m.id).contains("Istvan Kovacs")) }
        let english = try Shared.network("""
            BRUSSELS (Reuters) - European Union leaders met on Thursday in Brussels for a summit on defence spending. \
            Slovak Prime Minister Jan Novak, who did not attend the summit, said the plan was too costly. \
            Danish Prime Minister Mette Holm said the money was needed.
            """)
        let summit = try #require(english.meetings.first)
        #expect(english.participants(of: summit.id) == ["Mette Holm"])
    }

    @Test func aMealOnTheSidelinesIsAMeetingOfItsOwn() throws {
        let net = try Shared.network(Self.report)
        let meal = try #require(net.meetings.first { $0.name.hasPrefix("Frühstück") })
        #expect(net.participants(of: meal.id) == ["Karl Brandt", "Marco Ferri"])
        #expect(net.meetings.count == 2)
    }
}

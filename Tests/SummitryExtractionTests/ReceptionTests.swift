import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented state visits: ceremonies, talks and separate receptions.
@Suite struct ReceptionTests {
    @Test func welcomeCeremonyAndTalksAreOneMeeting() throws {
        let net = try Shared.network("""
            Chilean President Sofía Valdés was welcomed with military honours by President Rosa Quispe at the presidential \
            palace in Lima on Monday. The two leaders then held talks on trade and migration.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Sofía Valdés", "Rosa Quispe"])
        let de = try Shared.network("""
            Kanzler Bernd Falkenrath empfing am Montag den lettischen Ministerpräsidenten Andris Ozols mit militärischen Ehren \
            in Berlin. Anschließend führten die beiden Politiker Gespräche über die Sicherheit im Ostseeraum.
            """)
        #expect(de.meetings.count == 1)
        #expect(de.meetings.first?.name == "Gespräche in Berlin")
    }

    @Test func twoSeparateReceptionsAndASingularSie() throws {
        let net = try Shared.network("""
            Die Außenministerin Karla Weidinger wurde am Dienstag in Santiago zunächst von Präsidentin Sofía Valdés empfangen. \
            Am Nachmittag wurde sie von Außenminister Tomás Rojas empfangen.
            """)
        #expect(net.meetings.count == 2)
        let first = try #require(net.meetings.first { net.participants(of: $0.id).contains("Sofía Valdés") })
        let second = try #require(net.meetings.first { net.participants(of: $0.id).contains("Tomás Rojas") })
        #expect(net.participants(of: first.id) == ["Karla Weidinger", "Sofía Valdés"])
        #expect(net.participants(of: second.id) == ["Karla Weidinger", "Tomás Rojas"])
        #expect(net.relation("actor:tomas-rojas", .hosted, second.id) != nil)
    }
}

@Suite struct EpithetAndCaptionTests {
    @Test func anAgeEpithetIsTheGuest() throws {
        let net = try Shared.network("""
            Der neue Ministerpräsident Jan de Vries ist zu seinem Antrittsbesuch nach Berlin gekommen. Bundeskanzler \
            Karl Brandt empfing den 39-Jährigen am Freitag im Kanzleramt.
            """)
        #expect(net.meetings.count == 1)
        let visit = try #require(net.meetings.first)
        #expect(Set(net.participants(of: visit.id)) == ["Jan de Vries", "Karl Brandt"])
        #expect(net.relation("actor:karl-brandt", .hosted, visit.id) != nil)
    }

    @Test func aCaptionAddsNoMeetingOfItsOwn() throws {
        let net = try Shared.network("""
            Kanzler Karl Brandt hat am Freitag in Berlin Präsident Ivo Horvat empfangen.

            Bildunterschrift: Präsident Ivo Horvat und Außenministerin Ana Kovač bei einem Empfang.
            """)
        #expect(net.meetings.count == 1)
    }
}

@Suite struct CommentatorTests {
    @Test func aCriticOfTheTalksIsNotAtThem() throws {
        let net = try Shared.network("""
            Genf (AFP) - Die Außenminister Armen Petrosjan und Elchin Aliyev haben am Montag in Genf verhandelt. \
            Moskaus Außenamtssprecherin Olga Smirnowa kritisierte die Genfer Gespräche als Einmischung.
            """)
        #expect(net.meetings.count == 1)
        #expect(net.meetings.allSatisfy { !net.participants(of: $0.id).contains("Olga Smirnowa") })
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

/// An Arabic name by its patronymic, and a video call someone joins in its course (invented text).
@Suite struct PatronymicAndVideoJoinTests {
    static let text = """
        Kanzler am Golf

        Bundeskanzler Konrad Ebner ist am Montag nach Abu Dhabi gereist. Dort traf er den Präsidenten der Vereinigten \
        Arabischen Emirate, Scheich Khalid bin Rashid Al Mansour, zu einem Gespräch. Der Kanzler und Präsident Khalid bin \
        Rashid hatten sich zuletzt im November in Belém getroffen.

        Am Abend schalteten sich Ebner und der Präsident per Video mit dem ukrainischen Präsidenten Wolodymyr Selenskyj \
        zusammen. Im Verlauf der Unterredung kam der britische Premierminister Keir Starmer hinzu.
        """

    /// "Khalid bin Rashid" is "Khalid bin Rashid Al Mansour": one actor.
    @Test func patronymicIsTheFullName() throws {
        let net = try Shared.network(Self.text)
        #expect(net.actorNames == ["Konrad Ebner", "Khalid bin Rashid Al Mansour", "Wolodymyr Selenskyj", "Keir Starmer"])
    }

    /// "schalteten sich per Video zusammen" is a call; "Im Verlauf der Unterredung kam X hinzu": X joins that call, not the
    /// talks in Abu Dhabi.
    @Test func joiningTheVideoCall() throws {
        let net = try Shared.network(Self.text)
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(net.participants(of: call.id) == ["Konrad Ebner", "Khalid bin Rashid Al Mansour", "Wolodymyr Selenskyj", "Keir Starmer"])
        let talks = try #require(net.meetings.first { $0.city == "Abu Dhabi" })
        #expect(!net.participants(of: talks.id).contains("Keir Starmer"))
    }
}

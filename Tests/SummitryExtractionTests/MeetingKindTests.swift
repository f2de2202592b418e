import Testing
@testable import SummitryExtraction

/// Meeting kinds and modes as cases: the names the lexicon spells, their ranks, and the table of trigger bodies.
@Suite struct MeetingKindTests {
    /// The ranks: a summit over a call over a meeting over a meal over a visit over a ceremony.
    static let ranks: [String: Int] = ["summit": 6, "call": 5, "visit": 2, "meal": 3, "ceremony": 1, "meeting": 4]

    @Test func kindNamesRoundTripAndRankAsTheTable() {
        for kind in MeetingKind.allCases {
            #expect(MeetingKind(name: kind.name) == kind)
            #expect(kind.rank == Self.ranks[kind.name], "\(kind.name)")
        }
        #expect(Set(MeetingKind.allCases.map(\.name)) == Set(Self.ranks.keys))
        for other in ["", "Summit", "talks", "third-party", "summits"] { #expect(MeetingKind(name: other) == nil, "\(other)") }
    }

    @Test func modeNamesAreTheLexiconsSpellings() {
        #expect(MeetingMode.allCases.map(\.name) == ["phone", "multilateral", "visit", "third-party"])
        for mode in MeetingMode.allCases { #expect(MeetingMode(name: mode.name) == mode) }
        #expect(MeetingMode(name: "inPerson") == nil)
        #expect(MeetingMode(name: "Phone") == nil)
    }

    @Test func everyLexiconNounHasAKnownKindAndMode() throws {
        // (The extractor loads the bundled lexicons; an unknown kind or mode would have thrown.)
        let lexicons = try Shared.extractor.get().lexicons
        #expect(!lexicons.meetingNouns.isEmpty)
        #expect(Set(lexicons.meetingNouns.map(\.kind)) == Set(MeetingKind.allCases))
    }

    @Test func triggerBodiesNumberEachBodyOnce() {
        var bodies = TriggerBodies()
        #expect(bodies.number(of: nil) == -1)
        #expect(bodies.name(-1) == nil)
        let g7 = bodies.number(of: "G7")
        let au = bodies.number(of: "AU")
        #expect(g7 == 0 && au == 1)
        #expect(bodies.number(of: "G7") == g7)
        #expect(bodies.number(of: nil) == -1)
        #expect(bodies.name(g7) == "G7" && bodies.name(au) == "AU")
        #expect(bodies.names == ["G7", "AU"])
    }

    @Test func triggerRankIsItsKinds() {
        for kind in MeetingKind.allCases {
            let t = Trigger(start: 0, end: 1, role: .noun, kind: kind, mode: .inPerson, orgIndex: -1, definite: false, sidelines: false, quoted: false)
            #expect(t.rank == kind.rank)
        }
    }
}

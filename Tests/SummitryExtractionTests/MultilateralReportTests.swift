import Testing
import SummitryModel
@testable import SummitryExtraction

/// Reports of one multilateral meeting: the dateline after a headline, a gathering named by a verb,
/// people taking part "for" a country, statements made there, and meetings called for or announced.
@Suite struct MultilateralReportTests {
    static let report = """
        Minister beraten über Abschreckung

        WARSCHAU (dpa) – Die Außenminister der 32 Nato-Staaten sind am Dienstag zusammengekommen. \
        Für Deutschland nahm Außenminister Jan Weber teil, für die USA Außenminister Tom Miller. \
        Lettlands Außenministerin Ilze Ozola warnte vor neuen Drohnenangriffen. \
        Der belgische Außenminister Luc Peeters sprach sich für neue Gespräche mit Moskau aus. \
        Weber bestätigte, dass der nächste Gipfel im Juli in Oslo stattfinden soll.
        """

    @Test func datelineAfterAHeadlinePlacesTheMeeting() throws {
        let net = try Shared.network(Self.report)
        let meeting = try #require(net.meetings.first { $0.organization == "NATO" && $0.status == "held" })
        #expect(meeting.city == "Warschau")
        #expect(meeting.country == "PL")
    }

    @Test func takingPartForACountry() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actor(named: "Jan Weber")?.country == "DE")
        #expect(net.actor(named: "Tom Miller")?.country == "US")
        let meeting = try #require(net.meetings.first { $0.city == "Warschau" })
        #expect(Set(net.participants(of: meeting.id)).isSuperset(of: ["Jan Weber", "Tom Miller"]))
    }

    @Test func aStatementAtTheMeetingIsTakingPart() throws {
        let net = try Shared.network(Self.report)
        let meeting = try #require(net.meetings.first { $0.city == "Warschau" })
        #expect(net.participants(of: meeting.id).contains("Ilze Ozola"))
        // Calling for talks there is speaking at the meeting, but the talks called for are no meeting.
        #expect(net.participants(of: meeting.id).contains("Luc Peeters"))
        #expect(net.meetings.filter { net.participants(of: $0.id).contains("Luc Peeters") }.count == 1)
    }

    @Test func whoeverConfirmsAPlannedSummitReportsIt() throws {
        let net = try Shared.network(Self.report)
        let next = try #require(net.meetings.first { $0.city == "Oslo" })
        #expect(next.status == "planned")
        #expect(net.participants(of: next.id).isEmpty)
    }

    @Test func aStatementElsewhereIsNotAtTheMeeting() throws {
        let net = try Shared.network("""
            WARSCHAU (dpa) – Die Außenminister der 32 Nato-Staaten sind am Dienstag zusammengekommen. \
            Der ukrainische Präsident Petro Ilko sagte in Kiew, er hoffe auf mehr Hilfe.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(!net.participants(of: meeting.id).contains("Petro Ilko"))
    }
}

@Suite struct StatementAtAMeetingTests {
    @Test func statementsAfterARelativeClauseAtAMeetingWithNoOneNamed() throws {
        let net = try Shared.network("""
            BRUSSELS, Feb 11 (Reuters) - Allies pledged more air defence on Wednesday at a meeting of the Ukraine Contact Group \
            at NATO headquarters. British Defence Secretary Tom Hale and his German counterpart Karl Brandt, who have led \
            the group since last year, said the money would go to interceptors. A Ukrainian soldier described the front.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(meeting.city == "Brussels")
        #expect(Set(net.participants(of: meeting.id)) == ["Tom Hale", "Karl Brandt"])
    }
}

@Suite struct CouncilMeetingTests {
    @Test func statementsAtAMeetingChairedByAnInternationalOfficial() throws {
        let net = try Shared.network("""
            BRUSSELS (Reuters) - European Union foreign ministers failed on Monday to agree new sanctions. \
            EU foreign policy chief Anna Lind, who chaired the meeting of the council, said she was confident. \
            France's Paul Girard and Germany's Jan Weber urged Budapest to relent. \
            Over lunch the ministers hosted Moldova's Foreign Minister Ion Rusu.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(net.meetings.count == 1)
        #expect(meeting.city == "Brussels")
        #expect(Set(net.participants(of: meeting.id)) == ["Anna Lind", "Paul Girard", "Jan Weber", "Ion Rusu"])
    }
}

@Suite struct SummitStatementListTests {
    @Test func aListOfTitledLeadersBackingAPlan() throws {
        let net = try Shared.network("""
            Brüssel – Die Staats- und Regierungschefs der 27 EU-Staaten haben sich am Donnerstag in Brüssel zu einem Gipfel \
            getroffen. Bundeskanzler Karl Brandt, der französische Präsident Paul Girard und die italienische \
            Ministerpräsidentin Lucia Ferri unterstützten den Plan. Der ungarische Ministerpräsident Istvan Kovacs drohte \
            mit einem Veto, der slowakische Regierungschef Jan Novak äußerte Bedenken.
            """)
        let summit = try #require(net.meetings.first)
        #expect(Set(net.participants(of: summit.id)) == ["Karl Brandt", "Paul Girard", "Lucia Ferri", "Istvan Kovacs", "Jan Novak"])
    }
}

/// A speaker introduced with an apposition before the verb ("A, a former minister …, said") speaks at the
/// summit under way.
@Suite struct AppositionSpeakerTests {
    @Test func aSpeakerWithAnAppositionSpeaksAtTheSummit() throws {
        let net = try Shared.network("""
            ADDIS ABABA (AFP) - African leaders opened the annual African Union summit in Addis Ababa on Saturday. \
            Kenyan President Daniel Mwangi, a former finance minister who took office in 2023, \
            said the bloc had to act on Sudan.
            """)
        let summit = try #require(net.meetings.first { $0.city == "Addis Ababa" })
        #expect(net.participants(of: summit.id).contains("Daniel Mwangi"))
    }

    @Test func aDefiniteAppositionOrAWhoseClauseBeforeTheVerb() throws {
        let net = try Shared.network("""
            GENEVA (Reuters) - Foreign ministers from across Europe met in Geneva on Thursday for the annual OSCE \
            Ministerial Council. Maltese Foreign Minister Carmen Vella opened the meeting. The OSCE's Secretary-General, \
            Lars Eklund, the organisation's chief diplomat, said he hoped for a role in monitoring a ceasefire. Irish \
            Foreign Minister Sean Byrne, whose country takes over next year, said Dublin would seek consensus.
            """)
        let council = try #require(net.meetings.first { $0.city == "Geneva" })
        #expect(net.participants(of: council.id) == ["Carmen Vella", "Lars Eklund", "Sean Byrne"])
    }
}

/// A reason clause after a comma ("…, as Z was on a visit abroad") is an event of its own: it does not take
/// the attendance before it with it.
@Suite struct ReasonClauseTests {
    @Test func representedWhileTheLeaderIsAbroad() throws {
        let net = try Shared.network("""
            West African heads of state on Sunday approved a funding formula at an ECOWAS summit in Abuja. Ghana's \
            President John Mensah attended. Côte d'Ivoire was represented by Vice-President Paul Kouame, as President \
            Alain Diallo was on a private visit abroad.
            """)
        let summit = try #require(net.meetings.first { $0.city == "Abuja" })
        #expect(net.participants(of: summit.id) == ["John Mensah", "Paul Kouame"])
    }

    @Test func alsoPresentWasAnEnvoy() throws {
        let net = try Shared.network("""
            West African heads of state on Sunday approved a funding formula at an ECOWAS summit in Abuja. Ghana's \
            President John Mensah attended. Also present was the UN envoy Maria Santos.
            """)
        let summit = try #require(net.meetings.first { $0.city == "Abuja" })
        #expect(net.participants(of: summit.id) == ["John Mensah", "Maria Santos"])
    }
}

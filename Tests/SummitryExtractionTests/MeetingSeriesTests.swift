import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented events: a summit with its host, side meetings, a ministers' meeting before it, the last summit of the
// series (background) and the next one (still to come); a welcome followed by the talks; a planned follow-up.
@Suite struct MeetingSeriesTests {
    static let summit = """
        Commonwealth leaders meet in Nassau

        Commonwealth heads of government opened their summit in the Bahamas on Monday. Leo Marsh, the Bahamian prime \
        minister and summit host, called for climate finance. Canadian Prime Minister Paul Roy, who met Marsh for a \
        bilateral meeting before the opening session, promised support. Other leaders attending included Kenya's \
        Ruth Wanjiru and Fiji's Tomasi Vula. Indian Prime Minister Ravi Sen, the longest-serving leader, stayed away. \
        The summit was preceded on Sunday by a meeting of Commonwealth foreign ministers chaired by the Bahamian foreign \
        minister, Ada Knowles. The last summit, held in Apia, Samoa, in 2024, ended with a communique on debt. Samoa's then \
        prime minister, Sina Tuala, hosted that meeting. The next summit is scheduled to take place in 2028.
        """

    @Test func theSummitAndItsHost() throws {
        let net = try Shared.network(Self.summit)
        let main = try #require(net.meetings.first { net.participants(of: $0.id).contains("Leo Marsh") && net.participants(of: $0.id).contains("Ruth Wanjiru") })
        #expect(main.city != "Apia")
        #expect(net.participants(of: main.id).isSuperset(of: ["Leo Marsh", "Ruth Wanjiru", "Tomasi Vula"]))
        #expect(!net.participants(of: main.id).contains("Ravi Sen"))
        #expect(!net.participants(of: main.id).contains("Sina Tuala"))
    }

    @Test func theLastSummitIsAnotherMeeting() throws {
        let net = try Shared.network(Self.summit)
        let apia = try #require(net.meetings.first { $0.city == "Apia" })
        #expect(net.participants(of: apia.id) == ["Sina Tuala"])
        // The next summit has no place: no meeting of its own, and it does not date the one under way.
        #expect(!net.meetings.contains { $0.time?.contains("2028") == true })
    }

    @Test func theMinistersMeetingBeforeTheSummit() throws {
        let net = try Shared.network(Self.summit)
        let ministers = try #require(net.meetings.first { net.participants(of: $0.id).contains("Ada Knowles") })
        #expect(!net.participants(of: ministers.id).contains("Leo Marsh"))
    }

    @Test func aWelcomeThenTheTalks() throws {
        let net = try Shared.network("""
            Neu-Delhi (dpa) - Mit militärischen Ehren ist Bundeskanzler Paul Brandt am Montag in Neu-Delhi empfangen worden. \
            Anschließend kam er mit dem indischen Premierminister Raj Mehta zu einem Gespräch im Hyderabad House zusammen.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(m.city == "Neu-Delhi")
        #expect(net.participants(of: m.id) == ["Paul Brandt", "Raj Mehta"])
    }

    @Test func aPlannedFollowUpAndAProcessNegotiated() throws {
        let net = try Shared.network("""
            Bundeskanzler Paul Brandt hat den niederländischen Ministerpräsidenten Joost Akkerman in Berlin empfangen. \
            Der Kanzler kündigte an, die nächsten Regierungskonsultationen sollten im Juni in Den Haag stattfinden. \
            Dann wollen beide Kabinette gemeinsam tagen. Im Mittelpunkt stand ein Abkommen mit der Europäischen Union, \
            über das seit Jahren verhandelt worden war.
            """)
        let haag = try #require(net.meetings.first { $0.city == "Den Haag" })
        #expect(net.participants(of: haag.id) == ["Paul Brandt", "Joost Akkerman"])
        #expect(net.meetings.count == 2)
    }
}

// Invented events: a trip called off, and a body's organ named two ways.
@Suite struct CalledOffAndOrganTests {
    @Test func aTripCalledOffWasNotHeld() throws {
        let net = try Shared.network("""
            München – Außenminister Karl Berger hat am Samstag in München seinen chinesischen Amtskollegen Li Wen getroffen. \
            Eine China-Reise des deutschen Chefdiplomaten war im vergangenen Herbst kurzfristig abgesagt worden. Bereits am \
            Morgen hatte sich Berger mit seinen Amtskollegen aus Frankreich und Polen, Jean Martin und Jan Nowak, zu einem \
            Frühstück getroffen.
            """)
        #expect(!net.meetings.contains { $0.country == "CN" && $0.status == "held" })
        #expect(net.meetings.filter { $0.status == "held" }.allSatisfy { $0.city == "München" })
    }

    @Test func theOrganOfABodyIsThatBodysMeeting() throws {
        let net = try Shared.network("""
            An AU Peace and Security Council summit in Addis Ababa ends with a call for a truce.

            ADDIS ABABA (AP) - The summit of the African Union's Peace and Security Council, hosted by Ethiopian Prime \
            Minister Dawit Alemu, was attended by Kenyan President Peter Kamau.
            """)
        #expect(net.meetings.count == 1)
    }
}

// Invented events: a German article after a name, initialling an agreement, bringing two sides together.
@Suite struct GermanVerbCueTests {
    @Test func anArticleAfterANameEndsIt() throws {
        let net = try Shared.network("""
            Ursprünglich hätten Präsident Arman Petrosjan und Ministerpräsident Nikol Sargsjan das Abkommen Ende des Monats \
            in Abu Dhabi unterzeichnen sollen. Kommissionspräsidentin Ursula von der Leyen begrüßte die Einigung.
            """)
        #expect(net.actorNames.isSuperset(of: ["Nikol Sargsjan", "Ursula von der Leyen"]))
        #expect(!net.actorNames.contains { $0.contains("Abkommen") })
    }

    @Test func initiallingAndBringingTogether() throws {
        let net = try Shared.network("""
            Bereits im August hatten Präsident Arman Petrosjan und Präsident Ilgar Mammadow in Washington eine Erklärung \
            paraphiert. Außenminister Ivo Brand wird die beiden Präsidenten im Januar in Davos erneut zusammenbringen.
            """)
        let washington = try #require(net.meetings.first { $0.city == "Washington" })
        #expect(net.participants(of: washington.id) == ["Arman Petrosjan", "Ilgar Mammadow"])
        let davos = try #require(net.meetings.first { $0.city == "Davos" })
        #expect(net.participants(of: davos.id).contains("Ivo Brand"))
        #expect(davos.status == "planned")
    }
}

// Invented events: ambassadors presenting credentials, a reception preparing a later visit, an invitation abroad.
@Suite struct CredentialsAndPreparationTests {
    static let report = """
        Berlin. Bundespräsident Jonas Falk hat am Donnerstag im Schloss Bellevue neue Botschafter empfangen. Nacheinander \
        überreichten der Vietnamese Tran Van Minh und die Norwegerin Kari Lund ihre Beglaubigungsschreiben. Der Indonesier \
        Budi Santoso überbrachte eine Einladung von Präsident Arif Wibowo, der Falk zu einem Staatsbesuch nach Indonesien \
        einlädt; ein Treffen mit Wibowo in Jakarta ist fest eingeplant. Am Nachmittag empfing Außenminister Tom Weber die \
        Norwegerin, um den Besuch ihres Außenministers Erik Dahl in Berlin vorzubereiten.
        """

    @Test func ambassadorsPresentTheirCredentials() throws {
        let net = try Shared.network(Self.report)
        #expect(net.actor(named: "Tran Van Minh")?.country == "VN")
        let ceremony = try #require(net.meetings.first { net.participants(of: $0.id).contains("Jonas Falk") && $0.city == "Berlin" })
        #expect(net.participants(of: ceremony.id).isSuperset(of: ["Tran Van Minh", "Kari Lund"]))
    }

    @Test func theVisitPreparedIsAnotherMeeting() throws {
        let net = try Shared.network(Self.report)
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Tom Weber") && $0.status == "held" })
        #expect(!net.participants(of: reception.id).contains("Erik Dahl"))
        let visit = try #require(net.meetings.first { net.participants(of: $0.id).contains("Erik Dahl") })
        #expect(visit.status == "planned")
    }

    @Test func theInvitationAndTheMeetingInItsCapitalAreOne() throws {
        let net = try Shared.network(Self.report)
        let jakarta = net.meetings.filter { net.participants(of: $0.id).contains("Arif Wibowo") }
        #expect(jakarta.count == 1)
        #expect(jakarta.first.map { net.participants(of: $0.id) } == ["Jonas Falk", "Arif Wibowo"])
    }
}

// Invented events: a guest flown in from elsewhere, and the last summit of a series named "such".
@Suite struct OriginAndSeriesTests {
    @Test func whereAGuestFlewInFromIsNoVenue() throws {
        let net = try Shared.network("""
            Riyadh, Saudi Arabia - Saudi Foreign Minister Faisal Rahman met Omani Foreign Minister Said Hamdan in Riyadh on \
            Sunday. Later, the two held a three-way meeting with Syria's Foreign Minister Omar Khatib, who had flown in from Damascus.
            """)
        #expect(!net.meetings.contains { $0.city == "Damascus" })
    }

    @Test func theLastSuchSummitIsAMeeting() throws {
        let net = try Shared.network("""
            The ministers' recommendations will go to the leaders' summit in December. The last such summit was held in \
            Manama, where Bahraini King Isa Khalil welcomed the Gulf leaders.
            """)
        let manama = try #require(net.meetings.first { $0.city == "Manama" })
        #expect(net.participants(of: manama.id).contains("Isa Khalil"))
    }
}

// Invented events: a group counted ("the four ministers"), a country hosting the next summit, last year's host.
@Suite struct GroupAndHostCountryTests {
    static let report = """
        CANBERRA (Reuters) - Australian Foreign Minister Jane Cole hosted U.S. Secretary of State Mark Dale, Indian Foreign \
        Minister Ravi Nair and Japanese Foreign Minister Ken Ito in Canberra on Thursday. Later, Prime Minister Tom Reid \
        received the four ministers at his office. India is due to host the next Quad leaders' summit later this year. \
        The last meeting of Quad foreign ministers took place in Washington last July.
        """

    @Test func theFourMinistersAreTheMeetingsFour() throws {
        let net = try Shared.network(Self.report)
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Tom Reid") })
        #expect(net.participants(of: reception.id) == ["Tom Reid", "Jane Cole", "Mark Dale", "Ravi Nair", "Ken Ito"])
    }

    @Test func aCountryHostsTheNextSummit() throws {
        let net = try Shared.network(Self.report)
        let next = try #require(net.meetings.first { $0.country == "IN" })
        #expect(next.status == "planned")
        let washington = try #require(net.meetings.first { $0.city == "Washington" })
        #expect(washington.status == "held")
    }

    @Test func lastYearsConferenceIsTheHostsOwn() throws {
        let net = try Shared.network("""
            Brazilian President Paulo Lima, whose country hosted last year's conference in Belém, urged leaders to act.
            """)
        #expect(net.meetings.count == 1)
        #expect(net.meetings.first?.city == "Belém")
    }
}

// Invented events: a teaser with two reports joined by a semicolon, ministers named by their countries.
@Suite struct TeaserAndCountryListTests {
    static let report = """
        BRICS foreign ministers meet in New Delhi

        Sunil Rao chairs two-day conclave; Prime Minister Arun Mehra receives Russian Foreign Minister Ivan Petrov

        NEW DELHI

        Indian External Affairs Minister Sunil Rao on Tuesday urged partners to deliver, as foreign ministers of the \
        grouping met in New Delhi. The meeting was attended by China's Foreign Minister Li Ming and Russia's Ivan Petrov. \
        In a notable development, the foreign ministers of Russia, India and China met in a trilateral format. \
        On Wednesday, Prime Minister Arun Mehra received Mr. Petrov at his residence.
        """

    @Test func theTeasersTwoReports() throws {
        let net = try Shared.network(Self.report)
        let reception = try #require(net.meetings.first { net.participants(of: $0.id).contains("Arun Mehra") })
        #expect(net.participants(of: reception.id) == ["Arun Mehra", "Ivan Petrov"])
    }

    @Test func ministersNamedByTheirCountries() throws {
        let net = try Shared.network(Self.report)
        #expect(net.meetings.contains { net.participants(of: $0.id) == ["Ivan Petrov", "Sunil Rao", "Li Ming"] }
            || net.meetings.contains { net.participants(of: $0.id).isSuperset(of: ["Ivan Petrov", "Sunil Rao", "Li Ming"]) })
        #expect(!net.meetings.contains { net.participants(of: $0.id).contains("Arun Mehra") && net.participants(of: $0.id).contains("Li Ming") })
    }
}

// Invented events: an earlier summit recalled, chaired by someone, with a guest who came "damals".
@Suite struct RecalledSummitTests {
    @Test func aSummitChairedAndRecalled() throws {
        let net = try Shared.network("""
            KAIRO. Der ägyptische Präsident Adel Mansour hat am Samstag einen Gipfel der Arabischen Liga in Kairo eröffnet. \
            Noch am Abend kamen Mansour und der jordanische König Faisal Hamdan zu einem Dreiertreffen zusammen. \
            Schon im Mai 2023 hatten die Staatschefs in Dschidda unter dem Vorsitz des saudischen Kronprinzen Khalid Nasser \
            getagt; damals war der syrische Präsident Samir Haddad angereist.
            """)
        let jeddah = try #require(net.meetings.first { $0.city == "Dschidda" })
        #expect(net.participants(of: jeddah.id).isSuperset(of: ["Khalid Nasser", "Samir Haddad"]))
        #expect(!net.meetings.contains { $0.city != "Dschidda" && net.participants(of: $0.id).contains("Samir Haddad") })
    }
}

// Invented events: a name given short in the teaser, a semicolon between a talk and a plan, a trip watched from afar,
// the next round of a dialogue.
@Suite struct TeaserNamesAndSeriesTests {
    @Test func aShortNameInTheTeaserIsTheFullName() throws {
        let net = try Shared.network("""
            Sánchez in Peking

            Präsident Wu empfängt ihn erst am zweiten Tag.

            Peking. Am Montag traf der spanische Ministerpräsident Pedro Sánchez zunächst Premier Li Qiang. Erst am Dienstag \
            empfing Staatschef Wu Hanming den Gast im Staatsgästehaus.
            """)
        #expect(!net.actorNames.contains("Wu"))
        #expect(net.actorNames.contains("Wu Hanming"))
    }

    @Test func aTalkHeldAndASessionToCome() throws {
        let net = try Shared.network("""
            Peking. Wirtschaftsminister Carlos Vidal kam am Montagabend mit dem chinesischen Handelsminister Zhou Ping \
            zusammen; beide vereinbarten einen jährlichen Dialog, dessen erste Runde im Frühjahr in Madrid stattfinden soll. \
            In Brüssel wird die Reise aufmerksam verfolgt.
            """)
        let talk = try #require(net.meetings.first { net.participants(of: $0.id).contains("Zhou Ping") })
        #expect(talk.city != "Madrid")
        #expect(talk.status == "held")
        #expect(!net.meetings.contains { $0.city == "Brüssel" })
    }

    @Test func theNextRoundOfTheDialogue() throws {
        let net = try Shared.network("""
            KATHMANDU - Indian Foreign Secretary Anil Verma held talks with Nepali Foreign Secretary Ram Thapa in Kathmandu \
            on Monday. The next round of the dialogue will be held in New Delhi, officials said.
            """)
        let delhi = try #require(net.meetings.first { $0.city == "New Delhi" })
        #expect(delhi.status == "planned")
    }
}

// Invented events: a meeting named as the time of another, a given name abbreviated with a dot.
@Suite struct TimeAnchorTests {
    @Test func afterTheTalksACourtesyCall() throws {
        let net = try Shared.network("""
            MANILA (Kyodo) - Japanese Foreign Minister Kenji Sato and Defense Minister Taro Ono met their Philippine \
            counterparts, Foreign Secretary Ma. Elena Cruz and Defense Secretary Jose Reyes, in Manila on Saturday. \
            After the talks, the four ministers paid a courtesy call on President Miguel Santos.
            """)
        #expect(net.actorNames.contains("Ma. Elena Cruz"))
        let talks = try #require(net.meetings.first { net.participants(of: $0.id).contains("Kenji Sato") && !net.participants(of: $0.id).contains("Miguel Santos") })
        #expect(net.participants(of: talks.id) == ["Kenji Sato", "Taro Ono", "Ma. Elena Cruz", "Jose Reyes"])
        let call = try #require(net.meetings.first { net.participants(of: $0.id).contains("Miguel Santos") })
        #expect(net.participants(of: call.id).isSuperset(of: ["Kenji Sato", "Jose Reyes"]))
    }

    @Test func aBreakfastBeforeTheCouncilIsItsOwn() throws {
        let net = try Shared.network("""
            Brüssel. Die Außenministerin Anna Weber hat sich am Montag in Brüssel mit dem französischen Außenminister Paul \
            Martin getroffen. Vor der Ratssitzung hatte sich Weber mit ihrem polnischen Amtskollegen Jan Nowak zu einem \
            Frühstück getroffen.
            """)
        #expect(!net.meetings.contains { net.participants(of: $0.id).isSuperset(of: ["Paul Martin", "Jan Nowak"]) })
    }
}

// Invented events: a virtual summit, German plural nouns after a title, a reception placed by the visit held.
@Suite struct VirtualAndPlacementTests {
    @Test func aVideoSummitIsHeldOverTheLine() throws {
        let net = try Shared.network("""
            EU-Spitzen beraten in Video-Sondergipfel über das Schwarze Meer

            Brüssel – Ratspräsident Paulo Mendes hat die Staats- und Regierungschefs am Sonntagabend zu einem \
            Video-Sondergipfel zusammengerufen.
            """)
        #expect(!net.nodes(ofKind: .organization).contains { $0.name.uppercased() == "VIDEO" })
        #expect(net.meetings.contains { $0.mode == "phone" })
    }

    @Test func germanPluralNounsAreNoNames() throws {
        let net = try Shared.network("""
            Außerdem traf die Bundestagspräsidentin Vertreterinnen von Frauenorganisationen in Kiew.
            """)
        #expect(!net.actorNames.contains { $0.contains("Vertreterinnen") })
    }

    @Test func aReceptionTakesThePlaceOfTheVisitHeld() throws {
        let net = try Shared.network("""
            Bundestagspräsidentin Anna Brandt ist am Dienstag zu einem Besuch in Kiew eingetroffen. Im Parlamentsgebäude \
            empfing sie der Parlamentspräsident Oleh Marchenko. Marchenko nahm eine Einladung an, im Frühjahr den Bundestag in \
            Berlin zu besuchen. Am Nachmittag wurde Brandt auch von Präsident Ivan Koval zu einem Gespräch empfangen.
            """)
        let talk = try #require(net.meetings.first { net.participants(of: $0.id).contains("Ivan Koval") })
        #expect(talk.city == "Kiew")
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented people: countries that a titled name takes from the words around it, and demonyms
// that refer back only to a person who can have that nationality.
@Suite struct ActorCountryTests {
    @Test func possessorPassesItsCountryOn() throws {
        let net = try Shared.network("""
            Estlands Regierungschefin Liina Tamm und deren Außenminister Mart Saar trafen am Montag in Berlin Kanzler Bernd Falkenrath.
            """)
        #expect(net.actor(named: "Mart Saar")?.country == "EE")
        #expect(net.actor(named: "Bernd Falkenrath")?.country == "DE")
    }

    @Test func aCountrysSideIsRepresentedByTheMinister() throws {
        let net = try Shared.network("Die ukrainische Seite wurde in Genf von Minister Oleh Kovalenko vertreten.")
        #expect(net.actor(named: "Oleh Kovalenko")?.country == "UA")
    }

    @Test func countryAfterTheNameAndCompoundOffices() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Ruiz of Spain met Croatia's Deputy Prime Minister and Foreign Minister Goran Horvat in Zagreb.
            """)
        #expect(net.actor(named: "Ana Ruiz")?.country == "ES")
        #expect(net.actor(named: "Goran Horvat")?.country == "HR")
    }

    @Test func titledAppositionOfACounterpart() throws {
        let net = try Shared.network("""
            Egyptian Foreign Minister Karim Nassar met his Saudi counterpart, Prince Khalid bin Saad, in Cairo on Monday.
            """)
        #expect(net.actor(named: "Khalid bin Saad")?.country == "SA")
        #expect(net.actor(named: "Karim Nassar")?.country == "EG")
    }

    @Test func nominalisedAdjectiveGivesAnOfficialANationality() throws {
        let net = try Shared.network("""
            Kommissionspräsidentin Greta Vollrath traf am Montag in Washington US-Präsident Frank Carter. \
            Die Deutsche lobte das Treffen.
            """)
        #expect(net.actor(named: "Greta Vollrath")?.country == "DE")
        #expect(net.actor(named: "Frank Carter")?.country == "US")
    }

    @Test func demonymNeverOverridesAStatedCountry() throws {
        let net = try Shared.network("""
            Der belgische Premierminister Pieter Claes traf in Brüssel den lettischen Präsidenten Andris Ozols. \
            Das sei ein wichtiger Schritt, sagte der Niederländer.
            """)
        #expect(net.actor(named: "Pieter Claes")?.country == "BE")
        #expect(net.actor(named: "Andris Ozols")?.country == "LV")
    }
}

@Suite struct PairedAndAppositiveCountryTests {
    @Test func coordinatedComplementGivesEachNameItsCountry() throws {
        let net = try Shared.network("""
            Die Außenminister Frankreichs und Deutschlands, Claire Dubois und Karla Weidinger, reisten gemeinsam nach Kiew. \
            Dort trafen sie den ukrainischen Präsidenten Oleh Kovalenko.
            """)
        #expect(net.actor(named: "Claire Dubois")?.country == "FR")
        #expect(net.actor(named: "Karla Weidinger")?.country == "DE")
        let kyiv = try #require(net.meetings.first { net.participants(of: $0.id).contains("Oleh Kovalenko") })
        #expect(net.participants(of: kyiv.id) == ["Claire Dubois", "Karla Weidinger", "Oleh Kovalenko"])
    }

    @Test func appositiveDemonymStatesNationality() throws {
        let net = try Shared.network("""
            Also present in Berlin was EU foreign policy chief Sofia Marin, a Spaniard, who met Chancellor Bernd Falkenrath.
            """)
        #expect(net.actor(named: "Sofia Marin")?.country == "ES")
    }
}

@Suite struct ReporterTests {
    @Test func spokespeopleReportMeetingsTheyAreNotAt() throws {
        let net = try Shared.network("""
            Regierungssprecher Lukas Brandner sagte, Kanzler Bernd Falkenrath werde am Freitag den lettischen \
            Ministerpräsidenten Andris Ozols empfangen. Vize-Regierungssprecherin Maria Stein bestätigte das Treffen in Berlin.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Bernd Falkenrath", "Andris Ozols"])
        #expect(m.city == "Berlin")
    }

    @Test func arrivalWithAPlaceIsAVisitAndTheTalksJoinIt() throws {
        let net = try Shared.network("""
            The head of the International Atomic Energy Agency, Lars Eriksen, arrived in Tehran on Monday. \
            He met Iranian Foreign Minister Reza Karimi.
            """)
        let m = try #require(net.meetings.first)
        #expect(net.meetings.count == 1)
        #expect(m.city == "Tehran")
        #expect(net.participants(of: m.id) == ["Lars Eriksen", "Reza Karimi"])
        #expect(net.actor(named: "Lars Eriksen")?.organization == "IAEA")
    }
}

@Suite struct GermanOfficeDefaultTests {
    @Test func federalMinisterInGermanNewsIsGerman() throws {
        let net = try Shared.network("""
            Außenministerin Karla Weidinger ist am Montag nach Kairo gereist. Dort traf sie den ägyptischen Präsidenten \
            Hassan Fouad. Die Bundesregierung hofft auf Fortschritte.
            """)
        #expect(net.actor(named: "Karla Weidinger")?.country == "DE")
        #expect(net.actor(named: "Hassan Fouad")?.country == "EG")
    }

    @Test func noDefaultWhenTheTextIsNotAboutGermany() throws {
        let net = try Shared.network("""
            Außenministerin Lena Kovač ist am Montag nach Kairo gereist. Dort traf sie den ägyptischen Präsidenten Hassan Fouad.
            """)
        #expect(net.actor(named: "Lena Kovač")?.country == nil)
    }
}

@Suite struct QualifierTests {
    @Test func nationalBodyBeforeATitleNamesTheCountry() throws {
        let net = try Shared.network("The Kremlin's spokesman, Dmitri Orlov, declined to comment on the talks in Accra.")
        #expect(net.actor(named: "Dmitri Orlov")?.country == "RU")
    }

    @Test func germanGenitiveOwnerIsNotAtTheMeeting() throws {
        let net = try Shared.network("""
            Frankreichs Staatschef Luc Moreau hat am Dienstag seinen brasilianischen Kollegen Paulo Mendes in Paris empfangen. \
            Moreaus Amtsvorgängerin Claire Dubois traf Mendes bereits im Januar in Brasília.
            """)
        let brasilia = try #require(net.meetings.first { $0.city == "Brasília" })
        #expect(net.participants(of: brasilia.id) == ["Claire Dubois", "Paulo Mendes"])
    }
}

@Suite struct LocalMinisterTests {
    @Test func aLocalMinisterAtTheHostsMeetingIsNotGerman() throws {
        let net = try Shared.network("""
            Kiew (dpa) - Der ukrainische Präsident Oleh Kovalenko hat am Mittwoch in Kiew Bundesaußenministerin Karla \
            Weidinger empfangen. An dem Gespräch in Kiew nahm auch Verteidigungsminister Andrij Melnyk teil.
            """)
        #expect(net.actor(named: "Karla Weidinger")?.country == "DE")
        #expect(net.actor(named: "Andrij Melnyk")?.country == "UA")
    }
}

@Suite struct OfficeWordQualifierTests {
    @Test func countryBeforeMinistryWordsAndPossessiveOwners() throws {
        let net = try Shared.network("""
            Japanese Prime Minister Kenji Sato met South Korean President Lee Min-jun in Tokyo on Friday. \
            Lee's predecessor, Park Ji-hoon, had met Sato in Seoul in 2022. \
            Chinese Foreign Ministry spokesperson Zhou Lei said Beijing was watching closely.
            """)
        #expect(net.actor(named: "Zhou Lei")?.country == "CN")
        let seoul = try #require(net.meetings.first { $0.city == "Seoul" })
        #expect(net.participants(of: seoul.id) == ["Park Ji-hoon", "Kenji Sato"])
    }
}

@Suite struct GuestIsNotLocalTests {
    @Test func aReceivedGuestDoesNotTakeTheHostsCountry() throws {
        let net = try Shared.network("""
            Außenministerin Lena Kovač wurde in Santiago von Präsidentin Sofía Valdés sowie von Außenminister Tomás Rojas empfangen.
            """)
        #expect(net.actor(named: "Lena Kovač")?.country == nil)
        #expect(net.actor(named: "Tomás Rojas")?.country == "CL")
    }
}

import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented people in invented situations; countries and cities are real lexicon entries.
@Suite struct PeopleTests {
    @Test func titledNamesWithParticlesAndCountries() throws {
        let net = try Shared.network("""
            Der belgische Premierminister Pieter van der Hoeven traf am Montag in Wien den portugiesischen \
            Regierungschef Tomás de Aranda. Auch Lettlands Ministerpräsident Ilmārs Bērziņš war dabei.
            """)
        #expect(net.actor(named: "Pieter van der Hoeven")?.country == "BE")
        #expect(net.actor(named: "Tomás de Aranda")?.country == "PT")
        #expect(net.actor(named: "Ilmārs Bērziņš")?.country == "LV")
        #expect(net.node("actor:pieter-van-der-hoeven") != nil)
    }

    @Test func englishRolePhrases() throws {
        let net = try Shared.network("""
            French President Claire Montel hosted Britain's prime minister, Oliver Tate, in Lyon on Friday. \
            NATO Secretary-General Ingrid Solberg joined them. Kwame Asante, the Ghanaian president, sent a message.
            """)
        #expect(net.actor(named: "Claire Montel")?.country == "FR")
        #expect(net.actor(named: "Oliver Tate")?.country == "GB")
        let sg = try #require(net.actor(named: "Ingrid Solberg"))
        #expect(sg.organization == "NATO")
        #expect(sg.country == nil)  // officials of international bodies: no nationality unless stated
        #expect(net.actor(named: "Kwame Asante")?.country == "GH")
    }

    @Test func surnamesAndGenitivesReferBack() throws {
        let net = try Shared.network("""
            Außenministerin Greta Vollrath ist in Oslo eingetroffen. Nach Angaben Vollraths geht es um Energie. \
            Vollrath sagte, sie sei zufrieden.
            """)
        let a = try #require(net.actor(named: "Greta Vollrath"))
        #expect(net.actorNames == ["Greta Vollrath"])
        #expect(a.aliases.contains("Vollrath"))
    }

    @Test func demonymAssignsNationalityToOfficial() throws {
        let net = try Shared.network("""
            Nach Angaben von Generalsekretär Henrik Aasland wird beim Nato-Gipfel in Rom verhandelt. \
            Das sei wichtig, sagte der Norweger am Abend.
            """)
        let a = try #require(net.actor(named: "Henrik Aasland"))
        #expect(a.country == "NO")
        #expect(a.organization == "NATO")
    }

    @Test func officeMentionsResolveToTheirHolder() throws {
        let net = try Shared.network("""
            Kanzler Bernd Falkenrath empfing den kenianischen Präsidenten Daniel Otieno in Berlin. \
            Der Kanzler sagte danach, man habe über Handel gesprochen.
            """)
        #expect(net.actor(named: "Bernd Falkenrath")?.country == "DE")
        #expect(net.actor(named: "Daniel Otieno")?.country == "KE")
        #expect(net.actorNames.count == 2)
    }

    @Test func creditsJournalistsExpertsAndUnnamedPeopleAreNotActors() throws {
        let net = try Shared.network("""
            Ein schwedischer Soldat sitzt auf einem Boot. Der Wirtschaftsexperte Hanno Tiedemann hält das für falsch. \
            Ein Sprecher des Ministeriums wollte sich nicht äußern. © Foto: Reuters
            """)
        #expect(net.actorNames.isEmpty)
        #expect(net.countryCodes == ["SE"])
    }

    @Test func untitledCapitalisedGermanNounsAreNotActors() throws {
        let net = try Shared.network("Die Verhandlungen über Zölle dauern an. Beobachter erwarten Fortschritte bei den Gesprächen.")
        #expect(net.actorNames.isEmpty)
    }

    @Test func initialsStayInTheName() throws {
        let net = try Shared.network("President Arthur J.K. Whitcombe met Chancellor Lena Brandt in Vienna.")
        #expect(net.actorNames.contains("Arthur J.K. Whitcombe"))
    }

    @Test func untitledEnglishNamesNextToMeetingVerbs() throws {
        let net = try Shared.network("Ana Lobo met Jan Berg in Oslo on Monday. Officials said the Weather Service met its targets.")
        #expect(net.actorNames == ["Ana Lobo", "Jan Berg"])
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Ana Lobo", "Jan Berg"])
    }

    @Test func untitledGermanNamesNeedRepeatedPersonContexts() throws {
        let net = try Shared.network("""
            Lindqvist war am Morgen in Rom eingetroffen. Der Präsident sagte, Lindqvist werde auch vom Papst empfangen.             Die Reise von Lindqvist gilt als heikel.
            """)
        #expect(net.actorNames.contains("Lindqvist"))
    }

    @Test func familyNameFirstMentions() throws {
        let net = try Shared.network("""
            South Korean President Park Min Ho met Japanese Prime Minister Aiko Tanabe in Osaka.             Tanabe said she would invite Park to a summit in Kyoto in May.
            """)
        #expect(net.actorNames == ["Park Min Ho", "Aiko Tanabe"])
        let kyoto = try #require(net.meetings.first { $0.city == "Kyoto" })
        #expect(net.participants(of: kyoto.id) == ["Park Min Ho", "Aiko Tanabe"])
    }

    @Test func objectPronounsReferToTheVisitor() throws {
        let net = try Shared.network("""
            Die Außenministerin Lena Vogt ist in Madrid eingetroffen. Der spanische Ministerpräsident Carlos Ruiz empfing sie             im Regierungssitz. Anschließend empfing ihn der König.
            """)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id).isSuperset(of: ["Lena Vogt", "Carlos Ruiz"]))
        #expect(net.actor(named: "Carlos Ruiz")?.country == "ES")
    }

    @Test func countryAfterTheName() throws {
        let net = try Shared.network("President Ana Lobo of Portugal met Prime Minister Jan Berg of Norway in Lisbon.")
        #expect(net.actor(named: "Ana Lobo")?.country == "PT")
        #expect(net.actor(named: "Jan Berg")?.country == "NO")
    }
}


@Suite struct AppositiveOfficeTests {
    @Test func officesWithAComplementBeforeTheName() throws {
        let net = try Shared.network("""
            NEW YORK (AP) - The chairperson of the AU Commission, Mahmoud Said, a Djiboutian diplomat, met President Ali Musa \
            on Monday. Israel's ambassador to the U.N., David Cohen, denounced the meeting.
            """)
        #expect(net.actor(named: "Mahmoud Said")?.country == "DJ")
        #expect(net.actor(named: "David Cohen")?.country == "IL")
    }

    @Test func germanHeadOfAnAgency() throws {
        let net = try Shared.network("""
            TEHERAN (dpa) - Auch der Leiter der iranischen Atomorganisation, Reza Karimi, nahm an dem Treffen teil.
            """)
        #expect(net.actor(named: "Reza Karimi")?.country == "IR")
    }
}

@Suite struct PlaceNotPersonTests {
    @Test func aPlaceAfterInIsNoPerson() throws {
        let net = try Shared.network("""
            On Friday both leaders joined a phone call with Fiji's prime minister, Sami Toga, who was unable to travel \
            because of flooding in Vanua Lala, a spokesperson for the government said.
            """)
        #expect(net.actor(named: "Sami Toga")?.country == "FJ")
        #expect(net.actor(named: "Vanua Lala") == nil)
    }
}

@Suite struct CoordinatedComplementTests {
    @Test func twoMinistersEachOfTheirCountry() throws {
        let net = try Shared.network("""
            Foreign ministers Pedro Rojas of Chile and Rosa Elena Duarte of Colombia held a working breakfast on Monday.
            """)
        #expect(net.actor(named: "Pedro Rojas")?.country == "CL")
        #expect(net.actor(named: "Rosa Elena Duarte")?.country == "CO")
    }
}

/// ``ActorRecord/spaced(_:)`` joins words as `joined(separator: " ")` does, for slices of every shape.
@Suite struct SpacedNameTests {
    @Test(arguments: [[], [""], ["novak"], ["ana", "lobo"], ["", ""], ["zoë", "ødegård", "müller-lüdenscheidt"],
                      ["abdullah", "bin", "hussein", "al", "hashimi"], ["中文", "名字"]] as [[String]])
    func spacedEqualsJoined(_ words: [String]) {
        #expect(ActorRecord.spaced(words[...]) == words.joined(separator: " "))
        // (A slice that does not start at 0, as the keys' tails are.)
        if words.count >= 2 {
            #expect(ActorRecord.spaced(words[1...]) == words[1...].joined(separator: " "))
        }
    }
}

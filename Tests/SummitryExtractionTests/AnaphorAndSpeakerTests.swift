import Testing
import SummitryModel
@testable import SummitryExtraction

// Invented events: meetings referred to again (dated possessives, chairing, "the two discussed", joining an
// announced call), people who report or judge a meeting without taking part, and places that are no venue.
@Suite struct AnaphorAndSpeakerTests {
    @Test func datedPossessiveReferstoTheMeetingReported() throws {
        let net = try Shared.network("""
            Aldovian Foreign Minister Petra Vasko met a delegation led by rebel leader Omar Haddi in Cairo on Saturday. \
            The head of Aldovia's intelligence service, Ruben Kray, also took part in Saturday's talks, the ministry said.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Petra Vasko", "Omar Haddi", "Ruben Kray"])
    }

    @Test func theTwoDiscussedIsTheCallJustReported() throws {
        let net = try Shared.network("""
            Danish Prime Minister Mette Larsen spoke by phone with Finnish President Aino Virtanen on Sunday. \
            The two discussed energy security and the Baltic Sea, the Danish government said.
            """)
        #expect(net.meetings.count == 1)
        #expect(net.meetings.first?.mode == "phone")
    }

    @Test func expectedToJoinTheAnnouncedCall() throws {
        let net = try Shared.network("""
            Canadian Prime Minister Leo Grant met Mexican President Ana Ruiz in Ottawa on Monday. \
            Grant and Irish Prime Minister Sean Byrne will co-host a video call of Atlantic leaders on Thursday. \
            Portuguese Prime Minister Rui Costa and Spanish Prime Minister Pedro Lara were expected to join.
            """)
        let ottawa = try #require(net.meetings.first { $0.city == "Ottawa" })
        #expect(net.participants(of: ottawa.id) == ["Leo Grant", "Ana Ruiz"])
        let call = try #require(net.meetings.first { $0.mode == "phone" })
        #expect(net.participants(of: call.id).isSuperset(of: ["Rui Costa", "Pedro Lara"]))
    }

    @Test func chairingTheMeetingIsNoNewMeeting() throws {
        let net = try Shared.network("""
            Die Außenminister der Europäischen Union haben sich am Montag in Brüssel getroffen. Der ungarische Außenminister \
            Gábor Tamás sagte am Rande der Sitzung, er sei skeptisch. Die EU-Außenbeauftragte Kaja Kallas, die das Treffen \
            leitete, zeigte sich enttäuscht.
            """)
        #expect(net.meetings.count == 1)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id).isSuperset(of: ["Gábor Tamás", "Kaja Kallas"]))
    }

    @Test func accusersAreNotAtTheTalks() throws {
        let net = try Shared.network("""
            In Genf haben am Montag Gespräche zwischen Vertretern der Armee und der Miliz begonnen. Der sudanesische \
            Außenminister Ali Osman nahm daran teil. Der Milizenführer Ahmed Barri, ein früherer General, warf der Regierung \
            vor, die Verhandlungen zu sabotieren.
            """)
        let m = try #require(net.meetings.first)
        #expect(net.participants(of: m.id) == ["Ali Osman"])
    }

    @Test func quotedMeetingWordPlacesNothing() throws {
        let net = try Shared.network("""
            Egyptian Foreign Minister Karim Fawzi met Qatari Prime Minister Hamad Al Thani on Sunday. "Both sides are using \
            the negotiations to buy time," said Lina Haddad, an analyst based in Ramallah.
            """)
        #expect(net.meetings.count == 1)
        #expect(net.meetings.first?.city == nil)
    }

    @Test func speakersBeforeAndAfterTheReport() throws {
        let net = try Shared.network("""
            Japanese Prime Minister Kenji Sato will travel to Seoul next Thursday for talks with South Korean President \
            Min-jun Park, Chief Cabinet Secretary Hiro Tanaka said on Friday. Tanaka told reporters the two leaders would \
            discuss trade and security.
            """)
        let seoul = try #require(net.meetings.first { $0.city == "Seoul" })
        #expect(net.participants(of: seoul.id) == ["Kenji Sato", "Min-jun Park"])
        #expect(!net.meetings.contains { net.participants(of: $0.id).contains("Hiro Tanaka") })
    }

    @Test func buildingNamedAfterACityIsNoPlace() throws {
        let net = try Shared.network("Der indische Premierminister Raj Mehta hat Bundeskanzler Paul Brandt im Hyderabad House empfangen.")
        let m = try #require(net.meetings.first)
        #expect(m.city != "Hyderabad")
    }

    @Test func capitalAsSubjectIsTheGovernment() throws {
        let net = try Shared.network("""
            Japan was due to host a trilateral summit with China in Tokyo this year. Beijing has postponed the meeting indefinitely.
            """)
        #expect(!net.meetings.contains { $0.city == "Beijing" })
    }
}

// Invented events: headline words that are no meeting, and who tells of a visit.
@Suite struct ReportedVisitTests {
    @Test func aCallForSomethingIsNoPhoneCall() throws {
        let net = try Shared.network("""
            Rossi, Dupont call for a common voice at Lisbon meeting

            LISBON (AFP) - Portuguese President Rui Costa received his Italian counterpart Marco Rossi in Lisbon on Tuesday.
            """)
        #expect(!net.meetings.contains { $0.mode == "phone" })
    }

    @Test func whoTellsOfTheVisitIsNotAtIt() throws {
        let net = try Shared.network("""
            South Korean President Min-jun Park met Japanese Prime Minister Kenji Sato in Tokyo on Tuesday. \
            Chief Cabinet Secretary Hiro Tanaka told reporters on Wednesday that the visit had laid a firm foundation.
            """)
        #expect(!net.meetings.contains { net.participants(of: $0.id).contains("Hiro Tanaka") })
    }

    @Test func aSummitOnHoldIsNotTheHeadlinesVisit() throws {
        let net = try Shared.network("""
            Park's state visit: Emperor hosts banquet for Korean leader

            A trilateral summit with China remains on hold.

            South Korean President Min-jun Park and Japanese Prime Minister Kenji Sato agreed on Tuesday to launch a \
            bilateral dialogue on supply chains. The two leaders met for about 90 minutes in Tokyo.
            """)
        let tokyo = try #require(net.meetings.first { $0.city == "Tokyo" })
        #expect(tokyo.mode != "multilateral")
        #expect(net.participants(of: tokyo.id) == ["Min-jun Park", "Kenji Sato"])
    }
}

import Foundation
import Testing
import SummitryModel
@testable import SummitryExtraction

/// Known public figures: named without a title they are still actors, with the state they represent
/// or the international body they serve; what the text states wins over the lexicon.
@Suite struct KnownPeopleTests {
    /// The bundled lexicons plus three invented public figures (the test does not depend on the
    /// curated list's content).
    /// (One extractor for every suite here: each copy of the lexicons costs tens of megabytes.)
    static let extractor: Result<Extractor, any Error> = Result {
        var lexicons = try Shared.extractor.get().lexicons
        lexicons.addPeople([
            PersonEntry(name: "Tarek Ouali", aliases: ["Tarik Wali"], country: "MA", org: nil, office: "prime minister"),
            PersonEntry(name: "Ilse Brandvold", aliases: nil, country: nil, org: "UN", office: "secretary-general"),
            PersonEntry(name: "Oren Kestler", aliases: nil, country: "IL", org: nil, office: "foreign minister"),
            PersonEntry(name: "Omar Hassan Dalil", aliases: ["Omar Hassan Dalal", "Jabbar"], country: "SD", org: nil, office: "commander"),
            PersonEntry(name: "Tom Harlow", aliases: nil, country: "AU", org: nil, office: "prime minister"),
            PersonEntry(name: "Rua Tane", aliases: nil, country: "NZ", org: nil, office: "prime minister"),
        ])
        return Extractor(lexicons: lexicons)
    }

    static func network(_ text: String) throws -> Network {
        try extractor.get().extract(text: text, document: Document(id: "k", path: "k.txt", lang: ""))
    }

    @Test func untitledKnownPeopleAreActorsWithTheirCountry() throws {
        let net = try Self.network("""
            RABAT (Reuters) - Tarik Wali welcomed Ilse Brandvold to the capital on Monday for talks on migration.
            """)
        #expect(net.actor(named: "Tarik Wali")?.country == "MA")
        let un = try #require(net.actor(named: "Ilse Brandvold"))
        #expect(un.country == nil)
        #expect(un.organization == "UN")
        let talks = try #require(net.meetings.first)
        #expect(Set(net.participants(of: talks.id)) == ["Tarik Wali", "Ilse Brandvold"])
    }

    @Test func theTextsOwnCountryWins() throws {
        let net = try Self.network("French Foreign Minister Oren Kestler met officials in Paris on Monday.")
        #expect(net.actor(named: "Oren Kestler")?.country == "FR")
    }
}

@Suite struct NicknameTests {
    @Test func aNicknameAfterANameIsTheSamePerson() throws {
        let net = try KnownPeopleTests.network("""
            Im Sudan kämpfen Armeechef Ali Nur und der Anführer der Miliz, Omar Hassan Dalal, genannt „Jabbar“, um die Macht.
            """)
        #expect(net.actorNames.contains("Omar Hassan Dalal"))
        #expect(!net.actorNames.contains("Jabbar"))
        #expect(net.actor(named: "Omar Hassan Dalal")?.country == "SD")
    }
}

@Suite struct KnownPeopleOfficeTests {
    @Test func anOfficeRefersToTheKnownHolder() throws {
        let net = try KnownPeopleTests.network("""
            Tom Harlow and Rua Tane have announced a joint fund at an annual leaders meeting in Cairns.

            The Australian prime minister hosted his New Zealand counterpart on Friday for talks.
            """)
        #expect(net.actor(named: "Rua Tane")?.country == "NZ")
        let meeting = try #require(net.meetings.first)
        #expect(net.relation("actor:tom-harlow", .hosted, meeting.id) != nil)
    }
}

import Foundation
import Testing
import SummitryModel
@testable import SummitryExtraction

/// End to end on the project's seed article against its committed gold annotation.
@Suite struct SeedArticleTests {
    struct Gold: Decodable {
        struct Actor: Decodable { var name: String; var aliases: [String]; var country: String?; var org: String? }
        struct Meeting: Decodable { var city: String?; var country: String?; var participants: [String]; var hosts: [String] }
        var actors: [Actor]
        var countries: [String]
        var meetings: [Meeting]
    }

    func load() throws -> (Network, Gold) {
        let txt = try #require(Bundle.module.url(forResource: "000_78c4b1b0f218eae6", withExtension: "txt", subdirectory: "Fixtures"))
        let gold = try #require(Bundle.module.url(forResource: "000_78c4b1b0f218eae6.gold", withExtension: "json", subdirectory: "Fixtures"))
        let text = try TextSource.read(path: txt.path)
        let net = try Shared.extractor.get().extract(text: text, document: Document(id: "000_78c4b1b0f218eae6", path: txt.path, lang: ""))
        return (net, try JSONDecoder().decode(Gold.self, from: Data(contentsOf: gold)))
    }

    @Test func actorsAndTheirCountries() throws {
        let (net, gold) = try load()
        let predicted = net.nodes(ofKind: .actor)
        #expect(predicted.count == gold.actors.count)
        for g in gold.actors {
            let p = try #require(predicted.first { $0.name == g.name || g.aliases.contains($0.name) }, "missing \(g.name)")
            #expect(p.country == g.country, "\(g.name)")
            if let org = g.org { #expect(p.organization == org) }
        }
    }

    @Test func countries() throws {
        let (net, gold) = try load()
        #expect(net.countryCodes == Set(gold.countries))
    }

    @Test func meetingsAndParticipants() throws {
        let (net, gold) = try load()
        #expect(net.meetings.count == gold.meetings.count)
        for g in gold.meetings {
            let m = try #require(net.meetings.first { $0.city == g.city }, "no meeting in \(g.city ?? "-")")
            #expect(m.country == g.country)
            #expect(net.participants(of: m.id) == Set(g.participants))
            let hosts = Set(net.relations.filter { $0.target == m.id && $0.kind == .hosted }.compactMap { net.node($0.source)?.name })
            #expect(hosts == Set(g.hosts))
        }
    }

    @Test func readingTheSameArticleTwiceAddsNothing() throws {
        let (net, _) = try load()
        var merged = net
        merged.merge(net)
        #expect(merged == net)
        let again = try load().0
        #expect(again.nodes.map(\.id) == net.nodes.map(\.id))  // stable ids
    }

    @Test func sameActorFromTwoDocumentsMerges() throws {
        let a = try Shared.network("Bundeskanzler Olaf Brenner reiste nach Paris.", id: "a")
        let b = try Shared.network("Chancellor Olaf Brenner met French President Anne Morel in Paris.", id: "b")
        var net = a
        net.merge(b)
        #expect(net.nodes(ofKind: .actor).filter { $0.name == "Olaf Brenner" }.count == 1)
        #expect(net.documents.count == 2)
    }
}

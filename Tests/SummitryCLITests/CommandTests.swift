import Foundation
import Testing

@Suite struct CommandTests {
    let table = "examples/affiliation/meetings.csv"

    @Test func relatePrintsChainsWithRelations() throws {
        let r = try summitry(["relate", table, "Pieter van Dalen", "actor:elise-marchand"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == """
        Pieter van Dalen → Élise Marchand: 2 steps, 1 shortest chain

        1. Pieter van Dalen —hosted→ Harbour Talks ←attended— Élise Marchand
           Pieter van Dalen hosted Harbour Talks
           Élise Marchand attended Harbour Talks

        """)
    }

    @Test func relateUnknownName() throws {
        let r = try summitry(["relate", table, "Nobody", "Ingrid Aas"])
        #expect(r.stderr == "summitry: \(table): no node with id or name \"Nobody\"\n")
        #expect(r.status == 1)
    }

    @Test func exportFormatsRoundTrip() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = dir.appendingPathComponent("n.json").path, graphml = dir.appendingPathComponent("n.graphml").path
        #expect(try summitry(["export", table, "--format", "json", "--output", json]).status == 0)
        #expect(try summitry(["export", json, "--format", "graphml", "--output", graphml]).status == 0)
        let back = dir.appendingPathComponent("back.json").path
        #expect(try summitry(["export", graphml, "--format", "json", "--output", back]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: json)) == Data(contentsOf: URL(fileURLWithPath: back)))
        let dot = dir.appendingPathComponent("n.dot").path, fromDOT = dir.appendingPathComponent("from-dot.json").path
        #expect(try summitry(["export", table, "--format", "dot", "--output", dot]).status == 0)
        #expect(try summitry(["export", dot, "--format", "json", "--output", fromDOT]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: json)) == Data(contentsOf: URL(fileURLWithPath: fromDOT)),
                "a table's network (no evidence) round-trips through DOT")
        let tables = dir.appendingPathComponent("tables")
        #expect(try summitry(["export", table, "--format", "csv", "--output", tables.path]).status == 0)
        #expect(listing(tables) == ["edges.csv", "nodes.csv"])
        let edges = try String(contentsOf: tables.appendingPathComponent("edges.csv"), encoding: .utf8)
        #expect(edges.hasPrefix("src,dst,relation,weight,evidence\n"))
        #expect(edges.split(separator: "\n").count == 1 + 24)
    }

    @Test func helpListsSubcommandsAndChoices() throws {
        let r = try summitry(["--help"])
        #expect(r.status == 0)
        for sub in ["analyze", "extract", "centrality", "render", "export", "relate"] { #expect(r.stdout.contains(sub)) }
        let c = try summitry(["centrality", "--help"])
        #expect(c.stdout.contains("--format <format>") && c.stdout.contains("table, csv, json"))
        #expect(c.stdout.contains("--weight-as"))
    }
}

import Testing
import SummitryModel
@testable import SummitryFormats

@Suite struct AffiliationTableTests {
    let table = """
    Actor,Meeting,Role,Country,Date,Place
    Ada Example,Harbour Summit,Foreign Minister,de,2024-05-01,"Valletta, MT"
    Ben Sample,Harbour Summit,Prime Minister,FR,2024-05-01,"Valletta, MT"
    Ada Example,Winter Talks,Foreign Minister,DE,2024-12-02,NO
    Cy Person,Winter Talks,,,2024-12-02,Oslo

    """

    @Test func readsActorsMeetingsCountriesAndRelations() throws {
        let n = try AffiliationTable.read(table, file: "m.csv")
        #expect(n.nodes(ofKind: .actor).map(\.id) == ["actor:ada-example", "actor:ben-sample", "actor:cy-person"])
        #expect(n.nodes(ofKind: .meeting).map(\.id) == ["meeting:harbour-summit-2024-05-01", "meeting:winter-talks-2024-12-02"])
        #expect(Set(n.nodes(ofKind: .country).map(\.id)) == ["country:DE", "country:FR", "country:MT", "country:NO"])
        let ada = try #require(n.node("actor:ada-example"))
        #expect(ada.role == "Foreign Minister" && ada.country == "DE" && ada.name == "Ada Example")
        let summit = try #require(n.node("meeting:harbour-summit-2024-05-01"))
        #expect(summit.city == "Valletta" && summit.country == "MT" && summit.time == "2024-05-01")
        #expect(n.relations(ofKind: .attended).count == 4)
        #expect(n.relations(ofKind: .represents).count == 2)
        #expect(n.relation("meeting:winter-talks-2024-12-02", .heldIn, "country:NO") != nil)
        #expect(n.node("meeting:winter-talks-2024-12-02")?.city == "Oslo")
        #expect(n.relation("actor:cy-person", .represents, "country:NO") == nil)
    }

    @Test func relationColumnAndExtraColumns() throws {
        let n = try AffiliationTable.read("actor,meeting,relation,source\nA B,M,hosted,notes p.4\nC D,M,invited,\n", file: "m.csv")
        let hosted = try #require(n.relation("actor:a-b", .hosted, "meeting:m"))
        #expect(hosted.attributes["source"] == "notes p.4")
        #expect(n.relation("actor:c-d", .invited, "meeting:m")?.attributes.isEmpty == true)
    }

    @Test func headerIsRequired() {
        #expect(throws: FormatError.invalid(file: "m.csv", line: 1,
                                            message: "the header has no \"actor\" column (found: ada example, harbour summit)")) {
            try AffiliationTable.read("Ada Example,Harbour Summit\n", file: "m.csv")
        }
        #expect(throws: FormatError.self) { try AffiliationTable.read("", file: "m.csv") }
    }

    @Test func rowErrorsNameTheLine() {
        #expect(throws: FormatError.syntax(file: "m.csv", line: 3, message: "3 fields, but the header has 2")) {
            try AffiliationTable.read("actor,meeting\nA,M\nB,M,extra\n", file: "m.csv")
        }
        #expect(throws: FormatError.invalid(file: "m.csv", line: 2, message: "the actor cell is empty")) {
            try AffiliationTable.read("actor,meeting\n ,M\n", file: "m.csv")
        }
        #expect(throws: FormatError.invalid(file: "m.csv", line: 2,
                                            message: "country \"Germany\" is not an ISO 3166-1 alpha-2 code (e.g. DE, FR, US)")) {
            try AffiliationTable.read("actor,meeting,country\nA,M,Germany\n", file: "m.csv")
        }
        #expect(throws: FormatError.invalid(file: "m.csv", line: 2,
                                            message: "unknown relation \"chaired\" (expected attended, hosted or invited)")) {
            try AffiliationTable.read("actor,meeting,relation\nA,M,chaired\n", file: "m.csv")
        }
    }
}

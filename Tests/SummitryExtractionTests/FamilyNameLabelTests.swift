import Testing
import SummitryExtraction
import SummitryModel

/// Meeting labels name Chinese and Korean leaders by their family name, which comes first (invented texts).
@Suite struct FamilyNameLabelTests {
    @Test func aKoreanFamilyNameComesFirst() throws {
        let net = try Shared.network("Prime Minister Ravi Nair held talks with South Korean President Park Min-jun on Monday.")
        let talks = try #require(net.meetings.first)
        #expect(talks.name.contains("Park"))
        #expect(!talks.name.contains("Min-jun"))
    }

    @Test func aWesternNameWithAKoreanFirstWordKeepsItsSurname() throws {
        let net = try Shared.network("Prime Minister Ravi Nair held talks with British minister Lee Anderson on Monday.")
        let talks = try #require(net.meetings.first)
        #expect(talks.name.contains("Anderson"))
    }
}

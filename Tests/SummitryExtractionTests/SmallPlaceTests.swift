import Testing
import SummitryExtraction
import SummitryModel

/// Small towns from the gazetteer, and the words and names they must not be taken for (invented text).
@Suite struct SmallPlaceTests {
    @Test func aSmallTownAfterInIsTheMeetingsPlace() throws {
        let net = try Shared.network("""
            Foreign Minister Ana Lobo met her Swiss counterpart Jan Keller in Lugano on Monday.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(meeting.city == "Lugano")
        #expect(net.countryCodes.contains("CH"))
    }

    @Test func aMonthIsNoTown() throws {
        let net = try Shared.network("""
            President Ana Lobo last visited New Delhi in March, when she met Prime Minister Ravi Menon.
            """)
        #expect(!net.countryCodes.contains("GB"))
    }

    @Test func aPalaceNamedLikeATownIsNotInThatTown() throws {
        let net = try Shared.network("""
            King Frederik received President Ana Lobo at Buckingham Palace on Tuesday.
            """)
        #expect(!net.countryCodes.contains("CA"))
        #expect(net.meetings.allSatisfy { $0.city != "Buckingham" })
    }

    @Test func aCapitalKeepsItsCountryWhenATownOfTheSameNameIsInACountryNamed() throws {
        let net = try Shared.network("""
            US envoy Tom Hale met Iran's foreign minister Ali Karimi in Vienna on Friday.
            """)
        let meeting = try #require(net.meetings.first)
        #expect(meeting.city == "Vienna")
        #expect(net.countryCodes.contains("AT"))
    }

    @Test func aCastleIsWhereItsNameSays() throws {
        let net = try Shared.network("""
            President Ana Lobo arrived in the UK on Monday. She was received by the King at Windsor Castle.
            """)
        #expect(net.meetings.contains { $0.city == "Windsor" })
    }
}

import Testing
@testable import SummitryExtraction

/// ``UTF8SuffixSet`` answers as a test of every ending in turn (``String/hasUTF8Suffix(_:)``) does.
@Suite struct UTF8SuffixSetTests {
    static let endings = ["ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "ment", "nis", "tum", "chen", "lein", "ik", "ie",
                          "e", "en", "ischen", "ät", "ß"]
    static let words = ["regierung", "freiheit", "möglichkeit", "botschaft", "nation", "tourismus", "universität", "parlament",
                        "ergebnis", "eigentum", "mädchen", "fräulein", "politik", "linie", "lindqvist", "novak", "", "g", "ung",
                        "ungen", "schaften", "ät", "t", "tät", "straße", "groß", "französischen", "e", "müller", "zoë"]

    @Test func agreesWithTestingEachEnding() {
        let set = UTF8SuffixSet(Self.endings)
        for w in Self.words {
            #expect(set.isSuffix(of: w) == Self.endings.contains { w.hasUTF8Suffix($0) }, "\(w)")
            #expect(w.hasUTF8Suffix(in: set) == w.hasUTF8Suffix(in: Self.endings), "\(w)")
        }
    }

    @Test func edgeCases() {
        let empty: UTF8SuffixSet = []
        #expect(!empty.isSuffix(of: "word") && !empty.isSuffix(of: ""))
        let withEmpty = UTF8SuffixSet(["", "xyz"])
        #expect(withEmpty.isSuffix(of: "word") && withEmpty.isSuffix(of: ""))
        // Endings that share their last byte, one longer than the word; duplicates.
        let shared: UTF8SuffixSet = ["ischen", "chen", "en", "en"]
        #expect(shared.isSuffix(of: "chen") && shared.isSuffix(of: "zen") && !shared.isSuffix(of: "n") && !shared.isSuffix(of: "ene"))
        #expect(shared.endings == ["ischen", "chen", "en", "en"])
        // A multi-byte last scalar: its last byte groups it.
        let umlaut: UTF8SuffixSet = ["tät", "ä"]
        #expect(umlaut.isSuffix(of: "universität") && umlaut.isSuffix(of: "sä") && !umlaut.isSuffix(of: "stadt") && !umlaut.isSuffix(of: "a"))
    }
}

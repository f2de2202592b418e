import Testing
@testable import SummitryExtraction

/// Spans of a `ScalarText` are the strings of their scalars, for ASCII and for two-, three- and
/// four-byte scalars.
@Suite struct ScalarTextTests {
    @Test(arguments: ["Außenministerin Zoë Ødegård traf 🇪🇺-Vertreter in Qaraqalpaqstan.", "plain ASCII", "", "中文 and ß"])
    func spansAreTheirScalars(_ text: String) {
        let source = ScalarText(text)
        let scalars = Array(text.unicodeScalars)
        #expect(source.scalars == scalars)
        #expect(source.utf8 == Array(text.utf8))
        for start in 0 ... scalars.count {
            for end in start ... scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start ..< end])
                #expect(source.string(start, end) == String(view))
                #expect(source.isASCII(start, end) == scalars[start ..< end].allSatisfy(\.isASCII))
            }
        }
    }
}

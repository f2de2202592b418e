import Testing
@testable import SummitryExtraction

/// Spans of a `ScalarText` are the strings of their scalars, for ASCII and for two-, three- and
/// four-byte scalars.
@Suite struct ScalarTextTests {
    @Test(arguments: ["Außenministerin Zoë Ødegård traf 🇪🇺-Vertreter in Qaraqalpaqstan.", "plain ASCII", "", "中文 and ß",
                      // (ASCII is read eight bytes at a time: other scalars just before, at and after a word's edge.)
                      "abcdefgä12345678", "abcdefghä1234567", "abcdefghiä123456789", "12345678abcdefgh中", "\n\n\n\n\n\n\n\nß"])
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

import Testing
import SummitryCentrality
@testable import SummitryModel

/// The fast paths of `slug` (ASCII bytes, Latin scalars from a table) against the general path over
/// the canonical decomposition.
@Suite struct SlugTests {
    /// Every scalar of the Latin and punctuation tables, alone, between letters, next to separators and digits.
    @Test func latinScalarsMatchTheGeneralPath() {
        for v in Array(UInt32(0x80) ..< 0x250) + Array(UInt32(0x2000) ..< 0x2070) {
            guard let s = Unicode.Scalar(v) else { continue }
            for text in ["\(s)", "a\(s)b", "A \(s) b", "\(s)-\(s)", "1\(s)2", "x.\(s)", "\(s)ss ß Ø"] {
                #expect(slug(text) == decomposingSlug(text), "U+\(String(v, radix: 16)) in \(text)")
            }
        }
    }

    /// Random texts over ASCII, Latin letters, marks and other scripts; reports the seed that failed.
    @Test(arguments: 0 ..< 20)
    func randomTextsMatchTheGeneralPath(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "-", ".", "ä", "Ö", "ß", "é", "ł", "Ø", "æ", "ǅ", "İ", "ı",
                                          "\u{301}", "\u{308}", "Ω", "ж", "中", "\u{A0}", "–", "½"]
        for _ in 0 ..< 200 {
            var view = String.UnicodeScalarView()
            for _ in 0 ..< Int(rng.next() % 12) { view.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let text = String(view)
            #expect(slug(text) == decomposingSlug(text), "seed \(seed): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The two-text slug after a head is the head and the slug of the texts joined by a space, ASCII or not.
    @Test(arguments: 0 ..< 10)
    func twoTextsAfterAHeadMatchTheJoinedSlug(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "-", ".", ":", "ä", "ß", "–", "ж"]
        func text() -> String {
            var view = String.UnicodeScalarView()
            for _ in 0 ..< Int(rng.next() % 10) { view.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            return String(view)
        }
        for _ in 0 ..< 200 {
            let head = ["meeting:doc-", "", "x:ä-"][Int(rng.next() % 3)], a = text(), b = text()
            #expect(slug(a, b, after: head) == head + slug(a + " " + b), "seed \(seed): \(a.debugDescription) \(b.debugDescription)")
        }
        #expect(slug("Meeting in Paris", "on 3 May", after: "meeting:d-") == "meeting:d-meeting-in-paris-on-3-may")
        #expect(slug("Talks.", "", after: "m:") == "m:talks")
        #expect(slug("", "", after: "m:") == "m:")
        // (With nothing after it, the slug of one text: an actor's id.)
        for name in ["António Costa", "Jens Stoltenberg", "Xi Jinping.", "Ли Цян", "Groß–Gerau "] {
            #expect(slug(name, "", after: "actor:") == "actor:" + slug(name), "\(name)")
        }
    }
}

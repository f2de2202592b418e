import Testing
@testable import SummitryExtraction

/// ``Tokenizer/appendPlainASCIIWord(_:at:_:_:)``, the one-pass path for plain ASCII words: it takes
/// a word only when nothing after its run of letters and digits can continue it, and then appends
/// what ``Tokenizer/appendWord(_:_:_:number:_:_:)`` appends for the same span.
@Suite struct PlainWordTests {
    static let words = try! Shared.extractor.get().lexicons.words

    /// The columns `body` appends, with room for a few tokens.
    private static func columns(_ source: ScalarText, _ body: (inout TokenColumns) -> Void) -> (TokenizedText, [WordEntry]) {
        TokenColumns.write(capacity: 4, source: source) { columns in
            body(&columns)
            return true
        }!
    }

    @Test func plainWordsAreAppendedAsAppendWordAppendsThem() {
        var random = SystemRandomNumberGenerator()
        // Known and unknown words, capitals, digits, and every byte that may or may not end a word.
        let pieces = ["der", "Der", "DER", "the", "The", "Minister", "mINISTER", "Xq", "zz9", "2024", "7", "a", "B",
                      " ", " ", ",", ".", "-", "'", "’", "s", "ü", "é", "\n", "(", ")", ";", "\"", "–", "x"]
        for _ in 0 ..< 300 {
            let text = (0 ..< Int.random(in: 1 ... 12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let source = ScalarText(text)
            let scalars = source.scalars
            let full = Tokenizer.tokenize(source, words: Self.words).0
            for i in scalars.indices where scalars[i].isASCII && (Tokenizer.isLetter(scalars[i]) || Tokenizer.isDigit(scalars[i])) {
                var end: Int?
                for lookUps in [Tokenizer.WordLookUps(words: nil, table: nil)] {
                    let plain = Self.columns(source) { end = Tokenizer.appendPlainASCIIWord(source, at: i, &$0, lookUps) }
                    guard let end else {
                        #expect(plain.0.tokens.isEmpty)
                        continue
                    }
                    // The run of ASCII letters and digits from i, ended by the text's end or a byte that ends a word.
                    var runEnd = i
                    while runEnd < scalars.count, scalars[runEnd].isASCII, Tokenizer.isLetter(scalars[runEnd]) || Tokenizer.isDigit(scalars[runEnd]) {
                        runEnd += 1
                    }
                    #expect(end == runEnd, "\(text) at \(i)")
                    if runEnd < scalars.count { #expect(!["-", "'", ".", ","].contains(scalars[runEnd]) && scalars[runEnd].isASCII, "\(text) at \(i)") }
                    let number = scalars[i ..< end].allSatisfy { Tokenizer.isDigit($0) }
                    let general = Self.columns(source) { Tokenizer.appendWord(source, i, end, number: number, &$0, lookUps) }
                    #expect(plain.0.texts == general.0.texts && plain.0.lowers == general.0.lowers)
                    let a = plain.0.tokens[0], b = general.0.tokens[0]
                    #expect(a.kind == b.kind && a.start == b.start && a.end == b.end && a.word == b.word)
                    #expect(a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps && a.hasHyphen == b.hasHyphen)
                }
                // With the table: the same token as the whole text's tokenizing has at i, if that starts a token there.
                Self.words.withLookUp { table in
                    let lookUps = Tokenizer.WordLookUps(words: table, table: Self.words)
                    var end: Int?
                    let plain = Self.columns(source) { end = Tokenizer.appendPlainASCIIWord(source, at: i, &$0, lookUps) }
                    guard let end, let k = full.tokens.firstIndex(where: { $0.start == i }) else { return }
                    #expect(full.tokens[k].end == end, "\(text) at \(i)")
                    #expect(plain.0.texts[0] == full.texts[k] && plain.0.lowers[0] == full.lowers[k] && plain.0.tokens[0].word == full.tokens[k].word)
                    let number = scalars[i ..< end].allSatisfy { Tokenizer.isDigit($0) }
                    let general = Self.columns(source) { Tokenizer.appendWord(source, i, end, number: number, &$0, lookUps) }
                    #expect(plain.1[0].classes == general.1[0].classes && plain.1[0].phrases == general.1[0].phrases
                        && plain.1[0].languages == general.1[0].languages && plain.1[0].word == general.1[0].word)
                }
            }
        }
    }

    /// A word that a hyphen, an apostrophe, a decimal mark or a scalar that is not ASCII may continue
    /// is left to the scanner.
    @Test func wordsThatMayContinueAreLeft() {
        for text in ["Nato-Gipfel", "O'Brien", "7,5", "1.000", "Müller", "Staats- und", "Novak's", "Novak’s", "end."] {
            let source = ScalarText(text)
            let done = Self.columns(source) { _ = Tokenizer.appendPlainASCIIWord(source, at: 0, &$0, Tokenizer.WordLookUps(words: nil, table: nil)) }
            #expect(done.0.tokens.isEmpty, "\(text)")
        }
        let source = ScalarText("Gipfel in")
        var end: Int?
        _ = Self.columns(source) { end = Tokenizer.appendPlainASCIIWord(source, at: 0, &$0, Tokenizer.WordLookUps(words: nil, table: nil)) }
        #expect(end == 6)
    }
}

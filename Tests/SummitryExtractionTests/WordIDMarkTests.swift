import Testing
@testable import SummitryExtraction

/// The punctuation marks' ``WordID`` constants (numbers written by `scripts/hoist_rule_words.py`) are the
/// numbers of their marks in ``RuleWords/vocabulary``, and tokens of those marks carry them.
@Suite struct WordIDMarkTests {
    @Test func marksAreTheirVocabularyNumbers() {
        let marks: [(WordID, String)] = [
            (.comma, ","), (.stop, "."), (.semicolon, ";"), (.colon, ":"), (.apostrophe, "'"), (.possessiveS, "'s"),
            (.hyphen, "-"), (.openParen, "("), (.closeParen, ")"), (.enDash, "\u{2013}"),
        ]
        for (id, mark) in marks {
            #expect(id == WordID(mark), "\(mark)")
            #expect(RuleWords.vocabulary[Int(id.index)] == mark, "\(mark)")
        }
    }

    @Test func tokensOfMarksCarryTheConstants() throws {
        let lexicons = try Lexicons.bundled()
        let source = ScalarText(TextSource.nfc("Novak's visit (planned) ended, they said; then: 1990\u{2013}1995 - done."))
        let (text, _) = Tokenizer.tokenize(source, words: lexicons.words)
        func word(_ t: String) -> WordID? { text.texts.firstIndex(of: t).map { text.tokens[$0].word } }
        #expect(word(",") == .comma && word(".") == .stop && word(";") == .semicolon && word(":") == .colon)
        #expect(word("(") == .openParen && word(")") == .closeParen && word("'s") == .possessiveS)
    }
}

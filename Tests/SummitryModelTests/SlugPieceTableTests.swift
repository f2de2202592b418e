import Testing
@testable import SummitryModel

/// ``SlugPieceTable``, the literal table of slug pieces, against the general path that defines it.
@Suite struct SlugPieceTableTests {
    /// Every entry of the table is what the general path makes of its scalar (a literal typed wrong,
    /// or a change of the general path, fails here entry by entry).
    @Test func everyPieceIsTheGeneralPaths() {
        let table = SlugPieceTable.shared
        let latin = slugPieces(SlugPieceTable.latin), punctuation = slugPieces(SlugPieceTable.punctuation)
        #expect(SlugPieceTable.latinPieces.count == latin.count)
        for (k, v) in SlugPieceTable.latin.enumerated() {
            #expect(table.piece(v) == latin[k], "U+\(String(v, radix: 16))")
        }
        let extended = slugPieces(SlugPieceTable.extended)
        #expect(SlugPieceTable.extendedPieces.count == extended.count)
        for (k, v) in SlugPieceTable.extended.enumerated() {
            #expect(table.piece(v) == extended[k], "U+\(String(v, radix: 16))")
        }
        for (k, v) in SlugPieceTable.punctuation.enumerated() {
            #expect(table.piece(v) == punctuation[k], "U+\(String(v, radix: 16))")
        }
    }

    /// Scalars outside the blocks have no piece, and a text holding one has no table slug.
    @Test func otherScalarsFallBack() {
        let table = SlugPieceTable.shared
        #expect(table.piece(0x41) == nil)
        #expect(table.piece(0x250) == nil)
        #expect(table.piece(0x2070) == nil)
        #expect(table.piece(0x1DFF) == nil)
        #expect(table.piece(0x1F00) == nil)
        for text in ["\u{1DFF}", "\u{1F00}", "x\u{1EA1}\u{301}", "Ωmega", "a\u{301}", "Москва", "中国", "x\u{2070}y", "\u{250}", "a\u{20AC}b"] {
            #expect(table.slug(text) == nil, "\(text)")
        }
    }

    /// Table slugs of texts in the blocks: separators collapse, pieces longer than their scalar fit.
    @Test func slugsOfLatinTexts() {
        let table = SlugPieceTable.shared
        #expect(table.slug("António Costa") == "antonio-costa")
        #expect(table.slug("Groß–Gerau") == "gross-gerau")
        #expect(table.slug("\u{23A}\u{23E}\u{23A}\u{23E}") == decomposingSlug("\u{23A}\u{23E}\u{23A}\u{23E}"))
        // (Ł has no decomposition: it stays a letter of its own, lowercased.)
        #expect(table.slug("— Łódź —") == "łodz")
        #expect(table.slug("") == "")
        #expect(table.slug("ASCII only") == "ascii-only")
        #expect(table.slug("Nguyễn Phú Trọng") == "nguyen-phu-trong")
        for text in ["Nguyễn Phú Trọng", "Ḩasan–Ṣāliḥ", "ẞ ẚ Ỿ", "Hà Nội, Việt Nam"] {
            #expect(table.slug(text) == decomposingSlug(text), "\(text)")
        }
    }
}

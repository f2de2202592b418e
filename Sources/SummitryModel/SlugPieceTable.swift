/// The table behind ``slug(_:)``'s path for Latin text: what the general path
/// (``decomposingSlug(_:)``) makes of each scalar of Latin-1 Supplement, Latin Extended-A and -B
/// (U+0080 ..< U+0250), of Latin Extended Additional (U+1E00 ..< U+1F00: Vietnamese "Nguyễn Phú Trọng")
/// and of General Punctuation (U+2000 ..< U+2070), written out as data.
///
/// The pieces were computed by the general path itself (`decomposingSlug("a" + scalar + "a")` less
/// its first and last letter, as ``slugPieces(_:)`` still computes them); the tests check the table
/// against that computation entry by entry. As a literal the table costs nothing to compute: made
/// from the general path at first use, it cost some 9 million instructions (the decomposition of 576
/// scalars through Foundation) in every process that made one slug of a Latin name.
///
/// (A text with a scalar of Latin Extended Additional took the general path, some 60,000 instructions for
/// Foundation's decomposition of one name or meeting label.)
///
/// No scalar of these blocks is, or decomposes to one that starts with, a combining mark, so the
/// decomposition of a text of them is that of its scalars in turn: a slug is their pieces joined.
struct SlugPieceTable {
    /// A piece's bytes start at `entries[i] >> 8` in ``bytes`` and run for its low byte; a low byte
    /// of ``separator`` marks a separator (`-`).
    private let entries: [UInt32]
    private let bytes: [UInt8]
    private static let separator: UInt32 = 0xFF

    /// The first scalar of the Latin blocks and the end of them; Latin Extended Additional; the punctuation block.
    static let latin: Range<UInt32> = 0x80 ..< 0x250
    static let extended: Range<UInt32> = 0x1E00 ..< 0x1F00
    static let punctuation: Range<UInt32> = 0x2000 ..< 0x2070

    /// The table of ``latinPieces`` and ``extendedPieces`` (every scalar of General Punctuation is a separator).
    static let shared = SlugPieceTable(latin: latinPieces, extended: extendedPieces)

    /// (The entries of Latin Extended Additional follow those of the Latin blocks.)
    init(latin: [String], extended: [String]) {
        precondition(latin.count == Self.latin.count, "one piece per scalar of U+0080 ..< U+0250")
        precondition(extended.count == Self.extended.count, "one piece per scalar of U+1E00 ..< U+1F00")
        var entries: [UInt32] = [], bytes: [UInt8] = []
        entries.reserveCapacity(latin.count + extended.count)
        for piece in latin + extended {
            if piece == "-" {
                entries.append(Self.separator)
            } else {
                precondition(piece.utf8.count < Self.separator, "a piece is a few bytes")
                entries.append(UInt32(bytes.count) << 8 | UInt32(piece.utf8.count))
                bytes.append(contentsOf: piece.utf8)
            }
        }
        self.entries = entries
        self.bytes = bytes
    }

    /// The piece of scalar `v` as in ``slugPieces(_:)``: `"-"` for a separator, else its letters;
    /// nil outside the two blocks.
    func piece(_ v: UInt32) -> String? {
        if Self.punctuation.contains(v) { return "-" }
        let e: UInt32
        if Self.latin.contains(v) { e = entries[Int(v - Self.latin.lowerBound)] }
        else if Self.extended.contains(v) { e = entries[Self.latin.count + Int(v - Self.extended.lowerBound)] }
        else { return nil }
        if e == Self.separator { return "-" }
        return String(decoding: bytes[Int(e >> 8) ..< Int(e >> 8) + Int(e & 0xFF)], as: UTF8.self)
    }

    /// ``slug(_:)`` of a text in ASCII and the two blocks, byte by byte; nil if `text` holds another
    /// scalar. The text's UTF-8 is decoded in place: a scalar of the Latin blocks is two bytes
    /// (lead 0xC2 ... 0xC9), one of Latin Extended Additional three (0xE1 0xB8 ... 0xBB …), one of General
    /// Punctuation three (0xE2 0x80 or 0x81 …).
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    func slug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            let n = utf8.count
            var failed = false
            // (Written straight into the string's storage. Room enough: a piece is at most one byte
            // longer than its scalar, which is two bytes or more, and a dash stands for a byte dropped.)
            let slug = String(unsafeUninitializedCapacity: n + n / 2 + 1) { out -> Int in
                var count = 0, pendingDash = false
                if !write(utf8, into: out, count: &count, start: 0, pendingDash: &pendingDash) { failed = true; return 0 }
                return count
            }
            return failed ? nil : slug
        }
    }

    /// Writes the slug of the UTF-8 text `utf8` into `out` from position `count` on, as ``slug(_:)``
    /// makes it: a dash before a piece that follows a separator (`pendingDash`) when something has been
    /// written since `start`. Returns false, leaving `out` in no particular state, if the text holds a
    /// scalar outside the blocks. (For slugs of several texts in a row: a separator between them is a
    /// `pendingDash` set in between.)
    /// - Precondition: `out` has room for the text's pieces: one and a half times its length.
    func write(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, count: inout Int,
               start: Int, pendingDash: inout Bool) -> Bool {
        let n = utf8.count
        var i = 0
        while i < n {
            let b = utf8[i]
            if b < 0x80 {
                let lower = b >= 0x41 && b <= 0x5A ? b + 32 : b
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pendingDash && count > start { out[count] = 0x2D; count += 1 }
                    pendingDash = false
                    out[count] = lower
                    count += 1
                } else {
                    pendingDash = true
                }
                i += 1
                continue
            }
            let e: UInt32
            if b >= 0xC2 && b <= 0xC9 && i + 1 < n {
                let v = UInt32(b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                guard v < Self.latin.upperBound else { return false }
                e = entries[Int(v - Self.latin.lowerBound)]
                i += 2
            } else if b == 0xE1 && i + 2 < n && utf8[i + 1] >= 0xB8 && utf8[i + 1] <= 0xBB {
                let v = 0x1000 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                e = entries[Self.latin.count + Int(v - Self.extended.lowerBound)]
                i += 3
            } else if b == 0xE2 && i + 2 < n && (utf8[i + 1] == 0x80 || utf8[i + 1] == 0x81) {
                let v = 0x2000 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                guard v < Self.punctuation.upperBound else { return false }
                e = Self.separator
                i += 3
            } else {
                return false
            }
            if e == Self.separator {
                pendingDash = true
                continue
            }
            let from = Int(e >> 8), length = Int(e & 0xFF)
            if length == 0 { continue }
            if pendingDash && count > start { out[count] = 0x2D; count += 1 }
            pendingDash = false
            for k in from ..< from + length {
                out[count] = bytes[k]
                count += 1
            }
        }
        return true
    }

    /// The pieces of U+1E00 ..< U+1F00, in scalar order (generated as ``latinPieces`` were; checked against
    /// ``slugPieces(_:)`` by the tests).
    static let extendedPieces: [String] = [
    "a", "a", "b", "b", "b", "b", "b", "b", "c", "c", "d", "d", "d", "d", "d", "d", "d", "d", "d", "d", "e", "e", "e",
    "e", "e", "e", "e", "e", "e", "e", "f", "f", "g", "g", "h", "h", "h", "h", "h", "h", "h", "h", "h", "h", "i", "i",
    "i", "i", "k", "k", "k", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", "l", "m", "m", "m", "m", "m", "m", "n",
    "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "o", "o", "p", "p", "p", "p", "r", "r", "r", "r",
    "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t", "t", "t", "t", "t", "t", "u",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", "v", "v", "v", "v", "w", "w", "w", "w", "w", "w", "w", "w", "w", "w",
    "x", "x", "x", "x", "y", "y", "z", "z", "z", "z", "z", "z", "h", "t", "w", "y", "ẚ", "ſ", "ẜ", "ẝ", "ß", "ẟ", "a",
    "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a",
    "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o",
    "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "u", "u",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "y", "y", "y", "y", "y", "y", "y", "y", "ỻ", "ỻ", "ỽ",
    "ỽ", "ỿ", "ỿ",
    ]

    /// The pieces of U+0080 ..< U+0250, in scalar order (generated by ``slugPieces(_:)``).
    static let latinPieces: [String] = [
    "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",
    "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "ª", "-", "-", "-",
    "-", "-", "-", "-", "-", "-", "-", "µ", "-", "-", "-", "-", "º", "-", "-", "-", "-", "-", "a", "a", "a", "a", "a",
    "a", "æ", "c", "e", "e", "e", "e", "i", "i", "i", "i", "ð", "n", "o", "o", "o", "o", "o", "-", "ø", "u", "u", "u",
    "u", "y", "þ", "ss", "a", "a", "a", "a", "a", "a", "æ", "c", "e", "e", "e", "e", "i", "i", "i", "i", "ð", "n",
    "o", "o", "o", "o", "o", "-", "ø", "u", "u", "u", "u", "y", "þ", "y", "a", "a", "a", "a", "a", "a", "c", "c", "c",
    "c", "c", "c", "c", "c", "d", "d", "đ", "đ", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
    "g", "g", "g", "g", "h", "h", "ħ", "ħ", "i", "i", "i", "i", "i", "i", "i", "i", "i", "ı", "ĳ", "ĳ", "j", "j", "k",
    "k", "ĸ", "l", "l", "l", "l", "l", "l", "ŀ", "ŀ", "ł", "ł", "n", "n", "n", "n", "n", "n", "ŉ", "ŋ", "ŋ", "o", "o",
    "o", "o", "o", "o", "œ", "œ", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t",
    "t", "ŧ", "ŧ", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z",
    "z", "z", "z", "ſ", "ƀ", "ɓ", "ƃ", "ƃ", "ƅ", "ƅ", "ɔ", "ƈ", "ƈ", "ɖ", "ɗ", "ƌ", "ƌ", "ƍ", "ǝ", "ə", "ɛ", "ƒ", "ƒ",
    "ɠ", "ɣ", "ƕ", "ɩ", "ɨ", "ƙ", "ƙ", "ƚ", "ƛ", "ɯ", "ɲ", "ƞ", "ɵ", "o", "o", "ƣ", "ƣ", "ƥ", "ƥ", "ʀ", "ƨ", "ƨ", "ʃ",
    "ƪ", "ƫ", "ƭ", "ƭ", "ʈ", "u", "u", "ʊ", "ʋ", "ƴ", "ƴ", "ƶ", "ƶ", "ʒ", "ƹ", "ƹ", "ƺ", "ƻ", "ƽ", "ƽ", "ƾ", "ƿ", "ǀ",
    "ǁ", "ǂ", "ǃ", "ǆ", "ǆ", "ǆ", "ǉ", "ǉ", "ǉ", "ǌ", "ǌ", "ǌ", "a", "a", "i", "i", "o", "o", "u", "u", "u", "u", "u",
    "u", "u", "u", "u", "u", "ǝ", "a", "a", "a", "a", "æ", "æ", "ǥ", "ǥ", "g", "g", "k", "k", "o", "o", "o", "o", "ʒ",
    "ʒ", "j", "ǳ", "ǳ", "ǳ", "g", "g", "ƕ", "ƿ", "n", "n", "a", "a", "æ", "æ", "ø", "ø", "a", "a", "a", "a", "e", "e",
    "e", "e", "i", "i", "i", "i", "o", "o", "o", "o", "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", "ȝ",
    "ȝ", "h", "h", "ƞ", "ȡ", "ȣ", "ȣ", "ȥ", "ȥ", "a", "a", "e", "e", "o", "o", "o", "o", "o", "o", "o", "o", "y", "y",
    "ȴ", "ȵ", "ȶ", "ȷ", "ȸ", "ȹ", "ⱥ", "ȼ", "ȼ", "ƚ", "ⱦ", "ȿ", "ɀ", "ɂ", "ɂ", "ƀ", "ʉ", "ʌ", "ɇ", "ɇ", "ɉ", "ɉ", "ɋ",
    "ɋ", "ɍ", "ɍ", "ɏ", "ɏ",
    ]
}

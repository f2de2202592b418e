import Foundation

/// Word lists and shape tests for personal names.
enum NameShapes {
    /// Lowercase particles inside names (`Ilse von der Aue`, `Joana da Rocha`, `Karim bin Said`).
    static let particles: Set<String> = [
        "von", "van", "der", "den", "de", "da", "das", "dos", "do", "di", "du", "del", "della", "la", "le",
        "bin", "ibn", "bint", "al", "el", "ben", "abu", "ter", "ten", "zu", "y", "e", "of",
    ]
    /// Particles that may start a surname mention (`von der Aue`, `De Wit`, `al-Hadi`).
    static let surnameStarters: Set<String> = ["von", "van", "de", "da", "dos", "di", "du", "del", "della", "la", "le", "al", "el", "ben", "bin", "abu", "ter", "ten", "zu"]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
    ]
    /// Capitalised words that open sentences or headlines but are not names.
    static let nonNames: Set<String> = [
        "the", "a", "an", "and", "but", "or", "in", "on", "at", "for", "with", "from", "by", "to", "of", "as", "after", "before",
        "while", "when", "where", "who", "which", "what", "this", "that", "these", "those", "his", "her", "their", "its", "our",
        "he", "she", "they", "we", "it", "i", "you", "there", "here", "meanwhile", "however", "also", "both", "all", "some",
        "other", "others", "many", "most", "several", "no", "not", "yes", "today", "yesterday", "tomorrow", "tonight",
        "mr", "mrs", "ms", "dr", "prof", "sir", "gov", "photo", "photos", "picture", "image", "images", "video", "source", "read",
        "more", "update", "updated", "breaking", "live", "news", "report", "reports", "opinion", "analysis", "dear",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines", "und", "oder", "aber", "im", "am",
        "beim", "vom", "zum", "zur", "nach", "bei", "mit", "von", "für", "auf", "aus", "über", "unter", "vor", "seit", "wie",
        "er", "sie", "es", "wir", "ihr", "man", "sein", "seine", "ihre", "auch", "doch", "noch", "nun", "dann", "so", "zudem",
        "dabei", "damit", "denn", "dass", "ob", "wenn", "weil", "als", "alle", "beide", "beiden", "mehr", "details", "quelle",
        "foto", "bild", "herr", "frau", "heute", "gestern", "morgen", "laut", "trotz", "eigentlich", "offenbar", "demnach",
        "anschließend", "zuvor", "bereits", "kritik", "dies", "diese", "dieser", "dieses", "jetzt", "erst", "mit",
        // Letters after a member's name: "Verona Murphy TD", "Jan Berg MEP", "Anna Kurz MdB".
        "td", "mep", "mdb", "mdl",
    ]

    /// Whether `word` is a single capital letter (an initial, followed by a dot in the text).
    /// (Inlined, so that a caller passing `tokens[i]` reads its fields in place instead of copying it.)
    @inline(__always) static func isInitial(_ t: Token) -> Bool { t.kind == .word && t.isCapitalized && t.end - t.start == 1 }

    /// Whether a hyphenated word starts with a lowercase particle (`al-Hadi`, `el-Amin`).
    ///
    /// The token's flags are tested inline (no copy of the token); only a lowercase hyphenated
    /// word's text is examined.
    @inline(__always) static func isParticleCompound(_ t: Token, text: String) -> Bool {
        t.kind == .word && !t.isCapitalized && t.hasHyphen && startsWithParticle(text)
    }

    /// Whether the lowercase form `lower` of a word starts with a particle and a hyphen: true for every word
    /// for which ``isParticleCompound(_:text:)`` is (whose text starts with a lowercase particle).
    static func mayStartWithParticle(_ lower: String) -> Bool {
        guard let dash = lower.firstIndex(of: "-") else { return false }
        return particles.contains(String(lower[..<dash]))
    }

    /// Whether `text` is a lowercase particle, a hyphen and an uppercase letter (`al-Hadi`).
    private static func startsWithParticle(_ text: String) -> Bool {
        guard let dash = text.firstIndex(of: "-") else { return false }
        let head = text[..<dash]
        let rest = text[text.index(after: dash)...]
        return particles.contains(String(head)) && (rest.first?.isUppercase ?? false)
    }

    /// Levenshtein distance, capped (returns `cap + 1` once exceeded).
    static func distance(_ a: String, _ b: String, cap: Int = 2) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > cap { return cap + 1 }
        var prev = Array(0 ... y.count)
        for i in 1 ... max(x.count, 1) where !x.isEmpty {
            var cur = [i] + Array(repeating: 0, count: y.count)
            for j in 1 ... max(y.count, 1) where !y.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[y.count]
    }

    /// Folds diacritics and case for name comparison (`Zoë` ~ `Zoe`).
    static func fold(_ s: String) -> String {
        // Latin text: each scalar's decomposition without marks comes from a table. No scalar below
        // U+0250 is or starts with a combining mark, so the text's decomposition is theirs in turn.
        let folded = s.withUTF8Bytes { foldLatin($0) } ?? String(withoutMarks(s)).latinLowercased()
        assert(folded == scalarFold(s), "the byte path folds as the scalar path does")
        return folded
    }

    /// ``fold(_:)`` of the UTF-8 text `text` if all its scalars are below U+0250, else nil: read in two
    /// passes over its bytes (the length of the result, then the result written into its string), its
    /// ASCII capitals lowercased on the way; a result that is not all ASCII is lowercased by
    /// ``Swift/String/latinLowercased()`` after. (The scalar path collected the bytes in an array of
    /// their own and made the string from it.)
    private static func foldLatin(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        let (bytes, starts) = flatWithoutMarks
        let n = text.count
        var length = 0, k = 0, ascii = true
        while k < n {
            let b = text[k]
            if b < 0x80 { length += 1; k += 1; continue }
            // (Scalars below U+0250 take two bytes, lead bytes 0xC2 ... 0xC9.)
            guard b < 0xE0, k + 1 < n else { return nil }
            let v = (UInt32(b & 0x1F) << 6) | UInt32(text[k + 1] & 0x3F)
            guard v < 0x250 else { return nil }
            let from = Int(starts[Int(v) - 0x80]), to = Int(starts[Int(v) - 0x7F])
            length += to - from
            for j in from ..< to where bytes[j] >= 0x80 { ascii = false }
            k += 2
        }
        let folded = String(unsafeUninitializedCapacity: length) { out in
            @inline(__always) func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b + 32 : b }
            var o = 0, k = 0
            while k < n {
                let b = text[k]
                if b < 0x80 { out[o] = lower(b); o += 1; k += 1; continue }
                let v = Int((UInt32(b & 0x1F) << 6) | UInt32(text[k + 1] & 0x3F))
                for j in Int(starts[v - 0x80]) ..< Int(starts[v - 0x7F]) { out[o] = lower(bytes[j]); o += 1 }
                k += 2
            }
            return o
        }
        return ascii ? folded : folded.latinLowercased()
    }

    /// ``latinWithoutMarks`` as one list of bytes, with the start of each scalar's (and the end of the last).
    private static let flatWithoutMarks: (bytes: [UInt8], starts: [Int32]) = {
        var bytes: [UInt8] = [], starts: [Int32] = []
        for piece in latinWithoutMarks {
            starts.append(Int32(bytes.count))
            bytes.append(contentsOf: piece)
        }
        starts.append(Int32(bytes.count))
        return (bytes, starts)
    }()

    /// ``fold(_:)`` scalar by scalar, as it was first written (the reference its byte path is checked against
    /// in debug builds).
    static func scalarFold(_ s: String) -> String {
        // (Collected as UTF-8 bytes: appending scalars to a scalar view costs more per scalar.)
        var kept: [UInt8] = []
        kept.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar.isASCII { kept.append(UInt8(scalar.value)); continue }
            guard scalar.value < 0x250 else { return String(withoutMarks(s)).latinLowercased() }
            kept.append(contentsOf: latinWithoutMarks[Int(scalar.value - 0x80)])
        }
        // (An ASCII result is lowercased byte by byte: that is `lowercased()` of ASCII text, and it
        // builds no second string.)
        if !kept.contains(where: { $0 >= 0x80 }) {
            for k in kept.indices where kept[k] >= 0x41 && kept[k] <= 0x5A { kept[k] += 32 }
            return String(decoding: kept, as: UTF8.self)
        }
        return String(decoding: kept, as: UTF8.self).latinLowercased()
    }

    /// The canonical decomposition of `s` without its nonspacing marks.
    private static func withoutMarks(_ s: String) -> String.UnicodeScalarView {
        var kept = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.isASCII || scalar.properties.generalCategory != .nonspacingMark {
            kept.append(scalar)
        }
        return kept
    }

    /// ``withoutMarks(_:)`` of each scalar U+0080 ..< U+0250 (Latin-1 Supplement, Latin Extended-A
    /// and -B), as UTF-8 bytes.
    private static let latinWithoutMarks: [[UInt8]] = (UInt32(0x80) ..< 0x250).map {
        Array(String(withoutMarks(String(Unicode.Scalar($0)!))).utf8)
    }
}

import Foundation
/// A person the document names, built up from every mention.
///
/// (No stored field has an initial value, and the optional ones are spelled `Optional<…>` (a `T?` field starts
/// as nil): ``init(words:folded:name:firstToken:)`` sets every one. A struct initializer that sets a field
/// with an initial value built the record twice, copied one out and destroyed the other.)
struct ActorRecord: Sendable {
    /// Name words as written in the longest mention (`["Ilse", "von", "der", "Aue"]`).
    private(set) var words: [String]
    /// Folded, lowercased name words, for matching.
    private(set) var folded: [String]
    /// The full name as written.
    private(set) var name: String
    var aliases: [String]
    var country: Optional<String>
    /// How sure the country is: 1 default by language, 2 context, 3 coreference, 4 stated.
    var countryRank: Int
    var org: Optional<String>
    var role: Optional<String>
    var family: Optional<String>
    /// Whether the person is a woman, as far as a title says ("Präsidentin", "Queen"); nil when unknown.
    var feminine: Optional<Bool>
    var international: Bool
    /// Token index of the first mention (for recency and order).
    var firstToken: Int

    /// Surname keys: the last word, the tail from the first particle, the non-first words, the
    /// full name (folded), each once. Kept up to date by ``setName(words:folded:name:)``.
    /// (A short list: a name has a handful of keys, which are compared sooner than hashed.)
    private(set) var surnameKeys: [String]

    init(words: [String], folded: [String], name: String, firstToken: Int) {
        self.words = words
        self.folded = folded
        self.name = name
        aliases = []
        country = nil
        countryRank = 0
        org = nil
        role = nil
        family = nil
        feminine = nil
        international = false
        self.firstToken = firstToken
        surnameKeys = Self.keys(folded)
    }

    mutating func setName(words: [String], folded: [String], name: String) {
        self.words = words
        self.folded = folded
        self.name = name
        surnameKeys = Self.keys(folded)
    }

    static func keys(_ folded: [String]) -> [String] {
        var keys: [String] = []
        guard let last = folded.last else { return keys }
        keys.reserveCapacity(folded.count + 3)
        keys.append(last)
        keys.addOnce(spaced(folded[...]))
        if folded.count >= 2 {
            for (k, w) in folded.enumerated() where k > 0 {
                if NameShapes.particles.contains(w) {
                    keys.addOnce(spaced(folded[k...]))
                    break
                }
                if !w.unicodeScalars.dropFirst(2).isEmpty { keys.addOnce(w) }  // (3 scalars or more, not all counted)
            }
            keys.addOnce(spaced(folded[(folded.count - 2)...]))
            // The first word too: family names come first in Chinese, Korean, Vietnamese and
            // Cambodian names ("Yoon" of "Yoon Suk Yeol"), and bare given names refer to their bearer.
            if folded[0].unicodeScalars.count >= 2 && !NameShapes.particles.contains(folded[0]) { keys.addOnce(folded[0]) }
        }
        return keys
    }

    /// `words` joined by single spaces, as `joined(separator: " ")` joins them, into a string given
    /// its full length at once.
    static func spaced(_ words: ArraySlice<String>) -> String {
        // (The bytes are copied into a string of their length at once: appending word by word cost
        // a few hundred instructions per word.)
        let length = words.reduce(words.count - 1) { $0 + $1.utf8.count }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for (i, w) in zip(words.indices, words) {
                if i != words.startIndex { buffer[k] = 0x20; k += 1 }
                w.withUTF8Bytes { bytes in
                    for b in bytes { buffer[k] = b; k += 1 }
                }
            }
            return k
        }
    }

    mutating func setCountry(_ iso: String?, rank: Int, file: StaticString = #fileID, line: UInt = #line) {
        guard let iso, rank > countryRank else { return }
        if DocumentAnalysis.debugEnabled {
            FileHandle.standardError.write("  country \(name) := \(iso) (rank \(rank), \(file):\(line))\n".data(using: .utf8)!)
        }
        country = iso
        countryRank = rank
    }
}

/// A place in the text where an actor is referred to.
struct Mention: Sendable {
    enum Kind: Sendable { case name, office, pronoun, plural }
    var actor: Int
    var sentence: Int
    var start: Int
    var end: Int
    var kind: Kind
}

/// A title found in the text, with what it says about its holder.
struct TitleHit: Sendable {
    var start: Int          // first token of the role phrase (modifiers and qualifiers included)
    var titleStart: Int
    var titleEnd: Int       // token after the title words and any complement
    var info: TitleInfo
    var country: String?
    var countryRank = 4
    var org: String?
    var definite = false
    /// Token range of the title words (the role as written is `text(tokens:)` of it).
    var roleRange: Range<Int>
    /// An actor the title is relative to ("Novak aide"): its surname.
    var ofActorWord: String?
    /// The second country of a coordinated complement ("die Außenminister Frankreichs und Polens, A und B"):
    /// the country of the second name.
    var pairedCountry: String?
}

private extension Array where Element == String {
    /// Appends `key` unless the list holds it already.
    mutating func addOnce(_ key: String) {
        if !contains(key) { append(key) }
    }
}

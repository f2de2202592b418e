/// Tells German from English (and recognises a few other languages so they can be refused by
/// name) by counting function words, which make up a large, stable share of running text.
///
/// The language whose function-word list covers the most word tokens wins; it needs a clear
/// margin over the runner-up (or, in short texts below ``minimumHits``, any margin). Text without
/// any function word is German if it has German letters, otherwise English if it is Latin script.
///
/// Reference: Cavnar & Trenkle's n-gram method is the classic; for two well-separated languages
/// function words are enough (Grefenstette, "Comparing two language identification schemes", 1995).
struct LanguageDetector: Sendable {
    /// The languages with function words, sorted by code (the bit order of the masks below).
    let languages: [String]
    /// Lowercased function word → bit set of its languages.
    private let table: [String: UInt32]
    var minimumHits = 3
    /// Word tokens inspected (enough for a stable decision; keeps long texts cheap).
    var sampleSize = 3000

    /// The detected language, or nil.
    /// - Complexity: O(min(n, sampleSize)) dictionary look-ups.
    func detect(_ text: TokenizedText) -> String? {
        detect(text) { table[text.lowers[$0]] ?? 0 }
    }

    /// The detected language, with each token's languages already looked up
    /// (``WordEntry/languages``, in the bit order of ``languages``).
    /// - Complexity: O(n).
    func detect(_ text: TokenizedText, entries: [WordEntry]) -> String? {
        detect(text) { entries[$0].languages }
    }

    private func detect(_ text: TokenizedText, languagesOf: (Int) -> UInt32) -> String? {
        let tokens = text.tokens
        var hits = [Int](repeating: 0, count: languages.count)
        var seen = 0
        for i in tokens.indices where tokens[i].kind == .word {
            seen += 1
            if seen > sampleSize { break }
            var mask = languagesOf(i)
            while mask != 0 {
                hits[mask.trailingZeroBitCount] += 1
                mask &= mask - 1
            }
        }
        let ranked = zip(languages, hits).filter { $0.1 > 0 }
            .sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let best = ranked.first else {
            // No function word at all (a headline, a caption): German letters say German, other
            // Latin text is taken as English.
            let letters = tokens.indices.lazy.filter { tokens[$0].kind == .word }
            if letters.isEmpty { return nil }
            if letters.contains(where: { text.lowers[$0].unicodeScalars.contains { "äöüß".unicodeScalars.contains($0) } }) { return "de" }
            return letters.allSatisfy({ text.text($0).unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" } }) ? "en" : nil
        }
        let second = ranked.count > 1 ? ranked[1].1 : 0
        if best.1 < minimumHits && best.1 <= second { return nil }
        if second > 0 && Double(second) > Double(best.1) * 0.8 && best.1 < 20 && best.1 >= minimumHits { return nil }
        return best.0
    }

    /// - Parameter functionWords: lowercased function words per ISO 639-1 code.
    init(functionWords: [String: [String]]) {
        languages = functionWords.keys.sorted()
        precondition(languages.count <= 32, "at most 32 languages with function words")
        var out: [String: UInt32] = [:]
        for (k, lang) in languages.enumerated() {
            for w in functionWords[lang] ?? [] { out[w.lowercased(), default: 0] |= 1 << UInt32(k) }
        }
        table = out
    }
}

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
    /// Lowercased function word → the languages it belongs to.
    private let table: [String: [String]]
    var minimumHits = 3
    /// Word tokens inspected (enough for a stable decision; keeps long texts cheap).
    var sampleSize = 3000

    /// The detected language, or nil.
    /// - Complexity: O(min(n, sampleSize)) dictionary look-ups.
    func detect(_ tokens: [Token]) -> String? {
        var counts: [String: Int] = [:]
        var seen = 0
        for t in tokens where t.kind == .word {
            seen += 1
            if seen > sampleSize { break }
            if let langs = table[t.lower] { for l in langs { counts[l, default: 0] += 1 } }
        }
        let ranked = counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first else {
            // No function word at all (a headline, a caption): German letters say German, other
            // Latin text is taken as English.
            let letters = tokens.lazy.filter { $0.kind == .word }
            if letters.isEmpty { return nil }
            if letters.contains(where: { $0.lower.unicodeScalars.contains { "äöüß".unicodeScalars.contains($0) } }) { return "de" }
            return letters.allSatisfy({ $0.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" } }) ? "en" : nil
        }
        let second = ranked.count > 1 ? ranked[1].value : 0
        if best.value < minimumHits && best.value <= second { return nil }
        if second > 0 && Double(second) > Double(best.value) * 0.8 && best.value < 20 && best.value >= minimumHits { return nil }
        return best.key
    }

    /// - Parameter functionWords: lowercased function words per ISO 639-1 code.
    init(functionWords: [String: [String]]) {
        var out: [String: [String]] = [:]
        for (lang, words) in functionWords { for w in words { out[w.lowercased(), default: []].append(lang) } }
        table = out
    }
}

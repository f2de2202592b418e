import Foundation

/// A lexicon match over a run of tokens.
struct Tag: Sendable {
    var entity: Entity
    var start: Int
    var end: Int
    /// The matched text is listed as needing context (a homonym, a common word, a person's name).
    var ambiguous: Bool
}

/// One document under analysis: its scalars, tokens, sentences and the lexicon tags on them.
/// Later stages (people, countries, meetings) read and extend it.
final class DocumentAnalysis {
    let lexicons: Lexicons
    let document: String
    let language: String
    /// The text as scalars and UTF-8 bytes (spans become strings by copying bytes).
    let source: ScalarText
    /// The scalars of the text.
    var scalars: [Unicode.Scalar] { source.scalars }
    let tokens: [Token]
    let sentences: [Sentence]
    /// Tag starting at each token (nil if none).
    var tagAt: [Tag?]
    /// The start token of the tag covering each token, or -1.
    var coveredBy: [Int32]
    /// Each token's word classes.
    let wordClass: [WordClass]
    /// Each token's lexicon entry (``WordTable/entries(of:)``).
    let wordEntries: [WordEntry]
    /// Whether the token is inside quotation marks.
    var inQuote: [Bool]
    /// For each token, the sentence it belongs to.
    var sentenceOf: [Int32]
    /// People found so far, and where they are mentioned.
    var actors: [ActorRecord] = []
    var mentions: [Mention] = []
    /// Tokens that belong to a person's name (never countries or places), or to a non-actor's name.
    var inName: [Bool]
    /// Actors by surname key and by last folded name word.
    var actorsByKey: [String: [Int]] = [:]
    var actorsByLast: [String: [Int]] = [:]
    /// Folded forms of tokens (diacritics removed, lowercased), by token, computed on demand.
    private var foldCache: [String?]
    /// Sentence texts, by sentence index, computed on demand.
    private var sentenceTextCache: [String?]

    /// Token `i` folded for name matching (`Zoë` → `zoe`, `H.` → `h`).
    func folded(_ i: Int) -> String {
        if let f = foldCache[i] { return f }
        let t = tokens[i]
        let f = source.isASCII(t.start, t.end) ? t.lower : NameShapes.fold(t.text)
        foldCache[i] = f
        return f
    }

    /// Tokens of role phrases ("Russian President", "Estlands Ministerpräsident").
    var inRole: [Bool]
    /// Actors whose title is relative to another actor ("Novak aide"): (actor, folded surname).
    var pendingRelativeCountry: [(Int, String)] = []
    /// Actors named with a possessive title ("dessen Außenminister"): (actor, possessor).
    var pendingPossessor: [(Int, Int)] = []
    /// Office mentions with a country that no actor could take yet: (family, country, token).
    var pendingOffices: [(String, String, Int)] = []
    /// Token index of each actor's latest mention during the left-to-right pass.
    var lastSeen: [Int] = []
    /// Mentions found while establishing actors, by first token (input of the left-to-right pass).
    var established: [Mention] = []
    var establishedByStart: [Int: [Int]] = [:]
    /// Meetings found so far, in order of first report.
    var meetings: [MeetingRecord] = []
    /// The meeting the text reported on last (new or merged into).
    var lastMeeting: Int?
    /// The place named last in the sentences read so far ("Letzte Station war Tallinn." → "Dort traf …").
    var lastPlaceNamed: PlaceMention?
    /// The subject of the latest journey (visit or arrival verb), for travelling pronouns.
    var currentTraveller: Int?
    /// Everyone who was the subject of a journey verb.
    var travellers: Set<Int> = []
    /// The person opening the sentence before (a subject pronoun's first candidate).
    var previousSubject: Int?
    /// The dateline's place (`WIEN (APA) -`, `Tal/Rom -`, `Oslo.`), if the text opens with one.
    var dateline: PlaceMention?
    var datelineISO: String?

    init(lexicons: Lexicons, document: String, language: String, source: ScalarText, tokens: [Token], entries: [WordEntry],
         sentences: [Sentence]) {
        self.lexicons = lexicons
        self.document = document
        self.language = language
        self.source = source
        foldCache = Array(repeating: nil, count: tokens.count)
        sentenceTextCache = Array(repeating: nil, count: sentences.count)
        self.tokens = tokens
        self.sentences = sentences
        wordEntries = entries
        wordClass = tokens.indices.map { tokens[$0].kind == .word ? entries[$0].classes : [] }
        tagAt = Array(repeating: nil, count: tokens.count)
        coveredBy = Array(repeating: -1, count: tokens.count)
        inQuote = Array(repeating: false, count: tokens.count)
        sentenceOf = Array(repeating: -1, count: tokens.count)
        inName = Array(repeating: false, count: tokens.count)
        inRole = Array(repeating: false, count: tokens.count)
        for s in sentences { for i in s.tokens { sentenceOf[i] = Int32(s.index) } }
        markQuotes()
        tagAll()
        preferContextCountries()
    }

    var isGerman: Bool { language == "de" }

    /// Set `SUMMITRY_DEBUG=1` to trace extraction decisions on standard error.
    var debugging: Bool { Self.debugEnabled }
    static let debugEnabled = ProcessInfo.processInfo.environment["SUMMITRY_DEBUG"] == "1"
    func debug(_ message: @autoclosure () -> String) {
        if debugging { FileHandle.standardError.write((message() + "\n").data(using: .utf8)!) }
    }

    /// The text of scalars `[start, end)`.
    func text(_ start: Int, _ end: Int) -> String { source.string(start, end) }

    /// The source text of tokens `[a, b)`.
    func text(tokens a: Int, _ b: Int) -> String { text(tokens[a].start, tokens[b - 1].end) }

    func sentenceText(_ s: Sentence) -> String {
        if let t = sentenceTextCache[s.index] { return t }
        let t = text(s.start, s.end)
        sentenceTextCache[s.index] = t
        return t
    }

    /// The tag covering token `i`, if any.
    func tag(covering i: Int) -> Tag? {
        let c = coveredBy[i]
        return c >= 0 ? tagAt[Int(c)] : nil
    }

    private func markQuotes() {
        var open = false
        for i in tokens.indices {
            let t = tokens[i]
            if t.isBreak { open = false; continue }
            if t.kind == .quote {
                // Single guillemets and low-9 quotes open; a quote glued to a following word opens.
                open.toggle()
                continue
            }
            inQuote[i] = open
        }
    }

    private func setTag(_ tag: Tag) {
        tagAt[tag.start] = tag
        for k in tag.start ..< tag.end { coveredBy[k] = Int32(tag.start) }
    }

    private func tagAll() {
        for s in sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                let t = tokens[i]
                guard t.kind == .word || t.kind == .number || t.text == "'" else { i += 1; continue }
                if let (entity, length) = bestMatch(at: i, limit: s.tokens.upperBound) {
                    // A one-token ASCII match is the token itself, whose lowercase form is at hand.
                    let matched = length == 1 && source.isASCII(t.start, t.end) ? t.lower : text(tokens: i, i + length).lowercased()
                    setTag(Tag(entity: entity, start: i, end: i + length, ambiguous: lexicons.ambiguousNames.contains(matched)))
                    i += length
                    continue
                }
                if t.kind == .word, isGerman, t.isCapitalized || t.hasHyphen {
                    if let hit = lexicons.germanTitle(t.lower) {
                        setTag(Tag(entity: .title(hit.index), start: i, end: i + 1, ambiguous: false))
                    } else if let hit = lexicons.germanMeetingNoun(t.lower) {
                        setTag(Tag(entity: .meetingNoun(hit.index), start: i, end: i + 1, ambiguous: false))
                    }
                }
                i += 1
            }
        }
    }

    /// A city name shared by places in several countries ("Windsor", "Valencia", "Tripoli") is read
    /// as the one in a country the text names, when the most populous reading is in none of them.
    private func preferContextCountries() {
        var named: Set<String> = []
        for tag in tagAt.compactMap({ $0 }) { if case .country(let iso, _) = tag.entity { named.insert(iso) } }
        guard !named.isEmpty else { return }
        for i in tagAt.indices {
            guard let tag = tagAt[i], case .place(_, let iso, _) = tag.entity, !named.contains(iso) else { continue }
            let limit = sentences[Int(sentenceOf[i])].tokens.upperBound
            let alternatives = lexicons.gazetteer.matches(tokens, at: i, limit: limit).compactMap { (e, n) -> Entity? in
                if n == tag.end - tag.start, case .place(_, let other, _) = e, named.contains(other) { return e }
                return nil
            }
            if let e = alternatives.first { tagAt[i] = Tag(entity: e, start: tag.start, end: tag.end, ambiguous: tag.ambiguous) }
        }
    }

    private func bestMatch(at i: Int, limit: Int) -> (Entity, Int)? {
        let t = tokens[i]
        let german = isGerman
        return lexicons.gazetteer.longestMatch(list: Int(wordEntries[i].phrases), tokens, at: i, limit: limit) { entity, length in
            switch entity {
            case .country(_, let form):
                // German adjectives are lowercase; everything else names something and is capitalised.
                if !(t.isCapitalized || t.isAllCaps || (german && form == .adjective)) { return false }
                if !german && form == .adjective && !t.isCapitalized { return false }
            case .place, .organization, .agency:
                if !(t.isCapitalized || t.isAllCaps) { return false }
            case .title, .meetingNoun:
                // German single-word titles and nouns come from the German tables.
                if german && length == 1 && !t.hasHyphen { return false }
            }
            return true
        }
    }

    /// The lowercase words of tokens `[a, b)` joined with spaces (for phrase look-ups).
    func phrase(_ a: Int, _ b: Int) -> String {
        tokens[a ..< b].map(\.lower).joined(separator: " ")
    }

    /// Whether the phrase set contains the one-, two- or three-word phrase starting at `i`; returns its length.
    func matchesPhrase(_ set: Set<String>, at i: Int, limit: Int) -> Int? {
        if wordClass[i].isDisjoint(with: .cue) { return nil }
        let first = tokens[i].lower
        if lexicons.phraseHeads.contains(first) {
            if i + 2 < limit && set.contains(first + " " + tokens[i + 1].lower + " " + tokens[i + 2].lower) { return 3 }
            if i + 1 < limit && set.contains(first + " " + tokens[i + 1].lower) { return 2 }
        }
        if set.contains(first) { return 1 }
        return nil
    }

    /// Whether token `i` belongs to word class `c`.
    @inline(__always) func has(_ i: Int, _ c: WordClass) -> Bool { wordClass[i].contains(c) }

    /// Evidence for sentence `s`.
    func evidence(_ s: Int) -> (sentence: Int, start: Int, end: Int, text: String) {
        let sentence = sentences[s]
        return (s, sentence.start, sentence.end, sentenceText(sentence))
    }
}

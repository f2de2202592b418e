import Foundation

/// A lexicon match over a run of tokens.
struct Tag: Sendable {
    var entity: Entity
    var start: Int
    var end: Int
    /// The matched text is listed as needing context (a homonym, a common word, a person's name).
    var ambiguous: Bool
}

/// The kind of a tag's entity, without its payload: what the per-token loops ask before they
/// copy a tag (a copy retains the entity's strings).
enum TagKind: UInt8, Sendable {
    case none, country, place, organization, agency, title, meetingNoun

    /// The kind of `tag` (``none`` for nil).
    init(_ tag: Tag?) {
        guard let tag else { self = .none; return }
        self.init(entity: tag.entity)
    }

    /// The kind of a tag of `entity`. (Given the entity, not the tag: wrapping a tag in an optional copies it.)
    init(entity: Entity) {
        switch entity {
        case .country: self = .country
        case .place: self = .place
        case .organization: self = .organization
        case .agency: self = .agency
        case .title: self = .title
        case .meetingNoun: self = .meetingNoun
        }
    }
}

/// A value per token of a document (its tags, whether it is inside a name, …) that later stages
/// may still change.
///
/// A class, so that ``DocumentAnalysis`` holds it as a constant: reading a stored `var` array of
/// a class would cost a dynamic exclusivity check per access. The storage is a buffer the table
/// owns (allocated here, freed in `deinit`); indices are checked by precondition as an array's are.
final class TokenTable<Element>: RandomAccessCollection {
    private let values: UnsafeMutableBufferPointer<Element>

    init(_ values: [Element]) {
        self.values = .allocate(capacity: values.count)
        _ = self.values.initialize(from: values)
    }

    init(repeating value: Element, count: Int) {
        values = .allocate(capacity: count)
        values.initialize(repeating: value)
    }

    deinit {
        values.deinitialize()
        values.deallocate()
    }

    var startIndex: Int { 0 }
    var endIndex: Int { values.count }

    subscript(i: Int) -> Element {
        get {
            precondition(i >= 0 && i < values.count, "token index out of range")
            return values[i]
        }
        set {
            precondition(i >= 0 && i < values.count, "token index out of range")
            values[i] = newValue
        }
    }
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
    /// The tokens with their lowercase forms (for the gazetteer), and its two columns held apart: plain
    /// tokens and each token's lowercase form. (A token's text is made from the source when asked for:
    /// ``spelling(_:)``.)
    let tokenized: TokenizedText
    let tokens: [Token]
    let lowers: [String]
    let sentences: [Sentence]
    /// Tag starting at each token (nil if none); later stages may refine a tag's reading.
    let tagAt: SparseTokenTable<Tag>
    /// The start token of the tag covering each token, or -1.
    let coveredBy: [Int32]
    /// The kind of the tag starting at each token (``TagKind/none`` if none). Later stages change
    /// a tag's reading only within its kind (a place for another place), so the table stays true.
    let tagKinds: [TagKind]
    /// Each token's word classes.
    let wordClass: [WordClass]
    /// Each token's lexicon entry (``WordTable/entries(of:)``).
    let wordEntries: [WordEntry]
    /// Each sentence's word classes and words, for skipping sentence scans that would find nothing.
    let summaries: SentenceSummaries
    /// Whether the token is inside quotation marks.
    let inQuote: [Bool]
    /// For each token, the sentence it belongs to.
    let sentenceOf: [Int32]
    // (The analysis's other state is read and written by its own single-threaded passes only, one
    // access at a time, in the recognisers' per-token loops: marked `@exclusivity(unchecked)`, as the
    // meeting detector's state below is, so that an access costs no dynamic exclusivity check.)
    /// People found so far, and where they are mentioned.
    @exclusivity(unchecked) var actors: [ActorRecord] = []
    @exclusivity(unchecked) var mentions: [Mention] = []
    /// Whether an actor has no name words (``matchActor(_:)`` then reads every actor: such an actor
    /// matches every name and no key finds it).
    @exclusivity(unchecked) var hasActorWithoutWords = false
    /// Tokens that belong to a person's name (never countries or places), or to a non-actor's name.
    let inName: TokenTable<Bool>
    /// Actors by surname key and by last folded name word.
    /// (Changed only by ``indexActorKeys(_:)``, which keeps ``actorKeyFilter`` up to date. Held as
    /// constants: a look-up or an addition costs no exclusivity check on the analysis.)
    let actorsByKey = ActorKeyIndex(capacity: 32)
    let actorsByLast = ActorKeyIndex(capacity: 8)
    /// Every key of ``actorsByKey`` and ``actorsByLast``, as a Bloom filter.
    let actorKeyFilter = ActorKeyFilter()
    /// Folded forms of tokens (diacritics removed, lowercased), by token, computed on demand.
    /// (Token tables held as constants: filling a cache costs no exclusivity check on the analysis.)
    private let foldCache: SparseTokenTable<String>
    /// Sentence texts, by sentence index, computed on demand.
    private let sentenceTextCache: SparseTokenTable<String>

    /// Token `i` folded for name matching (`Zoë` → `zoe`, `H.` → `h`).
    func folded(_ i: Int) -> String {
        // (An ASCII token's folded form is its lowercase form, read as it is: only other tokens' forms are
        // made and kept.)
        if source.isASCII(tokens[i].start, tokens[i].end) { return lowers[i] }
        if let f = foldCache[i] { return f }
        let f = NameShapes.fold(spelling(i))
        foldCache[i] = f
        return f
    }

    /// Tokens of role phrases ("Russian President", "Estlands Ministerpräsident").
    let inRole: TokenTable<Bool>
    /// Actors whose title is relative to another actor ("Novak aide"): (actor, folded surname).
    @exclusivity(unchecked) var pendingRelativeCountry: [(Int, String)] = []
    /// Actors named with a possessive title ("dessen Außenminister"): (actor, possessor).
    @exclusivity(unchecked) var pendingPossessor: [(Int, Int)] = []
    /// Office mentions with a country that no actor could take yet: (family, country, token).
    @exclusivity(unchecked) var pendingOffices: [(String, String, Int)] = []
    /// The people a numbered group last stood for ("the three ministers"), by its number.
    @exclusivity(unchecked) var numberedGroups: [Int: [Int]] = [:]
    /// Token index of each actor's latest mention during the left-to-right pass.
    @exclusivity(unchecked) var lastSeen: [Int] = []
    /// Mentions found while establishing actors, by first token (input of the left-to-right pass).
    @exclusivity(unchecked) var established: [Mention] = []
    @exclusivity(unchecked) var establishedByStart: [Int: [Int]] = [:]
    /// Whether an established mention starts at each token: read before ``establishedByStart``, so
    /// that most tokens cost no dictionary look-up.
    let startsEstablished: TokenTable<Bool>
    // (The meeting detector's state is read in every sentence's hot loops: it is marked
    // `@exclusivity(unchecked)`, as only this analysis's own single-threaded pass reads and writes
    // it, so that a read costs no dynamic exclusivity check.)
    /// Meetings found so far, in order of first report.
    @exclusivity(unchecked) var meetings: [MeetingRecord] = []
    /// The meeting the text reported on last (new or merged into).
    @exclusivity(unchecked) var lastMeeting: Int?
    /// The bodies the sentences' triggers named ("G7-Gipfel"), each once: a ``Trigger`` holds its
    /// body's number here.
    @exclusivity(unchecked) var triggerBodies = TriggerBodies()
    /// The storage of the triggers of the sentence read last, given back after its meetings are made: the next
    /// sentence's triggers are written into it (``triggers(in:)``), so a sentence allocates no list of its own.
    @exclusivity(unchecked) var triggerStorage: [Trigger] = []
    /// The same for the sentence's mentions, participations and time expressions (``resolveMentions(in:)``,
    /// ``participations(in:mentions:)``, ``timeExpressions(in:)``): given back after the sentence is read.
    @exclusivity(unchecked) var mentionStorage: [Mention] = []
    @exclusivity(unchecked) var participationStorage: [Participation] = []
    @exclusivity(unchecked) var timeStorage: [TimeExpression] = []
    /// The nominative of each German meeting noun the events named (see `nominative(ofNoun:)`).
    @exclusivity(unchecked) var nominatives: [String: String] = [:]
    /// People added to a meeting for a statement made there (see `statementsAtMeeting`).
    @exclusivity(unchecked) var statementParticipants: Set<Int> = []
    /// The place named last in the sentences read so far ("Letzte Station war Tallinn." → "Dort traf …").
    @exclusivity(unchecked) var lastPlaceNamed: PlaceMention?
    /// ``lastPlaceNamed`` as it was after the first sentence that names a place (the last place of that sentence).
    @exclusivity(unchecked) var firstPlaceNamed: PlaceMention?
    /// The subject of the latest journey (visit or arrival verb), for travelling pronouns.
    @exclusivity(unchecked) var currentTraveller: Int?
    /// Everyone who was the subject of a journey verb.
    @exclusivity(unchecked) var travellers: Set<Int> = []
    /// Who leads the delegation of the report: the first person named in a sentence that has a delegation led
    /// ("X led a delegation to Warsaw", "eine Delegation unter Leitung von X"), for "the delegation" after it.
    @exclusivity(unchecked) var delegationLeader: Int?
    /// The person opening the sentence before (a subject pronoun's first candidate).
    @exclusivity(unchecked) var previousSubject: Int?
    /// The dateline's place (`WIEN (APA) -`, `Tal/Rom -`, `Oslo.`), if the text opens with one.
    @exclusivity(unchecked) var dateline: PlaceMention?
    /// The sentence holding the dateline; the sentences before it are headline, teaser and byline.
    @exclusivity(unchecked) var datelineSentence = 0
    @exclusivity(unchecked) var datelineISO: String?

    init(lexicons: Lexicons, document: String, language: String, source: ScalarText, text: TokenizedText, entries: [WordEntry],
         sentences: [Sentence]) {
        self.document = document
        self.language = language
        isGerman = language == "de"
        self.source = source
        foldCache = SparseTokenTable(count: text.tokens.count)
        sentenceTextCache = SparseTokenTable(count: sentences.count)
        tokenized = text
        let tokens = text.tokens
        self.tokens = tokens
        lowers = text.lowers
        self.sentences = sentences
        wordEntries = entries
        let wordClass = tokens.indices.map { tokens[$0].kind == .word ? entries[$0].classes : [] }
        self.wordClass = wordClass
        let (summaries, sentenceOf) = SentenceSummaries.make(sentences: sentences, tokens: tokens, wordClass: wordClass)
        self.sentenceOf = sentenceOf
        self.summaries = summaries
        inQuote = LexiconTagging.quoteMarks(tokens)
        // The per-token tables are computed before the analysis exists and held as constants, so
        // reading them costs no dynamic exclusivity check.
        var tagging = LexiconTagging(source: source, text: text, entries: entries, sentences: sentences,
                                     sentenceOf: sentenceOf, isGerman: language == "de")
        tagging.tagAll(lexicons)
        tagging.preferContextCountries(lexicons)
        // (Stored after its last use here: the lexicons passed are moved in, not copied once more.)
        self.lexicons = lexicons
        tagAt = tagging.tagAt
        coveredBy = tagging.coveredBy
        tagKinds = tagging.tagKinds
        inName = TokenTable(repeating: false, count: tokens.count)
        inRole = TokenTable(repeating: false, count: tokens.count)
        startsEstablished = TokenTable(repeating: false, count: tokens.count)
    }

    /// Whether the text is German (``language`` is `de`); stored, as the rules ask it for nearly every token.
    let isGerman: Bool

    /// Set `SUMMITRY_DEBUG=1` to trace extraction decisions on standard error.
    var debugging: Bool { Self.debugEnabled }
    static let debugEnabled = ProcessInfo.processInfo.environment["SUMMITRY_DEBUG"] == "1"
    func debug(_ message: @autoclosure () -> String) {
        if debugging { FileHandle.standardError.write((message() + "\n").data(using: .utf8)!) }
    }

    /// The text of scalars `[start, end)`.
    func text(_ start: Int, _ end: Int) -> String { source.string(start, end) }

    /// Token `i` as written (``TokenizedText/text(_:)``): a new string.
    func spelling(_ i: Int) -> String { tokenized.text(i) }

    /// Whether token `i` is spelled `s`, compared by bytes (``TokenizedText/spells(_:_:)``).
    func spells(_ i: Int, _ s: String) -> Bool { tokenized.spells(i, s) }

    /// The source text of tokens `[a, b)`.
    func text(tokens a: Int, _ b: Int) -> String { text(tokens[a].start, tokens[b - 1].end) }

    func sentenceText(_ s: Sentence) -> String {
        if let t = sentenceTextCache[s.index] { return t }
        let t = text(s.start, s.end)
        sentenceTextCache[s.index] = t
        return t
    }

    /// Whether a tag covers token `i` (``tag(covering:)`` is not nil), without copying the tag.
    @inline(__always) func isTagged(_ i: Int) -> Bool { coveredBy[i] >= 0 }

    /// The tag covering token `i`, if any.
    /// (Inlined: most tokens have none, which the caller then learns from one comparison, without a call.)
    @inline(__always) func tag(covering i: Int) -> Tag? {
        let c = coveredBy[i]
        return c >= 0 ? tagAt[Int(c)] : nil
    }

    /// The lowercase words of tokens `[a, b)` joined with spaces (for phrase look-ups).
    func phrase(_ a: Int, _ b: Int) -> String {
        lowers[a ..< b].joined(separator: " ")
    }

    /// Whether the phrase set contains the one-, two- or three-word phrase starting at `i`; returns its length.
    ///
    /// - Parameter word: the word class the lexicons give every word of `set` (``WordClass/planned``
    ///   for ``Lexicons/planned``, …); with ``WordClass/phraseHead`` it decides most tokens without
    ///   hashing a string.
    func matchesPhrase(_ set: TextKeySet, _ word: WordClass, at i: Int, limit: Int) -> Int? {
        let classes = wordClass[i]
        if classes.isDisjoint(with: word.union(.phraseHead)) { return nil }
        // (A phrase's second word is a ``WordClass/phraseSecond``: other words need no phrase built. Only
        // words have classes, so a token of another kind is compared.)
        if classes.contains(.phraseHead), i + 1 < limit, tokens[i + 1].kind != .word || has(i + 1, .phraseSecond) {
            // (The phrases are looked up word by word: a phrase is made only for a hash the set holds.)
            let first = lowers[i]
            if i + 2 < limit && set.contains(first, lowers[i + 1], lowers[i + 2]) { return 3 }
            if i + 1 < limit && set.contains(first, lowers[i + 1]) { return 2 }
        }
        return classes.contains(word) ? 1 : nil
    }

    /// ``NameShapes/isParticleCompound(_:text:)`` of token `i`, with the token's flags and its lowercase
    /// form tested before its text is made.
    @inline(__always) func isParticleCompound(_ i: Int) -> Bool {
        tokens[i].kind == .word && !tokens[i].isCapitalized && tokens[i].hasHyphen && NameShapes.mayStartWithParticle(lowers[i])
            && NameShapes.isParticleCompound(tokens[i], text: spelling(i))
    }

    /// Whether token `i` belongs to word class `c`.
    @inline(__always) func has(_ i: Int, _ c: WordClass) -> Bool { wordClass[i].contains(c) }

    /// Evidence for sentence `s`.
    func evidence(_ s: Int) -> (sentence: Int, start: Int, end: Int, text: String) {
        let sentence = sentences[s]
        return (s, sentence.start, sentence.end, sentenceText(sentence))
    }
}

/// Tags a document's tokens with lexicon matches (countries, places, organisations, agencies,
/// titles, meeting nouns) and marks quotations: the per-token tables ``DocumentAnalysis`` reads.
///
/// Runs before the analysis object exists, so that the analysis can hold the tables as constants.
///
/// (The lexicons are handed to each pass, not held: a copy of ``Lexicons`` would retain every one of its
/// tables, and freeing it would release them all, once per document.)
struct LexiconTagging {
    let source: ScalarText
    /// The tokens with their spellings (for the gazetteer), and the parts held apart.
    let tokenized: TokenizedText
    let tokens: [Token]
    let lowers: [String]
    let wordEntries: [WordEntry]
    let sentences: [Sentence]
    let sentenceOf: [Int32]
    let isGerman: Bool
    /// Tag starting at each token (nil if none): the table the analysis then holds (written here,
    /// handed over without a copy).
    let tagAt: SparseTokenTable<Tag>
    /// The start token of the tag covering each token, or -1.
    private(set) var coveredBy: [Int32]
    /// The tokens a tag starts at, in text order (``tagAt`` is nil everywhere else).
    private var tagStarts: [Int] = []
    /// The kind of the tag starting at each token (``TagKind/none`` for none): kept as tags are set,
    /// so that the table of tags need not be read through again to make it.
    private(set) var tagKinds: [TagKind]

    init(source: ScalarText, text: TokenizedText, entries: [WordEntry], sentences: [Sentence],
         sentenceOf: [Int32], isGerman: Bool) {
        self.source = source
        tokenized = text
        tokens = text.tokens
        lowers = text.lowers
        wordEntries = entries
        self.sentences = sentences
        self.sentenceOf = sentenceOf
        self.isGerman = isGerman
        tagAt = SparseTokenTable(count: tokens.count)
        coveredBy = Array(repeating: -1, count: tokens.count)
        tagKinds = Array(repeating: .none, count: tokens.count)
    }

    /// The source text of tokens `[a, b)`.
    private func text(tokens a: Int, _ b: Int) -> String { source.string(tokens[a].start, tokens[b - 1].end) }

    /// Whether each token is inside quotation marks (a line break closes any open quotation).
    static func quoteMarks(_ tokens: [Token]) -> [Bool] {
        var inQuote = [Bool](repeating: false, count: tokens.count)
        var open = false
        for i in tokens.indices {
            let kind = tokens[i].kind
            if kind.isBreak { open = false; continue }
            if kind == .quote {
                // Single guillemets and low-9 quotes open; a quote glued to a following word opens.
                open.toggle()
                continue
            }
            inQuote[i] = open
        }
        return inQuote
    }

    private mutating func setTag(_ tag: consuming Tag) {
        // (A token has a tag exactly when its kind is not ``TagKind/none``: asked without copying the tag.)
        let start = tag.start, end = tag.end
        if tagKinds[start] == .none { tagStarts.append(start) }
        tagKinds[start] = TagKind(entity: tag.entity)
        for k in start ..< end { coveredBy[k] = Int32(start) }
        // (The tag is moved into the table, not copied.)
        tagAt.set(start, to: consume tag)
    }

    mutating func tagAll(_ lexicons: Lexicons) {
        for s in sentences {
            var i = s.tokens.lowerBound
            while i < s.tokens.upperBound {
                let kind = tokens[i].kind
                guard kind == .word || kind == .number || tokens[i].word == .apostrophe else { i += 1; continue }
                // (Only a phrase head can start a match: the other tokens are not looked up.)
                if wordEntries[i].phrases >= 0, let (entity, length) = bestMatch(at: i, limit: s.tokens.upperBound, lexicons) {
                    // "Bundesrat Beat Jans hat …": a body's name that is also a German title, before a name of two words,
                    // is the title.
                    if isGerman, length == 1, case .organization = entity, titleBeforeName(at: i, limit: s.tokens.upperBound),
                       let hit = lexicons.germanTitle(lowers[i]) {
                        setTag(Tag(entity: .title(hit.index), start: i, end: i + 1, ambiguous: false))
                        i += 1
                        continue
                    }
                    // A one-token ASCII match is the token itself, whose lowercase form is a key of the word
                    // table (it heads a phrase list): its entry says whether it is an ambiguous name.
                    let ambiguous = length == 1 && source.isASCII(tokens[i].start, tokens[i].end)
                        ? wordEntries[i].ambiguousName : lexicons.ambiguousNames.contains(text(tokens: i, i + length).latinLowercased())
                    setTag(Tag(entity: entity, start: i, end: i + length, ambiguous: ambiguous))
                    i += length
                    continue
                }
                // (A word the table knows to be neither a title nor a meeting noun is not looked up.)
                if kind == .word, isGerman, tokens[i].isCapitalized || tokens[i].hasHyphen, !wordEntries[i].notGermanHead {
                    let lower = lowers[i]
                    if let hit = lexicons.germanTitle(lower) {
                        setTag(Tag(entity: .title(hit.index), start: i, end: i + 1, ambiguous: false))
                    } else if let hit = lexicons.germanMeetingNoun(lower) {
                        setTag(Tag(entity: .meetingNoun(hit.index), start: i, end: i + 1, ambiguous: false))
                    }
                }
                i += 1
            }
        }
    }

    /// Whether two capitalised words that no lexicon knows follow token `i`, and then a lowercase word or punctuation:
    /// the shape of a person's name after a title ("Bundesrat Beat Jans hat").
    private func titleBeforeName(at i: Int, limit: Int) -> Bool {
        guard i + 3 <= limit else { return false }
        for k in i + 1 ... i + 2 {
            guard tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].isAllCaps, wordEntries[k].phrases < 0,
                  wordEntries[k].classes.isDisjoint(with: [.nonName, .function, .month, .weekday, .roleWord, .honorific]) else { return false }
        }
        return i + 3 == limit || tokens[i + 3].kind != .word || !tokens[i + 3].isCapitalized
    }

    /// A city name shared by places in several countries ("Windsor", "Valencia", "Tripoli") is read
    /// as the one in a country the text names, when the most populous reading is in none of them.
    mutating func preferContextCountries(_ lexicons: Lexicons) {
        // (A document names a handful of countries: their codes are a list scanned, not a set hashed. Only
        // the tokens that start a tag of the kind wanted are read.)
        var named: [String] = []
        for i in tagStarts where tagKinds[i] == .country {
            if let tag = tagAt[i], case .country(let iso, _) = tag.entity, !named.contains(iso) { named.append(iso) }
        }
        guard !named.isEmpty else { return }
        for i in tagStarts where tagKinds[i] == .place {
            guard let tag = tagAt[i], case .place(_, let iso, _) = tag.entity, !named.contains(iso) else { continue }
            let limit = sentences[Int(sentenceOf[i])].tokens.upperBound
            // (The first reading in the order of ``Gazetteer/matches(_:at:limit:)``, without building that list.)
            let alternative = lexicons.gazetteer.firstMatch(tokenized, at: i, limit: limit) { (e, n) -> Entity? in
                if n == tag.end - tag.start, case .place(_, let other, _) = e, named.contains(other) { return e }
                return nil
            }
            // (A place for a place: the tag's kind stays.)
            if let e = alternative { tagAt[i] = Tag(entity: e, start: tag.start, end: tag.end, ambiguous: tag.ambiguous) }
        }
    }

    private func bestMatch(at i: Int, limit: Int, _ lexicons: Lexicons) -> (Entity, Int)? {
        let list = Int(wordEntries[i].phrases)
        guard list >= 0 else { return nil }
        let isCapitalized = tokens[i].isCapitalized, isAllCaps = tokens[i].isAllCaps, hasHyphen = tokens[i].hasHyphen
        let german = isGerman
        // (The closure captures these constants, not `self`: capturing the tagging would copy it,
        // lexicons and all, for every token looked up.)
        let gazetteer = lexicons.gazetteer, tokenized = self.tokenized, tokens = self.tokens, entries = wordEntries
        return gazetteer.longestMatch(list: list, tokenized, at: i, limit: limit) { entity, length in
            switch entity {
            case .country(_, let form):
                // German adjectives are lowercase; everything else names something and is capitalised.
                if !(isCapitalized || isAllCaps || (german && form == .adjective)) { return false }
                if !german && form == .adjective && !isCapitalized { return false }
            case .place(_, _, let strong):
                if !(isCapitalized || isAllCaps) { return false }
                // A small place sharing its name with an organisation is the organisation ("Commonwealth").
                if !strong, gazetteer.hasMatch(tokenized, at: i, limit: limit, where: { e, n in
                    if n == length, case .organization = e { return true } else { return false } }) { return false }
                // A small place named like a month, weekday or common word is that word ("in March", "im Mai").
                if !strong, length == 1, !entries[i].classes.isDisjoint(with: [.month, .weekday, .function, .nonName, .roleWord, .honorific]) { return false }
                // Nor is a small place that opens a longer name: "Buckingham Palace", "Union Buildings", "Scarborough Shoal".
                // (A castle stands where its name says: "Windsor Castle".)
                if !strong, i + length < limit, tokens[i + length].kind == .word, tokens[i + length].isCapitalized,
                   !RuleWords.castle.contains(tokens[i + length].word),
                   !german || DocumentAnalysis.venueHeads.contains(tokens[i + length].word)
                    || DocumentAnalysis.germanVenueHeads.contains(tokens[i + length].word) { return false }
            case .organization, .agency:
                if !(isCapitalized || isAllCaps) { return false }
            case .title, .meetingNoun:
                // German single-word titles and nouns come from the German tables.
                if german && length == 1 && !hasHyphen { return false }
            }
            return true
        }
    }
}

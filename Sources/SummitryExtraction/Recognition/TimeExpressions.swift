/// A time expression as written, with a key that says which times cannot be the same encounter.
struct TimeExpression: Sendable {
    var start: Int
    var end: Int
    var text: String
    /// `wd:monday`, `md:7-16`, `m:6`, `y:1975`, … — two expressions with different keys of the same
    /// sort name different times.
    var key: String?
}

/// Finds time expressions: weekdays and their German compounds (`Dienstagabend`), English
/// `Monday night`, dates (`16. Juli`, `March 3, 2019`, `Oct. 2, 2021`), months with a year, `Ende April`,
/// seasons (`im vergangenen Herbst`, `next spring`), years after `in`, and a few deictic words (`today`,
/// `heute`, `Neujahrstag`).
extension DocumentAnalysis {
    static let monthNumbers: [String: Int] = [
        "january": 1, "jan": 1, "januar": 1, "jänner": 1, "february": 2, "feb": 2, "februar": 2, "march": 3, "mar": 3, "märz": 3,
        "april": 4, "apr": 4, "may": 5, "mai": 5, "june": 6, "jun": 6, "juni": 6, "july": 7, "jul": 7, "juli": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "oktober": 10, "okt": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12, "dezember": 12, "dez": 12,
    ]
    static let weekdayCanon: [String: String] = [
        "monday": "1", "montag": "1", "tuesday": "2", "dienstag": "2", "wednesday": "3", "mittwoch": "3",
        "thursday": "4", "donnerstag": "4", "friday": "5", "freitag": "5", "saturday": "6", "samstag": "6", "sonnabend": "6",
        "sunday": "7", "sonntag": "7",
    ]
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "noon", "morgen", "vormittag", "nachmittag", "abend", "nacht", "mittag"]
    static let timeLead: Set<String> = ["ende", "anfang", "mitte", "early", "late", "mid", "end", "beginning"]
    static let deictic: Set<String> = ["today", "tonight", "yesterday", "tomorrow", "heute", "gestern", "neujahrstag"]
    /// The seasons, numbered from spring.
    static let seasonNumbers: [String: Int] = [
        "spring": 1, "frühjahr": 1, "frühling": 1, "summer": 2, "sommer": 2, "autumn": 3, "fall": 3, "herbst": 3, "winter": 4,
    ]
    static let seasonWords = WordSet(row: 290, ["spring", "frühjahr", "frühling", "summer", "sommer", "autumn", "fall", "herbst", "winter"])
    /// Words that make a season a time of their own: "this spring", "next autumn", "im kommenden Herbst", "diesen Sommer".
    static let seasonRelatives = WordSet(row: 291, [
        "this", "next", "early", "late", "kommenden", "kommendes", "nächsten", "nächstes", "diesen", "dieses", "diesem", "frühen", "späten",
    ])

    /// The time expressions of sentence `s`.
    func timeExpressions(in s: Sentence) -> [TimeExpression] {
        // (Written into the storage the sentence before gave back: ``timeStorage``.)
        var out = timeStorage
        timeStorage = []
        if !out.isEmpty { out.removeAll(keepingCapacity: true) }
        var i = s.tokens.lowerBound
        let limit = s.tokens.upperBound
        func add(_ a: Int, _ b: Int, _ key: String?) {
            out.append(TimeExpression(start: a, end: b, text: text(tokens: a, b), key: key))
            i = b
        }
        // (A word of none of these classes starts no expression, unless it is a capitalised German word,
        // which may be a weekday's compound: it is passed over on its classes alone.)
        let starts: WordClass = [.weekdayStart, .deictic, .timeLead, .monthNumber]
        while i < limit {
            let kind = tokens[i].kind
            if kind == .word ? wordClass[i].isDisjoint(with: starts) && !(isGerman && tokens[i].isCapitalized) && !Self.seasonWords.contains(tokens[i].word)
                : kind != .number {
                i += 1
                continue
            }
            if tokens[i].kind == .word {
                // (Only a word's lowercase form is read: a copy of every token's would retain it.)
                let l = lowers[i]
                // Weekday, possibly compounded or followed by a part of the day.
                if tokens[i].isCapitalized, let wd = weekday(l, i) {
                    var b = i + 1
                    if b < limit && has(b, .dayParts) && !isGerman { b += 1 }
                    var a = i
                    if a > s.tokens.lowerBound && RuleWords.amOnVomEtc.contains(tokens[a - 1].word) { a -= 1 }
                    // "Monday, Oct. 2, 2021"
                    if b + 1 < limit && tokens[b].word == .comma, Self.monthNumbers[lowers[b + 1]] != nil {
                        let (end, _) = dateTail(from: b + 1, limit: limit)
                        add(a, end, "wd:" + wd.value); continue
                    }
                    add(a, b, "wd:" + wd.value); continue
                }
                if has(i, .deictic) { add(i, i + 1, l == "neujahrstag" ? "md:1-1" : nil); continue }
                // "im vergangenen Herbst", "im Frühjahr 2025", "last autumn", "in the spring", "next summer": a season,
                // after a word that makes it a time ("Der Sommer war heiß" names none; "fall" only after "last",
                // "this" or "next": "the fall of the government" is none).
                if Self.seasonWords.contains(tokens[i].word), !inName[i], let season = Self.seasonNumbers[l], i > s.tokens.lowerBound,
                   isGerman == tokens[i].isCapitalized {
                    var a = i
                    let relative = RuleWords.lastVergangenenVergangenesEtc.contains(tokens[i - 1].word) || Self.seasonRelatives.contains(tokens[i - 1].word)
                    if relative { a -= 1 }
                    if a > s.tokens.lowerBound && RuleWords.imInOnEtc.contains(tokens[a - 1].word) { a -= 1 }
                    else if !isGerman, a >= s.tokens.lowerBound + 2, RuleWords.the.contains(tokens[a - 1].word), RuleWords.imInOnEtc.contains(tokens[a - 2].word) { a -= 2 }
                    if a < i && (relative || l != "fall") {
                        var b = i + 1
                        if b < limit && tokens[b].kind == .number && tokens[b].length == 4 { b += 1 }
                        add(a, b, "s:\(season)"); continue
                    }
                }
                // "Ende April", "early March"
                if has(i, .timeLead), i + 1 < limit, has(i + 1, .monthNumber), let m = Self.monthNumbers[lowers[i + 1]] {
                    var b = i + 2
                    if b < limit && tokens[b].kind == .number && tokens[b].length == 4 { b += 1 }
                    add(i, b, "m:\(m)"); continue
                }
                // "March 3, 2019", "November 2015", "Oct. 2, 2021", "im Juli"
                // A month; abbreviations ("Jan", "Dez") only with their dot or a number ("Jan Berg" is a name).
                // (Checked only for month words: most words are none.)
                if has(i, .monthNumber), !inName[i], let m = Self.monthNumbers[l], tokens[i].isCapitalized,
                   NameShapes.months.contains(l) || (i + 1 < limit && (tokens[i + 1].kind == .number || tokens[i + 1].word == .stop)),
                   // ("may" is a month before a number or after "last": "last May".)
                   !(l == "may" && !isGerman && !(i + 1 < limit && tokens[i + 1].kind == .number)
                     && !(i > s.tokens.lowerBound && RuleWords.lastVergangenenVergangenesEtc.contains(tokens[i - 1].word))) {
                    let (end, day) = dateTail(from: i, limit: limit)
                    var a = i
                    // ("last May", "im vergangenen März".)
                    if a > s.tokens.lowerBound && RuleWords.lastVergangenenVergangenesEtc.contains(tokens[a - 1].word) { a -= 1 }
                    if a > s.tokens.lowerBound && RuleWords.imInOnEtc.contains(tokens[a - 1].word) { a -= 1 }
                    add(a, end, day.map { "md:\(m)-\($0)" } ?? "m:\(m)"); continue
                }
            }
            // "16. Juli 2022"
            if tokens[i].kind == .number, tokens[i].length <= 2, i + 2 < limit, tokens[i + 1].word == .stop, has(i + 2, .monthNumber), let m = Self.monthNumbers[lowers[i + 2]] {
                var b = i + 3
                if b < limit && tokens[b].kind == .number && tokens[b].length == 4 { b += 1 }
                var a = i
                if a > s.tokens.lowerBound && RuleWords.amVomBisEtc.contains(tokens[a - 1].word) { a -= 1 }
                add(a, b, "md:\(m)-\(spelling(i))"); continue
            }
            // "in 1988"
            if tokens[i].kind == .number, tokens[i].length == 4, let y = Int(spelling(i)), (1900 ... 2100).contains(y), i > s.tokens.lowerBound,
               RuleWords.inImSeit.contains(tokens[i - 1].word) {
                add(i - 1, i + 1, "y:\(y)"); continue
            }
            i += 1
        }
        return out
    }

    /// Whether the triggers `cl` of sentence `s` are dated a year (or a month or a season gone by: "last May", "last
    /// autumn") back next to them: "the monarch's trip to Ottawa last year", "bei seinem Besuch im vergangenen Jahr", "Im
    /// Vorjahr traf X Y" — "last year", "vergangenen/letzten/vorigen Jahr(es)", "Vorjahr", "vor einem Jahr / zwei
    /// Jahren" or "a year / two years ago" in their clauses, four words before the first or seven after the last,
    /// with no "since" between ("their first meeting since Washington raised tariffs last year" dates the tariffs).
    func datedAYearBack(_ cl: [Trigger], in s: Sentence) -> Bool {
        // (The words next to the triggers are read first, within the sentence: the clauses, which bound them
        // further, are found only when one of those words is there.)
        // ("first met" looks to the clause's end: "first met as heads of state on the sidelines of the APEC summit in
        // Gyeongju last year".)
        let firstMet = cl.first!.role == .meet && cl.first!.start > s.tokens.lowerBound
            && Self.firstErstmals.contains(tokens[cl.first!.start - 1].word)
        let wide = max(s.tokens.lowerBound, cl.first!.start - 4) ..< (firstMet ? s.tokens.upperBound : min(s.tokens.upperBound, cl.last!.end + 7))
        // (Each reading opens with one of ``yearBackHeads``: a word of none is passed over on one bit.)
        guard datesAYearBack(wide, in: s) else { return false }
        // (From the first trigger's clause to the last's: "who speak regularly by phone, last sat down together in X two
        // years ago".)
        let lower = clause(around: cl.first!.start, in: s).lowerBound, upper = clause(around: cl.last!.start, in: s).upperBound
        let near = max(lower, cl.first!.start - 4) ..< (firstMet ? upper : min(upper, cl.last!.end + 7))
        guard let k = near.first(where: { yearBack(at: $0, in: s) }) else { return false }
        return !(min(k, cl.first!.start) ..< max(k, cl.last!.end)).contains(where: { RuleWords.sinceSeitSeitdem.contains(tokens[$0].word) })
    }

    /// Whether a token of `range` in sentence `s` begins a time a year (or a month or a season gone by) back: the words
    /// of ``yearBackHeads`` first, ``yearBack(at:in:)`` only for those.
    func datesAYearBack(_ range: Range<Int>, in s: Sentence) -> Bool {
        range.contains { Self.yearBackHeads.contains(tokens[$0].word) && yearBack(at: $0, in: s) }
    }

    /// Whether token `k` of sentence `s` begins a time a year (or a month or a season gone by) back (the test of
    /// ``datedAYearBack(_:in:)`` and ``datesAYearBack(_:in:)``).
    private func yearBack(at k: Int, in s: Sentence) -> Bool {
        RuleWords.vorjahr.contains(tokens[k].word) || k + 1 < s.tokens.upperBound
            && RuleWords.lastVergangenenVergangenesEtc.contains(tokens[k].word)
            && RuleWords.yearJahrJahres.contains(tokens[k + 1].word)
            // "vor einem Jahr", "vor zwei Jahren"; "a year ago", "two years ago".
            || k + 2 < s.tokens.upperBound && RuleWords.vor.contains(tokens[k].word) && Self.yearsJahren.contains(tokens[k + 2].word)
            || k + 1 < s.tokens.upperBound && Self.yearsJahren.contains(tokens[k].word) && RuleWords.ago.contains(tokens[k + 1].word)
            // "last May", "im vergangenen März": a month gone by; "last autumn", "im vergangenen Herbst": a season.
            || k + 1 < s.tokens.upperBound && RuleWords.lastVergangenenVergangenesEtc.contains(tokens[k].word)
                && (has(k + 1, .monthNumber) && tokens[k + 1].isCapitalized || Self.seasonWords.contains(tokens[k + 1].word))
    }

    /// The words that open a reading of ``yearBack(at:in:)``: "Vorjahr", "last"/"vergangenen"/…, "vor", "year(s)"/"Jahr(en)".
    static let yearBackHeads = WordSet(row: 292, [
        "vorjahr", "last", "vergangenen", "vergangenes", "letzten", "letztes", "vorigen", "voriges", "vor", "year", "years", "jahr", "jahren",
    ])

    /// "first", "erstmals" before a verb of meeting.
    static let firstErstmals = WordSet(row: 293, ["first", "erstmals"])
    /// "year(s)", "Jahr(en)" of a span back ("vor zwei Jahren", "a year ago").
    static let yearsJahren = WordSet(row: 294, ["year", "years", "jahr", "jahren"])

    /// Whether the meeting noun that opens the triggers `cl` of sentence `s` is what someone recalls: "recalled their
    /// first meeting in Montevideo", "recalled with appreciation the Prime Minister's visit to Malé", "erinnerte an
    /// seinen Besuch in Accra". The verb stands at most eight words before the noun in its clause, with no "that"/"dass"
    /// between (what follows "recalled that" may be anything) and no preposition that makes the noun the scene of the
    /// recalling ("recalled at the meeting the long ties", "erinnerte bei dem Treffen an …"); German needs "an" after
    /// the verb.
    func recalledEncounter(_ cl: [Trigger], in s: Sentence) -> Bool {
        guard let noun = cl.first, noun.role == .noun else { return false }
        let from = max(clause(around: noun.start, in: s).lowerBound, noun.start - 8)
        guard let k = (from ..< noun.start).last(where: { Self.recallVerbs.contains(tokens[$0].word) }) else { return false }
        let between = k + 1 ..< noun.start
        if between.contains(where: { RuleWords.thatDass.contains(tokens[$0].word) || Self.sceneOfRecalling.contains(tokens[$0].word) }) { return false }
        return !isGerman || between.contains { Self.anPreposition.contains(tokens[$0].word) }
    }

    /// Verbs of recalling an earlier encounter ("recalled", "erinnerte").
    static let recallVerbs = WordSet(row: 295, [
        "recalled", "recalling", "recalls", "recall", "remembered", "remembering", "erinnerte", "erinnerten", "erinnert", "erinnernd",
    ])
    /// Prepositions that make a meeting noun after a recall verb the scene of the recalling, not what is recalled.
    static let sceneOfRecalling = WordSet(row: 296, [
        "at", "during", "in", "on", "after", "before", "over", "bei", "beim", "während", "nach", "vor", "auf", "im", "am",
    ])
    static let anPreposition = WordSet(row: 297, ["an"])

    /// The weekday a word names: the day itself, a compound with a part of the day
    /// (`Dienstagabend`), or a genitive/adverb (`Dienstags`).
    private func weekday(_ l: String, _ i: Int) -> (key: String, value: String)? {
        if has(i, .weekdayStart), let v = Self.weekdayCanon[l] { return (l, v) }
        guard isGerman, l.utf8.count > 6 else { return nil }
        guard Self.weekdayHeads.contains(Self.firstThreeBytes(l)) else { return nil }
        for (k, v) in Self.weekdayCanon where l.hasPrefix(k) {
            let rest = String(l.dropFirst(k.count))
            if Self.dayParts.contains(rest) || rest == "s" { return (k, v) }
        }
        return nil
    }

    /// The first three bytes of each German weekday's head ("mon", "die", …), as ``firstThreeBytes(_:)`` packs them.
    private static let weekdayHeads = RuleWords.monDieMitEtc.words.map(firstThreeBytes)

    /// The first three UTF-8 bytes of `s` (which has at least three) in one number: equal numbers,
    /// equal bytes.
    private static func firstThreeBytes(_ s: String) -> UInt32 {
        var bytes = s.utf8.makeIterator()
        return UInt32(bytes.next()!) << 16 | UInt32(bytes.next()!) << 8 | UInt32(bytes.next()!)
    }

    private func dateTail(from i: Int, limit: Int) -> (Int, Int?) {
        var b = i + 1
        // The dot of an abbreviated month ("Sept. 27"), not a full stop after "Dezember".
        if b < limit && tokens[b].word == .stop && tokens[i].length <= 4 && b + 1 < limit && tokens[b + 1].kind == .number { b += 1 }
        var day: Int? = nil
        if b < limit && tokens[b].kind == .number && tokens[b].length <= 2 { day = Int(spelling(b)); b += 1 }
        if b + 1 < limit && tokens[b].word == .comma && tokens[b + 1].kind == .number && tokens[b + 1].length == 4 { b += 2 }
        else if b < limit && tokens[b].kind == .number && tokens[b].length == 4 { b += 1 }
        return (b, day)
    }
}

/// Whether two time keys can name the same time, comparing the keys' fields as strings: the
/// reference that ``timesCompatible(_:_:)`` answers like (tests compare the two).
func timesCompatibleReference(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b else { return true }
    // (Split by bytes: ``String/splitASCII(separator:)`` is `split(separator:)` with that character.)
    let sa = firstField(of: a), sb = firstField(of: b)
    if sa == sb { return a == b }
    if sa == "md" && sb == "m" { return a.dropFirst(3).splitASCII(separator: 0x2D).first == b.dropFirst(2).splitASCII(separator: 0x2D).first }
    if sa == "m" && sb == "md" { return timesCompatibleReference(b, a) }
    if sa == "y" || sb == "y" { return false }
    return true
}

/// The first non-empty `:`-separated field of a time key (`"md"` of `"md:7-16"`), as
/// `key.splitASCII(separator: 0x3A).first` gives it, without building the array of fields.
func firstField(of key: String) -> Substring? {
    let colon = UInt8(ascii: ":")
    // (Keys are ASCII; any other goes the general way, which splits by characters.)
    guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return key.splitASCII(separator: colon).first }
    let u = key.utf8
    var i = u.startIndex
    while i < u.endIndex && u[i] == colon { i = u.index(after: i) }
    guard i < u.endIndex else { return nil }
    var j = i
    while j < u.endIndex && u[j] != colon { j = u.index(after: j) }
    return key[i ..< j]
}

import Foundation
import SummitryModel

/// Turns German and English news text into a ``SummitryModel/Network`` of actors, countries,
/// organisations and meetings, with evidence on every relation.
///
/// The path through one document: NFC text → tokens → language (function words) → sentences →
/// lexicon tags (countries, places, organisations, titles, meeting words) → actors (titled names,
/// appositions, demonyms, honorifics) → coreference (surnames, offices, demonyms, pairs, pronouns)
/// → meetings (triggers grouped into events, merged per encounter) → network.
///
/// An `Extractor` is immutable after ``init()`` and may be shared between threads.
public struct Extractor: Sendable {
    /// The compiled lexicons.
    public let lexicons: Lexicons
    private let detector: LanguageDetector
    private let splitter: SentenceSplitter

    /// Loads the lexicons bundled with the module.
    /// - Throws: ``ExtractionError/lexicon(name:message:)`` if a resource is missing or malformed.
    public init() throws {
        try self.init(lexicons: .bundled())
    }

    /// Uses the given lexicons.
    public init(lexicons: Lexicons) {
        self.lexicons = lexicons
        detector = LanguageDetector(functionWords: lexicons.functionWordsByLanguage)
        precondition(detector.languages == lexicons.words.languages, "the detector and the word table order languages alike")
        splitter = SentenceSplitter(abbreviations: lexicons.abbreviations)
    }

    /// The language of `text` (`de`, `en`, another ISO 639-1 code, or nil if none is recognised).
    public func language(of text: String) -> String? {
        detector.detect(Tokenizer.tokenize(Array(text.unicodeScalars)))
    }

    /// Extracts the network of one document.
    ///
    /// - Parameters:
    ///   - text: the document's text (normalised to NFC here if it is not already).
    ///   - document: its id and path; `lang` is filled in from detection.
    /// - Returns: a network holding the document, its actors, countries, organisations and meetings.
    /// - Throws: ``ExtractionError/unsupportedLanguage(file:detected:)`` when the text is not German or English.
    /// - Complexity: O(n) in the length of the text, times the small number of actors and meetings per document.
    public func extract(text: String, document: Document) throws -> Network {
        let source = ScalarText(TextSource.nfc(text))
        // (Tokens are looked up as they are made: see ``Tokenizer/tokenize(_:words:)``.)
        let (tokenized, entries) = Tokenizer.tokenize(source, words: lexicons.words)
        let lang = detector.detect(tokenized, entries: entries)
        guard let lang, lang == "de" || lang == "en" else {
            throw ExtractionError.unsupportedLanguage(file: document.path, detected: lang)
        }
        var splitter = self.splitter
        splitter.german = lang == "de"
        let sentences = splitter.split(tokenized)
        let analysis = DocumentAnalysis(lexicons: lexicons, document: document.id, language: lang, source: source,
                                        text: tokenized, entries: entries, sentences: sentences)
        analysis.establishActors()
        // Known public figures before the guesses about untitled names, which must not claim them.
        analysis.establishKnownPeople()
        analysis.establishUntitledGermanNames()
        analysis.establishUntitledEnglishNames()
        analysis.establishNamesBeforeOffices()
        analysis.applyKnownPeople()
        analysis.detectMeetings()
        analysis.resolveRelativeCountries()
        analysis.applySentenceCountries()
        analysis.applyDefaultCountries()
        analysis.assignOrganizations()
        var doc = document
        doc.lang = lang
        return NetworkBuilder(analysis: analysis, document: doc).build()
    }
}

extension DocumentAnalysis {
    /// "a Novak aide, Ivo Lind": the aide serves the country of the actor named before the title.
    func resolveRelativeCountries() {
        // An office named with its country before its holder is named: the next holder of that office.
        for (family, iso, token) in pendingOffices {
            // (Named soon after: not a holder of the same office many sentences on.)
            let later = actors.indices.filter { actors[$0].family == family && actors[$0].country == nil && actors[$0].firstToken > token
                && actors[$0].firstToken - token <= 40 }
            if let a = later.min(by: { actors[$0].firstToken < actors[$1].firstToken }) { actors[a].setCountry(iso, rank: 2) }
        }
        // "X, a Spaniard," / "X, eine Spanierin,": an appositive demonym states the nationality.
        for m in mentions where m.kind == .name && m.end + 2 < tokens.count && tokens[m.end].word == .comma {
            var k = m.end + 1
            guard RuleWords.aAnEinEtc.contains(tokens[k].word) else { continue }
            k += 1
            // "X, a former Estonian prime minister,", "X, a Djiboutian diplomat,": an adjective before a noun too.
            if k + 1 < tokens.count, RuleWords.formerFruehererFruehereEtc.contains(tokens[k].word) { k += 1 }
            guard k < tokens.count, let tag = tagAt[k] else { continue }
            if case .country(let iso, .demonym) = tag.entity { actors[m.actor].setCountry(iso, rank: 4) }
            else if case .country(let iso, .adjective) = tag.entity, tag.end < tokens.count, tokens[tag.end].kind == .word, actors[m.actor].countryRank < 4 {
                actors[m.actor].setCountry(iso, rank: 4)
            }
        }
        // "Ruritanias Regierungschef A und dessen Außenminister B": B serves A's country.
        for (a, owner) in pendingPossessor {
            if let c = actors[owner].country, actors[a].country == nil { actors[a].setCountry(c, rank: 3) }
        }
        // "Begleitet wurde der Regierungschef von Außenminister X", "accompanied by Foreign Minister X": the
        // companion serves the country of the one accompanied.
        for s in sentences {
            // (Each cue has nine letters or more: shorter words are skipped without comparing.)
            guard let cue = s.tokens.first(where: { lowers[$0].utf8.count >= 9
                && RuleWords.begleitetBegleiteteAccompaniedEtc.contains(tokens[$0].word) }) else { continue }
            let here = mentions.filter { $0.sentence == s.index && $0.kind != .plural && $0.kind != .pronoun }
            guard let by = s.tokens.first(where: { $0 > cue && RuleWords.vonVomBy.contains(tokens[$0].word) }),
                  let companion = here.first(where: { $0.start > by && $0.start <= by + 6 }),
                  let leader = here.first(where: { $0.actor != companion.actor && $0.start < by }),
                  actors[companion.actor].country == nil || actors[companion.actor].countryRank <= 1,
                  let c = actors[leader.actor].country, actors[leader.actor].countryRank >= 2 else { continue }
            actors[companion.actor].setCountry(c, rank: 3)
        }
        for (a, word) in pendingRelativeCountry {
            if let b = actors.indices.first(where: { $0 != a && actors[$0].surnameKeys.contains(word) }), let c = actors[b].country {
                actors[a].setCountry(c, rank: 2)
            }
        }
    }

    /// Officials of international bodies whose title names no body ("Generalsekretär X") belong to
    /// the international organisation named in the same sentence, else to the one the text names most.
    func assignOrganizations() {
        var counts: [String: Int] = [:]
        var bySentence: [Int: [String]] = [:]
        for s in sentences {
            for i in s.tokens {
                var org: String? = nil
                if tagKinds[i] == .organization, let tag = tagAt[i], case .organization(let id) = tag.entity { org = id }
                else if tokens[i].hasHyphen, let p = spelling(i).split(separator: "-").first { org = lexicons.organizationOfWord(p) }
                if let org, lexicons.isInternational(org) {
                    counts[org, default: 0] += 1
                    bySentence[s.index, default: []].append(org)
                }
            }
        }
        let firstSentence = firstMentionSentences(namesOnly: false)
        let top = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        for a in actors.indices where actors[a].international && actors[a].org == nil {
            actors[a].org = (firstSentence[a] >= 0 ? bySentence[Int(firstSentence[a])]?.first : nil) ?? top
        }
    }

    /// An office holder of unknown country, introduced in a sentence whose only country is set as
    /// the scene before the name ("Im Tschad regiert … Staatschef X"), is taken to be of that country
    /// (a weak guess).
    func applySentenceCountries() {
        let firstTitled = firstMentionSentences(namesOnly: true)
        for a in actors.indices where actors[a].country == nil && !actors[a].international && actors[a].org == nil && actors[a].family != nil {
            guard firstTitled[a] >= 0 else { continue }
            let s = Int(firstTitled[a])
            let isos = Set(countryReferences(in: sentences[s], namesOnly: true).map(\.0))
            guard isos.count == 1, let iso = isos.first else { continue }
            // Only a country set as the scene ("Im Tschad …", "In Mali, …") before the name counts.
            let sentence = sentences[s]
            let scene = sentence.tokens.contains { k in
                guard let tag = tagAt[k], case .country(let c, .name) = tag.entity, c == iso, k > sentence.tokens.lowerBound else { return false }
                return RuleWords.inIm.contains(tokens[k - 1].word) && k < actors[a].firstToken
            }
            if scene { actors[a].setCountry(iso, rank: 1) }
        }
    }

    /// The sentence of each actor's first mention (of its first mention by name, with `namesOnly`), by actor
    /// index; -1 for none. (A list by index: a dictionary hashed the actor of every mention.)
    func firstMentionSentences(namesOnly: Bool) -> [Int32] {
        var first = [Int32](repeating: -1, count: actors.count)
        for m in mentions where m.actor < first.count && (!namesOnly || m.kind == .name) && first[m.actor] < 0 { first[m.actor] = Int32(m.sentence) }
        return first
    }

    /// Offices that in German news name a German office holder unless a country is given
    /// (`Kanzler`, `Bundes…`) default to Germany; in English news, presidents and national security
    /// advisers named without a country default to the dateline's country, else to the United States
    /// (weakest evidence, rank 1).
    /// Whether the text refers to Germany (by name, adjective, a `Bundes…` office or Berlin).
    /// - Complexity: O(n) in the number of tokens (read once per ``applyDefaultCountries()``).
    var textNamesGermany: Bool {
        // (A word's first byte is compared before its prefix: most words start otherwise.)
        textNames("DE") || tokens.indices.contains { tokens[$0].kind == .word && lowers[$0].utf8.first == UInt8(ascii: "b") && lowers[$0].hasUTF8Prefix("bundes") }
    }

    /// Whether the text names country `iso`, one of its places, or one of its national bodies ("the White House").
    func textNames(_ iso: String) -> Bool {
        for i in tagAt.indices {
            guard tagKinds[i] != .none, let tag = tagAt[i] else { continue }
            switch tag.entity {
            case .country(let c, _) where c == iso: return true
            case .place(_, let c, _) where c == iso: return true
            case .organization(let id) where lexicons.organizations[id]?.country == iso && !lexicons.isInternational(id): return true
            default: continue
            }
        }
        return false
    }

    func applyDefaultCountries() {
        // (The text's tags and words do not change here: read them once, when first asked.)
        var namesGermany: Bool?
        func textNamesGermanyOnce() -> Bool {
            if let known = namesGermany { return known }
            namesGermany = textNamesGermany
            return namesGermany!
        }
        var namesUS: Bool? = nil
        func textNamesUSOnce() -> Bool {
            if let known = namesUS { return known }
            namesUS = textNames("US")
            return namesUS!
        }
        for a in actors.indices where actors[a].country == nil && !actors[a].international {
            if isGerman && actors[a].family == "chancellor" { actors[a].setCountry("DE", rank: 1) }
            // German-language news names its own federal ministers and spokespeople without a country
            // ("Außenministerin X"), when the text is about Germany at all (it names Germany or Berlin).
            // A minister at meetings abroad who is not the one travelling is a local (see below).
            let abroad = meetings.contains { $0.participants.contains(a) && ($0.cityISO.map { !$0.isEmpty && $0 != "DE" } ?? false) }
            // Someone meeting a German one-to-one is the German's counterpart, not a German.
            let metAGerman = meetings.contains { m in m.participants.count == 2 && m.participants.contains(a)
                && m.participants.contains { $0 != a && actors[$0].country == "DE" } }
            if isGerman, actors[a].org == nil, let fam = actors[a].family,
               (fam.hasSuffix("minister") && fam != "head_of_government") || fam == "spokesperson",
               textNamesGermanyOnce(), !abroad || travellers.contains(a), !metAGerman {
                actors[a].setCountry("DE", rank: 1)
            }
            // A national office holder who is not travelling, at meetings in one country whose host is of
            // that country, serves that country ("An dem Gespräch in Kiew nahm auch Verteidigungsminister X teil").
            if actors[a].country == nil, actors[a].org == nil, !travellers.contains(a), actors[a].family != nil {
                let attended = meetings.filter { $0.participants.contains(a) && $0.mode != "phone" }
                let isos = Set(attended.compactMap { $0.cityISO }.filter { !$0.isEmpty })
                // … and the guest is someone else: a participant known to be from elsewhere.
                if isos.count == 1, let iso = isos.first, attended.allSatisfy({ m in m.hosts.contains { actors[$0].country == iso }
                    && m.participants.contains { $0 != a && !m.hosts.contains($0) && actors[$0].country != nil && actors[$0].country != iso } }) {
                    actors[a].setCountry(iso, rank: 1)
                }
            }
            // English-language wire copy names its own head of state without a nationality.
            // (A dateline abroad names the country whose president local copy leaves unqualified.)
            // (Without a dateline, only in a text that names the United States: "Chief Adviser X" in a Bangladeshi paper
            // is no American.)
            if !isGerman && RuleWords.headofstateVicepresidentAdviser.contains(actors[a].family ?? "") && actors[a].org == nil {
                if let d = datelineISO, !d.isEmpty { actors[a].setCountry(d, rank: 1) } else if textNamesUSOnce() { actors[a].setCountry("US", rank: 1) }
            }
        }
    }
}

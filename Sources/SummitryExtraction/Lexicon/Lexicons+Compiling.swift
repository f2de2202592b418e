import Foundation

/// Compiling the decoded lexicon files into the look-up tables of ``Lexicons``: the gazetteer, the
/// country, organisation, title and meeting-noun tables, the cue phrase sets and the word classes.
extension Lexicons {
    init(countries: [CountryEntry], places: [PlaceEntry], organizations: [OrganizationEntry], agencies: [AgencyEntry],
         titles: TitlesFile, meetings: MeetingsFile, functionWords words: FunctionWordsFile) {
        for c in countries {
            let iso = c.iso.uppercased()
            countryNames.set(iso, to: c.name_en ?? c.names?.en?.first ?? iso)
            for n in c.ambiguous_names ?? [] { ambiguousNames.insert(n.lowercased()) }
            for n in Self.withSwissSpellings([c.name_en, c.name_de].compactMap({ $0 }) + (c.names?.all ?? [])) { addCountry(n, iso, .name) }
            for n in Self.withSwissSpellings(c.adjectives?.all ?? []) { addCountry(n, iso, .adjective) }
            for n in Self.withSwissSpellings(c.demonyms?.all ?? []) { addCountry(n, iso, .demonym) }
            for n in Self.withSwissSpellings(c.genitives?.all ?? []) { addCountry(n, iso, .genitive) }
            if let cap = c.capital {
                if let en = cap.en { capitals.set(iso, to: (en, iso)) }
                for n in Self.withSwissSpellings([cap.en, cap.de].compactMap({ $0 })) { gazetteer.add(n, .place(name: n, iso: iso, strong: true)) }
            }
        }
        // (Of places sharing a name the gazetteer keeps the first added: the most populous is added first, so
        // "Sevilla" is Seville in Spain, not the Colombian town.)
        let byPopulation = places.enumerated().sorted { a, b in
            (a.element.population ?? 0, b.offset) > (b.element.population ?? 0, a.offset)
        }.map(\.element)
        for p in byPopulation {
            guard let iso = p.country?.uppercased(), iso.count == 2 else { continue }
            for n in Set(Self.withSwissSpellings([p.name] + (p.names?.all ?? []) + (p.aliases ?? []))) where n.unicodeScalars.count >= 3 {
                let doubtful = p.ambiguous_names?[n] != nil
                if doubtful { ambiguousNames.insert(n.lowercased()) }
                let strong = (p.capital ?? false) || ((p.major ?? false) && !doubtful)
                gazetteer.add(n, .place(name: p.names?.en?.first ?? p.name, iso: iso, strong: strong))
            }
            if (p.capital ?? false) || (p.major ?? false), let de = p.names?.de?.first ?? Optional(p.name), !de.contains(" "), !de.contains("-"),
               germanCityByWord[de.lowercased()] == nil {
                germanCityByWord.set(de.lowercased(), to: (de, p.names?.en?.first ?? p.name, iso))
            }
        }
        var seats: [String: (name: String, iso: String, german: String, population: Int)] = [:]
        for p in places {
            guard let iso = p.country?.uppercased(), iso.count == 2 else { continue }
            let pop = p.population ?? 0
            let en = p.names?.en?.first ?? p.name
            if (seats[p.name]?.population ?? -1) < pop { seats[p.name] = (en, iso, p.names?.de?.first ?? en, pop) }
        }
        for o in organizations {
            self.organizations.set(o.id, to: o)
            if let city = o.hq_city, let seat = seats[city] { headquarters.set(o.id, to: (seat.name, seat.iso, seat.german)) }
            for n in o.ambiguous_aliases ?? [] { ambiguousNames.insert(n.lowercased()) }
            for n in Set([o.id] + [o.name].compactMap({ $0 }) + (o.aliases ?? [])) where n.unicodeScalars.count >= 2 {
                gazetteer.add(n, .organization(o.id))
                if !n.contains(" ") { singleOrg.set(n.lowercased(), to: o.id) }
            }
        }
        for a in agencies {
            for n in a.ambiguous_aliases ?? [] { ambiguousNames.insert(n.lowercased()) }
            for n in [a.name] + (a.aliases ?? []) where n.unicodeScalars.count >= 2 { gazetteer.add(n, .agency) }
        }
        for (i, t) in titles.entries.enumerated() {
            self.titles.append(TitleInfo(family: t.family, org: t.org, international: t.international ?? false,
                                         political: t.political ?? true, country: t.country))
            for f in t.en ?? [] {
                gazetteer.add(f, .title(i))
                if titleByEnglishForm[f.lowercased()] == nil { titleByEnglishForm.set(f.lowercased(), to: i) }
            }
            for spec in Self.withSwissSpellings(t.de ?? []) {
                for (f, lemma) in lemmaForms(spec, nouns: false) where germanTitleLemma[f] == nil { germanTitleLemma.set(f, to: lemma) }
                for f in expandForms(spec) where germanTitleForms[f] == nil {
                    germanTitleForms[f] = i
                    titleTrie.insert(f, value: i)
                }
            }
        }
        modifiers = Set(titles.modifiers.all.map { $0.lowercased() })
        roleWords = Set(titles.role_words.all.map { $0.lowercased() })
        facilityWords = TextKeySet(roleWords.union((titles.facility_words?.all ?? []).map { $0.lowercased() }))
        honorifics = Set(titles.honorifics.all)
        for (i, m) in meetings.nouns.enumerated() {
            // (``init(bundle:)`` has checked the names.)
            guard let kind = MeetingKind(name: m.kind), let mode = MeetingMode(name: m.mode) else {
                preconditionFailure("meetings.json: noun \(i + 1) has kind \"\(m.kind)\" and mode \"\(m.mode)\"")
            }
            meetingNouns.append(MeetingNounInfo(kind: kind, mode: mode))
            for f in m.en ?? [] { gazetteer.add(f, .meetingNoun(i)) }
            for spec in Self.withSwissSpellings(m.de ?? []) {
                for (f, lemma) in lemmaForms(spec, nouns: true) where germanNounLemma[f] == nil { germanNounLemma.set(f, to: lemma) }
                for f in expandForms(spec) where germanNounForms[f] == nil {
                    germanNounForms[f] = i
                    nounTrie.insert(f, value: i)
                }
            }
        }
        for v in meetings.verbs { for f in (v.en ?? []) + Self.withSwissSpellings(v.de ?? []) where verbRoles[f] == nil { verbRoles.set(f, to: v.role) } }
        for s in meetings.separable { for stem in s.stems { separable[stem, default: []].append((s.particle, s.role)) } }
        planned = TextKeySet(meetings.planned.all)
        absent = TextKeySet(meetings.absent.all)
        sourceFrames = TextKeySet(meetings.source_frames.all)
        invited = TextKeySet(meetings.invited.all)
        sidelines = TextKeySet(meetings.sidelines.all)
        for phrase in Set(planned).union(absent).union(sourceFrames).union(invited).union(sidelines) where phrase.contains(" ") {
            let words = phrase.split(separator: " ")
            phraseHeads.insert(String(words[0]))
            if words.count >= 2 { wordClasses[String(words[1]), default: []].insert(.phraseSecond) }
        }
        for h in phraseHeads { wordClasses[h, default: []].insert(.phraseHead) }
        for key in verbRoles.keys where key.split(separator: " ").count == 2 {
            wordClasses[String(key.split(separator: " ")[0]), default: []].insert(.verbPhraseHead)
        }
        functionWordsByLanguage = words.entries
        functionWords = Set((words.entries["en"] ?? []) + (words.entries["de"] ?? []))
        func mark(_ words: some Sequence<String>, _ c: WordClass) { for w in words { wordClasses[w, default: []].insert(c) } }
        mark(NameShapes.nonNames, .nonName)
        mark((words.entries["en"] ?? []) + (words.entries["de"] ?? []), .function)
        mark(NameShapes.months, .month)
        mark(NameShapes.weekdays, .weekday)
        mark(titles.role_words.all.map { $0.lowercased() }, .roleWord)
        mark(titles.honorifics.all, .honorific)
        mark(planned, .planned)
        mark(absent, .absent)
        mark(sourceFrames, .sourceFrames)
        mark(invited, .invited)
        mark(sidelines, .sidelines)
        mark(verbRoles.keys, .verb)
        mark(separable.keys, .separable)
        mark(modifiers, .modifiers)
        mark(DocumentAnalysis.speechVerbs, .speechVerbs)
        mark(DocumentAnalysis.determiners, .determiners)
        mark(DocumentAnalysis.determinersDefinite, .determinersDefinite)
        mark(DocumentAnalysis.definiteLeads, .definiteLeads)
        mark(DocumentAnalysis.pronouns, .pronouns)
        mark(DocumentAnalysis.pluralCues, .pluralCues)
        mark(DocumentAnalysis.guestNouns, .guestNouns)
        mark(DocumentAnalysis.connectors, .connectors)
        mark(DocumentAnalysis.placePrepositions, .placePrepositions)
        mark(DocumentAnalysis.locative, .locative)
        mark(DocumentAnalysis.timeLead, .timeLead)
        mark(DocumentAnalysis.dayParts, .dayParts)
        mark(DocumentAnalysis.deictic, .deictic)
        mark(DocumentAnalysis.pairNouns, .pairNouns)
        mark(DocumentAnalysis.personVerbs, .personVerbs)
        mark(DocumentAnalysis.monthNumbers.keys, .monthNumber)
        mark(DocumentAnalysis.weekdayCanon.keys, .weekdayStart)
        mark(DocumentAnalysis.seatNouns, .seatNoun)
        mark(NameShapes.particles, .particle)
        mark(NameShapes.surnameStarters, .surnameStarter)
        mark(DocumentAnalysis.passiveAuxiliaries, .passiveAuxiliary)
        mark(DocumentAnalysis.negations, .negation)
        mark(DocumentAnalysis.advocacyVerbs, .advocacyVerb)
        mark(DocumentAnalysis.cancelWords, .cancelWord)
        mark(DocumentAnalysis.genericLeads, .genericLead)
        mark(DocumentAnalysis.previousWords, .previousWord)
        mark(DocumentAnalysis.nextWords, .nextWord)
        mark(DocumentAnalysis.prepareWords, .prepareWord)
        mark(DocumentAnalysis.messengerVerbs, .messengerVerb)
        mark(DocumentAnalysis.numerals.keys, .numeral)
        mark(DocumentAnalysis.chairNouns, .chairNoun)
        mark(DocumentAnalysis.placeDeictics, .placeDeictic)
        mark(DocumentAnalysis.pluralPronouns, .pluralPronoun)
        mark(DocumentAnalysis.confirmVerbs, .confirmVerb)
        mark(DocumentAnalysis.judgingVerbs, .judgingVerb)
        mark(DocumentAnalysis.accusingVerbs, .accusingVerb)
        mark(DocumentAnalysis.agentPrepositions, .agentPreposition)
        abbreviations = Set(words.abbreviations)
        let heads = self
        self.words = WordTable(wordClasses: wordClasses, gazetteer: gazetteer, functionWords: functionWordsByLanguage,
                               isGermanHead: { key in heads.germanTitle(key) != nil || heads.germanMeetingNoun(key) != nil },
                               isAmbiguous: { key in heads.ambiguousNames.contains(key) })
    }

    private mutating func addCountry(_ text: String, _ iso: String, _ form: Entity.CountryForm) {
        guard text.unicodeScalars.count >= 2 else { return }
        gazetteer.add(text, .country(iso, form))
        if !text.contains(" ") && !text.contains("-") && (form == .name || form == .adjective) {
            let key = text.latinLowercased()
            if singleCountry[key] == nil { singleCountry.set(key, to: iso) }
        }
    }

    /// German forms with their Swiss spelling added after them: Switzerland writes "ss" for "ß" ("begrüsste",
    /// "Aussenminister", "Grossbritannien"), and so does a shouted dateline ("STRASSBURG"), so a form with "ß" is
    /// known in both.
    static func withSwissSpellings(_ forms: [String]) -> [String] {
        var out = forms
        for f in forms where f.contains("ß") {
            let swiss = f.replacingOccurrences(of: "ß", with: "ss")
            if !forms.contains(swiss) { out.append(swiss) }
        }
        return out
    }
}

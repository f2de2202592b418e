/// Public figures the lexicon knows (`people.json`): their names establish them as actors even
/// without a title ("Keir Starmer welcomed …"), and they bring the state they represent, or the
/// international body they serve, as evidence of coreference strength (below a country the text states).
extension DocumentAnalysis {
    /// Establishes every known public figure named in the text (full name or a listed alias).
    ///
    /// - Complexity: O(n) in the number of tokens (one dictionary look-up per capitalised word).
    func establishKnownPeople() {
        guard !lexicons.people.isEmpty else { return }
        for s in sentences {
            var i = s.tokens.lowerBound
            let limit = s.tokens.upperBound
            while i < limit {
                // (An ASCII word's folded form is its lowercase form: a word the table knows opens no known
                // name if its entry says so, without the filter and the look-up.)
                guard tokens[i].kind == .word, tokens[i].isCapitalized, !inName[i],
                      !(wordEntries[i].notPersonFirstWord && source.isASCII(tokens[i].start, tokens[i].end)),
                      lexicons.peopleFirstWords.mayContain(folded(i)),
                      let candidates = lexicons.peopleByFirstWord[folded(i)] else {
                    i += 1
                    continue
                }
                var matched: Range<Int>? = nil
                var person = 0
                for (words, p) in candidates where i + words.count <= limit {
                    let run = i ..< i + words.count
                    guard run.allSatisfy({ tokens[$0].kind == .word && !inName[$0] }),
                          zip(run, words).allSatisfy({ folded($0) == $1 }) else { continue }
                    // Not the start of a longer name: "Lula" in "Lula Oliveira" is someone else.
                    if run.upperBound < limit, tokens[run.upperBound].kind == .word, tokens[run.upperBound].isCapitalized,
                       !isTagged(run.upperBound), words.count == 1 { continue }
                    matched = run
                    person = p
                    break
                }
                if let run = matched {
                    // Another name of someone already found ("Mohamed Hamdan Daglo, genannt Hemedti"): the same actor;
                    // so is a nickname right after a name ("X, known as Y").
                    let nicknamed = (max(s.tokens.lowerBound, i - 3) ..< i).contains { RuleWords.genanntAliasNicknamedEtc.contains(tokens[$0].word) }
                        ? mentions.last(where: { $0.end <= i && $0.end >= i - 5 && $0.kind == .name })?.actor : nil
                    if let a = nicknamed ?? actors.indices.first(where: { knownPersonIndex($0) == person }),
                       ActorRecord.spaced(actors[a].folded[...]) != run.map({ folded($0) }).joined(separator: " ") {
                        for k in run { inName[k] = true }
                        let alias = text(tokens: run.lowerBound, run.upperBound)
                        // (The full name after a surname alone, as a headline gives it: "Merz wirbt in Mexiko …
                        // Friedrich Merz hat …" names the actor "Friedrich Merz", as ``addActor(_:)`` does.)
                        if nicknamed == nil, run.count > actors[a].folded.count {
                            let (words, folded) = nameWords(run)
                            lengthenName(of: a, words: words, folded: folded, name: alias)
                        } else if !actors[a].aliases.contains(alias) { actors[a].aliases.append(alias) }
                        mentions.append(Mention(actor: a, sentence: Int(sentenceOf[run.lowerBound]), start: run.lowerBound, end: run.upperBound, kind: .name))
                    } else {
                        _ = addActor(run)
                    }
                    i = run.upperBound
                } else {
                    i += 1
                }
            }
        }
    }

    /// The length of a known public figure's full name that starts at token `i`, a title word that is this person's first
    /// name ("Amir Khan Muttaqi", a foreign minister; "Sheikh Hasina", a prime minister), or `nil`.
    ///
    /// The word is a first name when the person's office is not the title's: "King Philippe", "Pope Leo XIV" and
    /// "Prince William" (office "prince of Wales") keep their titles.
    func knownNameLength(at i: Int, limit: Int) -> Int? {
        guard tokens[i].kind == .word, tokens[i].isCapitalized, let tag = tagAt[i], case .title(let t) = tag.entity,
              lexicons.peopleFirstWords.mayContain(folded(i)), let candidates = lexicons.peopleByFirstWord[folded(i)] else { return nil }
        for (words, p) in candidates where words.count >= 2 && i + words.count <= limit {
            let person = lexicons.people[p]
            let run = i ..< i + words.count
            guard run.allSatisfy({ tokens[$0].kind == .word && !inName[$0] }), zip(run, words).allSatisfy({ folded($0) == $1 }),
                  person.name.split(separator: " ").map({ NameShapes.fold(String($0)) }) == words else { continue }
            let office = person.office?.latinLowercased() ?? ""
            let officeFamily = lexicons.titleByEnglishForm[office].map { lexicons.titles[$0].family }
            if officeFamily != lexicons.titles[t].family && !office.contains(lowers[i]) { return words.count }
        }
        return nil
    }

    /// The length of the longest known public figure's full name that starts at token `i` (a name word), if any:
    /// "Hassan Sheikh Mohamud", whose middle word is also a title.
    func knownNameLength(from i: Int, limit: Int) -> Int? {
        guard tokens[i].kind == .word, tokens[i].isCapitalized, lexicons.peopleFirstWords.mayContain(folded(i)),
              let candidates = lexicons.peopleByFirstWord[folded(i)] else { return nil }
        var best: Int? = nil
        for (words, _) in candidates where words.count >= 2 && i + words.count <= limit && words.count > (best ?? 0) {
            let run = i ..< i + words.count
            if run.allSatisfy({ tokens[$0].kind == .word }), zip(run, words).allSatisfy({ folded($0) == $1 }) { best = words.count }
        }
        return best
    }

    /// The known public figure actor `a` is, by its full name or any of its aliases.
    func knownPerson(_ a: Int) -> PersonEntry? { knownPersonIndex(a).map { lexicons.people[$0] } }

    /// The index in ``Lexicons/people`` of the public figure actor `a` is, if any.
    func knownPersonIndex(_ a: Int) -> Int? {
        // (The forms are made one at a time, the name's first, and looked up as made: most actors are
        // nobody the lexicon knows, and their aliases are folded only then. The name's form is joined
        // into a string of its length at once.)
        if let p = lexicons.peopleByName[ActorRecord.spaced(actors[a].folded[...])] { return p }
        for alias in actors[a].aliases {
            let form = alias.split(separator: " ").map { NameShapes.fold(String($0)) }.joined(separator: " ")
            if let p = lexicons.peopleByName[form] { return p }
        }
        return nil
    }

    /// Gives known public figures their country (rank 3: above guesses from context, below what the
    /// text states) or the international body they serve.
    func applyKnownPeople() {
        guard !lexicons.people.isEmpty else { return }
        for a in actors.indices {
            guard let person = knownPerson(a) else { continue }
            // The office, for references like "the Australian prime minister" ("prime minister" → head of government).
            if actors[a].family == nil, let office = person.office?.latinLowercased(),
               let t = lexicons.titleByEnglishForm[office] ?? lexicons.titleByEnglishForm[String(office.split(separator: " ").suffix(2).joined(separator: " "))]
                   ?? lexicons.titleByEnglishForm[String(office.split(separator: " ").last ?? "")] {
                actors[a].family = lexicons.titles[t].family
            }
            if let c = person.country, !c.isEmpty { actors[a].setCountry(c, rank: 3) }
            if let org = person.org, !org.isEmpty, actors[a].org == nil, actors[a].countryRank < 4 {
                actors[a].org = org
                actors[a].international = true
            }
        }
    }
}

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
                let t = tokens[i]
                guard t.kind == .word, t.isCapitalized, !inName[i], let candidates = lexicons.peopleByFirstWord[NameShapes.fold(t.text)] else {
                    i += 1
                    continue
                }
                var matched: Range<Int>? = nil
                for (words, _) in candidates where i + words.count <= limit {
                    let run = i ..< i + words.count
                    guard run.allSatisfy({ tokens[$0].kind == .word && !inName[$0] }),
                          zip(run, words).allSatisfy({ NameShapes.fold(tokens[$0].text) == $1 }) else { continue }
                    // Not the start of a longer name: "Lula" in "Lula Oliveira" is someone else.
                    if run.upperBound < limit, tokens[run.upperBound].kind == .word, tokens[run.upperBound].isCapitalized,
                       tag(covering: run.upperBound) == nil, words.count == 1 { continue }
                    matched = run
                    break
                }
                if let run = matched {
                    _ = addActor(run)
                    i = run.upperBound
                } else {
                    i += 1
                }
            }
        }
    }

    /// The known public figure actor `a` is, by its full name or any of its aliases.
    func knownPerson(_ a: Int) -> PersonEntry? {
        let forms = [actors[a].folded.joined(separator: " ")] + actors[a].aliases.map { alias in
            alias.split(separator: " ").map { NameShapes.fold(String($0)) }.joined(separator: " ")
        }
        for form in forms { if let p = lexicons.peopleByName[form] { return lexicons.people[p] } }
        return nil
    }

    /// Gives known public figures their country (rank 3: above guesses from context, below what the
    /// text states) or the international body they serve.
    func applyKnownPeople() {
        guard !lexicons.people.isEmpty else { return }
        for a in actors.indices {
            guard let person = knownPerson(a) else { continue }
            if let c = person.country, !c.isEmpty { actors[a].setCountry(c, rank: 3) }
            if let org = person.org, !org.isEmpty, actors[a].org == nil, actors[a].countryRank < 4 {
                actors[a].org = org
                actors[a].international = true
            }
        }
    }
}

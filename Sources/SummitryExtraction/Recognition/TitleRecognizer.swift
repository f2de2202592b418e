/// Titles and offices with what they say about their holder: qualifiers before the title
/// (modifiers, country adjectives and genitives, organisations, compound prefixes such as `US-`,
/// `Nato-`, `Bundes-`) and a complement after it (`of Malawi`, `des Nordischen Rates`).
extension DocumentAnalysis {
    /// The title starting at token `i`, with its qualifiers before and complement after.
    func titleHit(at i: Int, sentence s: Sentence) -> TitleHit? {
        guard tagKinds[i] == .title, let titleTag = tagAt.title(at: i) else { return nil }
        let index = titleTag.index
        let info = lexicons.titles[index]
        var hit = TitleHit(start: i, titleStart: i, titleEnd: titleTag.end, info: info, org: info.org,
                           roleRange: i ..< titleTag.end)
        // Compound prefix: "US-Präsident", "Nato-Generalsekretär", "Bundeskanzler".
        if isGerman, titleTag.end == i + 1, let g = lexicons.germanTitle(lowers[i]), !g.prefix.isEmpty {
            for part in g.prefix.split(separator: "-") {
                if let iso = lexicons.countryOfWord(part) { hit.country = iso }
                else if let org = lexicons.organizationOfWord(part) { hit.org = org }
                else if part.hasPrefix("bundes") && hit.country == nil { hit.country = "DE"; hit.countryRank = 2 }
            }
        }
        // (Not a title the lexicon gives a country of its own: a Swiss "Bundesrat".)
        if isGerman, lowers[i].hasPrefix("bundes"), hit.country == nil, info.country == nil { hit.country = "DE"; hit.countryRank = 2 }
        if let c = info.country, hit.country == nil { hit.country = c; hit.countryRank = 3 }
        // Qualifiers before: modifiers, country adjectives and genitives, organisations, an actor's name.
        var j = i - 1
        while j >= s.tokens.lowerBound {
            let t = tokens[j]
            // (The possessive and apostrophes by word number: "'s", "'", "\u{2019}".)
            if RuleWords.possessiveSApostropheRightQuote.contains(t.word) { j -= 1; continue }
            if let c = tag(covering: j) {
                switch c.entity {
                case .country(let iso, _):
                    if hit.country == nil || hit.countryRank < 4 { hit.country = iso; hit.countryRank = 4 }
                    // "dem vatikanischen Außenbeauftragten": a national holder of an office the lexicon ties to a
                    // body ("Außenbeauftragter" → EU) serves the country, not the body.
                    if let lexiconOrg = info.org, hit.org == lexiconOrg, !tokens[i].hasHyphen { hit.org = nil }
                    j = c.start - 1; hit.start = c.start; continue
                case .organization(let id):
                    if hit.org == nil { hit.org = id }
                    // A national body names the country: "the Kremlin's spokesman", "Élysée-Sprecher".
                    if hit.country == nil, let c = lexicons.organizations[id]?.country, !lexicons.isInternational(id) {
                        hit.country = c; hit.countryRank = 3
                    }
                    j = c.start - 1; hit.start = c.start; continue
                default: break
                }
            }
            // (``WordClass/modifiers`` and ``WordClass/roleWord`` are the lexicons' sets of those words.)
            if t.kind == .word && has(j, .modifiers) { hit.start = j; j -= 1; continue }
            // A truncated first half of a coordinated compound: "der französische Wirtschafts- und Finanzminister".
            if isGerman, t.kind == .word, RuleWords.undOder.contains(t.word), j - 1 >= s.tokens.lowerBound,
               tokens[j - 1].kind == .word, tokenized.textEnds(j - 1, with: UInt8(ascii: "-")) || (j - 2 >= s.tokens.lowerBound && tokens[j - 1].word == .hyphen && tokens[j - 2].kind == .word) {
                j -= tokens[j - 1].word == .hyphen ? 3 : 2
                continue
            }
            // Office words between a country and the title: "Chinese Foreign Ministry spokesperson".
            if !isGerman, t.kind == .word, t.isCapitalized, has(j, .roleWord), j > s.tokens.lowerBound,
               (j - 3 ..< j).contains(where: { $0 >= s.tokens.lowerBound && tag(covering: $0).map({ if case .country = $0.entity { true } else { false } }) == true }) {
                j -= 1; continue
            }
            // "the Turkish and Iranian foreign ministers, A and B": a country for each name, in order.
            if t.kind == .word, RuleWords.andUnd.contains(t.word), hit.pairedCountry == nil, hit.countryRank == 4, let second = hit.country,
               j - 1 >= s.tokens.lowerBound, let c = tag(covering: j - 1), case .country(let iso, .adjective) = c.entity, iso != second,
               let q = tag(covering: j + 1), case .country(_, .adjective) = q.entity {
                hit.pairedCountry = second
                hit.country = iso
                hit.start = c.start
                j = c.start - 1
                continue
            }
            // A compound office: "Ruritania's Deputy Prime Minister and Foreign Minister X" — the
            // second title shares the country and body named before the first.
            if t.kind == .word, RuleWords.andUnd.contains(t.word), j - 1 >= s.tokens.lowerBound, let prevTag = tag(covering: j - 1),
               case .title = prevTag.entity, prevTag.start < j, let first = titleHit(at: prevTag.start, sentence: s) {
                if let c = first.country, hit.country == nil || hit.countryRank < first.countryRank { hit.country = c; hit.countryRank = first.countryRank }
                if hit.org == nil { hit.org = first.org }
                break
            }
            if t.kind == .word, t.hasHyphen {
                // "De-facto-Staatschef" handled by the compound; "EU-Außenbeauftragten"-like qualifiers:
                let parts = spelling(j).split(separator: "-")
                if let iso = parts.lazy.compactMap({ self.lexicons.countryOfWord($0) }).first { hit.country = hit.country ?? iso; hit.start = j; j -= 1; continue }
            }
            // German genitive of a person named before: "Yilmaz' Sprecher", "Novaks Berater".
            if isGerman, t.kind == .word, t.isCapitalized, !isTagged(j), j >= i - 2 {
                let apostrophe = j + 1 < i && RuleWords.apostropheRightQuote.contains(tokens[j + 1].word)
                let stem = apostrophe ? folded(j) : (lowers[j].hasUTF8Suffix("s") ? String(folded(j).dropLast()) : "")
                if (apostrophe || j == i - 1), !stem.isEmpty, isActorKey(stem) { hit.ofActorWord = stem }
            }
            if t.kind == .word && t.isCapitalized && !isGerman && j == i - 1 && !has(j, .function)
                && !has(j, .nonName) && !isTagged(j) {
                hit.ofActorWord = NameShapes.fold(spelling(j))  // "Novak aide"
            }
            if has(j, .determinersDefinite) { hit.definite = true }
            break
        }
        // Complement after: "of Malawi", "of the Andean Community", "des Nordischen Rates", "from the UAE", "Perus".
        let k = hit.titleEnd
        let limit = s.tokens.upperBound
        if k < limit {
            // (By the word's number, the number of its lowercase form: no look-up of the string.)
            if RuleWords.ofForFromEtc2.contains(tokens[k].word) {
                var m = k + 1
                while m < limit && (has(m, .determiners) || (tokens[m].kind == .word && !tokens[m].isCapitalized && isGerman)) {
                    if let c = tag(covering: m), case .country(let iso, .adjective) = c.entity, hit.country == nil {
                        hit.country = iso; hit.countryRank = 3
                    }
                    m += 1
                }
                if m < limit, let c = tag(covering: m), c.start == m {
                    switch c.entity {
                    case .country(let iso, _):
                        hit.country = iso; hit.countryRank = 4; hit.titleEnd = c.end
                        // "his counterparts from Brazil, Germany and Japan — A, B and C": a list of countries names
                        // no one's.
                        if c.end + 1 < limit, tokens[c.end].word == .comma, let n = tag(covering: c.end + 1), case .country = n.entity { hit.country = nil }
                    case .organization(let id): hit.org = id; hit.titleEnd = c.end
                    default: break
                    }
                }
            } else if let c = tag(covering: k), c.start == k, case .country(let iso, .genitive) = c.entity {
                hit.country = iso; hit.countryRank = 4; hit.titleEnd = c.end
            }
            // "… of France and Poland", "… Frankreichs und Polens": a second country for a second name.
            let e = hit.titleEnd
            if hit.country != nil, e > k, e + 1 < limit, RuleWords.andUnd.contains(tokens[e].word) {
                var n = e + 1
                if n < limit && has(n, .determiners) { n += 1 }
                if n < limit, let c = tag(covering: n), c.start == n, case .country(let iso, let form) = c.entity, form == .name || form == .genitive {
                    hit.pairedCountry = iso
                    hit.titleEnd = c.end
                }
            }
        }
        return hit
    }
}

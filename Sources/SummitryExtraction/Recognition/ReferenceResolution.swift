/// Who a group, an office or a demonym refers to: the countries listed after an office, plural offices,
/// pairs ("die beiden", "the two"), royal couples and guests, the office holder or the compatriot named
/// last. Used by the left-to-right pass of ``DocumentAnalysis/resolveMentions(in:)``. (Who a name refers to
/// is in NameResolution.swift; the words that make references are in ReferenceWords.swift.)
extension DocumentAnalysis {
    /// The countries listed after an office ("… of Russia, India and China", "… Russlands, Indiens und Chinas"):
    /// country names or genitives joined by commas and "and"/"und", read from the office's first word on.
    func countryList(from start: Int, limit: Int) -> (isos: [String], end: Int) {
        var isos: [String] = [], k = start, end = start
        var seenCountry = false
        while k < limit {
            if let tag = tagAt[k], case .country(let iso, let form) = tag.entity, form == .name || form == .genitive {
                if !isos.contains(iso) { isos.append(iso) }
                seenCountry = true
                k = tag.end; end = k
                continue
            }
            let w = lowers[k]
            if seenCountry && !RuleWords.commaAndUndEtc.contains(w) { break }
            if !seenCountry && (k - start > 5 || tokens[k].word == .comma || has(k, .verb)) { break }
            k += 1
        }
        return (isos, end)
    }

    /// Whether an office is a bare abbreviation that names one holder by itself, as "the …" would: "EAM called
    /// on …", "PM met …" in press releases (one all-capital token, no determiner needed).
    func isOfficeAbbreviation(_ hit: TitleHit) -> Bool {
        hit.start == hit.titleStart && hit.titleEnd == hit.titleStart + 1 && tokens[hit.titleStart].isAllCaps
            && tokens[hit.titleStart].length >= 2 && tokens[hit.titleStart].length <= 4
    }

    /// Whether a German office after "die" is plural: "die" before a masculine title ("die Außenminister",
    /// "die EU-Regierungschefs") can only be the plural; a feminine one ("die Kanzlerin") is one person.
    /// So is "der" before a masculine title in "-s" (the genitive plural: "ein Treffen der Regierungschefs"; the
    /// singular's genitive takes "des").
    func isGermanPluralOffice(_ hit: TitleHit, sentence s: Sentence) -> Bool {
        guard isGerman, hit.start > s.tokens.lowerBound, hit.roleRange.upperBound > hit.roleRange.lowerBound else { return false }
        var a = hit.start - 1
        // ("der Staats- und Regierungschefs": the article before the coordinated first part.)
        if a >= s.tokens.lowerBound + 2, RuleWords.undAnd.contains(tokens[a].word), tokenized.textEnds(a - 1, with: UInt8(ascii: "-")) { a -= 2 }
        let article = lowers[a]
        let head = lowers[hit.roleRange.upperBound - 1]
        if head.hasSuffix("in") || head.hasSuffix("innen") { return false }
        return article == "die" || article == "der" && head.hasSuffix("s") && !head.hasSuffix("ss")
    }

    /// "He had hosted Kiir in Entebbe, when the two leaders agreed …": the two people the sentence named before
    /// token `i` (by name, office or pronoun), if it named exactly two.
    func pairNamed(in resolved: [Mention], before i: Int) -> [Int]? {
        var people: [Int] = []
        for m in resolved where m.start < i && m.kind != .plural && !people.contains(m.actor) { people.append(m.actor) }
        return people.count == 2 ? people : nil
    }

    /// "Wadephul und Sikorski kündigten an, … Im kommenden Monat wollen sich die beiden …": the pair that opens
    /// one of the three sentences before `s` as its subject (the nearest such sentence: "A and B were received by C.
    /// C announced … The pair then had lunch with D").
    func pairSubject(before s: Sentence) -> [Int]? {
        guard s.index > 0 else { return nil }
        // (The earlier sentences' mentions are the last ones recorded: read from the end, not the whole document.)
        var end = mentions.endIndex
        for j in stride(from: s.index - 1, through: max(0, s.index - 3), by: -1) {
            let previous = sentences[j]
            while end > 0 && mentions[end - 1].sentence > j { end -= 1 }
            var start = end
            while start > 0 && mentions[start - 1].sentence == j { start -= 1 }
            let ms = mentions[start ..< end]
            end = start
            guard ms.count >= 2 else { continue }
            let a = ms[ms.startIndex], b = ms[ms.startIndex + 1]
            // (The pair opens the sentence: only a dateline or a title comes before it, no verb.)
            if a.kind == .name, b.kind == .name, a.actor != b.actor, a.start - previous.tokens.lowerBound <= 10, b.start == a.end + 1,
               RuleWords.undAnd.contains(tokens[a.end].word), !(previous.tokens.lowerBound ..< a.start).contains(where: { has($0, .verb) }) {
                return [a.actor, b.actor]
            }
        }
        return nil
    }

    /// Who a group noun at token `i` refers to: a royal couple is the two monarchs (or royals) named last; the
    /// guests are the people of the meeting reported last who neither host it nor share the hosts' country
    /// (nor are named in this sentence). Nil when the word is neither.
    func groupReference(at i: Int, inSentence: Set<Int>) -> [Int]? {
        let w = tokens[i].word
        let couple = Self.coupleNouns.contains(w) || w == Self.coupleWord && i > 0 && RuleWords.royalImperial.contains(tokens[i - 1].word)
        if couple {
            let royals = mostRecent(2) { actors[$0].family == "monarch" }
            return royals.count >= 2 ? royals : nil
        }
        guard Self.guestPlurals.contains(w), let k = lastMeeting ?? meetings.indices.last else { return nil }
        let m = meetings[k]
        let hostCountries = Set(m.hosts.compactMap { actors[$0].country } + (m.cityISO.map { [$0] } ?? []))
        let guests = m.participants.filter { a in
            !m.hosts.contains(a) && !inSentence.contains(a) && !(actors[a].country.map(hostCountries.contains) ?? false)
        }
        return guests
    }

    /// Offices of heads of state or government.
    static let headFamilies: Set<String> = ["head_of_state", "head_of_government", "chancellor", "monarch"]

    /// Who "the two" are: the people of the latest meeting with two or three of them (of the office
    /// named, if any), else the two actors mentioned last.
    /// - Parameter pair: the words name two ("the two leaders", "beide", "both"): of three people of the latest
    ///   meeting, two of one country are one side, and the one of them named less often is left out ("the two
    ///   leaders" after a state visit with the host country's president and prime minister).
    func pluralReferents(family: String?, pair: Bool = false) -> [Int] {
        func sides(_ people: [Int]) -> [Int] {
            guard pair, people.count == 3 else { return people }
            for (x, y) in [(0, 1), (0, 2), (1, 2)] {
                guard let c = actors[people[x]].country, c == actors[people[y]].country else { continue }
                let nx = mentions.lazy.filter { $0.actor == people[x] }.count, ny = mentions.lazy.filter { $0.actor == people[y] }.count
                guard nx != ny else { return people }
                let dropped = nx < ny ? people[x] : people[y]
                return people.filter { $0 != dropped }
            }
            return people
        }
        // "the two presidents": two holders of that very office, when the text has them, before any two leaders.
        // ("beide Minister", "the two ministers": ministers of any portfolio, foreign ministers too.)
        func holds(_ a: Int, _ family: String) -> Bool {
            actors[a].family == family || family == "minister" && actors[a].family?.hasSuffix("_minister") == true
        }
        if let family, family != "leader", family != "counterpart" {
            // (Ordered by their last mention only when there are two.)
            let strict = actors.indices.filter { lastSeen[$0] >= 0 && holds($0, family) }
            if strict.count == 2 { return strict.sorted { lastSeen[$0] > lastSeen[$1] } }
        }
        // "both leaders", "die beiden Staatschefs": heads of state or government, when two of them were named
        // (not the two foreign ministers who met last).
        if family == "leader" || family == "head_of_state" {
            let heads = actors.indices.filter { lastSeen[$0] >= 0 && Self.headFamilies.contains(actors[$0].family ?? "") }
            if heads.count >= 2 {
                if let k = lastMeeting ?? meetings.indices.last {
                    let people = meetings[k].participants.filter(heads.contains)
                    if people.count >= 2 && people.count <= 3 { return sides(people) }
                }
                return mostRecent(2) { Self.headFamilies.contains(actors[$0].family ?? "") }
            }
        }
        let generic: Set<String> = ["leader", "head_of_state", "counterpart"]
        func fits(_ a: Int) -> Bool {
            guard let family, !generic.contains(family) else { return true }
            return holds(a, family)
        }
        if let k = lastMeeting ?? meetings.indices.last {
            let m = meetings[k]
            let people = m.participants.filter(fits)
            if people.count >= 2 && people.count <= 3 { return sides(people) }
        }
        let order = mostRecent(2, where: fits)
        if order.count >= 2 { return order }
        return recentActors(2, excluding: [])
    }

    /// The most recently mentioned actors, newest first.
    func recentActors(_ n: Int, excluding: Set<Int>) -> [Int] {
        mostRecent(n) { !excluding.contains($0) }
    }

    /// "visiting", "besuchende(n/r)": an office holder who came as a guest.
    static let visitingWords = WordSet(row: 277, ["visiting", "besuchende", "besuchenden", "besuchender"])

    func resolveOffice(_ hit: TitleHit, excluding: Set<Int>) -> Int? {
        let generic: Set<String> = ["leader", "counterpart"]
        // "der König" is not the queen named last, "die Kanzlerin" not a man.
        let feminine = Self.titleGender(text(tokens: hit.roleRange.lowerBound, hit.roleRange.upperBound), german: isGerman)
        func fits(_ a: Int, country: Bool) -> Bool {
            if let f = feminine, let g = isFeminine(a), f != g { return false }
            let fam = actors[a].family
            let familyOK = fam == hit.info.family || generic.contains(hit.info.family) && fam != nil
                && RuleWords.headofstateHeadofgovernmentChancellorEtc.contains(fam!)
                // "die Ministerin", "the Japanese minister": any minister but the head of government.
                || hit.info.family == "minister" && fam?.hasSuffix("minister") == true && fam != "head_of_government"
                // "den dänischen Diplomaten", "the diplomat": an envoy, foreign minister or official of a body.
                || hit.info.family == "official" && RuleWords.envoyForeignministerSecretarygeneralEtc.contains(fam ?? "")
            guard familyOK else { return false }
            if country, let c = hit.country { return actors[a].country == c }
            return true
        }
        // "in honour of the visiting head of state", "den besuchenden Präsidenten": a traveller of the report, not the
        // host of the same office named since.
        if (max(0, hit.start - 1) ..< hit.roleRange.lowerBound).contains(where: { Self.visitingWords.contains(tokens[$0].word) }),
           let a = mostRecent(where: { travellers.contains($0) && fits($0, country: hit.country != nil) }) {
            return a
        }
        // "der Landeshauptmann" after "Landeshauptmann Mario Kunasek" and "Ministerpräsident Robert Golob": the holder
        // of that very office word, before another of its family mentioned since.
        if hit.country == nil {
            let key = roleName(of: hit).lowercased()
            if let a = mostRecent(where: { fits($0, country: false) && actors[$0].role?.lowercased() == key }) { return a }
        }
        // (Each the first fitting actor of those mentioned, newest first: ``mostRecent(where:)``.)
        if hit.country != nil, let a = mostRecent(where: { fits($0, country: true) }) { return a }
        if let c = hit.country, let a = mostRecent(where: { fits($0, country: false) && (actors[$0].country == nil || actors[$0].country == c || actors[$0].countryRank < 2) }) { return a }
        if hit.country == nil, let a = mostRecent(where: { fits($0, country: false) }) { return a }
        _ = excluding
        return nil
    }

    func resolveDemonym(_ iso: String, excluding: Set<Int>) -> Int? {
        // (Each the first of those mentioned, newest first, that fits: ``mostRecent(where:)``.)
        if let a = mostRecent(where: { actors[$0].country == iso }) { return a }
        // An official of an international body has no nationality by office; news names it by demonym
        // ("sagte der Niederländer" of the Nato chief), before a national office holder of unknown country.
        if let a = mostRecent(3, where: { _ in true }).first(where: { actors[$0].international && actors[$0].country == nil }) { return a }
        // Never someone whose country is known to be another (only a weak default may yield).
        return mostRecent(where: { actors[$0].country == nil || actors[$0].countryRank <= 1 })
    }
}

/// Adding a person to the document's actors, or merging a name into the actor it names: the actors' key
/// indexes and the search for the actor a name refers to (see ``DocumentAnalysis/addActor(_:)`` and
/// ``DocumentAnalysis/matchActor(_:scanningAll:)``).
extension DocumentAnalysis {
    /// Adds the person named by `run`, or merges it into the actor it names; returns its index.
    @discardableResult
    func addActor(_ run: Range<Int>) -> Int {
        for k in run { inName[k] = true }
        // (Not a title of honour before the name: "Datuk Seri Anwar" is "Anwar".)
        if let n = malayHonour(at: run.lowerBound, limit: run.upperBound + 1), run.count > n {
            return addActor(run.lowerBound + n ..< run.upperBound)
        }
        let (words, folded) = nameWords(run)
        let name = text(tokens: run.lowerBound, run.upperBound)
        if let a = matchActor(folded) {
            if folded.count > actors[a].folded.count {
                lengthenName(of: a, words: words, folded: folded, name: name)
            } else if name != actors[a].name && !actors[a].aliases.contains(name) {
                actors[a].aliases.append(name)
            }
            mentions.append(Mention(actor: a, sentence: Int(sentenceOf[run.lowerBound]), start: run.lowerBound, end: run.upperBound, kind: .name))
            return a
        }
        if folded.isEmpty { hasActorWithoutWords = true }
        actors.append(ActorRecord(words: words, folded: folded, name: name, firstToken: run.lowerBound))
        indexActorKeys(actors.count - 1)
        mentions.append(Mention(actor: actors.count - 1, sentence: Int(sentenceOf[run.lowerBound]), start: run.lowerBound, end: run.upperBound, kind: .name))
        return actors.count - 1
    }

    /// Gives actor `a` the longer name `name` (its words and their folded forms), keeping the name it had as an alias,
    /// and indexes the new name's keys.
    func lengthenName(of a: Int, words: [String], folded: [String], name: String) {
        if !actors[a].aliases.contains(actors[a].name) { actors[a].aliases.append(actors[a].name) }
        actors[a].setName(words: words, folded: folded, name: name)
        indexActorKeys(a)
    }

    /// Records actor `a`'s surname keys in the key index.
    func indexActorKeys(_ a: Int) {
        // (Every key also goes into the filter that lets look-ups of other words skip the indexes.)
        for k in actors[a].surnameKeys where actorsByKey.add(a, for: k) {
            actorKeyFilter.insert(k)
        }
        if let last = actors[a].folded.last, actorsByLast.add(a, for: last) {
            actorKeyFilter.insert(last)
        }
    }

    /// The actor a name (folded words) refers to: same words, a tail of its name, or the same
    /// surname with a compatible first name (an initial, a one-letter typo).
    ///
    /// The first actor of the same words; otherwise the last actor the name extends, shortens or
    /// shares a surname and a compatible first name with; otherwise the first whose surname keys
    /// hold a one-word name. Read in actor order: every actor while the document has few, otherwise
    /// only the candidates ``matchCandidates(_:)`` finds by key (the others match by none of the
    /// tests, so the answer is the same).
    ///
    /// - Complexity: O(actors) for a document of at most ``actorsScannedWhole`` actors, otherwise
    ///   O(k log k) in the k actors that share a key with the name.
    /// - Parameter scanningAll: read every actor whatever their number (for tests).
    func matchActor(_ folded: [String], scanningAll: Bool = false) -> Int? {
        guard let last = folded.last else { return nil }
        var best: Int? = nil
        if scanningAll || actors.count <= Self.actorsScannedWhole || hasActorWithoutWords {
            for a in actors.indices where matchStep(a, folded: folded, last: last, best: &best) { return a }
            return best
        }
        for a in matchCandidates(folded) where matchStep(a, folded: folded, last: last, best: &best) { return a }
        return best
    }

    /// The number of actors up to which ``matchActor(_:)`` reads every actor rather than look up
    /// candidates (the look-ups and the sort cost more than reading a few actors).
    static let actorsScannedWhole = 24

    /// The actors ``matchActor(_:)`` may answer for `folded` (not empty), ascending, each once: those
    /// whose last word (as indexed, so also a former last word) is the name's last word (same words,
    /// a tail, a shared surname), or, for a longer name, the name's first word (a bare given name
    /// known; for a name with a patronymic, any name it begins or that begins it), or whose surname keys
    /// hold a one-word name. Actors without words are not found here: ``matchActor(_:)`` reads every
    /// actor once the document has one.
    func matchCandidates(_ folded: [String]) -> [Int] {
        var found: [Int] = []
        actorsByLast.appendActors(of: folded[folded.count - 1], to: &found)
        if folded.count > 1 {
            actorsByLast.appendActors(of: folded[0], to: &found)
            // (A name with a patronymic, by its first word, a key of every name that begins with it: see ``matchStep``.)
            if folded.count >= 3, folded.dropFirst().contains(where: Self.patronymics.contains) { actorsByKey.appendActors(of: folded[0], to: &found) }
        } else {
            actorsByKey.appendActors(of: folded[0], to: &found)
        }
        found.sort()
        var n = 0
        for a in found where n == 0 || found[n - 1] != a {
            found[n] = a
            n += 1
        }
        found.removeLast(found.count - n)
        return found
    }

    /// One actor's test in ``matchActor(_:)``: true if actor `a` has the same words (the answer);
    /// otherwise `best` becomes `a` if it matches as a tail, an extension or by surname and first
    /// name, or if it is still nil and a one-word name is among `a`'s surname keys.
    @inline(__always) private func matchStep(_ a: Int, folded: [String], last: String, best: inout Int?) -> Bool {
        // (Actors are read in place: copying a record would retain all its strings and arrays.)
        let af = actors[a].folded
        if af == folded { return true }
        if af.count > folded.count && af.suffix(folded.count).elementsEqual(folded) { best = a; return false }
        if folded.count > af.count && folded.suffix(af.count).elementsEqual(af) {
            // The longer name extends the known one only if the extra words are not another first name.
            if af.count == 1 || Set(folded).isSuperset(of: af) { best = a; return false }
        }
        // A bare given name first ("Premier Abiy", "König Abdullah"), the full name later ("Abiy Ahmed", "Abdullah II.").
        if af.count == 1 && folded.count > 1 && folded[0] == af[0] && af[0].unicodeScalars.count >= 2 { best = a; return false }
        if af.last == last && af.count >= 2 && folded.count >= 2 {
            let f1 = folded[0], f2 = af[0]
            if f1 == f2 || NameShapes.distance(f1, f2, cap: 1) <= 1 || (f1.count == 1 && f2.hasPrefix(f1)) || (f2.count == 1 && f1.hasPrefix(f2)) {
                best = a; return false
            }
            // Middle initials: "Anna J. Berg" ~ "Anna Berg".
            if folded.filter({ $0.count > 1 }) == af.filter({ $0.count > 1 }) { best = a; return false }
        }
        // "Mohamed bin Zayed" and "Mohamed bin Zayed Al Nahyan": an Arabic name by its patronymic, with or without the
        // family name.
        if Self.patronymicPrefix(folded, of: af) || Self.patronymicPrefix(af, of: folded) { best = a; return false }
        // (A one-word name is its own joined form.)
        if folded.count == 1 && actors[a].surnameKeys.contains(last) { best = best ?? a }
        return false
    }

    /// Whether `shorter` (three words or more, a patronymic particle among its inner words) begins `longer`.
    static func patronymicPrefix(_ shorter: [String], of longer: [String]) -> Bool {
        shorter.count >= 3 && longer.count > shorter.count && shorter.dropFirst().dropLast().contains(where: patronymics.contains)
            && longer.starts(with: shorter)
    }

    /// The particles of a patronymic ("bin", "ibn", "bint").
    static let patronymics: Set<String> = ["bin", "ibn", "bint"]
}

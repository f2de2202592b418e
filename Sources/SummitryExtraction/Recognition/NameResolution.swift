/// Who a name run refers to: the actor named by the whole name, the surname or its genitive, and the
/// aliases an actor is mentioned by.
extension DocumentAnalysis {
    /// The actor a name run refers to (whole name, surname, genitive).
    func resolveName(_ run: Range<Int>) -> Int? {
        // Fast rejection: the last word (or its genitive stem) must be some actor's key.
        // (The last word is probed in the key filter once for both indexes; its genitive stem is made a string
        // only when the filter may hold it; the run's other words are probed after.)
        if let lastWord = run.last(where: { tokens[$0].kind == .word }) {
            let f = self.folded(lastWord)
            var known = actorKeyFilter.mayContain(f) && (actorsByKey.contains(f) || actorsByLast.contains(f))
            if !known && f.hasUTF8Suffix("s") {
                // (Without a final "s" after an ASCII byte, the stem is the word less one byte; otherwise it is
                // made as the word less its last character.)
                let asciiStem = f.withUTF8Bytes { $0.count >= 2 && $0[$0.count - 2] < 0x80 }
                if !asciiStem || actorKeyFilter.mayContain(droppingLastByteOf: f) { known = isActorKey(String(f.dropLast())) }
            }
            if !known && !run.contains(where: { $0 != lastWord && isActorKey(self.folded($0)) }) {
                return nil
            }
        }
        let (_, folded) = nameWords(run)
        if let a = resolveFolded(folded) { return a }
        // Genitive: "Lindqvists", "Novaks".
        if let last = folded.last, last.hasSuffix("s"), last.count > 3 {
            var g = folded
            g[g.count - 1] = String(last.dropLast())
            if let a = resolveFolded(g) { return a }
        }
        return nil
    }

    /// The actor whose folded name words are `folded`: by the whole name, else by the surname with a
    /// first name equal or one edit away (or the same words of more than one letter); of several, the
    /// one seen last (for a one-word name, of those whose given name it is not, if any).
    func resolveFolded(_ folded: [String]) -> Int? {
        let key = folded.joined(separator: " ")
        var candidates: [Int] = []
        actorsByKey.appendActors(of: key, to: &candidates)
        if folded.count >= 2, let last = folded.last {
            for a in actorsByLast[last] ?? [] where !candidates.contains(a) {
                let actor = actors[a]
                guard actor.folded.count >= 2 else { continue }
                let f1 = folded[0], f2 = actor.folded[0]
                if f1 == f2 || NameShapes.distance(f1, f2, cap: 1) <= 1 || folded.filter({ $0.count > 1 }) == actor.folded.filter({ $0.count > 1 }) {
                    candidates.append(a)
                }
            }
        }
        if candidates.count <= 1 { return candidates.first }
        // A one-word name is a surname before it is a given name: "Dan" is Nicușor Dan, not Dan Jørgensen,
        // when both are named.
        // (Only a match by the first word is set aside: "Marcos" is still both Imee Marcos and Ferdinand Marcos Jr.)
        if folded.count == 1,
           candidates.contains(where: { actors[$0].folded.first == key && actors[$0].folded.count >= 2 }),
           candidates.contains(where: { actors[$0].folded.first != key }) {
            candidates.removeAll { actors[$0].folded.first == key && actors[$0].folded.count >= 2 }
            if candidates.count == 1 { return candidates[0] }
        }
        return candidates.max { lastSeen[$0] < lastSeen[$1] }
    }
}

extension ActorRecord {
    /// Adds `alias` unless it is the actor's name or one of its aliases already.
    /// (A mutating method: called on `actors[a]`, it works on the record in place, where reading its
    /// name and aliases out of the list would copy the record.)
    mutating func addAlias(ifNew alias: String) {
        if alias != name && !aliases.contains(alias) { aliases.append(alias) }
    }
}

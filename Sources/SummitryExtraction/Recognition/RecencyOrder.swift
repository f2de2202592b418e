/// The actors in order of their last mention, newest first, without sorting them all.
///
/// Coreference asks again and again for the actor mentioned last that fits a reference ("the two
/// leaders", "er", "der Finne"): the first few actors of every mentioned actor sorted by its last
/// mention (``DocumentAnalysis/lastSeen``, newest first). A sort of all of them for each question
/// costs O(*n* log *n*) in the actors mentioned so far, which in a long text is thousands; the first
/// one or few are found in one pass instead.
///
/// The order is that of a stable sort by last mention, newest first: of two actors last mentioned
/// at the same token (a plural reference names several at once), the one of the lower index comes
/// first, as `indices.filter(…).sorted { lastSeen[$0] > lastSeen[$1] }` orders them.
enum RecencyOrder {
    /// The first `n` indices of `lastSeen` that `include` accepts, in the order of a stable sort by
    /// `lastSeen`, greatest first: `lastSeen.indices.filter(include).sorted { lastSeen[$0] >
    /// lastSeen[$1] }.prefix(n)`.
    /// - Parameters:
    ///   - n: How many to return at most.
    ///   - lastSeen: The key of each index (an actor's last mention).
    ///   - include: Whether an index takes part.
    /// - Returns: At most `n` indices, greatest key first, of equal keys the lower index first.
    /// - Complexity: O(*m* · *n*) for *m* indices (one pass, each accepted index inserted into a list
    ///   of at most `n`).
    static func first(_ n: Int, of lastSeen: [Int], where include: (Int) -> Bool) -> [Int] {
        guard n > 0 else { return [] }
        var out: [Int] = []
        out.reserveCapacity(n + 1)
        for a in lastSeen.indices where include(a) {
            let key = lastSeen[a]
            // (Full and no newer than the last kept: it comes after all of them.)
            if out.count == n && key <= lastSeen[out[n - 1]] { continue }
            // (After every kept index of a key at least as great: an equal key keeps its lower index first.)
            var at = out.count
            while at > 0 && lastSeen[out[at - 1]] < key { at -= 1 }
            out.insert(a, at: at)
            if out.count > n { out.removeLast() }
        }
        return out
    }

    /// The first index of `lastSeen` in that order that `include` accepts: the accepted index of the
    /// greatest key, of equal keys the lowest (`…sorted(…).first(where: include)`).
    /// - Complexity: O(*m*) for *m* indices.
    static func first(of lastSeen: [Int], where include: (Int) -> Bool) -> Int? {
        var best: Int? = nil
        for a in lastSeen.indices where include(a) {
            if let b = best, lastSeen[a] <= lastSeen[b] { continue }
            best = a
        }
        return best
    }
}

extension DocumentAnalysis {
    /// The `n` actors mentioned last that `include` accepts (of those mentioned at all), newest first
    /// (``RecencyOrder/first(_:of:where:)``).
    func mostRecent(_ n: Int, where include: (Int) -> Bool) -> [Int] {
        let seen = lastSeen
        return RecencyOrder.first(n, of: seen) { seen[$0] >= 0 && include($0) }
    }

    /// The actor mentioned last that `include` accepts (of those mentioned at all), or nil
    /// (``RecencyOrder/first(of:where:)``).
    func mostRecent(where include: (Int) -> Bool) -> Int? {
        let seen = lastSeen
        return RecencyOrder.first(of: seen) { seen[$0] >= 0 && include($0) }
    }
}

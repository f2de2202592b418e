/// Set relations between two lists of distinct actors (a record's people, hosts, …), for the meeting
/// search of ``DocumentAnalysis/integrate(_:triggers:)``.
extension [Int] {
    // Set relations between two lists of distinct actors (a record's people, hosts, …), without
    // building a set of either (the meeting search asks them of every meeting for every event; a
    // meeting has a handful of people, and comparing a few integers costs less than hashing them).

    /// Whether every element is in `list` (``Set/isSubset(of:)`` of the two lists' elements).
    func isSubset(ofList list: [Int]) -> Bool { allSatisfy { list.contains($0) } }

    /// Whether `list` holds exactly these elements (in any order, repeated or not).
    func hasSameMembers(as list: [Int]) -> Bool { contains(allOf: list) && isSubset(ofList: list) }

    /// Whether every element of `list` is here.
    func contains(allOf list: [Int]) -> Bool { list.allSatisfy { contains($0) } }

    /// Whether an element of `list` is here (the lists are not disjoint).
    func containsAny(of list: [Int]) -> Bool { list.contains { contains($0) } }

    /// Whether no element of `list` is here.
    func isDisjoint(with list: [Int]) -> Bool { !containsAny(of: list) }

    /// How many of these elements are in `list`: the size of the intersection when the elements
    /// are distinct.
    func overlapCount(with list: [Int]) -> Int { reduce(0) { $0 + (list.contains($1) ? 1 : 0) } }
}

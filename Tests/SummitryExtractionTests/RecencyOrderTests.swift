import Testing
@testable import SummitryExtraction

/// `RecencyOrder` answers as the stable sort of every accepted index by its key, greatest first,
/// that coreference used before: the first `n`, and the first one accepted.
@Suite struct RecencyOrderTests {
    /// A small deterministic generator (the tests need no randomness of the system's).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// The order the helpers replace: filter, then a stable sort by key, greatest first.
    static func sorted(_ keys: [Int], _ include: (Int) -> Bool) -> [Int] {
        keys.indices.filter(include).sorted { keys[$0] > keys[$1] }
    }

    @Test func firstNAnswersAsTheSort() {
        var g = Generator(state: 17)
        for round in 0 ..< 400 {
            // (Few distinct keys, so that ties, which keep the lower index first, are common; -1 is "never seen".)
            let keys = (0 ..< g.next(30)).map { _ in g.next(8) - 1 }
            let modulus = 1 + round % 4
            let include = { (a: Int) in keys[a] >= 0 && a % modulus != 1 }
            let expected = Self.sorted(keys, include)
            for n in 0 ... 5 {
                #expect(RecencyOrder.first(n, of: keys, where: include) == Array(expected.prefix(n)))
            }
            #expect(RecencyOrder.first(of: keys, where: include) == expected.first)
        }
    }

    @Test func tiesKeepTheLowerIndexFirst() {
        let keys = [5, 9, 9, -1, 9, 2]
        #expect(RecencyOrder.first(2, of: keys) { keys[$0] >= 0 } == [1, 2])
        #expect(RecencyOrder.first(4, of: keys) { keys[$0] >= 0 } == [1, 2, 4, 0])
        #expect(RecencyOrder.first(of: keys) { $0 != 1 } == 2)
        #expect(RecencyOrder.first(of: keys) { _ in false } == nil)
    }
}

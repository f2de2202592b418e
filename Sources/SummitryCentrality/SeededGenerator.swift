/// A small, fast, seedable random number generator (SplitMix64) so sampled measures are
/// reproducible across runs and platforms.
///
/// - Reference: G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom number
///   generators", OOPSLA 2014, [doi:10.1145/2660193.2660195](https://doi.org/10.1145/2660193.2660195).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole sequence is determined by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `k` distinct indices of `0 ..< n`, drawn without replacement by a partial Fisher–Yates shuffle.
///
/// Position `i` swaps with `i + next() % (n - i)`; the modulo bias is below `n / 2⁶⁴`. The rule is
/// kept this simple on purpose: `scripts/centrality_fixtures.py` replays it to hand NetworkX the same
/// sample, so the sampled estimators are tested exactly.
func sampleIndices(_ k: Int, of n: Int, using rng: inout some RandomNumberGenerator) -> [Int32] {
    var pool = (0 ..< n).map { Int32(truncatingIfNeeded: $0) }
    for i in 0 ..< k {
        let j = i + Int(rng.next() % UInt64(n - i))
        pool.swapAt(i, j)
    }
    return Array(pool[0 ..< k])
}

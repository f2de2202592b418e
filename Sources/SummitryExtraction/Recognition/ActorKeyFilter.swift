/// A ``KeyFilter`` over the keys of a document's actor indexes (``DocumentAnalysis/actorsByKey``,
/// ``DocumentAnalysis/actorsByLast``): most capitalised words are no actor's key, and the filter
/// says so without hashing them into a dictionary.
///
/// 1,024 bits: a document names a few dozen actors, so false positives stay rare. A class, so that
/// ``DocumentAnalysis`` holds it as a constant (no exclusivity check per read); the bits are a
/// buffer the filter owns, probed as ``KeyFilter`` probes.
final class ActorKeyFilter {
    private static let mask: UInt64 = 1023
    private let bits: UnsafeMutablePointer<UInt64>

    init() {
        bits = .allocate(capacity: Int(Self.mask + 1) / 64)
        bits.initialize(repeating: 0, count: Int(Self.mask + 1) / 64)
    }

    deinit { bits.deallocate() }

    /// Records `key`.
    func insert(_ key: String) {
        let (a, b) = KeyFilter.probes(key, mask: Self.mask)
        bits[Int(a >> 6)] |= 1 << (a & 63)
        bits[Int(b >> 6)] |= 1 << (b & 63)
    }

    /// Whether `key` may have been inserted (false: it certainly was not).
    /// - Complexity: O(length of `key`), no allocation.
    func mayContain(_ key: String) -> Bool {
        let (a, b) = KeyFilter.probes(key, mask: Self.mask)
        return bits[Int(a >> 6)] & (1 << (a & 63)) != 0 && bits[Int(b >> 6)] & (1 << (b & 63)) != 0
    }

    /// Whether the key spelled by the UTF-8 bytes of `key` but its last may have been inserted (false: it
    /// certainly was not), without making that key a string: for a genitive's stem ("novaks" → "novak").
    /// - Complexity: O(length of `key`), no allocation.
    func mayContain(droppingLastByteOf key: String) -> Bool {
        let (a, b) = KeyFilter.probes(key, droppingLastByte: (), mask: Self.mask)
        return bits[Int(a >> 6)] & (1 << (a & 63)) != 0 && bits[Int(b >> 6)] & (1 << (b & 63)) != 0
    }
}

extension DocumentAnalysis {
    /// Whether `folded` is a surname key of some actor (``actorsByKey``).
    @inline(__always) func isActorKey(_ folded: String) -> Bool {
        actorKeyFilter.mayContain(folded) && actorsByKey.contains(folded)
    }

    /// Whether `folded` is the last name word of some actor (``actorsByLast``).
    @inline(__always) func isLastNameWord(_ folded: String) -> Bool {
        actorKeyFilter.mayContain(folded) && actorsByLast.contains(folded)
    }
}

/// A Bloom filter (Bloom 1970, doi:10.1145/362686.362692) over the keys of a document's actor
/// indexes (``DocumentAnalysis/actorsByKey``, ``DocumentAnalysis/actorsByLast``): most capitalised
/// words are no actor's key, and the filter says so without hashing them into a dictionary.
///
/// 1,024 bits and two probes per key: a document names a few dozen actors, so false positives
/// (which only cost the dictionary look-up the filter would have saved) stay rare. Keys are never
/// removed (a removed key only becomes a false positive).
///
/// A class, so that ``DocumentAnalysis`` holds it as a constant (no exclusivity check per read);
/// the bits are a buffer the filter owns.
final class ActorKeyFilter {
    private static let words = 16
    private let bits: UnsafeMutablePointer<UInt64>

    init() {
        bits = .allocate(capacity: Self.words)
        bits.initialize(repeating: 0, count: Self.words)
    }

    deinit { bits.deallocate() }

    /// FNV-1a (Fowler, Noll & Vo) over the UTF-8 bytes of `key`.
    @inline(__always) private static func hash(_ key: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Records `key`.
    func insert(_ key: String) {
        let h = Self.hash(key)
        for probe in [h & 1023, (h >> 10) & 1023] { bits[Int(probe >> 6)] |= 1 << (probe & 63) }
    }

    /// Whether `key` may have been inserted (false: it certainly was not).
    /// - Complexity: O(length of `key`), no allocation.
    func mayContain(_ key: String) -> Bool {
        let h = Self.hash(key)
        let a = h & 1023, b = (h >> 10) & 1023
        return bits[Int(a >> 6)] & (1 << (a & 63)) != 0 && bits[Int(b >> 6)] & (1 << (b & 63)) != 0
    }
}

extension DocumentAnalysis {
    /// Whether `folded` is a surname key of some actor (``actorsByKey``).
    @inline(__always) func isActorKey(_ folded: String) -> Bool {
        actorKeyFilter.mayContain(folded) && actorsByKey[folded] != nil
    }

    /// Whether `folded` is the last name word of some actor (``actorsByLast``).
    @inline(__always) func isLastNameWord(_ folded: String) -> Bool {
        actorKeyFilter.mayContain(folded) && actorsByLast[folded] != nil
    }
}

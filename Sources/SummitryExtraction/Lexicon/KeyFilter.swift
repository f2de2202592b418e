/// A Bloom filter over strings (Bloom 1970, doi:10.1145/362686.362692): says, without hashing a
/// string into a dictionary, that most words are certainly not keys of some table.
///
/// Two probes per key, taken from one FNV-1a hash (Fowler, Noll & Vo) of the key's UTF-8 bytes.
/// A false positive only costs the dictionary look-up the filter would have saved; keys are never
/// removed (a removed key only becomes a false positive).
struct KeyFilter: Sendable {
    private var bits: [UInt64]
    private let mask: UInt64

    /// An empty filter of `bitCount` bits (a power of two, at least 64).
    init(bitCount: Int) {
        precondition(bitCount >= 64 && bitCount & (bitCount - 1) == 0, "a power of two of at least 64 bits")
        bits = Array(repeating: 0, count: bitCount / 64)
        mask = UInt64(bitCount - 1)
    }

    /// The two bit positions of `key` in a filter whose bit count is `mask + 1`.
    /// - Complexity: O(length of `key`), no allocation.
    @inline(__always) static func probes(_ key: String, mask: UInt64) -> (UInt64, UInt64) {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        // (Through a buffer pointer: iterating the `UTF8View` costs more per byte.)
        key.withUTF8Bytes { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        return (h & mask, (h >> 32) & mask)
    }

    /// The probes of the key spelled by the UTF-8 bytes of `key` but its last (those of `key` itself if it is
    /// empty): ``probes(_:mask:)`` of that key, without making it a string.
    /// - Complexity: O(length of `key`), no allocation.
    @inline(__always) static func probes(_ key: String, droppingLastByte: Void, mask: UInt64) -> (UInt64, UInt64) {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        key.withUTF8Bytes { bytes in
            for b in bytes.dropLast() { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        return (h & mask, (h >> 32) & mask)
    }

    /// Records `key`.
    mutating func insert(_ key: String) {
        let (a, b) = Self.probes(key, mask: mask)
        bits[Int(a >> 6)] |= 1 << (a & 63)
        bits[Int(b >> 6)] |= 1 << (b & 63)
    }

    /// Whether `key` may have been inserted (false: it certainly was not).
    func mayContain(_ key: String) -> Bool {
        let (a, b) = Self.probes(key, mask: mask)
        return bits[Int(a >> 6)] & (1 << (a & 63)) != 0 && bits[Int(b >> 6)] & (1 << (b & 63)) != 0
    }
}

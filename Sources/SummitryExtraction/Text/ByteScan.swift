/// Scans of a text's raw bytes eight at a time, for the checks every document pays for before it
/// is tokenized (is it ASCII-like enough to be NFC as it stands, does it hold a NUL byte).
///
/// A byte-by-byte loop costs several instructions per byte; reading the bytes as 64-bit words
/// settles a word of plain ASCII with one mask test, and looks at single bytes only in words that
/// hold a byte from 0x80 on (or, for ``firstZero(_:)``, a zero byte).
///
/// - Complexity: O(n) in the number of bytes, about one test per eight bytes of ASCII.
enum ByteScan {
    /// The high bit of each byte of a word.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// One in each byte of a word.
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// Whether every byte of `bytes` is below `limit` (`limit` from 0x80 on: bytes below 0x80 pass
    /// the word test at once).
    /// - Precondition: `limit >= 0x80`.
    static func allBelow(_ bytes: UnsafeBufferPointer<UInt8>, _ limit: UInt8) -> Bool {
        precondition(limit >= 0x80, "the word test passes bytes below 0x80 only")
        return firstOffset(in: bytes, wordMayHold: { $0 & highBits != 0 }, matches: { $0 >= limit }) == nil
    }

    /// The offset of the first zero byte of `bytes`, or nil if there is none.
    static func firstZero(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // (Sets a byte's high bit if that byte may be zero; no false negatives: the exact bytes are
        // then read.)
        firstOffset(in: bytes, wordMayHold: { ($0 &- lowBits) & ~$0 & highBits != 0 }, matches: { $0 == 0 })
    }

    /// The offset of the first byte that `matches`, reading the bytes eight at a time and looking at
    /// single bytes only in words that `wordMayHold` (which must be true of every word holding a
    /// matching byte).
    @inline(__always)
    private static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>, wordMayHold: (UInt64) -> Bool,
                                    matches: (UInt8) -> Bool) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var k = 0
        let raw = UnsafeRawPointer(base)
        while k + 8 <= n {
            if wordMayHold(raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) {
                for m in k ..< k + 8 where matches(base[m]) { return m }
            }
            k += 8
        }
        while k < n {
            if matches(base[k]) { return k }
            k += 1
        }
        return nil
    }
}

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
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var k = 0
        let raw = UnsafeRawPointer(base)
        while k + 8 <= n {
            let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            if word & highBits != 0 {
                for m in k ..< k + 8 where base[m] >= limit { return false }
            }
            k += 8
        }
        while k < n {
            if base[k] >= limit { return false }
            k += 1
        }
        return true
    }

    /// The offset of the first zero byte of `bytes`, or nil if there is none.
    static func firstZero(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var k = 0
        let raw = UnsafeRawPointer(base)
        while k + 8 <= n {
            let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            // (Sets a byte's high bit if that byte may be zero; no false negatives: the exact
            // bytes are then read.)
            if (word &- lowBits) & ~word & highBits != 0 {
                for m in k ..< k + 8 where base[m] == 0 { return m }
            }
            k += 8
        }
        while k < n {
            if base[k] == 0 { return k }
            k += 1
        }
        return nil
    }
}

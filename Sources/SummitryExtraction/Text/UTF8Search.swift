/// Suffix and substring tests on the UTF-8 bytes of a string, for the recognisers' hot loops.
///
/// `String.hasSuffix(_:)` and `String.contains(_:)` compare characters (grapheme clusters, by
/// canonical equivalence), walking the string cluster by cluster. The analysis reads NFC text
/// (normalised once, at ingest) and tests NFC literals that begin and end with a letter; for
/// those, a byte match is a character match, and comparing bytes costs a few instructions.
extension String {
    /// Whether the UTF-8 bytes of the string end with those of `suffix`.
    ///
    /// Equal to `hasSuffix(_:)` when both strings are NFC and `suffix` begins with a letter that no
    /// preceding character combines with (as holds for the word endings the recognisers test).
    /// - Complexity: O(`suffix.utf8.count`).
    @inline(__always)
    func hasUTF8Suffix(_ suffix: String) -> Bool {
        withUTF8Bytes { bytes in Self.bytes(bytes, endWith: suffix) }
    }

    /// Whether the string ends with one of `suffixes` (compared as ``hasUTF8Suffix(_:)`` does).
    /// - Complexity: O(total length of `suffixes`).
    func hasUTF8Suffix(in suffixes: [String]) -> Bool {
        // (The bytes are reached once, through a buffer pointer: walking a `UTF8View` backwards
        // costs an index computation per byte.)
        withUTF8Bytes { bytes in suffixes.contains { Self.bytes(bytes, endWith: $0) } }
    }

    /// Whether `bytes` end with the UTF-8 bytes of `suffix`.
    @inline(__always) private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, endWith suffix: String) -> Bool {
        suffix.withUTF8Bytes { tail in
            guard tail.count <= bytes.count else { return false }
            let offset = bytes.count - tail.count
            for k in 0 ..< tail.count where bytes[offset + k] != tail[k] { return false }
            return true
        }
    }

    /// The number of Unicode scalars (`unicodeScalars.count`), counted by the lead bytes of the
    /// UTF-8 encoding rather than by walking the scalar view.
    /// - Complexity: O(`utf8.count`).
    var utf8ScalarCount: Int {
        withUTF8Bytes { bytes in
            var n = 0
            for b in bytes where b & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }

    /// Calls `body` with the string's UTF-8 bytes in contiguous memory: a native string's own bytes,
    /// a small string's copied to the stack; neither copies nor retains the string (`withUTF8` needs
    /// a mutable copy, which retains it).
    @inline(__always) func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// Whether the UTF-8 bytes of `needle` occur in those of the string.
    ///
    /// Equal to `contains(_:)` under the conditions of ``hasUTF8Suffix(_:)``, when no combining
    /// mark follows a match (as in the lowercase words the recognisers search).
    /// - Complexity: O(`utf8.count` × `needle.utf8.count`).
    func containsUTF8(_ needle: String) -> Bool {
        // (The bytes are read in place, not copied into arrays: a native string's are contiguous.)
        var hay = self, pin = needle
        return hay.withUTF8 { hay in
            pin.withUTF8 { pin in
                guard !pin.isEmpty else { return true }
                guard hay.count >= pin.count else { return false }
                for start in 0 ... hay.count - pin.count where hay[start] == pin[0] {
                    if UnsafeBufferPointer(rebasing: hay[start ..< start + pin.count]).elementsEqual(pin) { return true }
                }
                return false
            }
        }
    }

    /// Whether the UTF-8 bytes of the string begin with those of `prefix` (a prefix that ends with a
    /// letter no following combining mark modifies in the text searched).
    /// - Complexity: O(`prefix.utf8.count`).
    func hasUTF8Prefix(_ prefix: String) -> Bool {
        let bytes = utf8, head = prefix.utf8
        guard bytes.count >= head.count else { return false }
        return bytes.prefix(head.count).elementsEqual(head)
    }
}

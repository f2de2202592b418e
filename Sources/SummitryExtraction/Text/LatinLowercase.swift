/// Lowercasing of Latin text from a table, for the tokenizer's and lexicons' hot paths.
///
/// `String.lowercased()` maps a non-ASCII string scalar by scalar through
/// `Unicode.Scalar.Properties.lowercaseMapping`, a Unicode property look-up per scalar (some
/// thousand instructions for a German word with an umlaut). ``LatinLowercase`` holds those mappings
/// for every scalar below U+0250 (ASCII, Latin-1 Supplement, Latin Extended-A and -B) as UTF-8 bytes,
/// taken from the same property when first used; a text with a scalar from U+0250 on is lowercased
/// by `lowercased()`. The result is therefore always that of `lowercased()`.
enum LatinLowercase {
    /// The first scalar the table does not cover.
    static let limit: UInt32 = 0x250

    /// The UTF-8 bytes of `lowercaseMapping` of each scalar below ``limit``, one after another.
    private static let table: (bytes: [UInt8], starts: [Int32]) = {
        var bytes: [UInt8] = [], starts: [Int32] = []
        for v in 0 ..< limit {
            starts.append(Int32(bytes.count))
            bytes.append(contentsOf: Unicode.Scalar(v)!.properties.lowercaseMapping.utf8)
        }
        starts.append(Int32(bytes.count))
        return (bytes, starts)
    }()

    /// The lowercase form of the UTF-8 text `text`, or nil if it holds a scalar from ``limit`` on.
    /// - Complexity: O(n) in the UTF-8 length.
    static func lowercased(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        let (bytes, starts) = table
        // First pass: the scalars are all in the table, and the length of the result.
        var length = 0, k = 0
        let n = text.count
        while k < n {
            let b = text[k]
            if b < 0x80 { length += 1; k += 1; continue }
            // (Scalars below U+0250 take two bytes, lead bytes 0xC2 ... 0xC9.)
            guard b < 0xE0, k + 1 < n else { return nil }
            let v = (UInt32(b & 0x1F) << 6) | UInt32(text[k + 1] & 0x3F)
            guard v < limit else { return nil }
            length += Int(starts[Int(v) + 1] - starts[Int(v)])
            k += 2
        }
        return String(unsafeUninitializedCapacity: length) { out in
            var o = 0, k = 0
            while k < n {
                let b = text[k]
                if b < 0x80 {
                    out[o] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                    o += 1; k += 1
                    continue
                }
                let v = Int((UInt32(b & 0x1F) << 6) | UInt32(text[k + 1] & 0x3F))
                for j in Int(starts[v]) ..< Int(starts[v + 1]) { out[o] = bytes[j]; o += 1 }
                k += 2
            }
            return o
        }
    }
}

extension String {
    /// `lowercased()`, from ``LatinLowercase``'s table when every scalar is below U+0250.
    /// - Complexity: O(n) in the UTF-8 length.
    func latinLowercased() -> String {
        withUTF8Bytes { LatinLowercase.lowercased($0) } ?? lowercased()
    }
}

extension Substring {
    /// `lowercased()`, from ``LatinLowercase``'s table when every scalar is below U+0250.
    /// - Complexity: O(n) in the UTF-8 length.
    func latinLowercased() -> String {
        (utf8.withContiguousStorageIfAvailable { LatinLowercase.lowercased($0) } ?? nil) ?? lowercased()
    }
}

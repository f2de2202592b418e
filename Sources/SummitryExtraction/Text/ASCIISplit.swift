/// Splitting a string at an ASCII separator by its UTF-8 bytes, for the recognisers' hot paths.
///
/// `split(separator:)` with a `Character` walks the string cluster by cluster (grapheme breaking
/// costs a few hundred instructions per character). For a separator that is one ASCII scalar
/// (not CR or LF), a byte equal to it is a character equal to it whenever its neighbours are ASCII
/// too: no ASCII scalar extends a cluster (Extend, ZWJ, SpacingMark) or is prepended to one
/// (Prepend), so the separator is then a cluster of its own. When a separator byte has a non-ASCII
/// neighbour (a combining mark after a space, say), the character-wise split is used instead, so
/// the result is always that of `split(separator:)`.
extension Substring {
    /// The pieces of the substring between occurrences of the ASCII scalar `separator`, empty
    /// pieces omitted: `split(separator: Character(Unicode.Scalar(separator)))`.
    /// - Parameter separator: an ASCII byte other than CR (0x0D) and LF (0x0A).
    /// - Complexity: O(n) in the UTF-8 length.
    func splitASCII(separator: UInt8) -> [Substring] {
        precondition(separator < 0x80 && separator != 0x0D && separator != 0x0A, "separator must be ASCII, not CR or LF")
        let fast: [Substring]?? = utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
            let n = bytes.count
            var bounds: [(Int, Int)] = []
            var start = 0
            for k in 0 ..< n where bytes[k] == separator {
                if (k > 0 && bytes[k - 1] >= 0x80) || (k + 1 < n && bytes[k + 1] >= 0x80) { return nil }
                if k > start { bounds.append((start, k)) }
                start = k + 1
            }
            if n > start { bounds.append((start, n)) }
            return bounds.map { lo, hi in
                self[utf8.index(utf8.startIndex, offsetBy: lo) ..< utf8.index(utf8.startIndex, offsetBy: hi)]
            }
        }
        if let fast, let pieces = fast { return pieces }
        return split(separator: Character(Unicode.Scalar(separator)))
    }
}

extension String {
    /// The last piece of ``splitASCII(separator:)`` (nil if there is none), found from the end without
    /// making the other pieces: `splitASCII(separator: separator).last`.
    /// - Parameter separator: an ASCII byte other than CR (0x0D) and LF (0x0A).
    /// - Complexity: O(n) in the UTF-8 length; no allocation on the fast path.
    func lastSplitASCII(separator: UInt8) -> Substring? {
        precondition(separator < 0x80 && separator != 0x0D && separator != 0x0A, "separator must be ASCII, not CR or LF")
        // (The bounds of the last piece, or nil where ``Substring/splitASCII(separator:)`` leaves its fast path:
        // a separator next to a non-ASCII byte, which a combining mark may join.)
        let fast: (Int, Int)?? = utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int)? in
            let n = bytes.count
            var last = (0, 0)
            var start = 0
            for k in 0 ..< n where bytes[k] == separator {
                if (k > 0 && bytes[k - 1] >= 0x80) || (k + 1 < n && bytes[k + 1] >= 0x80) { return nil }
                if k > start { last = (start, k) }
                start = k + 1
            }
            if n > start { last = (start, n) }
            return last
        }
        guard let fast, let (lo, hi) = fast else { return splitASCII(separator: separator).last }
        guard hi > lo else { return nil }
        return self[utf8.index(utf8.startIndex, offsetBy: lo) ..< utf8.index(utf8.startIndex, offsetBy: hi)]
    }

    /// ``Substring/splitASCII(separator:)`` of the whole string: `split(separator:)` with the
    /// character of ASCII byte `separator`.
    /// - Complexity: O(n) in the UTF-8 length.
    func splitASCII(separator: UInt8) -> [Substring] {
        self[...].splitASCII(separator: separator)
    }
}

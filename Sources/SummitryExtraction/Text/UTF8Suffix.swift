/// Suffix tests on the UTF-8 bytes of a string, for the recognisers' hot loops.
///
/// `String.hasSuffix(_:)` compares characters (grapheme clusters, by canonical equivalence), which
/// walks the string backwards cluster by cluster. The analysis reads NFC text (normalised once, at
/// ingest) and its suffix lists are NFC literals that begin with a letter; for those, a byte
/// suffix is a character suffix, and comparing bytes costs a few instructions.
extension String {
    /// Whether the UTF-8 bytes of the string end with those of `suffix`.
    ///
    /// Equal to `hasSuffix(_:)` when both strings are NFC and `suffix` begins with a letter that no
    /// preceding character combines with (as holds for the word endings the recognisers test).
    /// - Complexity: O(`suffix.utf8.count`).
    @inline(__always)
    func hasUTF8Suffix(_ suffix: String) -> Bool {
        let bytes = utf8, tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        var i = bytes.endIndex, j = tail.endIndex
        while j > tail.startIndex {
            bytes.formIndex(before: &i)
            tail.formIndex(before: &j)
            if bytes[i] != tail[j] { return false }
        }
        return true
    }

    /// Whether the string ends with one of `suffixes` (compared as ``hasUTF8Suffix(_:)`` does).
    /// - Complexity: O(total length of `suffixes`).
    func hasUTF8Suffix(in suffixes: [String]) -> Bool {
        suffixes.contains { hasUTF8Suffix($0) }
    }
}

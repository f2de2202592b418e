import Foundation

/// A text held twice, as its Unicode scalars and as its UTF-8 bytes, with the byte offset of every
/// scalar, so that a span given in scalar offsets (the unit of tokens and evidence) becomes a
/// `String` by copying bytes rather than by appending scalars one by one.
///
/// Built once per document; immutable after that.
///
/// - Complexity: construction O(n) in the number of bytes; ``string(_:_:)`` O(length of the span).
struct ScalarText: Sendable {
    /// The scalars, indexed by scalar offset.
    let scalars: [Unicode.Scalar]
    /// The UTF-8 encoding of the text.
    let utf8: [UInt8]
    /// `byteOffsets[k]` is the offset in ``utf8`` of scalar `k`; one extra entry holds the byte count.
    let byteOffsets: [Int32]

    /// The scalars and bytes of `text`.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        let n = bytes.count
        // (Both tables are written in place in one pass: there are at most as many scalars as bytes.)
        var offsets: [Int32] = []
        var count = 0
        // (0 … 7: the offsets of eight ASCII bytes from the first.)
        let lanes = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { scalars, scalarsWritten in
            offsets = [Int32](unsafeUninitializedCapacity: n + 1) { offsets, offsetsWritten in
                bytes.withUnsafeBufferPointer { b in
                    // (No bytes, no base address: nothing to read.)
                    guard let base = b.baseAddress else { return }
                    let raw = UnsafeRawPointer(base)
                    // A Swift string's UTF-8 is always valid, so a lead byte gives the length of its scalar.
                    var k = 0
                    while k < n {
                        // Eight ASCII bytes at a time: each is its own scalar.
                        // (Written as vectors, eight offsets and eight scalars a store: element by element,
                        // this loop cost more than the rest of the construction.)
                        if k + 8 <= n && raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                            let offsetLanes = SIMD8<Int32>(repeating: Int32(k)) &+ lanes
                            UnsafeMutableRawPointer(offsets.baseAddress! + count).storeBytes(of: offsetLanes, as: SIMD8<Int32>.self)
                            let ascii = SIMD8<UInt32>(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: k, as: SIMD8<UInt8>.self))
                            // (A scalar is its 32-bit value: an ASCII byte widened is its scalar.)
                            UnsafeMutableRawPointer(scalars.baseAddress! + count).storeBytes(of: ascii, as: SIMD8<UInt32>.self)
                            count += 8
                            k += 8
                            continue
                        }
                        let lead = UInt32(b[k])
                        offsets[count] = Int32(k)
                        if lead < 0x80 {
                            scalars[count] = Unicode.Scalar(UInt8(lead))
                            count += 1
                            k += 1
                            continue
                        }
                        var value: UInt32
                        let length: Int
                        if lead < 0xE0 { value = lead & 0x1F; length = 2 }
                        else if lead < 0xF0 { value = lead & 0x0F; length = 3 }
                        else { value = lead & 0x07; length = 4 }
                        for m in 1 ..< length { value = value << 6 | UInt32(b[k + m] & 0x3F) }
                        scalars[count] = Unicode.Scalar(value)!
                        count += 1
                        k += length
                    }
                }
                offsets[count] = Int32(n)
                offsetsWritten = count + 1
            }
            scalarsWritten = count
        }
        self.scalars = scalars
        self.utf8 = bytes
        self.byteOffsets = offsets
    }

    /// The text of `scalars`.
    init(scalars: [Unicode.Scalar]) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(String(view))
    }

    /// The text of scalars `[start, end)`.
    func string(_ start: Int, _ end: Int) -> String {
        let from = Int(byteOffsets[start]), to = Int(byteOffsets[end])
        // (The bytes are a Swift string's, split at scalar boundaries: valid UTF-8, copied into a string of their
        // length, which costs less than decoding them.)
        return utf8.withUnsafeBufferPointer { b in
            let span = UnsafeBufferPointer(rebasing: b[from ..< to])
            return String(unsafeUninitializedCapacity: span.count) { $0.initialize(fromContentsOf: span) }
        }
    }

    /// The text of scalars `[start, end)` lowercased: `string(start, end).latinLowercased()`, from the bytes.
    func lowercased(_ start: Int, _ end: Int) -> String {
        let from = Int(byteOffsets[start]), to = Int(byteOffsets[end])
        return utf8.withUnsafeBufferPointer { b in LatinLowercase.lowercased(UnsafeBufferPointer(rebasing: b[from ..< to])) }
            ?? string(start, end).lowercased()
    }

    /// Whether the bytes of scalars `[start, end)` are those of `s`.
    func bytesEqual(_ start: Int, _ end: Int, _ s: String) -> Bool {
        let from = Int(byteOffsets[start]), to = Int(byteOffsets[end])
        var s = s
        return s.withUTF8 { other in
            guard other.count == to - from else { return false }
            return utf8.withUnsafeBufferPointer { b in
                other.isEmpty || memcmp(b.baseAddress! + from, other.baseAddress!, other.count) == 0
            }
        }
    }

    /// Whether scalars `[start, end)` are all ASCII (as many bytes as scalars).
    func isASCII(_ start: Int, _ end: Int) -> Bool {
        Int(byteOffsets[end] - byteOffsets[start]) == end - start
    }
}

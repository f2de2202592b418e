import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads text files for extraction: checks the bytes, decodes them and normalises to NFC once.
///
/// Accepted: UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark (decoded,
/// a documented recovery). Refused with an ``ExtractionError/invalidText(file:line:message:)`` that
/// names the file and, where it helps, the line: an empty file, bytes that are not valid UTF-8 (the
/// line of the first bad byte is given), UTF-16 without a byte-order mark (recognised by its NUL
/// bytes), other NUL bytes, lines longer than ``maximumLineLength`` scalars (no prose has them;
/// such input is usually a data dump, and refusing it keeps evidence spans readable), and texts longer
/// than ``maximumDocumentLength`` (a file is one article; a document-wide analysis of a whole archive in
/// one file would take minutes).
public enum TextSource {
    /// The longest line accepted, in bytes (1 MiB).
    public static let maximumLineLength = 1 << 20

    /// The longest text accepted, in UTF-8 bytes (4 MiB: news articles are a few kilobytes, and the document-wide
    /// analysis grows faster than linearly: 1 MB of text takes about 1.6 s, 2 MB about 5 s).
    public static let maximumDocumentLength = 4 << 20

    /// Reads and decodes the file at `path`.
    /// - Parameter warning: told of a recovery (a UTF-16 file decoded), with the file's name.
    /// - Returns: the text, NFC-normalised.
    /// - Throws: ``ExtractionError/unreadable(file:message:)`` or ``ExtractionError/invalidText(file:line:message:)``.
    /// - Complexity: O(n) in the file size.
    public static func read(path: String, warning: (String) -> Void = { _ in }) throws -> String {
        if let bytes = regularFileBytes(path) {
            return try bytes.withUnsafeBytes { try decode(bytes: $0, file: path, warning: warning) }
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
                throw ExtractionError.unreadable(file: path, message: isDir.boolValue ? "is a directory" : "permission denied or I/O error")
            }
            throw ExtractionError.unreadable(file: path, message: "no such file")
        }
        return try decode(data, file: path, warning: warning)
    }

    /// The bytes of the regular file at `path`, read with `read(2)` (cheaper than mapping a small
    /// file); nil if it is not a regular file or cannot be opened or read (``read(path:)`` then
    /// takes the general path, which also names the error).
    private static func regularFileBytes(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += repeatElement(0, count: bytes.count) }  // the file grew
            let n = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// `read(2)` (the name `read` is taken by ``read(path:)`` here).
    private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    /// Decodes `data` as described on ``TextSource``; `file` names the source in errors and warnings.
    public static func decode(_ data: Data, file: String, warning: (String) -> Void = { _ in }) throws -> String {
        try data.withUnsafeBytes { try decode(bytes: $0, file: file, warning: warning) }
    }

    /// ``decode(_:file:warning:)`` of raw bytes.
    private static func decode(bytes raw: UnsafeRawBufferPointer, file: String, warning: (String) -> Void) throws -> String {
        if raw.isEmpty { throw ExtractionError.invalidText(file: file, line: nil, message: "the file is empty") }
        // (UTF-16 takes two or four bytes where UTF-8 takes one to three: a UTF-16 file is measured after decoding.)
        func refuseLong(_ utf8Count: Int) throws {
            guard utf8Count > maximumDocumentLength else { return }
            throw ExtractionError.invalidText(file: file, line: nil,
                message: "is \(utf8Count) bytes, longer than \(maximumDocumentLength) (4 MiB); a file is one article: split it into one file per article")
        }
        let b0 = raw[0], b1 = raw.count >= 2 ? raw[1] : 0
        if raw.count >= 2 && ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            let encoding: String.Encoding = b0 == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(raw[2...]), encoding: encoding) else {
                throw ExtractionError.invalidText(file: file, line: nil, message: "starts with a UTF-16 byte-order mark but is not valid UTF-16")
            }
            try refuseLong(text.utf8.count)
            warning("\(file): decoded from UTF-16 (byte-order mark); convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8) to silence this")
            return try normalise(text, file: file)
        }
        do {
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
            try refuseLong(bytes.count - start)
            var nuls = 0, firstNul = -1
            if bytes.count - start > maximumLineLength {
                var line = 1, lineLength = 0
                for k in start ..< bytes.count {
                    let b = bytes[k]
                    if b == 0 { nuls += 1; if firstNul < 0 { firstNul = k } }
                    if b == 0x0A {
                        line += 1
                        lineLength = 0
                    } else {
                        lineLength += 1
                        if lineLength > maximumLineLength {
                            throw ExtractionError.invalidText(file: file, line: line,
                                message: "line is longer than \(maximumLineLength) bytes; expected prose with line breaks (is this a data file?)")
                        }
                    }
                }
            } else if let first = ByteScan.firstZero(UnsafeBufferPointer(rebasing: bytes[start...])) {
                // (No line of a body this short can be too long; NUL bytes are found a word at a
                // time and counted only in a file that has one.)
                firstNul = start + first
                for k in firstNul ..< bytes.count where bytes[k] == 0 { nuls += 1 }
            }
            if nuls > 0 {
                if nuls * 4 >= bytes.count {
                    throw ExtractionError.invalidText(file: file, line: nil,
                        message: "looks like UTF-16 without a byte-order mark; convert it to UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)")
                }
                throw ExtractionError.invalidText(file: file, line: lineOf(bytes, firstNul), message: "contains NUL bytes; expected plain text")
            }
            let body = UnsafeBufferPointer(rebasing: bytes[start...])
            guard let text = String(validating: body, as: UTF8.self) else {
                let bad = firstInvalidUTF8(bytes, from: start)
                throw ExtractionError.invalidText(file: file, line: lineOf(bytes, bad),
                    message: "not valid UTF-8 (byte \(bad)); convert the file to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)")
            }
            return try normalise(text, file: file)
        }
    }

    private static func normalise(_ text: String, file: String) throws -> String {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw ExtractionError.invalidText(file: file, line: nil, message: "the file holds only white space")
        }
        return nfc(text)
    }

    /// `text` in Unicode Normalization Form C. Text whose scalars cannot change under NFC (no
    /// combining marks, no Hangul jamo, no compatibility singletons in the checked ranges) is returned as is.
    public static func nfc(_ text: String) -> String {
        // Scalars below U+0300 never change (their UTF-8 bytes are all below 0xCC): most news text
        // is decided by one pass over its bytes.
        // (Read a word at a time: the check runs over every document, twice when it was read by ``read(path:)``.)
        if text.utf8.withContiguousStorageIfAvailable({ ByteScan.allBelow($0, 0xCC) }) == true { return text }
        var needs = false
        for s in text.unicodeScalars where s.value >= 0x300 {
            if s.properties.canonicalCombiningClass != .notReordered || (0x1100 ... 0x11FF).contains(s.value)
                || nfcSingletons.contains(s.value) || (0xF900 ... 0xFAFF).contains(s.value) || (0x2F800 ... 0x2FA1F).contains(s.value) {
                needs = true
                break
            }
        }
        return needs ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Scalars that NFC replaces although they combine with nothing (canonical singletons).
    private static let nfcSingletons: Set<UInt32> = [0x0340, 0x0341, 0x0343, 0x0344, 0x0374, 0x037E, 0x0387,
        0x1F71, 0x1F73, 0x1F75, 0x1F77, 0x1F79, 0x1F7B, 0x1F7D, 0x1FBB, 0x1FBE, 0x1FC9, 0x1FCB, 0x1FD3, 0x1FDB,
        0x1FE3, 0x1FEB, 0x1FEE, 0x1FEF, 0x1FF9, 0x1FFB, 0x1FFD, 0x2000, 0x2001, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A]

    private static func lineOf(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var line = 1
        for k in 0 ..< min(offset, bytes.count) where bytes[k] == 0x0A { line += 1 }
        return line
    }

    private static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            if b < 0x80 { len = 1 } else if b & 0xE0 == 0xC0 && b >= 0xC2 { len = 2 } else if b & 0xF0 == 0xE0 { len = 3 }
            else if b & 0xF8 == 0xF0 && b <= 0xF4 { len = 4 } else { return i }
            if i + len > bytes.count { return i }
            for k in 1 ..< len where bytes[i + k] & 0xC0 != 0x80 { return i }
            if String(validating: UnsafeBufferPointer(rebasing: bytes[i ..< i + len]), as: UTF8.self) == nil { return i }
            i += len
        }
        return i
    }
}

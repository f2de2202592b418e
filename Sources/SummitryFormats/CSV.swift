import Foundation

/// Comma-separated values as RFC 4180 defines them, read and written with line numbers for errors.
///
/// Reading accepts what RFC 4180 allows and what spreadsheets write: fields separated by `,`, records
/// ended by CRLF or LF (a lone CR too), fields optionally enclosed in double quotes, a quote inside a
/// quoted field doubled (`""`), line breaks inside quoted fields. A byte-order mark at the start is
/// skipped. A final record without a line break is read; a trailing empty line is not a record.
///
/// See RFC 4180, *Common Format and MIME Type for Comma-Separated Values (CSV) Files*,
/// <https://www.rfc-editor.org/rfc/rfc4180>.
public enum CSV {
    /// One record of a CSV file with the 1-based line on which it starts.
    public struct Record: Hashable, Sendable {
        /// The fields, unquoted.
        public var fields: [String]
        /// The 1-based line number of the record's first character.
        public var line: Int
    }

    /// Parses CSV text into records.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - file: the name used in error messages.
    /// - Returns: the records in file order, the header (if any) included.
    /// - Throws: ``FormatError/syntax(file:line:message:)`` for a quote inside an unquoted field, text
    ///   after a closing quote, or a quoted field that is never closed (naming the line it opened on).
    /// - Complexity: O(n) in the length of `text`.
    public static func records(in text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine = 0
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var state = State.fieldStart
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            // A line holding nothing at all is not a record (blank line, trailing newline).
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(fields: fields, line: recordLine))
            }
            fields = []
        }

        /// A comma ends the field; a line break (CR, LF or CRLF) ends the field and the record.
        func endField(_ c: Unicode.Scalar) {
            if c == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
            } else {
                if c == "\r", let next = iterator.next(), next != "\n" { pending = next }
                endRecord()
                line += 1
                recordLine = line
            }
            state = .fieldStart
        }

        while let c = pending ?? iterator.next() {
            pending = nil
            switch state {
            case .fieldStart, .unquoted:
                switch c {
                case ",", "\r", "\n":
                    endField(c)
                case "\"":
                    guard state == .fieldStart else {
                        throw FormatError.syntax(file: file, line: line,
                                                 message: "a double quote inside an unquoted field (quote the whole field and double the quote)")
                    }
                    quoteLine = line
                    state = .quoted
                default:
                    field.append(c)
                    state = .unquoted
                }
            case .quoted:
                if c == "\"" {
                    state = .quoteInQuoted
                } else {
                    if c == "\n" || (c == "\r") { line += 1 }
                    if c == "\r", let next = iterator.next() {
                        if next == "\n" { field.append(c); field.append(next); continue }
                        pending = next
                    }
                    field.append(c)
                }
            case .quoteInQuoted:
                switch c {
                case "\"":
                    field.append("\"")
                    state = .quoted
                case ",", "\r", "\n":
                    endField(c)
                default:
                    throw FormatError.syntax(file: file, line: line,
                                             message: "text after the closing quote of a field (expected a comma or a line break)")
                }
            }
        }
        if state == .quoted {
            throw FormatError.syntax(file: file, line: quoteLine, message: "a quoted field is never closed")
        }
        if !fields.isEmpty || !field.isEmpty || state != .fieldStart {
            endRecord()
        }
        return records
    }

    /// A field as RFC 4180 requires: quoted when it holds a comma, a double quote, CR or LF (or begins
    /// or ends with a space, which some readers trim), with inner quotes doubled.
    public static func escape(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record as a CSV line. Records end in LF, as most Unix tools and Spark expect; RFC 4180
    /// readers (pandas, Python's `csv`, spreadsheets) accept it as well as CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}

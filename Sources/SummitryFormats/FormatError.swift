/// A file that could not be read or written, with where and why.
///
/// Shared by the format readers and writers of this module. Every case names the file (or
/// `<memory>` for parsed text) and, where there is one, the 1-based line, so the message alone tells
/// a user what to fix.
public enum FormatError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file could not be opened or read (`reason` is the system's message).
    case unreadable(path: String, reason: String)
    /// The file could not be created or written (`reason` is the system's message).
    case unwritable(path: String, reason: String)
    /// A line does not have the expected shape; `message` says what was expected and what was found.
    case malformed(path: String, line: Int, message: String)
    /// A field that must be a decimal number is not one.
    case invalidNumber(path: String, line: Int, text: String)
    /// A number is NaN or infinite (also when it overflows `Double`); weights must be finite.
    case nonFiniteNumber(path: String, line: Int, text: String)
    /// A graph cannot be written in the format without losing information (e.g. a node key with a space).
    case unrepresentable(path: String, message: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .unwritable(path, reason):
            return "\(path): cannot write: \(reason)"
        case let .malformed(path, line, message):
            return "\(path):\(line): \(message)"
        case let .invalidNumber(path, line, text):
            return "\(path):\(line): expected a decimal number, found \"\(text)\""
        case let .nonFiniteNumber(path, line, text):
            return "\(path):\(line): \"\(text)\" is not a finite number; weights must be finite"
        case let .unrepresentable(path, message):
            return "\(path): \(message)"
        }
    }
}

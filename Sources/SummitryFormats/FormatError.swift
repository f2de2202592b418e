/// A file could not be read or written in a graph or table format.
///
/// Every case names the file (or `<stdin>`/`<memory>`) and, where there is one, the 1-based line, so
/// a user can go straight to the problem.
public enum FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened, read or written.
    case io(file: String, message: String)
    /// The text is not valid in the format at `line` (nil when the format gives no line).
    case syntax(file: String, line: Int?, message: String)
    /// The text is well-formed but its content is not acceptable (missing field, bad value).
    case invalid(file: String, line: Int?, message: String)

    public var description: String {
        switch self {
        case .io(let file, let message): return "\(file): \(message)"
        case .syntax(let file, let line, let message), .invalid(let file, let line, let message):
            if let line { return "\(file):\(line): \(message)" }
            return "\(file): \(message)"
        }
    }
}

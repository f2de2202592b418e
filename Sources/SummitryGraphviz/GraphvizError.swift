/// Something went wrong reading, checking, laying out or rendering a Graphviz graph.
///
/// The one error type of the Graphviz module. Every case says what was wrong in words a user can act
/// on; cases about input text name the file (or `<memory>`) and, where Graphviz reports one, the
/// 1-based line.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text does not parse (libcgraph's message, with the line it names).
    case syntax(file: String, line: Int?, message: String)
    /// The DOT text is not acceptable as input: it holds a NUL byte, no graph, or more than one graph.
    case invalid(file: String, line: Int?, message: String)
    /// ``DOTSanitizer`` in ``DOTSanitizer/Mode/reject`` mode found an attribute it does not allow.
    /// `location` is `graph`, `node "id"`, `edge "a" -> "b"` or `subgraph "name"`.
    case unsafe(file: String, attribute: String, location: String, message: String)
    /// The layout engine is not one the loaded plugins provide.
    case unknownLayout(name: String, available: [String])
    /// The output format is not one the loaded plugins provide.
    case unknownFormat(name: String, available: [String])
    /// Graphviz could not lay the graph out or render it (its message).
    case layoutFailed(message: String)
    /// Rendering after a successful layout failed (its message).
    case renderFailed(format: String, message: String)
    /// The Graphviz plugins could not be found or loaded.
    case pluginsUnavailable(message: String)
    /// A file could not be written.
    case io(file: String, message: String)

    /// The message for a user: `file:line: message` where there is a file.
    public var description: String {
        switch self {
        case .syntax(let file, let line, let message), .invalid(let file, let line, let message):
            if let line { return "\(file):\(line): \(message)" }
            return "\(file): \(message)"
        case .unsafe(let file, let attribute, let location, let message):
            return "\(file): \(location): attribute '\(attribute)' refused: \(message)"
        case .unknownLayout(let name, let available):
            return "unknown layout '\(name)'; available: \(available.joined(separator: ", "))"
        case .unknownFormat(let name, let available):
            return "unknown output format '\(name)'; available: \(available.joined(separator: ", "))"
        case .layoutFailed(let message):
            return "Graphviz layout failed: \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not render \(format): \(message)"
        case .pluginsUnavailable(let message):
            return "Graphviz plugins unavailable: \(message)"
        case .io(let file, let message):
            return "\(file): \(message)"
        }
    }
}

/// A failure of the pipeline that the user can act on: which input or output, and what went wrong.
///
/// Errors of the layers below (``FormatError``, centrality and Graphviz errors) pass through unchanged
/// when they already name the file; otherwise the pipeline wraps them here with the file they concern.
public enum SummitryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An input path that does not exist.
    case missingInput(path: String)
    /// An input whose extension the pipeline does not read.
    case unsupportedInput(path: String, expected: String)
    /// A directory given as input that holds no file the pipeline reads.
    case emptyDirectory(path: String)
    /// A failure while processing `file` (the message says what).
    case failed(file: String, message: String)
    /// A node named on the command line (by id or name) that the network does not hold, or holds
    /// more than once.
    case unknownNode(name: String, file: String, candidates: [String])
    /// An output could not be written.
    case output(path: String, message: String)

    /// The message: `<file>: <what went wrong>`.
    public var description: String {
        switch self {
        case .missingInput(let path): return "\(path): no such file or directory"
        case .unsupportedInput(let path, let expected): return "\(path): cannot read this kind of file (expected \(expected))"
        case .emptyDirectory(let path): return "\(path): the directory holds no .txt article"
        case .failed(let file, let message): return "\(file): \(message)"
        case .unknownNode(let name, let file, let candidates):
            if candidates.isEmpty { return "\(file): no node with id or name \"\(name)\"" }
            return "\(file): \"\(name)\" names \(candidates.count) nodes (\(candidates.prefix(5).joined(separator: ", "))); give the id"
        case .output(let path, let message): return "\(path): \(message)"
        }
    }
}

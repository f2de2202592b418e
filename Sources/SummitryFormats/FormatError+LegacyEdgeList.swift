// TEMPORARY: the edge-list reader on main still throws the case names of the twomode branch's first
// FormatError; these map them onto the module's one error type until its conversion lands. Delete
// this file then.
extension FormatError {
    static func unreadable(path: String, reason: String) -> FormatError { .io(file: path, message: "cannot read: \(reason)") }
    static func unwritable(path: String, reason: String) -> FormatError { .io(file: path, message: "cannot write: \(reason)") }
    static func malformed(path: String, line: Int, message: String) -> FormatError { .syntax(file: path, line: line, message: message) }
    static func invalidNumber(path: String, line: Int, text: String) -> FormatError {
        .invalid(file: path, line: line, message: "expected a decimal number, found \"\(text)\"")
    }
    static func nonFiniteNumber(path: String, line: Int, text: String) -> FormatError {
        .invalid(file: path, line: line, message: "\"\(text)\" is not a finite number; weights must be finite")
    }
    static func unrepresentable(path: String, message: String) -> FormatError { .invalid(file: path, line: nil, message: message) }
}

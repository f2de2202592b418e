/// Why a text could not be read or extracted. Every case names the file so a user can act on it.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is in a language other than German or English (`detected` is an ISO 639-1 code, or
    /// nil when no language could be recognised).
    case unsupportedLanguage(file: String, detected: String?)
    /// The file cannot be opened or read.
    case unreadable(file: String, message: String)
    /// The bytes are not text Summitry can read (invalid UTF-8, NUL bytes, binary data, empty file).
    case invalidText(file: String, line: Int?, message: String)
    /// A lexicon resource is missing or malformed (an installation problem).
    case lexicon(name: String, message: String)

    public var description: String {
        switch self {
        case .unsupportedLanguage(let file, let detected):
            if let detected {
                return "\(file): the text looks like language '\(detected)'; Summitry extracts German and English only"
            }
            return "\(file): no German or English text recognised (too short, or another language); Summitry extracts German and English only"
        case .unreadable(let file, let message):
            return "\(file): cannot read the file: \(message)"
        case .invalidText(let file, let line, let message):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .lexicon(let name, let message):
            return "lexicon \(name): \(message) (the SummitryExtraction resources are damaged; reinstall)"
        }
    }
}

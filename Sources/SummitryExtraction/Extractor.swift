import Foundation
import SummitryModel

/// Turns news text into a ``Network``. (Placeholder API: the extraction helper replaces the body.)
public struct Extractor: Sendable {
    /// Loads the lexicons.
    public init() throws {}

    /// Extracts the network of one document's text.
    /// - Throws: ``ExtractionError`` for unsupported languages or unusable text.
    public func extract(text: String, document: Document) throws -> Network {
        throw ExtractionError.unsupportedLanguage(file: document.path, detected: nil)
    }
}

/// Why a text could not be extracted.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unsupportedLanguage(file: String, detected: String?)

    public var description: String {
        switch self {
        case .unsupportedLanguage(let file, let detected):
            "\(file): language \(detected ?? "unknown") is not supported (Summitry reads German and English)"
        }
    }
}

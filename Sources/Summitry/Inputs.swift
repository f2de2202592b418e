import Foundation

/// How an input file is read, chosen by its extension.
public enum InputFormat: String, Sendable, CaseIterable {
    /// A news article in German or English (`.txt`), read by extraction.
    case article
    /// An affiliation table (`.csv`), see ``AffiliationTable``.
    case affiliationTable
    /// Node-link JSON (`.json`), see ``NodeLinkJSON``.
    case nodeLink
    /// GraphML (`.graphml`, `.xml`), see ``GraphML``.
    case graphML
    /// Graphviz DOT (`.dot`, `.gv`), parsed by Graphviz and sanitised.
    case dot
    /// An edge list (`.edgelist`, and `.txt` where a graph is expected): lines `u v [w]`.
    case edgeList

    /// What a file is, from its extension. `.txt` is an article where a network of text is wanted
    /// (`analyze`, `extract`) and an edge list where a graph file is (`centrality`).
    public init?(path: String, textIsEdgeList: Bool = false) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "txt": self = textIsEdgeList ? .edgeList : .article
        case "csv": self = .affiliationTable
        case "json": self = .nodeLink
        case "graphml", "xml": self = .graphML
        case "dot", "gv": self = .dot
        case "edgelist", "edges": self = .edgeList
        default: return nil
        }
    }

    /// The extensions, for messages.
    public static let extensionsDescription = ".txt, .csv, .json, .graphml, .dot, .gv or .edgelist"
}

extension Pipeline {
    /// The files `inputs` stand for: files as given, a directory as the `.txt` files directly inside it,
    /// sorted by name (byte order, so the result is the same on every machine).
    ///
    /// - Throws: ``SummitryError/missingInput(path:)`` for a path that does not exist,
    ///   ``SummitryError/emptyDirectory(path:)`` for a directory without articles.
    public static func expand(_ inputs: [String]) throws -> [String] {
        var files: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw SummitryError.missingInput(path: input)
            }
            if isDirectory.boolValue {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: input)
                } catch {
                    throw SummitryError.failed(file: input, message: "cannot list the directory")
                }
                let articles = names.filter { $0.lowercased().hasSuffix(".txt") && !$0.hasPrefix(".") }
                    .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                guard !articles.isEmpty else { throw SummitryError.emptyDirectory(path: input) }
                let base = input.hasSuffix("/") ? input : input + "/"
                files += articles.map { base + $0 }
            } else {
                files.append(input)
            }
        }
        return files
    }

    /// Reads a file's bytes.
    /// - Throws: ``SummitryError/missingInput(path:)`` or ``SummitryError/failed(file:message:)``.
    public static func contents(of path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else { throw SummitryError.missingInput(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SummitryError.failed(file: path, message: "cannot read the file (permissions?)")
        }
        return data
    }

    /// The file's text, which must be UTF-8, normalised to NFC.
    /// - Throws: ``FormatError`` naming the line of the first byte that is not UTF-8.
    public static func text(of path: String) throws -> String {
        let data = try contents(of: path)
        return try decodeUTF8(data, file: path)
    }

    /// `data` as UTF-8 text in NFC, or an error naming the line and byte of the first invalid sequence.
    public static func decodeUTF8(_ data: Data, file: String) throws -> String {
        if let text = String(validatingUTF8Data: data) { return text.precomposedStringWithCanonicalMapping }
        var line = 1, offset = 0
        let bytes = [UInt8](data)
        var i = 0
        // Find the first invalid sequence to point the user at it.
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            let valid = length > 0 && i + length <= bytes.count
                && String(validatingUTF8Data: Data(bytes[i ..< i + length])) != nil
            if !valid { offset = i; break }
            if b == 0x0A { line += 1 }
            i += length
        }
        throw FormatError.invalid(file: file, line: line,
                                  message: String(format: "not UTF-8 text (byte 0x%02X at offset %d); convert the file to UTF-8",
                                                  i < bytes.count ? bytes[offset] : 0, offset))
    }

    /// Reads one network file (not an article, not an edge list): affiliation table, node-link JSON,
    /// GraphML or DOT.
    public static func readNetworkFile(_ path: String, format: InputFormat) throws -> Network {
        switch format {
        case .affiliationTable: return try AffiliationTable.read(text(of: path), file: path)
        case .nodeLink: return try NodeLinkJSON.read(contents(of: path), file: path)
        case .graphML: return try GraphML.read(contents(of: path), file: path)
        case .dot: return try readDOT(path)
        case .article: return try extract(paths: [path])
        case .edgeList: return try network(of: readEdgeList(path, directed: false, weighted: true))
        }
    }

    /// Loads and merges every input into one network, articles through extraction and the rest by
    /// their format, in the order given (directories expanded, see ``expand(_:)``).
    ///
    /// - Parameters:
    ///   - progress: called with each file before it is read.
    ///   - warning: told of each recovery while reading articles (a UTF-16 file decoded).
    /// - Throws: the first error, naming its file.
    public static func loadNetwork(_ inputs: [String], progress: (String) -> Void = { _ in },
                                   warning: (String) -> Void = { _ in }) throws -> Network {
        let files = try expand(inputs)
        var network = Network()
        var articles: [String] = []
        func flushArticles() throws {
            guard !articles.isEmpty else { return }
            network.merge(try extract(paths: articles, warning: warning))
            articles = []
        }
        for file in files {
            guard let format = InputFormat(path: file) else {
                throw SummitryError.unsupportedInput(path: file, expected: InputFormat.extensionsDescription)
            }
            progress(file)
            if format == .article {
                guard FileManager.default.fileExists(atPath: file) else { throw SummitryError.missingInput(path: file) }
                articles.append(file)
            } else {
                try flushArticles()
                network.merge(try readNetworkFile(file, format: format))
            }
        }
        try flushArticles()
        return network
    }
}

extension String {
    /// The text of `data` if it is valid UTF-8 (no repairs), else nil.
    init?(validatingUTF8Data data: Data) {
        guard let s = String(validating: data, as: UTF8.self) else { return nil }
        self = s
    }
}

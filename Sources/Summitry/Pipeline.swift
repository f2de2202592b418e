import Foundation
@_exported import SummitryCentrality
@_exported import SummitryExtraction
@_exported import SummitryFormats
@_exported import SummitryGraph
@_exported import SummitryGraphviz
@_exported import SummitryModel

/// The one-call paths a library user wants, and what the CLI runs.
public enum Pipeline {
    /// Reads and extracts every file, merging the networks in the order given.
    public static func extract(paths: [String]) throws -> Network {
        let extractor = try Extractor()
        var network = Network()
        for path in paths {
            let text = try TextSource.read(path: path)
            let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            network.merge(try extractor.extract(text: text, document: Document(id: id, path: path, lang: "")))
        }
        return network
    }

    /// The network as node-link JSON.
    public static func nodeLinkData(_ network: Network) throws -> Data { try NodeLinkJSON.data(of: network) }
}

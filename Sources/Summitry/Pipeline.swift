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
    ///
    /// Documents are read and extracted in parallel, a batch of a few per core at a time, and merged
    /// in the given order, so the result is the same as one by one and memory stays bounded by the
    /// batch. The first failing file in the given order is the error thrown.
    /// - Parameter warning: told of each recovery (see ``TextSource/read(path:warning:)``), in file order.
    public static func extract(paths: [String], warning: (String) -> Void = { _ in }) throws -> Network {
        let extractor = try Extractor()
        var network = Network()
        let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount * 4)
        var start = 0
        while start < paths.count {
            let batch = Array(paths[start ..< min(paths.count, start + batchSize)])
            let results = ResultSlots(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                results.set(i, Result {
                    let path = batch[i]
                    var notes: [String] = []
                    let text = try TextSource.read(path: path) { notes.append($0) }
                    let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                    return (try extractor.extract(text: text, document: Document(id: id, path: path, lang: "")), notes)
                })
            }
            for result in results.values {
                let (part, notes) = try result.get()
                notes.forEach(warning)
                network.merge(part)
            }
            start += batch.count
        }
        return network
    }

    /// The network as node-link JSON.
    public static func nodeLinkData(_ network: Network) throws -> Data { try NodeLinkJSON.data(of: network) }
}

/// One result per parallel job, each slot written by exactly one job.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<(Network, [String]), any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<(Network, [String]), any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// The results in job order (every job has finished when this is read).
    var values: [Result<(Network, [String]), any Error>] { slots.map { $0! } }
}

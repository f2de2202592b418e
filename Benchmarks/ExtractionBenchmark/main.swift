// Extraction throughput benchmark.
//
//   swift build -c release --product summitry-extraction-benchmark
//   python3 scripts/gen_corpus.py /tmp/corpus --mb 50
//   /usr/bin/time -v .build/release/summitry-extraction-benchmark /tmp/corpus [--threads 2]
//
// Reads every *.txt file of the directory, extracts each document's network and keeps only
// counts, so memory stays flat in the corpus size. Documents are processed in parallel
// (one worker per thread, each taking the next file); prints MB/s over the extraction wall time.
import Foundation
import SummitryExtraction
import SummitryModel

let args = CommandLine.arguments
guard args.count >= 2 else {
    FileHandle.standardError.write("usage: summitry-extraction-benchmark DIR [--threads N]\n".data(using: .utf8)!)
    exit(2)
}
let dir = args[1]
var threads = ProcessInfo.processInfo.activeProcessorCount
if let i = args.firstIndex(of: "--threads"), i + 1 < args.count, let n = Int(args[i + 1]) { threads = max(1, n) }

let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
let files = names.map { dir + "/" + $0 }
// Each document's id is its file name without `.txt`, as `URL.deletingPathExtension().lastPathComponent`
// gives it (cut from the name here: a URL per document costs more than some of the extraction's steps).
let ids = names.map { String($0.dropLast(4)) }
let loadStart = Date()
let extractor = try Extractor()
let loadTime = Date().timeIntervalSince(loadStart)

final class Totals: @unchecked Sendable {
    let lock = NSLock()
    var bytes = 0, nodes = 0, relations = 0, meetings = 0, failures = 0
    var next = 0
    func take() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < files.count else { return nil }
        next += 1
        return next - 1
    }
    /// Adds one document's counts. The network is counted before taking the lock (and without
    /// copying its nodes), so that the workers do not wait on each other for it.
    func add(bytes b: Int, network: Network?) {
        let counts = network.map { net in
            (nodes: net.nodes.count, relations: net.relations.count,
             meetings: net.nodes.reduce(0) { $0 + ($1.kind == .meeting ? 1 : 0) })
        }
        lock.lock(); defer { lock.unlock() }
        bytes += b
        if let counts {
            nodes += counts.nodes
            relations += counts.relations
            meetings += counts.meetings
        } else {
            failures += 1
        }
    }
}
let totals = Totals()
let start = Date()
DispatchQueue.concurrentPerform(iterations: threads) { _ in
    while let i = totals.take() {
        let path = files[i]
        do {
            guard let text = try? TextSource.read(path: path) else { totals.add(bytes: 0, network: nil); continue }
            let doc = Document(id: ids[i], path: path, lang: "")
            let net = try? extractor.extract(text: text, document: doc)
            totals.add(bytes: text.utf8.count, network: net)
        }
    }
}
let elapsed = Date().timeIntervalSince(start)
let mb = Double(totals.bytes) / 1_048_576
print(String(format: "files %d  MiB %.1f  threads %d  lexicon load %.2f s  extraction %.2f s  throughput %.1f MiB/s",
             files.count, mb, threads, loadTime, elapsed, mb / elapsed))
print("nodes \(totals.nodes)  relations \(totals.relations)  meetings \(totals.meetings)  failures \(totals.failures)")

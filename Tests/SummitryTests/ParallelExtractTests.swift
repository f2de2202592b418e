import Foundation
import Testing
import Summitry

/// `Pipeline.extract(paths:)` extracts in parallel batches; the result must equal extracting and
/// merging one document after another, in the given order.
@Suite struct ParallelExtractTests {
    static let articles = ["seeds/000_78c4b1b0f218eae6.txt"]
        + ((try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/examples/articles")) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { "examples/articles/" + $0 }

    @Test func parallelEqualsSequential() throws {
        // More paths than one batch holds (4 per core), repeats included: a repeated article adds nothing.
        let relative = Array(repeating: Self.articles, count: 12).flatMap { $0 }
        let paths = relative.map { repositoryRoot + "/" + $0 }
        try #require(Self.articles.count >= 2)
        let parallel = try Pipeline.extract(paths: paths)
        var sequential = Network()
        let extractor = try Extractor()
        for path in paths {
            let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            sequential.merge(try extractor.extract(text: try TextSource.read(path: path),
                                                   document: Document(id: id, path: path, lang: "")))
        }
        #expect(parallel == sequential)
        #expect(parallel.nodes.contains { $0.kind == NodeKind.actor })
    }

    @Test func firstFailingFileInOrderIsReported() throws {
        let good = repositoryRoot + "/" + Self.articles[0]
        let paths = [good, "/nonexistent/first.txt", good, "/nonexistent/second.txt"]
        #expect(throws: (any Error).self) { try Pipeline.extract(paths: paths) }
        do {
            _ = try Pipeline.extract(paths: paths)
        } catch {
            #expect(String(describing: error).contains("first.txt"))
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SummitryGraph

extension EdgeList {
    /// The edge list of `graph` as text: one `u v` or `u v w` line per edge in edge order, as
    /// `networkx.write_edgelist(G, path, data=False)` or `data=["weight"]` writes it.
    ///
    /// Weights are written in the shortest form that reads back to the same `Double` (`2.0`, `0.1`).
    /// Nodes without edges cannot appear in an edge list and are left out, as in NetworkX.
    ///
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - weighted: Whether to write the weight column; by default when the graph is weighted.
    /// - Returns: The text, ending with a newline after the last edge.
    /// - Throws: ``FormatError/invalid(file:line:message:)`` when a node key is empty or holds
    ///   whitespace or `#`, which would not read back as one field.
    /// - Complexity: O(n + m).
    public static func string(from graph: Graph, weighted: Bool? = nil) throws -> String {
        var text = ""
        try encode(graph, weighted: weighted ?? graph.isWeighted, path: "<memory>") { chunk in
            text += String(decoding: chunk, as: UTF8.self)
        }
        return text
    }

    /// Writes the edge list of `graph` to `path`, atomically: the text goes to a temporary file in
    /// the same directory that replaces `path` only once it is complete.
    ///
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - path: The file to create or replace.
    ///   - weighted: Whether to write the weight column; by default when the graph is weighted.
    /// - Throws: ``FormatError/invalid(file:line:message:)`` for a key that cannot be written;
    ///   ``FormatError/io(file:message:)`` when the file cannot be written.
    /// - Complexity: O(n + m).
    public static func write(_ graph: Graph, to path: String, weighted: Bool? = nil) throws {
        let temporary = "\(path).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw FormatError.io(file: path, message: "cannot write: \(systemError())") }
        var closed = false
        defer {
            if !closed {
                close(fd)
                unlink(temporary)
            }
        }
        try encode(graph, weighted: weighted ?? graph.isWeighted, path: path) { chunk in
            var offset = 0
            while offset < chunk.count {
                let written = chunk.withUnsafeBufferPointer { writeBlock(fd, $0.baseAddress! + offset, chunk.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FormatError.io(file: path, message: "cannot write: \(systemError())")
                }
                offset += written
            }
        }
        closed = true
        guard fsync(fd) == 0, close(fd) == 0 else {
            let reason = systemError()
            unlink(temporary)
            throw FormatError.io(file: path, message: "cannot write: \(reason)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = systemError()
            unlink(temporary)
            throw FormatError.io(file: path, message: "cannot write: \(reason)")
        }
    }

    /// Encodes the lines in blocks of about 1 MiB, handing each to `emit`.
    private static func encode(
        _ graph: Graph, weighted: Bool, path: String, emit: ([UInt8]) throws -> Void
    ) throws {
        var keyBytes: [[UInt8]] = []
        keyBytes.reserveCapacity(graph.nodeCount)
        for key in graph.keys {
            let bytes = Array(key.utf8)
            if bytes.isEmpty || bytes.contains(where: { $0 == UInt8(ascii: "#") || $0 == 32 || ($0 >= 9 && $0 <= 13) }) {
                throw FormatError.invalid(file: path, line: nil,
                    message: "node key \"\(key)\" is empty or holds whitespace or \"#\"; an edge list cannot hold it")
            }
            keyBytes.append(bytes)
        }
        var block: [UInt8] = []
        block.reserveCapacity(1 << 20 + 256)
        for edge in graph.edges {
            block.append(contentsOf: keyBytes[edge.source.index])
            block.append(32)
            block.append(contentsOf: keyBytes[edge.target.index])
            if weighted {
                block.append(32)
                block.append(contentsOf: edge.weight.description.utf8)
            }
            block.append(UInt8(ascii: "\n"))
            if block.count >= 1 << 20 {
                try emit(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        if !block.isEmpty { try emit(block) }
    }
}

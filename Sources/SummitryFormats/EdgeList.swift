#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SummitryGraph

/// How an edge list is read: direction, parallel edges, and whether the third column is a weight.
public struct EdgeListOptions: Sendable, Equatable {
    /// Whether `u v` is the edge `u → v` (NetworkX `create_using=nx.DiGraph`); otherwise undirected.
    public var directed: Bool
    /// Whether repeated pairs stay parallel edges (`nx.MultiGraph`); otherwise a repeated pair is one
    /// edge whose weight is the last one read, as `Graph.add_edge` does.
    public var multigraph: Bool
    /// Whether the third column is parsed as the edge weight (`data=[("weight", float)]`); otherwise
    /// columns after the second are ignored (`data=False`).
    public var weighted: Bool

    /// Options mirroring `networkx.read_edgelist` with `data=False` by default.
    public init(directed: Bool = false, multigraph: Bool = false, weighted: Bool = false) {
        self.directed = directed
        self.multigraph = multigraph
        self.weighted = weighted
    }
}

/// Whitespace-separated edge lists, one edge per line, as NetworkX's `read_edgelist` and
/// `write_edgelist` handle them.
///
/// Reading follows `networkx.read_edgelist` (delimiter `None`, comments `"#"`):
/// - each line is `u v` or, when ``EdgeListOptions/weighted`` is set, `u v [w]`; a line without a
///   weight gets weight 1 and more than three columns is an error (NetworkX raises as well);
/// - `#` starts a comment running to the end of the line, anywhere in it; a line left with fewer
///   than two fields (blank, comment-only, a lone field) is skipped, as NetworkX skips it;
/// - fields are separated by runs of space, tab, CR, VT or FF; CRLF files read like LF files;
/// - node keys are the fields as text (UTF-8, checked), numbered in order of first appearance;
/// - weights are decimal numbers (`2`, `-0.5`, `1e-3`); anything else, and NaN or infinity, which
///   Python's `float` would take, is refused with the file and line.
///
/// The reader works on the bytes: it streams the file in 4 MiB blocks, finds node keys through a
/// direct table for small decimal ids and a byte hash table for the rest, and builds the
/// ``Graph``'s rows without a ``GraphBuilder``, so no `String` is made per line or per field.
///
/// - Complexity: O(bytes + n + m) time; about 8 bytes per edge (12 weighted) plus the key table
///   while reading, then the graph's own storage.
public enum EdgeList {
    /// The block size in which files are read.
    static let blockSize = 1 << 22

    /// Reads the edge list file at `path`.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - options: Direction, multigraph and weight handling.
    /// - Returns: The graph, nodes numbered in order of first appearance.
    /// - Throws: ``FormatError/io(file:message:)`` when the file cannot be read;
    ///   ``FormatError/invalid(file:line:message:)`` for a weight that is not a finite decimal number;
    ///   ``FormatError/syntax(file:line:message:)`` for too many columns, a key that is not UTF-8 or
    ///   two keys equal only after Unicode normalisation.
    public static func read(contentsOf path: String, options: EdgeListOptions = EdgeListOptions()) throws -> Graph {
        try read(contentsOf: path, options: options, blockSize: blockSize)
    }

    /// ``read(contentsOf:options:)`` with the first block size given (tests use tiny blocks).
    static func read(contentsOf path: String, options: EdgeListOptions, blockSize: Int) throws -> Graph {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FormatError.io(file: path, message: "cannot read: \(systemError())") }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0

        var parser = EdgeListParser(path: path, weighted: options.weighted, sizeHint: size)
        var capacity = max(1, blockSize)
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        var reserved = false
        while true {
            let got = readBlock(fd, buffer + filled, capacity - filled)
            if got < 0 {
                if errno == EINTR { continue }
                throw FormatError.io(file: path, message: "cannot read: \(systemError())")
            }
            if got == 0 {
                if filled > 0 { try parser.parseLines(UnsafeBufferPointer(start: buffer, count: filled)) }
                break
            }
            filled += got
            if !reserved {
                reserved = true
                parser.reserve(fileSize: size, sample: UnsafeBufferPointer(start: buffer, count: filled))
            }
            var end = filled
            while end > 0 && buffer[end - 1] != UInt8(ascii: "\n") { end -= 1 }
            if end == 0 {
                if filled == capacity {  // one line longer than the buffer: grow it
                    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                    bigger.update(from: buffer, count: filled)
                    buffer.deallocate()
                    buffer = bigger
                    capacity *= 2
                }
                continue
            }
            try parser.parseLines(UnsafeBufferPointer(start: buffer, count: end))
            (buffer).update(from: buffer + end, count: filled - end)
            filled -= end
        }
        return try parser.finish(directed: options.directed, multigraph: options.multigraph)
    }

    /// Reads an edge list from text in memory; `source` names it in error messages.
    ///
    /// - Parameters:
    ///   - text: The edge list.
    ///   - options: Direction, multigraph and weight handling.
    ///   - source: The name used for errors, `<memory>` by default.
    /// - Returns: The graph, nodes numbered in order of first appearance.
    /// - Throws: ``FormatError`` as ``read(contentsOf:options:)`` does.
    public static func parse(
        _ text: String, options: EdgeListOptions = EdgeListOptions(), source: String = "<memory>"
    ) throws -> Graph {
        var bytes = Array(text.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = EdgeListParser(path: source, weighted: options.weighted, sizeHint: buffer.count)
            let view = UnsafeBufferPointer(buffer)
            parser.reserve(fileSize: buffer.count, sample: view)
            try parser.parseLines(view)
            return try parser.finish(directed: options.directed, multigraph: options.multigraph)
        }
    }

    static func systemError() -> String { String(cString: strerror(errno)) }
}

/// `read(2)` under a name that does not clash with the static methods called `read`.
@inline(__always)
func readBlock(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// `write(2)` under a name that does not clash with the static methods called `write`.
@inline(__always)
func writeBlock(_ fd: Int32, _ buffer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(fd, buffer, count)
}

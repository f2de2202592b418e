import CGraphviz
import Foundation

/// Lays out and renders DOT in-process through libgvc, to memory.
///
/// Each call parses the text (``DOTReader``'s checks apply: one graph, no NUL byte), optionally
/// sanitises it (``DOTSanitizer``, on by default, since DOT may come from anywhere), lays it out with
/// `gvLayout`, renders with `gvRenderData` and frees everything (`gvFreeRenderData` also on failure,
/// `gvFreeLayout`, `agclose`) before returning. Calls are serialised with every other call into
/// Graphviz, so the API is synchronous and safe to call from any thread or task; concurrent calls
/// wait for each other. Graphviz's messages become ``GraphvizError`` values; nothing is printed.
///
/// Crash guards applied to every render, sanitised or not: a `layout` attribute in the graph is
/// replaced by the engine asked for; `splines` values that crash the engine (`ortho` for every engine
/// but dot, `polyline` for circo and twopi) by `line`; and for twopi, which rejects (and with
/// `overlap=scale` aborts on) edge weights ≤ 0, such weights by 1.
///
/// Reproducible: the same text, engine and format give the same bytes, again and again in one process
/// and in separate processes. Graphs are made through ``CGraphReading`` (object ids and block addresses
/// in creation order, where libcgraph's defaults followed heap addresses and so reordered clusters and
/// moved fdp's layout), and every layout starts from the same `rand()` state (fdp and sfdp draw from it
/// unseeded). Known exception: circo (and in some graphs twopi) laid out again in the same process may
/// route edges slightly differently from the first time (seen: spline points moved by under a point);
/// the first layout in every process is the same, so separate processes agree.
///
/// Known limits: the layout engines are C code that can `abort` or segfault on hostile input the
/// sanitiser does not know about (fuzzing found several; see ``DOTSanitizer``), taking the process
/// with them — run renders of untrusted DOT in a separate process where that matters. The
/// cairo/pango stack (fontconfig) can print its own warnings to stderr, which no in-process API
/// captures.
public enum GraphvizRenderer {
    /// Renders DOT text.
    /// - Parameters:
    ///   - dot: DOT text holding one graph.
    ///   - layout: the engine; ``Layout/automatic`` picks one from the node and edge counts.
    ///   - format: the output format.
    ///   - sanitize: how to treat attributes that read files, unsafe links and blow-up sizes;
    ///     nil to render the text exactly as given (only for DOT you made yourself).
    ///   - file: the name errors give for the text.
    /// - Returns: the rendered bytes.
    /// - Throws: ``GraphvizError`` for syntax errors, refused input, unknown layouts or formats,
    ///   and layout or render failures.
    public static func render(
        _ dot: String, layout: Layout = .automatic, format: OutputFormat = .svg,
        sanitize: DOTSanitizer.Mode? = .strip, file: String = "<memory>"
    ) throws -> Data {
        var text = dot
        if let sanitize {
            let graph = try DOTReader.read(dot, file: file)
            text = try DOTSanitizer(mode: sanitize).sanitize(graph, file: file).graph.dotText
        }
        return try render(text, engine: layout == .automatic ? nil : layout.rawValue, format: format.rawValue, file: file)
    }

    /// Renders a ``DOTGraph`` (see ``render(_:layout:format:sanitize:file:)``).
    public static func render(
        _ graph: DOTGraph, layout: Layout = .automatic, format: OutputFormat = .svg,
        sanitize: DOTSanitizer.Mode? = .strip
    ) throws -> Data {
        var graph = graph
        if let sanitize { graph = try DOTSanitizer(mode: sanitize).sanitize(graph).graph }
        return try render(graph.dotText, engine: layout == .automatic ? nil : layout.rawValue, format: format.rawValue,
                          file: "<memory>")
    }

    /// Renders and writes the result to `path` atomically: to a temporary file in the same directory,
    /// then renamed over `path`, so readers never see half a file and a failure leaves `path` as it was.
    /// - Throws: as ``render(_:layout:format:sanitize:file:)``, and ``GraphvizError/io(file:message:)``.
    public static func render(
        _ dot: String, layout: Layout = .automatic, format: OutputFormat = .svg,
        sanitize: DOTSanitizer.Mode? = .strip, to path: String
    ) throws {
        let data = try render(dot, layout: layout, format: format, sanitize: sanitize)
        try writeAtomically(data, to: path)
    }

    /// Renders with engine and format given by name, for engines and formats beyond the enums
    /// (`osage`, `patchwork`, `json`, `plain`, …). No sanitising: sanitise first if the text is untrusted.
    /// - Parameter engine: a layout engine name, or nil for ``Layout/automatic``.
    /// - Throws: ``GraphvizError/unknownLayout(name:available:)``,
    ///   ``GraphvizError/unknownFormat(name:available:)`` and the errors of the other overloads.
    public static func render(_ dot: String, engine: String?, format: String, file: String = "<memory>") throws -> Data {
        if dot.utf8.contains(0) { _ = try DOTReader.read(dot, file: file) }
        return try GraphvizLibrary.shared.run { context in
            if let engine, !context.layouts.contains(engine) {
                throw GraphvizError.unknownLayout(name: engine, available: context.layouts)
            }
            // `png:cairo`-style names pick a renderer; the part before the colon must be a known format.
            guard context.formats.contains(String(format.split(separator: ":").first ?? "")) else {
                throw GraphvizError.unknownFormat(name: format, available: context.formats)
            }
            return try DOTReader.withParsedGraph(dot, file: file) { graph, _ in
                let chosen = engine ?? Layout.automatic(nodes: Int(agnnodes(graph)), edges: Int(agnedges(graph))).rawValue
                // A `layout` attribute in the graph would override the engine asked for.
                let object = UnsafeMutableRawPointer(graph)
                if let layout = graphAttribute(object, "layout"), !layout.isEmpty { setGraphAttribute(object, "layout", chosen) }
                if let splines = graphAttribute(object, "splines"), Self.isCrashingSplines(splines, engine: chosen) {
                    setGraphAttribute(object, "splines", "line")
                }
                if chosen == "twopi" { replaceNonPositiveWeights(graph) }
                GraphvizLibrary.shared.resetMessages()
                // fdp (tlayout.c: `5 - rand() % 10` when two nodes coincide) and sfdp (Multilevel.c's
                // coarsening permutations) draw from the C library's rand() without seeding it, so a
                // layout would go on from wherever the previous one left the sequence. Start each from
                // the state a fresh process has (glibc and the C standard: as if srand(1)).
                srand(1)
                if gvLayout(context.gvc, graph, chosen) != 0 {
                    throw GraphvizError.layoutFailed(message: errorText(GraphvizLibrary.shared.takeMessages(),
                                                                        fallback: "gvLayout failed with \(chosen)"))
                }
                defer { gvFreeLayout(context.gvc, graph) }
                var result: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                let status = gvRenderData(context.gvc, graph, format, &result, &length)
                defer { gvFreeRenderData(result) }
                let messages = GraphvizLibrary.shared.takeMessages()
                guard status == 0, let result else {
                    throw GraphvizError.renderFailed(format: format, message: errorText(messages, fallback: "gvRenderData failed"))
                }
                return Data(bytes: result, count: Int(length))
            }
        }
    }

    /// `splines` values that crash an engine in Graphviz 2.43 (found by fuzzing; circo and twopi abort
    /// on `ortho` even for two nodes, twopi on `polyline` with multi-edges); the renderer draws straight
    /// lines instead.
    static let crashingSplines: [String: Set<String>] = [
        "circo": ["ortho", "polyline"], "twopi": ["ortho", "polyline"], "sfdp": ["ortho"], "fdp": ["ortho"],
        "neato": ["ortho"], "osage": ["ortho"], "patchwork": ["ortho"],
    ]

    /// Whether `splines` must be replaced by `line` for `engine`.
    static func isCrashingSplines(_ splines: String, engine: String) -> Bool {
        crashingSplines[engine]?.contains(splines.lowercased()) ?? false
    }

    /// Layout engines the loaded plugins provide (e.g. `circo dot fdp neato … sfdp twopi`).
    public static var availableLayouts: [String] { (try? GraphvizLibrary.shared.run { $0.layouts }) ?? [] }

    /// Output formats the loaded plugins provide (e.g. `svg png pdf dot xdot json …`).
    public static var availableFormats: [String] { (try? GraphvizLibrary.shared.run { $0.formats }) ?? [] }

    /// Writes `data` to a temporary file beside `path`, then renames it into place.
    /// - Throws: ``GraphvizError/io(file:message:)``.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw GraphvizError.io(file: path, message: "cannot write \(temporary.path): \(error.localizedDescription)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw GraphvizError.io(file: path, message: "cannot rename the temporary file into place: \(reason)")
        }
    }

    private static func errorText(_ messages: [GraphvizMessage], fallback: String) -> String {
        let errors = messages.filter { $0.level == .error }.map(\.text)
        return errors.isEmpty ? fallback : errors.joined(separator: "; ")
    }
}

/// Sets every edge weight ≤ 0 (or not a number) to 1.
private func replaceNonPositiveWeights(_ graph: CGraph) {
    guard let symbol = withMutableCString("weight", { agattr(graph, AGEDGE, $0, nil) }) else { return }
    var node = agfstnode(graph)
    while let n = node {
        var edge = agfstout(graph, n)
        while let e = edge {
            let object = UnsafeMutableRawPointer(e)
            if let raw = agxget(object, symbol), !(Double(String(cString: raw)).map { $0 > 0 } ?? false) {
                withMutableCString("1") { _ = agxset(object, symbol, $0) }
            }
            edge = agnxtout(graph, e)
        }
        node = agnxtnode(graph, n)
    }
}

/// The root graph's attribute `name`, or nil if it is not declared.
private func graphAttribute(_ graph: UnsafeMutableRawPointer, _ name: String) -> String? {
    withMutableCString(name) { agget(graph, $0).map { String(cString: $0) } }
}

/// Sets the root graph's attribute `name` (declaring it if needed).
private func setGraphAttribute(_ graph: UnsafeMutableRawPointer, _ name: String, _ value: String) {
    withMutableCString(name) { name in
        withMutableCString(value) { value in withMutableCString("") { _ = agsafeset(graph, name, value, $0) } }
    }
}

/// libcgraph's attribute functions take `char *` arguments they only read (agsafeset copies them).
private func withMutableCString<T>(_ s: String, _ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
    s.withCString { body(UnsafeMutablePointer(mutating: $0)) }
}

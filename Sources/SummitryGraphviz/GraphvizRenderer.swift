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
/// Known limits: libgvc may still `abort` on inputs the sanitiser does not know about, and the
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
                withMutableCString("layout") { name in
                    let object = UnsafeMutableRawPointer(graph)
                    if let value = agget(object, name), value.pointee != 0 {
                        withMutableCString(chosen) { chosen in withMutableCString("") { _ = agsafeset(object, name, chosen, $0) } }
                    }
                }
                GraphvizLibrary.shared.resetMessages()
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

/// libcgraph's attribute functions take `char *` arguments they only read (agsafeset copies them).
private func withMutableCString<T>(_ s: String, _ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
    s.withCString { body(UnsafeMutablePointer(mutating: $0)) }
}

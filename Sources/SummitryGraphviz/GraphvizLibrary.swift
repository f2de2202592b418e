import CGraphviz
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A message libcgraph or libgvc reported through `agerr`, assembled from its fragments.
struct GraphvizMessage: Sendable, Equatable {
    enum Level: Sendable, Equatable { case warning, error }
    var level: Level
    /// The text without the `Error: ` / `Warning: ` prefix and without the final newline.
    var text: String
}

/// Messages captured between ``GraphvizLibrary/resetMessages()`` and ``GraphvizLibrary/takeMessages()``.
///
/// libcgraph calls the `agseterrf` callback with fragments (`"Error"`, `": "`, the message up to a
/// newline); they are buffered here until a newline completes a message. Only touched while
/// ``GraphvizLibrary``'s lock is held, which is why unchecked global state is sound here.
nonisolated(unsafe) private var pendingText = ""
nonisolated(unsafe) private var capturedMessages: [GraphvizMessage] = []

/// The `agusererrf` callback: nothing reaches stderr, everything is kept for the caller.
private let captureCallback: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { fragment in
    guard let fragment else { return 0 }
    pendingText += String(cString: fragment)
    while let newline = pendingText.firstIndex(of: "\n") {
        let line = String(pendingText[..<newline])
        pendingText = String(pendingText[pendingText.index(after: newline)...])
        capturedMessages.append(GraphvizLibrary.classify(line))
    }
    return 0
}

/// The one gate into libcgraph and libgvc: a process-wide lock, the error channel, and the plugin context.
///
/// The libraries keep global state (the lexer, the error channel, the `agattr(NULL, …)` prototype
/// graph, plugin tables) and are not thread-safe, so every call into them runs inside ``run(_:)``,
/// one at a time. The context is created on first use with the core, dot-layout, neato-layout and
/// (if installed) cairo/pango plugins loaded from Graphviz's plugin directory and handed to
/// `gvContextPlugins` as preloaded symbols — no `config6a` needed. It lives as long as the process.
final class GraphvizLibrary: @unchecked Sendable {
    /// libgvc's context. Only read inside ``run(_:)``.
    struct Context {
        let gvc: OpaquePointer
        let layouts: [String]
        let formats: [String]
    }

    static let shared = GraphvizLibrary()

    private let lock = NSLock()
    private var context: Result<Context, GraphvizError>?

    /// Runs `body` with the lock held and the context created; messages are reset before.
    /// - Throws: ``GraphvizError/pluginsUnavailable(message:)`` if the context cannot be made.
    func run<T>(_ body: (Context) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let ctx = try loadedContext().get()
        resetMessages()
        return try body(ctx)
    }

    /// Runs `body` with the lock held, for libcgraph work that needs no plugins. The context is still
    /// made first if it can be, because creating it changes libcgraph's global node defaults
    /// (`label=\N`), and readers should see the same state whether or not a render ran before.
    func runCgraph<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = loadedContext()
        agseterrf(captureCallback)
        resetMessages()
        return try body()
    }

    /// Forgets any half-assembled or earlier message. Lock held.
    func resetMessages() {
        pendingText = ""
        capturedMessages = []
        agreseterrors()
    }

    /// Returns and clears the messages captured since the last reset. Lock held.
    func takeMessages() -> [GraphvizMessage] {
        if !pendingText.isEmpty {
            capturedMessages.append(Self.classify(pendingText))
            pendingText = ""
        }
        defer { capturedMessages = [] }
        return capturedMessages
    }

    static func classify(_ line: String) -> GraphvizMessage {
        for (prefix, level) in [("Error: ", GraphvizMessage.Level.error), ("Warning: ", .warning)]
        where line.hasPrefix(prefix) {
            return GraphvizMessage(level: level, text: String(line.dropFirst(prefix.count)))
        }
        return GraphvizMessage(level: .error, text: line)
    }

    private func loadedContext() -> Result<Context, GraphvizError> {
        if let context { return context }
        // Before any graph exists: graphs Graphviz opens itself during layout get blocks whose
        // addresses follow allocation order (see CGraphReading).
        CGraphReading.installOrderedMemory()
        let made = Result { try makeContext() }.mapError { $0 as? GraphvizError ?? .pluginsUnavailable(message: "\($0)") }
        context = made
        return made
    }

    private func makeContext() throws -> Context {
        agseterrf(captureCallback)
        agseterr(AGWARN)
        // A bare context only to ask where the plugins are; gvconfig_libdir honours GVBINDIR.
        var terminator = [lt_symlist_t(name: nil, address: nil)]
        let probe = terminator.withUnsafeMutableBufferPointer { gvContextPlugins($0.baseAddress, 0) }
        guard let probe else { throw GraphvizError.pluginsUnavailable(message: "gvContextPlugins failed") }
        let directory = gvconfig_libdir(probe).map { String(cString: $0) }
        gvFreeContext(probe)
        guard let directory else {
            throw GraphvizError.pluginsUnavailable(message: "cannot find Graphviz's plugin directory; set GVBINDIR")
        }
        // Plugins that must be there, and the one that gives png/pdf and text metrics.
        var symbols: [lt_symlist_t] = []
        for (plugin, required) in [("core", true), ("dot_layout", true), ("neato_layout", true), ("pango", false)] {
            let symbolName = "gvplugin_\(plugin)_LTX_library"
            if let address = Self.loadPlugin(plugin, symbol: symbolName, directory: directory) {
                symbols.append(lt_symlist_t(name: UnsafePointer(strdup(symbolName)), address: address))
            } else if required {
                throw GraphvizError.pluginsUnavailable(
                    message: "cannot load libgvplugin_\(plugin) from \(directory) (install Graphviz's plugins)")
            }
        }
        symbols.append(lt_symlist_t(name: nil, address: nil))
        // gvc keeps the pointer to the list: it must outlive the context, which lives for the process.
        let builtins = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: symbols.count)
        builtins.initialize(from: symbols, count: symbols.count)
        guard let gvc = gvContextPlugins(builtins, 0) else {
            throw GraphvizError.pluginsUnavailable(message: "gvContextPlugins failed")
        }
        let layouts = Self.pluginNames(gvc, kind: "layout")
        let formats = Self.pluginNames(gvc, kind: "device")
        resetMessages()
        return Context(gvc: gvc, layouts: layouts, formats: formats)
    }

    /// `dlopen`s `libgvplugin_<name>` from `directory` and returns its library descriptor.
    private static func loadPlugin(_ name: String, symbol: String, directory: String) -> UnsafeMutableRawPointer? {
        let stem = "libgvplugin_\(name)"
        var candidates = ["\(stem).so.6", "\(stem).6.dylib", "\(stem).so", "\(stem).dylib"]
        if let listing = try? FileManager.default.contentsOfDirectory(atPath: directory) {
            candidates += listing.filter { $0.hasPrefix(stem + ".") }.sorted()
        }
        for file in candidates {
            let path = directory + "/" + file
            guard FileManager.default.fileExists(atPath: path), let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL)
            else { continue }
            // Handles stay open: the context uses the plugins until the process ends.
            if let address = dlsym(handle, symbol) { return address }
        }
        return nil
    }

    /// Plugin names of one kind (`layout`, `device`), without the `:package` suffixes, deduplicated.
    private static func pluginNames(_ gvc: OpaquePointer, kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvPluginList(gvc, kind, &count, nil) else { return [] }
        defer {
            for i in 0 ..< Int(count) { free(list[i]) }
            free(list)
        }
        var names: [String] = []
        for i in 0 ..< Int(count) {
            guard let item = list[i] else { continue }
            let name = String(String(cString: item).split(separator: ":").first ?? "")
            if !name.isEmpty && !names.contains(name) { names.append(name) }
        }
        return names
    }
}

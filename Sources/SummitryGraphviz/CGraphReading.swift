import CGraphviz

/// How this module makes libcgraph graphs: read from memory or opened empty, always with the
/// discipline of `ordered_ids.h`, whose object ids follow creation order.
///
/// libcgraph's default id discipline uses the address of an object's interned name as its id and
/// orders subgraphs by id, so the order in which dot and fdp see clusters (and fdp's whole layout)
/// followed heap addresses, which change with ASLR and with whatever the process did before: the same
/// DOT gave different SVGs from run to run (Graphviz issues 1614, 1767). With ids counted per graph in
/// creation order, libcgraph iterates subgraphs in the order the DOT text declares them.
///
/// Memory comes from per-graph arenas whose blocks' addresses follow allocation order
/// (`ordered_memory.h`), because layout code compares pointers: fdp orients each edge of its
/// cluster-collapsed graph by `hd > tl` on node addresses (lib/fdpgen/layout.c, deriveGraph). Those
/// graphs fdp opens itself with the default discipline, so ``installOrderedMemory()`` makes the arenas
/// libcgraph's default (`AgMemDisc`) too.
///
/// Reading replicates `agmemread` (same line-at-a-time channel) and opens no file. Every function
/// here must run with ``GraphvizLibrary``'s lock held; graphs are closed with `agclose`, which also
/// frees the discipline's name table and gives the arena back. (The C helpers are `static inline`, so
/// every Swift file calling them gets its own copy of their code; they keep their state in weak
/// globals, of which the linker keeps one. Calling them only from here keeps it simple.)
///
/// Note for whoever edits `Sources/CGraphviz/*.h`: SwiftPM does not rebuild Swift files when a system
/// library's header changes; touch this file (and any other that uses a changed helper).
enum CGraphReading {
    /// Makes the ordered arenas libcgraph's default memory discipline. Call once, before any graph
    /// exists (``GraphvizLibrary`` does, before it creates the plugin context).
    static func installOrderedMemory() {
        summitry_install_ordered_memory()
    }

    /// Parses the first graph in `text`, like `agmemread`; nil on a syntax error (the message goes
    /// through libcgraph's error channel) or when there is no graph. Text after the first graph may
    /// stay in libcgraph's lexer for the next read (``DOTReader`` drains it).
    /// - Complexity: O(n) in the length of the text, plus libcgraph's own costs.
    static func read(_ text: String) -> CGraph? {
        summitry_read_ordered(text)
    }

    /// An empty root graph built in code (`agopen`) with the same discipline.
    static func open(name: String?, directed: Bool, strict: Bool) -> CGraph? {
        guard let name else { return summitry_open_ordered(nil, directed ? 1 : 0, strict ? 1 : 0) }
        return name.withCString { summitry_open_ordered(UnsafeMutablePointer(mutating: $0), directed ? 1 : 0, strict ? 1 : 0) }
    }

    /// How many graphs made here are still open (their name tables not yet freed by `agclose`).
    static var openGraphs: Int { Int(summitry_id_states_live().pointee) }

    // MARK: - What libcgraph made of a graph, for tests

    /// One object as libcgraph holds it: the name `agnameof` gives (nil for an anonymous edge), its id
    /// and its address.
    struct Object: Hashable, Sendable {
        var name: String?
        var id: UInt64
        var address: UInt
    }

    /// The objects of a graph in libcgraph's own iteration order: subgraphs (depth first, in `g_dict`
    /// order, which is id order), nodes and edges (sequence order).
    struct Inventory: Hashable, Sendable {
        var graph: Object
        var subgraphs: [Object] = []
        var nodes: [Object] = []
        var edges: [Object] = []
    }

    /// Reads `text` with ``read(_:)`` and lists what libcgraph made of it.
    /// - Throws: ``GraphvizError/invalid(file:line:message:)`` if libcgraph returns no graph.
    static func inventory(ofDOT text: String) throws -> Inventory {
        try GraphvizLibrary.shared.runCgraph {
            try DOTReader.withParsedGraph(text, file: "<memory>") { graph, _ in inventory(of: graph) }
        }
    }

    /// Builds a graph in code (``open(name:directed:strict:)``, `agsubg`, `agnode`, `agedge`) and lists
    /// what libcgraph made of it. Subgraph names nil are anonymous; edges name existing or new nodes,
    /// with an optional key (nil: anonymous edge).
    static func inventory(
        ofGraphNamed name: String?, subgraphs: [String?], nodes: [String], edges: [(String, String, key: String?)]
    ) -> Inventory? {
        GraphvizLibrary.shared.runCgraph {
            guard let graph = open(name: name, directed: true, strict: false) else { return nil }
            defer { agclose(graph) }
            for subgraph in subgraphs {
                _ = withOptionalCString(subgraph) { agsubg(graph, $0, 1) }
            }
            for node in nodes { _ = withOptionalCString(node) { agnode(graph, $0, 1) } }
            for (tail, head, key) in edges {
                let t = withOptionalCString(tail) { agnode(graph, $0, 1) }
                let h = withOptionalCString(head) { agnode(graph, $0, 1) }
                _ = withOptionalCString(key) { agedge(graph, t, h, $0, 1) }
            }
            return inventory(of: graph)
        }
    }

    private static func inventory(of graph: CGraph) -> Inventory {
        var result = Inventory(graph: object(UnsafeMutableRawPointer(graph)))
        func walk(_ g: CGraph) {
            var sub = agfstsubg(g)
            while let s = sub {
                result.subgraphs.append(object(UnsafeMutableRawPointer(s)))
                walk(s)
                sub = agnxtsubg(s)
            }
        }
        walk(graph)
        var node = agfstnode(graph)
        while let n = node {
            result.nodes.append(object(UnsafeMutableRawPointer(n)))
            var edge = agfstout(graph, n)
            while let e = edge {
                result.edges.append(object(UnsafeMutableRawPointer(e)))
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        result.edges.sort { $0.id < $1.id }
        return result
    }

    private static func object(_ pointer: UnsafeMutableRawPointer) -> Object {
        Object(name: agnameof(pointer).map { String(cString: $0) }, id: summitry_agid(pointer),
               address: UInt(bitPattern: pointer))
    }

    private static func withOptionalCString<T>(_ s: String?, _ body: (UnsafeMutablePointer<CChar>?) -> T) -> T {
        guard let s else { return body(nil) }
        return s.withCString { body(UnsafeMutablePointer(mutating: $0)) }
    }
}

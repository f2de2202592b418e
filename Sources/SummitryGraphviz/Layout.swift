/// A Graphviz layout engine, or ``automatic`` to pick one by the graph's size and shape.
public enum Layout: String, CaseIterable, Sendable {
    /// Hierarchical layers (Sugiyama style). Best for trees and small sparse graphs; slow on large
    /// dense ones (measured here: 150 nodes / 450 random edges take 4.5 s, 200 / 600 take minutes).
    case dot
    /// Stress majorization (Kamada–Kawai style spring model). Good for small and medium graphs.
    case neato
    /// Force-directed (Fruchterman–Reingold); draws clusters.
    case fdp
    /// Multiscale force-directed; for large graphs (2,000 nodes / 6,000 edges in about 0.4 s here).
    case sfdp
    /// Circular layout of biconnected components.
    case circo
    /// Radial layout around a root.
    case twopi
    /// ``dot`` for forests and small sparse graphs, ``neato`` up to 500 nodes, ``sfdp`` beyond.
    case automatic

    /// The engine ``automatic`` chooses for a graph with `nodes` nodes and `edges` edges.
    ///
    /// - dot when the graph is forest-like (at most `nodes / 20` edges more than a spanning forest)
    ///   and has at most 3,000 nodes, or when it has at most 150 nodes and at most 2 edges per node;
    /// - neato up to 500 nodes;
    /// - sfdp beyond.
    ///
    /// So dot never gets more than 150 nodes unless the graph is nearly a tree.
    /// - Complexity: O(1).
    public static func automatic(nodes: Int, edges: Int) -> Layout {
        if nodes <= 1 { return .dot }
        if edges <= nodes - 1 + nodes / 20, nodes <= 3000 { return .dot }
        if nodes <= 150, edges <= 2 * nodes { return .dot }
        if nodes <= 500 { return .neato }
        return .sfdp
    }
}

/// An output format of the renderer.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// SVG 1.1 (core plugin), with tooltips and links.
    case svg
    /// PNG bitmap (cairo plugin).
    case png
    /// PDF (cairo plugin).
    case pdf
    /// DOT text with layout positions (`pos`, `bb`, …).
    case dot
    /// DOT text with xdot drawing operations.
    case xdot

    /// The file name extension for the format.
    public var fileExtension: String { rawValue == "xdot" ? "xdot" : rawValue }
}

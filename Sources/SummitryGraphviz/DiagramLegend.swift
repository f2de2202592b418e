import SummitryModel

/// The legend of a diagram, as an HTML-like graph label: title, one cell per node kind (its symbol in
/// its colour), one per relation (a line sample), and what node area means.
///
/// A graph label is placed outside the drawing by every layout engine, so the legend never lands on
/// top of nodes the way a legend node or cluster can in neato, fdp or sfdp.
enum DiagramLegend {
    static func html(title: String?, kinds: [NodeKind?], relations: [RelationKind], measure: String?, top: String?) -> String {
        var rows: [String] = []
        if let title {
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"40\"><FONT POINT-SIZE=\"20\"><B>\(DiagramStyle.html(title))</B></FONT></TD></TR>")
        }
        var cells: [String] = []
        for kind in kinds {
            let look = DiagramStyle.appearance(of: kind)
            cells.append("<TD><FONT COLOR=\"\(look.outline)\" POINT-SIZE=\"16\">\(look.symbol)</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(DiagramStyle.html(kind?.rawValue ?? "node"))  </TD>")
        }
        for relation in relations {
            let look = DiagramStyle.edgeStyle(of: relation)
            let color = look.attributes["color"]?.string ?? "#444444"
            cells.append("<TD><FONT COLOR=\"\(color)\" POINT-SIZE=\"14\">\(look.sample)</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(DiagramStyle.html(relation.rawValue.replacingUnderscores))  </TD>")
        }
        if !cells.isEmpty { rows.append("<TR>" + cells.joined() + "</TR>") }
        if let measure {
            var text = "Node area ∝ \(measure)"
            if let top { text += " (highest: \(top))" }
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"40\"><FONT POINT-SIZE=\"12\" COLOR=\"#333333\">\(DiagramStyle.html(text))</FONT></TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
    }
}

/// Graph attributes the diagrams share, chosen to look good in dot, neato, fdp and sfdp alike.
enum DiagramLayoutDefaults {
    static func graphAttributes(nodeCount: Int, fontname: String) -> DOTAttributes {
        var a: DOTAttributes = [
            "fontname": .text(fontname), "fontsize": "10", "bgcolor": "white", "pad": "0.3",
            "outputorder": "edgesfirst", "overlap": "false", "sep": "+10", "esep": "+4",
            "nodesep": "0.35", "ranksep": "0.7", "rankdir": "LR", "K": "0.9",
        ]
        // Curved edges routed around nodes: pleasant, but their cost grows fast with size.
        if nodeCount <= 300 { a["splines"] = "true" }
        return a
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

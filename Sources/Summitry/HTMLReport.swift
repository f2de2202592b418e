import Foundation

/// A self-contained HTML page of an analysis: the drawing (SVG inline), the ranked table, the
/// meetings with their participants, and the evidence of every relation.
///
/// The page has no scripts and loads nothing; every text from the inputs is escaped, so an article
/// cannot inject markup. The SVG comes from Graphviz, which escapes labels and tooltips itself; any
/// `<script>` element or `javascript:` link in it is removed before it is inlined.
public struct HTMLReport: Sendable {
    /// The network reported on.
    public let network: Network
    /// The scores of the ranked table.
    public let scores: ScoreTable
    /// The ranked actors.
    public let ranking: [RankedActor]
    /// The drawing, as Graphviz wrote it.
    public let svg: String

    /// A report of these parts; nothing is computed until ``html()``.
    public init(network: Network, scores: ScoreTable, ranking: [RankedActor], svg: String) {
        self.network = network
        self.scores = scores
        self.ranking = ranking
        self.svg = svg
    }

    /// The page.
    /// - Complexity: O(size of the network and its evidence).
    public func html() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Summitry report</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;max-width:80em;color:#222}
        table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.ev{color:#555;font-size:.9em}
        figure{margin:0;overflow:auto;border:1px solid #eee}figure svg{max-width:100%;height:auto}
        </style></head><body>
        <h1>Summitry report</h1>

        """
        let kinds = NodeKind.allCases.map { kind in "\(network.nodes(ofKind: kind).count) \(kind.rawValue)s" }
        out += "<p>\(escape(kinds.joined(separator: ", "))), \(network.relations.count) relations"
        if !network.documents.isEmpty {
            out += " from " + network.documents.map { "<code>\(escape($0.path.isEmpty ? $0.id : $0.path))</code>" }.joined(separator: ", ")
        }
        out += ".</p>\n<h2>Network</h2>\n<figure>\n\(Self.sanitisedSVG(svg))\n</figure>\n"

        out += "<h2>Actors by centrality</h2>\n<table><thead><tr><th>#</th><th>name</th><th>role</th><th>country</th>"
        for m in scores.columns.map(\.name) { out += "<th>\(escape(m))</th>" }
        out += "</tr></thead><tbody>\n"
        for r in ranking {
            out += "<tr><td class=n>\(r.rank)</td><td>\(escape(r.name))</td><td>\(escape(r.role ?? ""))</td><td>\(escape(r.country ?? ""))</td>"
            for v in r.scores { out += "<td class=n>\(v.isNaN ? "nan" : String(format: "%.4f", v))</td>" }
            out += "</tr>\n"
        }
        out += "</tbody></table>\n"

        let meetings = network.nodes(ofKind: .meeting)
        if !meetings.isEmpty {
            out += "<h2>Meetings</h2>\n<ul>\n"
            for m in meetings {
                let place = [m.city, m.country].compactMap { $0 }.joined(separator: ", ")
                out += "<li><b>\(escape(m.name))</b>"
                if !place.isEmpty { out += " — \(escape(place))" }
                if let t = m.time { out += " — \(escape(t))" }
                let parts = network.relations(to: m.id).filter { [.attended, .hosted, .invited].contains($0.kind) }
                if !parts.isEmpty {
                    out += ": " + parts.map { "\(escape(network.node($0.source)?.name ?? $0.source)) (\(escape($0.kind.rawValue)))" }
                        .joined(separator: ", ")
                }
                out += "</li>\n"
            }
            out += "</ul>\n"
        }

        let evidenced = network.relations.filter { !$0.evidence.isEmpty }
        out += "<h2>Evidence</h2>\n"
        if evidenced.count < network.relations.count {
            out += "<p>\(network.relations.count - evidenced.count) relations come from tables or graph files and carry no evidence.</p>\n"
        }
        out += "<table><thead><tr><th>relation</th><th>evidence</th></tr></thead><tbody>\n"
        for r in evidenced {
            let s = network.node(r.source)?.name ?? r.source, t = network.node(r.target)?.name ?? r.target
            let evidence = r.evidence.map { e in
                "<div class=ev>“\(escape(e.text))” <small>(\(escape(e.document)), sentence \(e.sentence + 1))</small></div>"
            }.joined()
            out += "<tr><td>\(escape(s)) <i>\(escape(r.kind.rawValue))</i> \(escape(t))</td><td>\(evidence)</td></tr>\n"
        }
        out += "</tbody></table>\n<p><small>Made by Summitry.</small></p>\n</body></html>\n"
        return out
    }

    /// The SVG without its XML prolog and doctype (not allowed inside HTML) and without scripts.
    static func sanitisedSVG(_ svg: String) -> String {
        var s = svg
        if let start = s.range(of: "<svg") { s = String(s[start.lowerBound...]) }
        s = s.replacingOccurrences(of: "<script[\\s\\S]*?</script>", with: "", options: [.regularExpression, .caseInsensitive])
        s = s.replacingOccurrences(of: "javascript:", with: "", options: .caseInsensitive)
        return s
    }

    func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// Fits a node label (a bold name and an optional detail line) into a fixed-size shape.
///
/// With scores, node sizes encode the score exactly (`fixedsize=shape`), so the label has to fit the
/// shape rather than the other way round. Text widths are estimated from character counts (average
/// advance 0.58 em bold, 0.52 em regular, for Helvetica/Arial/DejaVu-like sans fonts); the fitter
/// tries, from a size that grows with the shape (10 to 14 points) down to 8, the name on one line,
/// then split over two lines at the space nearest its middle, and keeps the detail line only if it
/// fits too. A name that fits nowhere is drawn at 8 points on two lines and may overflow the shape —
/// still readable, drawn over the edges.
struct DiagramLabel {
    var name: String
    var detail: String?

    /// The HTML label, fitted into `width` × `height` inches of usable space when given.
    func html(width: Double?, height: Double?) -> String {
        guard let width, let height else { return Self.markup([name], size: 10, detail: detail, detailSize: 8) }
        // Larger shapes get larger names (up to 14 points), so importance reads in the text too.
        let largest = min(14, max(10, (8 + width * 3).rounded()))
        for size in stride(from: largest, through: 8, by: -1) {
            if let lines = Self.lines(name, size: size, width: width) {
                let nameHeight = Double(lines.count) * size * 1.2 / 72
                if let detail, Self.textWidth(detail, size: 7.5, bold: false) <= width,
                   nameHeight + 7.5 * 1.2 / 72 <= height {
                    return Self.markup(lines, size: size, detail: detail, detailSize: 7.5)
                }
                if nameHeight <= height { return Self.markup(lines, size: size, detail: nil, detailSize: 0) }
            }
        }
        return Self.markup(Self.split(name) ?? [name], size: 8, detail: nil, detailSize: 0)
    }

    /// The name on one line, or on two split at the space nearest the middle, if that fits `width`.
    static func lines(_ name: String, size: Double, width: Double) -> [String]? {
        if textWidth(name, size: size, bold: true) <= width { return [name] }
        guard let two = split(name) else { return nil }
        return two.allSatisfy({ textWidth($0, size: size, bold: true) <= width }) ? two : nil
    }

    /// `name` split in two at the space nearest its middle; nil without a space.
    static func split(_ name: String) -> [String]? {
        let characters = Array(name)
        let middle = characters.count / 2
        guard let at = characters.indices.filter({ characters[$0] == " " }).min(by: { abs($0 - middle) < abs($1 - middle) })
        else { return nil }
        return [String(characters[..<at]), String(characters[(at + 1)...])]
    }

    static func textWidth(_ text: String, size: Double, bold: Bool) -> Double {
        Double(text.count) * size * (bold ? 0.58 : 0.52) / 72
    }

    static func markup(_ lines: [String], size: Double, detail: String?, detailSize: Double) -> String {
        let sizeText = DOTValue.format(size, digits: 1)
        var html = "<FONT POINT-SIZE=\"\(sizeText)\"><B>"
            + lines.map(DiagramStyle.html).joined(separator: "<BR/>") + "</B></FONT>"
        if let detail {
            html += "<BR/><FONT POINT-SIZE=\"\(DOTValue.format(detailSize, digits: 1))\" COLOR=\"#333333\">"
                + DiagramStyle.html(detail) + "</FONT>"
        }
        return html
    }
}

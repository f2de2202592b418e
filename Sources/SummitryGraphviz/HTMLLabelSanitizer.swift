/// Cleans the markup of one HTML-like label (the text between the outer `<` and `>`).
///
/// Tags are parsed the way Graphviz's (expat-based) HTML lexer reads them — `<NAME ATTR="v" …>`,
/// `</NAME>`, `<NAME …/>`, names case-insensitive — and written back with only the allowed parts:
/// `<IMG>` elements are dropped, `SRC` attributes removed, `HREF` links checked like `URL`,
/// `FACE` values that look like paths removed, and the numeric attributes in the limits clamped.
/// Comments are dropped. Markup that does not parse makes the whole label go (nil).
struct HTMLLabelSanitizer {
    typealias Found = (attribute: String, value: String, action: DOTSanitizer.Finding.Action, reason: String)

    /// Upper bounds by upper-case attribute name.
    var limits: [String: Double]

    /// The cleaned markup, or nil when it does not parse (a finding says so).
    func sanitize(_ markup: String, findings: inout [Found]) -> String? {
        var out = ""
        var rest = Substring(markup)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { return unparsable(markup, &findings) }
                rest = rest[end.upperBound...]
                continue
            }
            guard let tag = Self.parseTag(&rest) else { return unparsable(markup, &findings) }
            if tag.name.uppercased() == "IMG" {
                if !tag.closing {
                    let src = tag.attributes.first { $0.name.uppercased() == "SRC" }?.value ?? ""
                    findings.append(("IMG", src, .removed, "IMG SRC makes Graphviz read a local file"))
                }
                continue
            }
            out += clean(tag, findings: &findings)
        }
        return out + rest
    }

    private func unparsable(_ markup: String, _ findings: inout [Found]) -> String? {
        findings.append(("HTML", DOTSanitizer.cut(markup), .removed, "the HTML label does not parse as Graphviz HTML"))
        return nil
    }

    private func clean(_ tag: Tag, findings: inout [Found]) -> String {
        guard !tag.closing else { return "</\(tag.name)>" }
        var text = "<" + tag.name
        for attribute in tag.attributes {
            let upper = attribute.name.uppercased()
            var value = attribute.value
            if upper == "SRC" {
                findings.append((upper, value, .removed, "SRC makes Graphviz read a local file"))
                continue
            }
            if upper == "HREF", let reason = DOTSanitizer.unsafeLinkReason(value) {
                findings.append((upper, value, .removed, reason))
                continue
            }
            if upper == "FACE", DOTSanitizer.looksLikePath(value) {
                findings.append((upper, value, .removed, "a font given by path makes Graphviz open that file"))
                continue
            }
            if let limit = limits[upper] {
                switch DOTSanitizer.clamp(value, to: limit) {
                case .unchanged: break
                case .clamped(let clamped):
                    findings.append((upper, value, .clamped(to: clamped), "larger values can exhaust memory in layout"))
                    value = clamped
                case .notFinite:
                    findings.append((upper, value, .removed, "not a finite number"))
                    continue
                }
            }
            text += " \(attribute.name)=\(attribute.quote)\(value)\(attribute.quote)"
        }
        return text + (tag.selfClosing ? "/>" : ">")
    }

    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: [(name: String, value: String, quote: Character)]
    }

    /// Parses one tag at the start of `text` (which starts with `<`) and advances past it.
    static func parseTag(_ text: inout Substring) -> Tag? {
        var s = text.dropFirst()
        let closing = s.first == "/"
        if closing { s = s.dropFirst() }
        let name = s.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard !name.isEmpty else { return nil }
        s = s.dropFirst(name.count)
        var tag = Tag(name: String(name), closing: closing, selfClosing: false, attributes: [])
        while true {
            s = s.drop { $0.isWhitespace }
            guard let c = s.first else { return nil }
            if c == ">" { text = s.dropFirst(); return tag }
            if c == "/", s.dropFirst().first == ">", !closing {
                tag.selfClosing = true
                text = s.dropFirst(2)
                return tag
            }
            guard !closing else { return nil }
            let attributeName = s.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            guard !attributeName.isEmpty else { return nil }
            s = s.dropFirst(attributeName.count).drop { $0.isWhitespace }
            guard s.first == "=" else { return nil }
            s = s.dropFirst().drop { $0.isWhitespace }
            guard let quote = s.first, quote == "\"" || quote == "'" else { return nil }
            s = s.dropFirst()
            guard let end = s.firstIndex(of: quote) else { return nil }
            tag.attributes.append((String(attributeName), String(s[..<end]), quote))
            s = s[s.index(after: end)...]
        }
    }
}

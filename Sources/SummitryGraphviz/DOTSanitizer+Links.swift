extension DOTSanitizer {
    /// Link schemes a rendered SVG may point to.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Why a link value is unsafe, or nil if it is an `http`, `https` or `mailto` link or a relative one.
    ///
    /// Checked the way a browser reads an `xlink:href`: XML character references decoded (Graphviz
    /// passes `&#58;` through as an entity, which the SVG parser turns into `:`), tabs and line breaks
    /// dropped, leading spaces and control characters ignored. A Graphviz escape (`\N`, `\G`, …)
    /// before the end of the scheme could expand to any scheme, so it makes the link unsafe.
    /// - Complexity: O(n) in the length of `link`.
    static func unsafeLinkReason(_ link: String) -> String? {
        var scalars = decodeCharacterReferences(link).unicodeScalars.filter { !["\t", "\n", "\r"].contains($0) }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        var scheme = ""
        for scalar in scalars {
            switch scalar {
            case ":":
                let name = scheme.lowercased()
                return allowedSchemes.contains(name)
                    ? nil : "link scheme '\(name):' is not allowed (only http, https, mailto and relative links)"
            case "\\":
                return "a Graphviz escape before the scheme could expand to any scheme, javascript: included"
            case "/", "?", "#":
                return nil
            default:
                scheme.unicodeScalars.append(scalar)
            }
        }
        return nil
    }

    /// Decodes `&#NN;`, `&#xHH;` and the named references that can spell a scheme separator or
    /// whitespace; other text is kept.
    static func decodeCharacterReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = [
            "colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">", "quot": "\"",
            "apos": "'", "sol": "/", "num": "#", "quest": "?", "bsol": "\\",
        ]
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest.index(after: amp)
            guard let semicolon = rest[afterAmp...].prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest[afterAmp...]
                continue
            }
            let body = rest[afterAmp ..< semicolon]
            var decoded: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                decoded = named[body.lowercased()]
            }
            if let decoded {
                out += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                out += "&"
                rest = rest[afterAmp...]
            }
        }
        return out + rest
    }
}

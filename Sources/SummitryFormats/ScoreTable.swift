import Foundation

/// Per-node scores as a table: node ids down, measures across.
///
/// The formats layer knows nothing of how scores were computed: a table is ids plus named columns of
/// numbers, one value per id, in the same order.
public struct ScoreTable: Hashable, Sendable {
    /// One measure's values, one per row of the table.
    public struct Column: Hashable, Sendable {
        /// The measure's name as it heads the column (`betweenness`, `two-mode-degree`).
        public var name: String
        /// Values in row order.
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Row labels: node ids as in the input.
    public let ids: [String]
    /// The measures, in the order they are printed.
    public let columns: [Column]

    /// A table; every column must have one value per id (a precondition).
    public init(ids: [String], columns: [Column]) {
        for column in columns {
            precondition(column.values.count == ids.count,
                         "column \(column.name) has \(column.values.count) values for \(ids.count) ids")
        }
        self.ids = ids
        self.columns = columns
    }

    /// The values of the column named `name`, if there is one.
    public func column(_ name: String) -> [Double]? { columns.first { $0.name == name }?.values }

    /// A number as the shortest text that reads back as the same `Double` (Python's `repr`, at most
    /// 17 significant digits): `0.1`, `1e-05`, `0.0`, `nan`, `inf`. Python's `float()` and pandas read
    /// every such text back exactly.
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return "\(value)"
    }

    /// The table as CSV: a header `id,<measure>,…`, then one row per id (RFC 4180 quoting, LF line ends).
    /// - Complexity: O(rows × columns).
    public func csv() -> String {
        var out = CSV.line(["id"] + columns.map(\.name))
        for (row, id) in ids.enumerated() {
            out += CSV.line([id] + columns.map { Self.format($0.values[row]) })
        }
        return out
    }

    /// The table as JSON: `{"<id>": {"<measure>": value, …}, …}` with rows in table order is not
    /// expressible in a JSON object, so the shape is `{"measures": [...], "nodes": [{"id": …, "<measure>": …}]}`.
    /// NaN and infinities, which JSON cannot hold, are written as `null`.
    public func json() -> String {
        var out = "{\n  \"measures\": [" + columns.map { jsonString($0.name) }.joined(separator: ", ") + "],\n  \"nodes\": ["
        for (row, id) in ids.enumerated() {
            out += row == 0 ? "\n" : ",\n"
            out += "    {\"id\": " + jsonString(id)
            for column in columns {
                let v = column.values[row]
                out += ", " + jsonString(column.name) + ": " + (v.isFinite ? "\(v)" : "null")
            }
            out += "}"
        }
        out += ids.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}

/// A string as a JSON string literal.
func jsonString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20:
            out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

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

        /// A column named `name`.
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    /// Row labels: node ids as in the input (for a per-edge table, the endpoints joined by a space).
    public let ids: [String]
    /// The measures, in the order they are printed.
    public let columns: [Column]
    /// The header of the label columns: `["id"]`, or `["source", "target"]` for a per-edge table.
    public let idHeader: [String]
    /// The label fields of each row, one per ``idHeader`` entry.
    public let idFields: [[String]]

    /// A table; every column must have one value per id, and `idFields` (default: each id alone)
    /// one entry per id with as many fields as `idHeader` (preconditions).
    public init(ids: [String], columns: [Column], idFields: [[String]]? = nil, idHeader: [String] = ["id"]) {
        for column in columns {
            precondition(column.values.count == ids.count,
                         "column \(column.name) has \(column.values.count) values for \(ids.count) ids")
        }
        let fields = idFields ?? ids.map { [$0] }
        precondition(fields.count == ids.count && fields.allSatisfy { $0.count == idHeader.count }, "id fields do not match the header")
        self.ids = ids
        self.columns = columns
        self.idFields = fields
        self.idHeader = idHeader
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
        var out = CSV.line(idHeader + columns.map(\.name))
        for row in ids.indices {
            out += CSV.line(idFields[row] + columns.map { Self.format($0.values[row]) })
        }
        return out
    }

    /// The table as JSON: `{"measures": [...], "nodes": [{"id": …, "<measure>": value, …}, …]}`, rows
    /// in table order (a per-edge table has `source` and `target` instead of `id`).
    /// NaN and infinities, which JSON cannot hold, are written as `null`.
    public func json() -> String {
        var out = "{\n  \"measures\": [" + columns.map { jsonString($0.name) }.joined(separator: ", ") + "],\n  \"nodes\": ["
        for row in ids.indices {
            out += row == 0 ? "\n" : ",\n"
            out += "    {" + zip(idHeader, idFields[row]).map { jsonString($0) + ": " + jsonString($1) }.joined(separator: ", ")
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

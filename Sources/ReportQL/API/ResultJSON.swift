import ReportModel

/// The one JSON form of a result, written by ``QueryResult/json()`` (what `rql --format json` prints) and by
/// `Codable` (what `JSONEncoder` writes), and read back by `JSONDecoder`:
///
/// ```json
/// {"kind":"table",
///  "columns":[{"name":"status","type":"text"},
///             {"name":"plan","type":"number","dimension":"money","unit":"亿元"}],
///  "rows":[["在建",{"value":"300.96","unit":"亿元"}],["预备",{"value":"52.6","unit":"亿元"}]]}
/// ```
///
/// - `kind`: `table`, `scalar`, `sources`, `checks` or `bound`. Every kind has `columns` and `rows`, so a reader
///   handles one shape: a scalar is one column named `value` and one row (and `skipped`, the missing values its
///   aggregate passed over); `sources` has the columns `collection`, `row`, `section`, `sectionTitle`, `line`,
///   `sentence`, `quote`, `highlightStart`, `highlightEnd` (a range of characters of `sentence`); `checks` has
///   `what`, `stated`, `computed`, `difference`, `matches`; `bound` (a `let`) has none, and `name`.
/// - a column: `name`; `type` (`number`, `text`, `boolean` or `any`); a number column's `dimension` when it is
///   fixed (`money`, `ratio`, `count:人` …); and `unit` when every number in it has the same one.
/// - `rows`: arrays, one cell per column in column order (two columns may share a name).
/// - a cell: text is a string, a boolean a boolean, a missing value `null`, and a number
///   `{"value":"300.96","unit":"亿元"}`: its exact decimal digits **as a string**, so no reader passes it through
///   binary floating point, beside its unit (`""` for a plain number).
extension QueryResult: Codable {
    enum CodingKeys: String, CodingKey { case kind, columns, rows, skipped, name }

    /// The result in the JSON form above, on one line: what `rql --format json` prints.
    public func json() -> String {
        var out = ""
        writeJSON { piece in
            out += piece
            return true
        }
        return out
    }

    /// ``json()`` in pieces, for a host that prints a long result as it is made: the start with the columns,
    /// then each row, then the end. `write` returns false to stop (Ctrl-C): nothing more is made. Returns
    /// whether the whole document was written.
    @discardableResult
    package func writeJSON(_ write: (String) -> Bool) -> Bool {
        var head = "{" + JSONText.string("kind") + ":" + JSONText.string(kind)
        if case .bound(let name) = self { head += "," + JSONText.string("name") + ":" + JSONText.string(name) }
        let table = asTable
        head += "," + JSONText.string("columns") + ":[" + table.columns.map(JSONText.column).joined(separator: ",") + "]"
        head += "," + JSONText.string("rows") + ":["
        guard write(head) else { return false }
        for (i, row) in table.rows.enumerated() {
            guard write((i == 0 ? "[" : ",[") + row.map(JSONText.value).joined(separator: ",") + "]") else { return false }
        }
        var tail = "]"
        if case .scalar(_, let skipped) = self { tail += "," + JSONText.string("skipped") + ":" + String(skipped) }
        return write(tail + "}")
    }

    /// `table`, `scalar`, `sources`, `checks` or `bound`.
    public var kind: String {
        switch self {
        case .table: return "table"
        case .scalar: return "scalar"
        case .sources: return "sources"
        case .checks: return "checks"
        case .bound: return "bound"
        }
    }

    /// Every kind of result as one table: a scalar is one column `value` and one row, provenance quotes and
    /// reconciliations a row each (the columns are listed above); a `let` binding is an empty table.
    public var asTable: ResultTable {
        switch self {
        case .table(let t):
            return t
        case .scalar(let v, _):
            return ResultTable(columns: [ResultColumn(name: "value", type: v.valueType, unit: v.quantity?.unit)], rows: [[v]])
        case .bound:
            return ResultTable(columns: [], rows: [])
        case .sources(let quotes):
            let rows = quotes.map { q -> [Value] in
                let chars = Array(q.sentence)
                let lo = min(max(0, q.highlight.lowerBound), chars.count), hi = min(max(lo, q.highlight.upperBound), chars.count)
                return [.text(q.collection), Value(q.row), .text(q.section), .text(q.sectionTitle), Value(q.line),
                        .text(q.sentence), .text(String(chars[lo..<hi])), Value(q.highlight.lowerBound),
                        Value(q.highlight.upperBound)]
            }
            return ResultTable(columns: Self.sourceColumns, rows: rows)
        case .checks(let checks):
            let rows = checks.map { c -> [Value] in
                [.text(c.what), .number(c.stated), .number(c.computed), .number(c.difference), .bool(c.matches)]
            }
            let columns = Self.checkColumns.map { c in
                ResultColumn(name: c.name, type: c.type, unit: c.type == .text || c.type == .bool ? nil
                             : ResultColumn.commonUnit(rows.lazy.map { $0[Self.checkColumns.firstIndex(of: c) ?? 0] }))
            }
            return ResultTable(columns: columns, rows: rows)
        }
    }

    static let sourceColumns = [
        ResultColumn(name: "collection", type: .text), ResultColumn(name: "row", type: .number(.ratio), unit: .plain),
        ResultColumn(name: "section", type: .text), ResultColumn(name: "sectionTitle", type: .text),
        ResultColumn(name: "line", type: .number(.ratio), unit: .plain), ResultColumn(name: "sentence", type: .text),
        ResultColumn(name: "quote", type: .text), ResultColumn(name: "highlightStart", type: .number(.ratio), unit: .plain),
        ResultColumn(name: "highlightEnd", type: .number(.ratio), unit: .plain),
    ]

    static let checkColumns = [
        ResultColumn(name: "what", type: .text), ResultColumn(name: "stated", type: .number(nil)),
        ResultColumn(name: "computed", type: .number(nil)), ResultColumn(name: "difference", type: .number(nil)),
        ResultColumn(name: "matches", type: .bool),
    ]

    /// Encodes the result in the JSON form above.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        if case .bound(let name) = self { try c.encode(name, forKey: .name) }
        let table = asTable
        try c.encode(table.columns, forKey: .columns)
        try c.encode(table.rows, forKey: .rows)
        if case .scalar(_, let skipped) = self { try c.encode(skipped, forKey: .skipped) }
    }

    /// Decodes the JSON form above. Throws `DecodingError` for an unknown kind or rows that do not fit it.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        let columns = try c.decodeIfPresent([ResultColumn].self, forKey: .columns) ?? []
        let rows = try c.decodeIfPresent([[Value]].self, forKey: .rows) ?? []
        let table = ResultTable(columns: columns, rows: rows)
        func corrupt(_ why: String) -> DecodingError {
            DecodingError.dataCorruptedError(forKey: .rows, in: c, debugDescription: why)
        }
        func int(_ v: Value?) throws -> Int {
            guard let d = v?.quantity?.value.normalized, d.scale == 0, let i = Int(exactly: d.significand) else {
                throw corrupt("expected a whole number")
            }
            return i
        }
        switch kind {
        case "table":
            self = .table(table)
        case "scalar":
            guard rows.count == 1, let v = rows[0].first else { throw corrupt("a scalar has one row of one value") }
            self = .scalar(v, skipped: try c.decodeIfPresent(Int.self, forKey: .skipped) ?? 0)
        case "bound":
            self = .bound(try c.decode(String.self, forKey: .name))
        case "sources":
            self = .sources(try table.map { r in
                SourceQuote(collection: r["collection"]?.text ?? "", row: try int(r["row"]), section: r["section"]?.text ?? "",
                            sectionTitle: r["sectionTitle"]?.text ?? "", line: try int(r["line"]),
                            sentence: r["sentence"]?.text ?? "",
                            highlight: try int(r["highlightStart"])..<max(try int(r["highlightStart"]), try int(r["highlightEnd"])))
            })
        case "checks":
            self = .checks(try table.map { r in
                guard let s = r["stated"]?.quantity, let k = r["computed"]?.quantity, let d = r["difference"]?.quantity else {
                    throw corrupt("a check has numbers stated, computed and difference")
                }
                return Reconciliation(what: r["what"]?.text ?? "", stated: s, computed: k, difference: d)
            })
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown kind '\(kind)'")
        }
    }
}

extension ResultTable: Codable {
    enum CodingKeys: String, CodingKey { case columns, rows }

    /// Encodes `columns` and `rows` as a result of kind `table` has them (``QueryResult/json()``).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(columns, forKey: .columns)
        try c.encode(rows, forKey: .rows)
    }

    /// Decodes `columns` and `rows`. Throws `DecodingError` when a row has not one value per column.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let columns = try c.decode([ResultColumn].self, forKey: .columns)
        let rows = try c.decode([[Value]].self, forKey: .rows)
        if rows.contains(where: { $0.count != columns.count }) {
            throw DecodingError.dataCorruptedError(forKey: .rows, in: c, debugDescription: "a row has not one value per column")
        }
        self.init(columns: columns, rows: rows)
    }
}

extension ResultColumn: Codable {
    enum CodingKeys: String, CodingKey { case name, type, dimension, unit }

    /// Encodes `name`, `type` (`number`, `text`, `boolean`, `any`), and for numbers `dimension` and `unit` when
    /// they are known.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(type.jsonName, forKey: .type)
        if case .number(let d?) = type { try c.encode(d.id, forKey: .dimension) }
        if let unit { try c.encode(unit.symbol, forKey: .unit) }
    }

    /// Decodes the members above; an unknown type or unit is a `DecodingError`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        let typeName = try c.decode(String.self, forKey: .type)
        let type: ValueType
        switch typeName {
        case "number": type = .number(try c.decodeIfPresent(String.self, forKey: .dimension).map(Dimension.init(id:)))
        case "text": type = .text
        case "boolean": type = .bool
        case "any": type = .any
        default: throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown type '\(typeName)'")
        }
        var unit: Unit?
        if let symbol = try c.decodeIfPresent(String.self, forKey: .unit) {
            guard let u = Unit.named(symbol) else {
                throw DecodingError.dataCorruptedError(forKey: .unit, in: c, debugDescription: "'\(symbol)' is not a unit")
            }
            unit = u
        }
        self.init(name: name, type: type, unit: unit)
    }

    /// The one unit of every number among `values`; nil when they have none or several.
    static func commonUnit<S: Sequence>(_ values: S) -> Unit? where S.Element == Value {
        var unit: Unit?
        for v in values {
            guard case .number(let q) = v else { continue }
            if let u = unit, u != q.unit { return nil }
            unit = q.unit
        }
        return unit
    }
}

extension ValueType {
    /// `number`, `text`, `boolean` or `any`: the type as the JSON form names it.
    var jsonName: String {
        switch self {
        case .number: return "number"
        case .text: return "text"
        case .bool: return "boolean"
        case .any: return "any"
        }
    }
}

extension Value {
    /// The type of this one value: a number's dimension is its unit's.
    var valueType: ValueType {
        switch self {
        case .number(let q): return .number(q.unit.dimension)
        case .text: return .text
        case .bool: return .bool
        case .missing: return .any
        }
    }
}

/// Writing the JSON form without an encoder (the `rql` command links no Foundation).
enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    /// DEL, C1 and bidi-format characters are escaped too (`\u202e`): the data stays exact, and a terminal
    /// the JSON is printed on shows them instead of obeying them.
    static func string(_ s: String) -> String {
        let literal = jsonStringLiteral(s)
        guard literal.unicodeScalars.contains(where: isTerminalControl) else { return literal }
        var out = ""
        for scalar in literal.unicodeScalars {
            if isTerminalControl(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func column(_ c: ResultColumn) -> String {
        var members = [("name", string(c.name)), ("type", string(c.type.jsonName))]
        if case .number(let d?) = c.type { members.append(("dimension", string(d.id))) }
        if let unit = c.unit { members.append(("unit", string(unit.symbol))) }
        return object(members)
    }

    static func value(_ v: Value) -> String {
        switch v {
        case .number(let q): return object([("value", string(q.value.normalized.description)), ("unit", string(q.unit.symbol))])
        case .text(let s): return string(s)
        case .bool(let b): return b ? "true" : "false"
        case .missing: return "null"
        }
    }
}

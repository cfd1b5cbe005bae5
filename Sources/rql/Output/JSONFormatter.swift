import ReportQL

/// One JSON document per statement, on one line:
/// `{"columns":[{"name":"plan","type":"number"}],"rows":[{"plan":{"value":300.96,"unit":"亿元"}}]}`.
///
/// Numbers are written from their exact decimal digits, never through `Double`, so `0.1 + 0.2` is `0.3` and a
/// 38-digit value keeps every digit; trailing fractional zeros are dropped, as tables print them (`84.260` →
/// `84.26`). A number's unit is its own field. Missing values are `null`.
enum JSONFormatter {
    static func format(_ result: QueryResult) -> String {
        switch result {
        case .scalar(let value, let skipped):
            var members = scalarMembers(value)
            if skipped > 0 { members.append(("skipped", String(skipped))) }
            return object(members) + "\n"
        case .table(let table):
            return format(table)
        case .bound:
            return ""
        case .sources(let quotes):
            return format(ResultTable(sources: quotes))
        case .checks(let checks):
            let table = ResultTable(checks: checks)
            let mismatches = checks.filter { !$0.matches }.count
            return object([("checks", rowsArray(table)), ("count", String(checks.count)),
                           ("mismatches", String(mismatches))]) + "\n"
        }
    }

    static func format(_ table: ResultTable) -> String {
        let columns = table.columns.map { c -> String in
            var members = [("name", string(c.name)), ("type", string(typeName(c.type)))]
            if case .number(let d?) = c.type { members.append(("dimension", string(d.id))) }
            return object(members)
        }
        return object([("columns", "[" + columns.joined(separator: ",") + "]"), ("rows", rowsArray(table))]) + "\n"
    }

    static func rowsArray(_ table: ResultTable) -> String {
        let rows = table.rows.map { row in
            object(zip(table.columns, row).map { column, value in (column.name, self.value(value)) })
        }
        return "[" + rows.joined(separator: ",") + "]"
    }

    /// A value: `{"value":168.52,"unit":"亿元"}` for a number (unit `""` when plain), a string, a boolean, or null.
    static func value(_ v: Value) -> String {
        switch v {
        case .number(let q): return object([("value", q.value.normalized.description), ("unit", string(q.unit.symbol))])
        case .text(let s): return string(s)
        case .bool(let b): return b ? "true" : "false"
        case .missing: return "null"
        }
    }

    /// A scalar's members: a number's value and unit side by side, anything else as `value`.
    static func scalarMembers(_ v: Value) -> [(String, String)] {
        if case .number(let q) = v {
            return [("value", q.value.normalized.description), ("unit", string(q.unit.symbol))]
        }
        return [("value", value(v))]
    }

    static func typeName(_ t: ValueType) -> String {
        switch t {
        case .number: return "number"
        case .text: return "text"
        case .bool: return "boolean"
        case .any: return "any"
        }
    }

    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    /// DEL, C1 and bidi-format characters are escaped too (`\u202e`): the data stays exact, and a terminal the
    /// JSON is printed on shows them instead of obeying them.
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
}

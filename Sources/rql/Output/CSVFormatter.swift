import ReportQL

/// RFC 4180 CSV with LF line ends: a header row, then one line per row. A field holding a comma, a quote,
/// CR or LF is quoted, quotes doubled.
///
/// The columns depend on the query only, never on the rows: every column typed as a number (or whose type
/// is only known at run time, as a scalar's or a parameter's) is a quantity column, written as two CSV
/// columns, `NAME` with the bare exact decimal (no trailing fractional zeros) and `NAME_unit` with its unit
/// symbol (empty for a plain number, and both empty for a missing value). A text value in such a column is
/// written as it is, with an empty unit.
enum CSVFormatter {
    static func format(_ result: QueryResult) -> String {
        RenderOutput.collect { format(result, into: $0) }
    }

    static func format(_ result: QueryResult, into out: RenderOutput) {
        switch result {
        case .scalar(let value, _):
            format(ResultTable(columns: [ResultColumn(name: "value", type: .any)], rows: [[value]]), into: out)
        case .table(let table):
            format(table, into: out)
        case .bound:
            break
        case .sources(let quotes):
            format(ResultTable(sources: quotes), into: out)
        case .checks(let checks):
            format(ResultTable(checks: checks), into: out)
        }
    }

    static func format(_ table: ResultTable) -> String {
        RenderOutput.collect { format(table, into: $0) }
    }

    /// The header, then a line a row; stops within a row once `out` is stopped.
    static func format(_ table: ResultTable, into out: RenderOutput) {
        let quantity = table.columns.map(\.isQuantityColumn)
        var header: [String] = []
        for (column, isQuantity) in zip(table.columns, quantity) {
            header += isQuantity ? [column.name, column.name + "_unit"] : [column.name]
        }
        out.write(header.map(field).joined(separator: ",") + "\n")
        for row in table.rows {
            if out.stopped { return }
            var fields: [String] = []
            for (value, isQuantity) in zip(row, quantity) {
                guard isQuantity else {
                    fields.append(field(value.description))
                    continue
                }
                switch value {
                case .number(let q): fields += [q.value.normalized.description, field(q.unit.symbol)]
                case .missing: fields += ["", ""]
                default: fields += [field(value.description), ""]
                }
            }
            out.write(fields.joined(separator: ",") + "\n")
        }
    }

    /// One field, quoted when it holds a comma, a quote, CR or LF.
    static func field(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
            return s
        }
        var quoted = "\""
        for scalar in s.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}

extension ResultColumn {
    /// Whether the machine-readable formats write the column as a quantity (a number and its unit): its type
    /// is a number, or known only at run time.
    var isQuantityColumn: Bool {
        switch type {
        case .number, .any: true
        case .text, .bool: false
        }
    }
}

import ReportQL

/// RFC 4180 CSV with LF line ends: a header row, then one line per row. A field holding a comma, a quote,
/// CR or LF is quoted, quotes doubled. Numbers are bare decimals, exact, without trailing fractional zeros (as
/// tables print them); a number column whose values share one
/// unit names it in the header (`invest2024 (亿元)`), and one whose units vary is followed by a
/// `NAME_unit` column.
enum CSVFormatter {
    static func format(_ result: QueryResult) -> String {
        switch result {
        case .scalar(let value, _):
            return format(ResultTable(columns: [ResultColumn(name: "value", type: .any)], rows: [[value]]))
        case .table(let table):
            return format(table)
        case .bound:
            return ""
        case .sources(let quotes):
            return format(ResultTable(sources: quotes))
        case .checks(let checks):
            return format(ResultTable(checks: checks))
        }
    }

    static func format(_ table: ResultTable) -> String {
        /// How each result column becomes CSV columns.
        enum Layout {
            case plain
            case number(unitInHeader: Bool)
            case numberWithUnitColumn
        }
        var layouts: [Layout] = []
        var header: [String] = []
        for (i, column) in table.columns.enumerated() {
            guard table.isNumeric(i) else {
                layouts.append(.plain)
                header.append(column.name)
                continue
            }
            let units = table.units(i)
            if units.count > 1 {
                layouts.append(.numberWithUnitColumn)
                header += [column.name, column.name + "_unit"]
            } else if let unit = units.first, !unit.isPlain {
                layouts.append(.number(unitInHeader: true))
                header.append("\(column.name) (\(unit.symbol))")
            } else {
                layouts.append(.number(unitInHeader: false))
                header.append(column.name)
            }
        }
        var out = header.map(field).joined(separator: ",") + "\n"
        for row in table.rows {
            var fields: [String] = []
            for (value, layout) in zip(row, layouts) {
                switch layout {
                case .plain:
                    fields.append(field(value.description))
                case .number:
                    fields.append(value.quantity.map { $0.value.normalized.description } ?? field(value.description))
                case .numberWithUnitColumn:
                    if let q = value.quantity {
                        fields += [q.value.normalized.description, field(q.unit.symbol)]
                    } else {
                        fields += [field(value.description), ""]
                    }
                }
            }
            out += fields.joined(separator: ",") + "\n"
        }
        return out
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

import ReportModel

/// Writes the generated Swift sources of the built-in report.
enum BuiltinSource {
    static let header = "// Generated from quangang-2023.json by `swift run generate-builtin` (Sources/generate-builtin). Do not\n"
        + "// edit: edit the JSON, then run `swift run generate-builtin`.\n\n"

    /// `BuiltinSnapshot.swift`: `report` rebuilt from literals, each collection by a function of its own so that
    /// a catalog builds only the collections a query names (`builtinOutline` describes them without rows).
    static func snapshot(_ report: Report) throws(GeneratorError) -> String {
        var out = header
        out += "extension Report {\n"
        out += "    /// The built-in report's metadata, in the order of the schema's `report` collection.\n"
        out += "    package static func builtinMeta() -> [(key: String, value: String)] {\n"
        out += "        [\n"
        for (k, v) in report.meta { out += "            (\(literal(k)), \(literal(v))),\n" }
        out += "        ]\n"
        out += "    }\n\n"
        out += "    /// The built-in report as the loader builds it from `Builtin/quangang-2023.json`, written out as columns\n"
        out += "    /// so that nothing is parsed at startup.\n"
        out += "    package static func builtinSnapshot() -> Report {\n"
        out += "        let sections: [Section] = [\n"
        for s in report.sections {
            out += "            Section(id: \(literal(s.id)), title: \(literal(s.title)), parent: \(s.parent.map(literal) ?? "nil"), "
                + "start: \(s.start), end: \(s.end)),\n"
        }
        out += "        ]\n"
        out += "        var spans: [String: [TextSpan]] = [:]\n"
        for (name, list) in report.spans.sorted(by: { $0.key < $1.key }) {
            out += "        spans[\(literal(name))] = ["
            out += list.map { "TextSpan(start: \($0.start), length: \($0.length))" }.joined(separator: ", ")
            out += "]\n"
        }
        out += "        let tables = (0..<builtinCollectionCount).map(builtinTable)\n"
        out += "        var report = Report(source: \(literal(report.source)), meta: builtinMeta(), text: builtinText, sections: sections,\n"
        out += "                            tables: tables, spans: spans)\n"
        out += "        report.lineStarts = \(ints(report.lineStarts, type: "Int"))\n"
        out += "        return report\n"
        out += "    }\n\n"
        out += "    /// How many collections the built-in report has.\n"
        out += "    package static let builtinCollectionCount = \(report.tables.count)\n\n"
        out += "    /// Built-in collection `t`, built from its literals.\n"
        out += "    package static func builtinTable(_ t: Int) -> Table {\n"
        out += "        switch t {\n"
        for t in report.tables.indices { out += "        case \(t): return builtinTable\(t)()\n" }
        out += "        default: preconditionFailure(\"the built-in report has no collection \\(t)\")\n"
        out += "        }\n"
        out += "    }\n\n"
        out += "    /// Built-in collection `t` without rows (its names, documentation, column types and units), and how many\n"
        out += "    /// rows it has.\n"
        out += "    package static func builtinOutline(_ t: Int) -> (shape: Table, rowCount: Int) {\n"
        out += "        switch t {\n"
        for (t, table) in report.tables.enumerated() {
            out += "        case \(t):\n"
            out += "            return (Table(\(names(table.name, table.alias, table.doc)), columns: [\n"
            for column in table.columns {
                out += "                Column(\(names(column.name, column.alias, column.doc)),\n"
                out += "                       data: \(shape(column.data))),\n"
            }
            out += "            ]), \(table.rowCount))\n"
        }
        out += "        default: preconditionFailure(\"the built-in report has no collection \\(t)\")\n"
        out += "        }\n"
        out += "    }\n\n"
        for (t, table) in report.tables.enumerated() {
            out += "    /// `\(table.name)`.\n"
            out += "    private static func builtinTable\(t)() -> Table {\n"
            out += "        var columns: [Column] = []\n"
            for column in table.columns {
                out += "        columns.append(Column(\(names(column.name, column.alias, column.doc)),\n"
                out += "                              data: \(try data(column.data))))\n"
            }
            out += "        return Table(\(names(table.name, table.alias, table.doc)), columns: columns)\n"
            out += "    }\n\n"
        }
        out += "    /// The report text.\n"
        out += "    static let builtinText: String = \(multiline(report.text))\n"
        out += "}\n"
        return out
    }

    /// The `name:`, `alias:` and `doc:` arguments of a table or a column.
    static func names(_ name: String, _ alias: String?, _ doc: String) -> String {
        "name: \(literal(name)), alias: \(alias.map(literal) ?? "nil"), doc: \(literal(doc))"
    }

    /// A column of `data`'s type without rows: a number column keeps its scale and units (what the checker reads).
    static func shape(_ data: ColumnData) -> String {
        switch data {
        case .number(let c):
            return ".number(NumberColumn(values: [], scale: \(c.scale), units: \(units(c.units)), unitCodes: nil, present: nil))"
        case .text: return ".text(TextColumn())"
        case .bool: return ".bool(BoolColumn())"
        }
    }

    static func units(_ units: [Unit]) -> String {
        "[" + units.map {
            "Unit(symbol: \(literal($0.symbol)), dimension: Dimension(id: \(literal($0.dimension.id))), "
                + "numerator: \($0.numerator), denominator: \($0.denominator))"
        }.joined(separator: ", ") + "]"
    }

    static func data(_ data: ColumnData) throws(GeneratorError) -> String {
        switch data {
        case .number(let c):
            let codes = c.unitCodes.map { ints($0, type: "UInt16") } ?? "nil"
            let present = c.present.map { "[" + $0.map(String.init).joined(separator: ", ") + "] as [Bool]" } ?? "nil"
            // The snapshot holds narrow columns only (the built-in report's figures have at most a few places).
            if c.exact != nil { throw GeneratorError("a column of the built-in report is not narrow") }
            return ".number(NumberColumn(values: \(ints(c.values, type: "Int64")), scale: \(c.scale), units: \(units(c.units)),\n"
                + "                                  unitCodes: \(codes), present: \(present)))"
        case .text(let c):
            let dictionary = "[" + (0..<c.distinct).map { literal(c.entry($0)) }.joined(separator: ", ") + "] as [String]"
            // The index's slots too: the column is read back without hashing a value.
            let slots = ",\n                                  slots: \(ints(c.index.slots, type: "UInt32"))"
            return ".text(TextColumn(dictionary: \(dictionary),\n"
                + "                                  codes: \(ints(c.codes, type: "UInt32"))\(slots)))"
        case .bool(let c):
            let values = "[" + c.values.map(String.init).joined(separator: ", ") + "] as [Bool]"
            let present = c.present.map { "[" + $0.map(String.init).joined(separator: ", ") + "] as [Bool]" } ?? "nil"
            return ".bool(BoolColumn(values: \(values), present: \(present)))"
        }
    }

    static func ints<T: BinaryInteger>(_ values: [T], type: String) -> String {
        "[" + values.map { "\($0)" }.joined(separator: ", ") + "] as [\(type)]"
    }

    /// A Swift string literal of `s`, on one line.
    static func literal(_ s: String) -> String {
        "\"" + s.unicodeScalars.map(escaped).joined() + "\""
    }

    /// A multi-line Swift string literal of `s`, one line of text to a line of source.
    static func multiline(_ s: String) -> String {
        "\"\"\"\n" + s.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.unicodeScalars.map(escaped).joined() }.joined(separator: "\n") + "\n\"\"\""
    }

    static func escaped(_ u: Unicode.Scalar) -> String {
        switch u {
        case "\\": return "\\\\"
        case "\"": return "\\\""
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 {
                return "\\u{\(String(u.value, radix: 16))}"
            }
            return String(u)
        }
    }
}

/// Why the snapshot could not be written.
struct GeneratorError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

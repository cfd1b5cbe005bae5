import Testing
import TestSupport
@testable import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built-in report ships as two generated files beside its JSON source of truth,
/// `Sources/ReportModel/Builtin/quangang-2023.json`:
/// - `BuiltinReport.swift`: the JSON text itself (``Report/builtinJSON``);
/// - `BuiltinSnapshot.swift`: the report as the loader builds it from that JSON, written out as columns, so
///   `rql` starts without parsing anything (``Report/builtin``).
///
/// These tests regenerate both from the JSON and fail when a file differs. After editing the JSON run
/// `REPORTQL_REGENERATE=1 swift test --filter BuiltinSnapshotTests` to rewrite them, then run the tests again.
@Suite struct BuiltinSnapshotTests {
    static let directory = packageRoot + "Sources/ReportModel/Builtin/"

    static var regenerate: Bool { getenv("REPORTQL_REGENERATE").map { String(cString: $0) == "1" } ?? false }

    static func check(_ file: String, _ expected: String) {
        let path = directory + file
        let actual = TrapLintTests.read(path)
        if actual != expected, regenerate {
            guard let f = fopen(path, "wb") else {
                Issue.record("cannot write \(path)")
                return
            }
            _ = expected.utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count - 1, f) }
            fclose(f)
            return
        }
        guard actual != expected else { return }
        // Name the first line that differs rather than printing both files.
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = line < a.count ? String(a[line].prefix(120)) : "<end of file>"
        let want = line < e.count ? String(e[line].prefix(120)) : "<end of file>"
        Issue.record("""
            \(file):\(line + 1) is not what the JSON gives: run REPORTQL_REGENERATE=1 swift test --filter BuiltinSnapshotTests
              file:      \(got)
              generated: \(want)
            """)
    }

    static func sourceJSON() throws -> Report {
        let json = TrapLintTests.read(directory + "quangang-2023.json")
        return try Report.load(bytes: Array(json.utf8), source: "<built-in>")
    }

    @Test func embeddedJSONIsTheFile() {
        let json = TrapLintTests.read(Self.directory + "quangang-2023.json")
        #expect(!json.isEmpty)
        Self.check("BuiltinReport.swift", BuiltinSource.json(json))
    }

    @Test func snapshotIsWhatTheLoaderBuilds() throws {
        Self.check("BuiltinSnapshot.swift", BuiltinSource.snapshot(try Self.sourceJSON()))
    }

    /// Whatever generated the snapshot, the report it builds is, field by field, the one the JSON loads to.
    @Test func builtinEqualsTheLoadedJSON() throws {
        let loaded = try Self.sourceJSON()
        let builtin = Report.builtin
        #expect(builtin.source == loaded.source)
        #expect(builtin.meta.map { "\($0.key)=\($0.value)" } == loaded.meta.map { "\($0.key)=\($0.value)" })
        #expect(builtin.text == loaded.text)
        #expect(builtin.sections == loaded.sections)
        #expect(builtin.lineStarts == loaded.lineStarts)
        #expect(builtin.spans == loaded.spans)
        #expect(builtin.tables.map(\.name) == loaded.tables.map(\.name))
        for (b, l) in zip(builtin.tables, loaded.tables) {
            #expect(b.alias == l.alias && b.doc == l.doc, "\(b.name)")
            #expect(b.columns.map(\.name) == l.columns.map(\.name), "\(b.name)")
            for (bc, lc) in zip(b.columns, l.columns) {
                let place = "\(b.name).\(bc.name)"
                #expect(bc.alias == lc.alias && bc.doc == lc.doc, "\(place)")
                #expect(Self.dump(bc.data) == Self.dump(lc.data), "\(place)")
            }
        }
    }

    /// Every stored part of a column, in a form two columns can be compared by.
    static func dump(_ data: ColumnData) -> [String] {
        switch data {
        case .number(let c):
            return ["number", "\(c.values)", "\(c.exact.map { "\($0)" } ?? "narrow")", "\(c.scale)",
                    c.units.map { "\($0.symbol) \($0.dimension) \($0.numerator)/\($0.denominator)" }.joined(separator: ","),
                    "\(c.unitCodes.map { "\($0)" } ?? "-")", "\(c.present.map { "\($0)" } ?? "-")",
                    "\(c.minValue) \(c.maxValue) \(c.hasBounds)", "\(c.storage.width)"]
        case .text(let c):
            let probe = c.dictionary.map { c.code(of: $0).map(String.init) ?? "none" }.joined(separator: ",")
            return ["text", "\(c.codes)", "\(c.dictionary)", "\(c.storage.width)", probe]
        case .bool(let c):
            return ["bool", "\(c.values)", "\(c.present.map { "\($0)" } ?? "-")"]
        }
    }
}

/// Writes the generated Swift sources of the built-in report.
enum BuiltinSource {
    static let header = "// Generated from quangang-2023.json by Tests/ReportModelTests/BuiltinSnapshotTests.swift. Do not edit:\n"
        + "// edit the JSON, then run REPORTQL_REGENERATE=1 swift test --filter BuiltinSnapshotTests.\n\n"

    /// `BuiltinReport.swift`: the JSON text as a raw string literal.
    static func json(_ json: String) -> String {
        var text = json
        if text.hasSuffix("\n") { text.removeLast() }
        return header + """
            extension Report {
                /// The JSON text of the built-in report (泉港区, 2023 results and the 2024 plan).
                public static let builtinJSON: String = #####\"\"\"
            \(text)
            \"\"\"#####
            }

            """
    }

    /// `BuiltinSnapshot.swift`: `report` rebuilt from literals.
    static func snapshot(_ report: Report) -> String {
        var out = header
        out += "extension Report {\n"
        out += "    /// The built-in report as the loader builds it from ``builtinJSON``, written out as columns so that\n"
        out += "    /// nothing is parsed at startup.\n"
        out += "    package static func builtinSnapshot() -> Report {\n"
        out += "        let meta: [(key: String, value: String)] = [\n"
        for (k, v) in report.meta { out += "            (\(literal(k)), \(literal(v))),\n" }
        out += "        ]\n"
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
        out += "        var tables: [Table] = []\n"
        for t in report.tables.indices { out += "        tables.append(builtinTable\(t)())\n" }
        out += "        var report = Report(source: \(literal(report.source)), meta: meta, text: builtinText, sections: sections,\n"
        out += "                            tables: tables, spans: spans)\n"
        out += "        report.lineStarts = \(ints(report.lineStarts, type: "Int"))\n"
        out += "        return report\n"
        out += "    }\n\n"
        for (t, table) in report.tables.enumerated() {
            out += "    /// `\(table.name)`.\n"
            out += "    private static func builtinTable\(t)() -> Table {\n"
            out += "        var columns: [Column] = []\n"
            for column in table.columns {
                out += "        columns.append(Column(name: \(literal(column.name)), alias: \(column.alias.map(literal) ?? "nil"), "
                    + "doc: \(literal(column.doc)),\n"
                out += "                              data: \(data(column.data))))\n"
            }
            out += "        return Table(name: \(literal(table.name)), alias: \(table.alias.map(literal) ?? "nil"), "
                + "doc: \(literal(table.doc)), columns: columns)\n"
            out += "    }\n\n"
        }
        out += "    /// The report text.\n"
        out += "    static let builtinText: String = \(multiline(report.text))\n"
        out += "}\n"
        return out
    }

    static func data(_ data: ColumnData) -> String {
        switch data {
        case .number(let c):
            let units = "[" + c.units.map {
                "Unit(symbol: \(literal($0.symbol)), dimension: Dimension(id: \(literal($0.dimension.id))), "
                    + "numerator: \($0.numerator), denominator: \($0.denominator))"
            }.joined(separator: ", ") + "]"
            let codes = c.unitCodes.map { ints($0, type: "UInt16") } ?? "nil"
            let present = c.present.map { "[" + $0.map(String.init).joined(separator: ", ") + "] as [Bool]" } ?? "nil"
            // The snapshot holds narrow columns only (the built-in report's figures have at most a few places).
            if c.exact != nil { Issue.record("a column of the built-in report is not narrow") }
            return ".number(NumberColumn(values: \(ints(c.values, type: "Int64")), scale: \(c.scale), units: \(units),\n"
                + "                                  unitCodes: \(codes), present: \(present)))"
        case .text(let c):
            let dictionary = "[" + c.dictionary.map(literal).joined(separator: ", ") + "] as [String]"
            // The index's slots too, unless it fell back to a Dictionary (a value not in canonical form).
            let slots = c.index.general == nil ? ",\n                                  slots: \(ints(c.index.slots, type: "UInt32"))" : ""
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

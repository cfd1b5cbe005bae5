import Testing
import TestSupport
@testable import ReportModel
@testable import generate_builtin

/// The built-in report's source of truth is `Sources/ReportModel/Builtin/quangang-2023.json`; `rql` starts
/// from `BuiltinSnapshot.swift`, the report as the loader builds it from that JSON written out as columns
/// (``Report/builtin``), which `swift run generate-builtin` writes. These tests fail when the snapshot is stale.
@Suite struct BuiltinSnapshotTests {
    static let directory = packageRoot + "Sources/ReportModel/Builtin/"

    static func check(_ file: String, _ expected: String) {
        let path = directory + file
        let actual = TrapLintTests.read(path)
        guard actual != expected else { return }
        // Name the first line that differs rather than printing both files.
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = line < a.count ? String(a[line].prefix(120)) : "<end of file>"
        let want = line < e.count ? String(e[line].prefix(120)) : "<end of file>"
        Issue.record("""
            \(file):\(line + 1) is not what the JSON gives: run `swift run generate-builtin`
              file:      \(got)
              generated: \(want)
            """)
    }

    static func sourceJSON() throws -> Report {
        try Report.load(bytes: Array(builtinReportJSON.utf8), source: "<built-in>")
    }

    @Test func snapshotIsWhatTheLoaderBuilds() throws {
        Self.check("BuiltinSnapshot.swift", try BuiltinSource.snapshot(try Self.sourceJSON()))
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

import Testing
@testable import ReportModel
@testable import ReportQL

/// The built-in report's catalog builds each collection from its literals when a query first names it (a cold
/// start of `rql -c 'projects …'` builds `projects` alone), and is, collection by collection, the catalog of the
/// whole report (`Catalog(reports: [.builtin])`).
@Suite struct BuiltinCatalogTests {
    /// Every field of a column, a row at a time, as text two columns can be compared by.
    static func cells(_ data: ColumnData) -> [String] {
        switch data {
        case .number(let c):
            return (0..<c.count).map { c.isPresent($0) ? "\(c.decimal(at: $0)) \(c.unit(at: $0).symbol)" : "-" }
                + ["units: " + c.units.map(\.symbol).joined(separator: ","), "scale: \(c.scale)"]
        case .text(let c): return (0..<c.count).map { c.string(at: $0) ?? "-" }
        case .bool(let c): return (0..<c.count).map { c.value(at: $0).map { "\($0)" } ?? "-" }
        }
    }

    static func columns(_ table: Table) -> [String] {
        table.columns.map { "\($0.name) \($0.alias ?? "") \($0.type) \($0.doc)" }
    }

    @Test func theLazyCatalogIsTheWholeReportsCatalog() {
        let lazy = Catalog.builtin(), whole = Catalog(reports: [Report.builtin])
        #expect(lazy.holdsOneReport && whole.holdsOneReport)
        #expect(lazy.outline.map(\.rowCount) == whole.outline.map(\.rowCount))
        #expect(lazy.outline.map { Self.columns($0.shape) } == whole.outline.map { Self.columns($0.shape) })
        #expect(lazy.tables.count == whole.tables.count)
        for (l, w) in zip(lazy.tables, whole.tables) {
            #expect(l.name == w.name && l.alias == w.alias && l.doc == w.doc)
            #expect(Self.columns(l) == Self.columns(w), "\(l.name)")
            for (lc, wc) in zip(l.columns, w.columns) {
                #expect(Self.cells(lc.data) == Self.cells(wc.data), "\(l.name).\(lc.name)")
            }
        }
        #expect(lazy.reports.map(\.source) == ["<built-in>"])
    }

    /// A number column's outline carries its units, which the checker reads (`sum invest2024` is in 亿元).
    @Test func eachOutlineIsItsCollectionWithoutRows() {
        for t in 0..<Report.builtinCollectionCount {
            let outline = Report.builtinOutline(t), table = Report.builtinTable(t)
            #expect(outline.rowCount == table.rowCount, "\(table.name)")
            #expect(outline.shape.rowCount == 0, "\(table.name)")
            #expect(Self.columns(outline.shape) == Self.columns(table), "\(table.name)")
            for (o, c) in zip(outline.shape.columns, table.columns) {
                if case .number(let on) = o.data, case .number(let cn) = c.data {
                    #expect(on.units == cn.units && on.scale == cn.scale, "\(table.name).\(c.name)")
                }
            }
        }
    }

    @Test func aQueryBuildsOnlyTheCollectionsItNames() throws {
        let env = Environment()
        #expect(env.catalog.entries.allSatisfy { !$0.isBuilt })
        // Names, outlines and row counts build nothing; neither does an error naming no collection.
        #expect(env.catalog.contains("句子"))
        #expect(env.catalog.outline.first { $0.shape.name == "sentences" }.map(\.rowCount) ?? 0 > 100)
        #expect(throws: CompileErrors.self) { try env.compile("projcts count") }
        let r = try env.compile("projects where sector = 工业 and status = 在建 sum invest2024").run()
        #expect("\(r)".contains("168.52亿元"))
        #expect(env.catalog.entries.filter(\.isBuilt).map(\.shape.name) == ["projects"])
        // The report's text and the other collections come when asked for.
        let quotes = try env.compile("source indicators where name = 地区生产总值").run()
        guard case .sources(let q) = quotes else { Issue.record("not sources: \(quotes)"); return }
        #expect(q.first?.sentence.contains("地区生产总值623.68亿元") == true)
        #expect(env.catalog.entries.filter(\.isBuilt).map(\.shape.name) == ["indicators", "projects"])
    }

    /// One environment asked from several threads at once, each query naming a collection not yet built: every
    /// answer is the one the query gets alone.
    @Test func collectionsBuiltFromSeveralThreadsAtOnceAgree() throws {
        let names = Environment().catalog.outline.map(\.shape.name)
        #expect(names.count == Report.builtinCollectionCount)
        let queries = names.map { "\($0) count" } + names.map { "\($0) limit 3" }
        let alone = try queries.map { "\(try Environment().compile($0).run())" }
        let env = Environment()
        let together = concurrentMap(queries.count * 3) { i in
            (try? "\(env.compile(queries[i % queries.count]).run())") ?? "error"
        }
        #expect(together == (0..<queries.count * 3).map { alone[$0 % queries.count] })
        #expect(env.catalog.entries.allSatisfy { $0.isBuilt })
    }
}

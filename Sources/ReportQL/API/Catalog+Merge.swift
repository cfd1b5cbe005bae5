import ReportModel

// Report merging: the collections of several reports as one catalog's collections, every row tagged with
// the region and year of its report.

extension Catalog {
    /// The reports' collections concatenated, each row gaining the `region` (地区) and `year` (年度) of its
    /// report — one report's too, so a query is portable between one report and a corpus. A collection with a
    /// field of that name keeps its own (`named` and `facts` have a `year` of their own).
    static func merge(_ reports: [Report]) -> [Table] {
        guard let first = reports.first else { return [] }
        // One report's columns are used as they are (no copy, no threads: the built-in report opens at once).
        if reports.count == 1 { return first.tables.indices.map { mergeTable($0, of: reports) } }
        // The collections are merged each on its own thread (they share nothing).
        return concurrentMap(first.tables.count) { mergeTable($0, of: reports) }
    }

    static let regionDoc = "the report's region"
    static let yearDoc = "the year the report reports on"
    static let planYearDoc = "the year the report plans for (its targets')"

    /// What every row of a report's collections gains: the report's region, year and plan year.
    struct Tag: Sendable {
        var region: String
        var year: String
        var planYear: String

        init(region: String, year: String, planYear: String) {
            self.region = region
            self.year = year
            self.planYear = planYear
        }

        /// The tag of a report whose metadata is `meta` (what ``Report/region`` and ``Report/reportYear`` read).
        init(meta: [(key: String, value: String)]) {
            func value(_ key: String) -> String { meta.first { $0.key == key }?.value ?? "" }
            self.init(region: value("region"), year: value("reportYear"), planYear: value("planYear"))
        }
    }

    /// Collection `t` of every report, concatenated, with `region` and `year` first.
    static func mergeTable(_ t: Int, of reports: [Report]) -> Table {
        mergeTable(reports.filter { t < $0.tables.count }.map { ($0.tables[t], Tag(meta: $0.meta)) })
    }

    /// One collection's parts (the first one's columns are the collection's), concatenated, each part's rows
    /// tagged with its report's region and year. A part without rows gives the collection's shape.
    static func mergeTable(_ parts: [(table: Table, tag: Tag)]) -> Table {
        let template = parts[0].table
        // Region and year: one code per report, repeated over its rows.
        var region = TextColumn(), year = TextColumn(), planYear = TextColumn()
        var columnParts: [[ColumnData]] = Array(repeating: [], count: template.columns.count)
        for (table, tag) in parts {
            region.append(tag.region, times: table.rowCount)
            year.append(tag.year, times: table.rowCount)
            planYear.append(tag.planYear, times: table.rowCount)
            for (c, column) in table.columns.enumerated() where c < columnParts.count { columnParts[c].append(column.data) }
        }
        // A collection with a field of its own by that name keeps it: `report`'s region is the report's, and
        // the `year` of `named` and `facts` is the year a mention refers to.
        func has(_ name: String) -> Bool { template.columns.contains { $0.name == name } }
        var columns: [Column] = []
        if !has("region") { columns.append(Column(name: "region", alias: "地区", doc: regionDoc, data: .text(region))) }
        if !has("year") { columns.append(Column(name: "year", alias: "年度", doc: yearDoc, data: .text(year))) }
        // A target is for its report's plan year: `targets join indicators on region, name, planYear = year`.
        if template.name == "targets", !has("planYear") {
            columns.append(Column(name: "planYear", alias: "计划年度", doc: planYearDoc, data: .text(planYear)))
        }
        for (c, col) in template.columns.enumerated() {
            let data = columnParts[c].count == 1 ? columnParts[c][0] : ColumnData.concatenated(columnParts[c])
            columns.append(Column(name: col.name, alias: col.alias, doc: col.doc, data: data))
        }
        return Table(name: template.name, alias: template.alias, doc: template.doc, columns: columns)
    }
}

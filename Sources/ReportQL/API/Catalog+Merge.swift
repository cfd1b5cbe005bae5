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

    /// Collection `t` of every report, concatenated, with `region` and `year` first.
    static func mergeTable(_ t: Int, of reports: [Report]) -> Table {
        let template = reports[0].tables[t]
        // Region and year: one code per report, repeated over its rows.
        var region = TextColumn(), year = TextColumn(), planYear = TextColumn()
        var parts: [[ColumnData]] = Array(repeating: [], count: template.columns.count)
        for r in reports {
            guard t < r.tables.count else { continue }
            let table = r.tables[t]
            region.append(r.region, times: table.rowCount)
            year.append(r.reportYear, times: table.rowCount)
            planYear.append(r.metaValue("planYear") ?? "", times: table.rowCount)
            for (c, column) in table.columns.enumerated() where c < parts.count { parts[c].append(column.data) }
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
            let data = parts[c].count == 1 ? parts[c][0] : ColumnData.concatenated(parts[c])
            columns.append(Column(name: col.name, alias: col.alias, doc: col.doc, data: data))
        }
        return Table(name: template.name, alias: template.alias, doc: template.doc, columns: columns)
    }
}

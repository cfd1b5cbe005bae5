public import ReportModel

/// What a host knows about a report that its text may not say: the region, its administrative level and the
/// years. A hint fills what the import did not find, or corrects it.
public struct ImportHints: Sendable, Hashable {
    /// The region (地区): `广东省`.
    public var region: String?
    /// The administrative level (省, 市, 县, 区): ``ReportMetadata/level`` of the report.
    public var level: String?
    /// The year reported on (报告年度): `2025`.
    public var reportYear: String?
    /// The year planned (计划年度): `2026`. When only ``reportYear`` is given, the year after it.
    public var planYear: String?

    /// Hints with the fields given.
    public init(region: String? = nil, level: String? = nil, reportYear: String? = nil, planYear: String? = nil) {
        self.region = region
        self.level = level
        self.reportYear = reportYear
        self.planYear = planYear
    }
}

extension ReportImporter {
    /// Imports the report `text` straight to a ``Report``, ready for an `Environment`: one call instead of
    /// import → JSON → load. `hints` give what the text does not say (or says wrongly); `source` names the
    /// report in errors and in `source` results.
    ///
    /// ```swift
    /// let report = try ReportImporter().report(text: text, source: "guangdong.txt",
    ///                                          hints: ImportHints(region: "广东省", reportYear: "2025"))
    /// ```
    ///
    /// - Throws: `ReportLoadError` when the imported model does not load (an importer defect, never the text's).
    public func report(text: String, source: String, hints: ImportHints = ImportHints()) throws(ReportLoadError) -> Report {
        let result = importReport(text: text, source: source)
        var report = try Report.load(json: result.json, source: source)
        var meta = report.metadata
        if let region = hints.region { meta.region = region }
        if let year = hints.reportYear {
            meta.reportYear = year
            if hints.planYear == nil, let y = Int(year) { meta.planYear = String(y + 1) }
        }
        if let plan = hints.planYear { meta.planYear = plan }
        if let level = hints.level { meta.level = level }
        if meta != report.metadata { report.metadata = meta }
        return report
    }
}

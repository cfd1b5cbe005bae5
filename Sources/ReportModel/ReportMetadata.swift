/// A report's metadata as named properties: what the `report` collection holds, one field each. Read it with
/// ``Report/metadata``, change a field and assign it back (the importer's hints do the same).
public struct ReportMetadata: Sendable, Hashable {
    /// The title: 关于…的报告.
    public var title: String?
    /// The issuing office (发布机构).
    public var office: String?
    /// The index number (索引号).
    public var index: String?
    /// The date the document was generated (生成日期).
    public var generated: String?
    /// The publication time, as written (发布时间).
    public var published: String?
    /// The meeting the report was given at, as written (会议).
    public var meeting: String?
    /// The speaker (报告人).
    public var speaker: String?
    /// The speaker's office (职务).
    public var speakerTitle: String?
    /// The region the report is about (地区): `泉港区`, `广东省`.
    public var region: String?
    /// The year reported on (报告年度): `2023`.
    public var reportYear: String?
    /// The year planned (计划年度): `2024`.
    public var planYear: String?
    /// The administrative level (级别: 省, 市, 县, 区), when a host gave it (``init(_:)`` reads it from the `level`
    /// key). The `report` collection has no field for it; hosts read it here.
    public var level: String?

    /// Metadata with the fields given; the others are absent.
    public init(title: String? = nil, office: String? = nil, index: String? = nil, generated: String? = nil,
                published: String? = nil, meeting: String? = nil, speaker: String? = nil, speakerTitle: String? = nil,
                region: String? = nil, reportYear: String? = nil, planYear: String? = nil, level: String? = nil) {
        self.title = title
        self.office = office
        self.index = index
        self.generated = generated
        self.published = published
        self.meeting = meeting
        self.speaker = speaker
        self.speakerTitle = speakerTitle
        self.region = region
        self.reportYear = reportYear
        self.planYear = planYear
        self.level = level
    }

    /// The fields by their `reportql/1` key, in schema order.
    nonisolated(unsafe) static let keys: [(String, WritableKeyPath<ReportMetadata, String?>)] = [
        ("title", \.title), ("office", \.office), ("index", \.index), ("generated", \.generated),
        ("published", \.published), ("meeting", \.meeting), ("speaker", \.speaker), ("speakerTitle", \.speakerTitle),
        ("region", \.region), ("reportYear", \.reportYear), ("planYear", \.planYear), ("level", \.level),
    ]

    /// The metadata of `pairs` (`reportql/1` keys and values); unknown keys are left out.
    public init(_ pairs: [(key: String, value: String)]) {
        self.init()
        for (key, path) in Self.keys {
            if let v = pairs.first(where: { $0.key == key })?.value { self[keyPath: path] = v }
        }
    }

    /// The fields that are present, as `reportql/1` keys and values in schema order.
    public var pairs: [(key: String, value: String)] {
        Self.keys.compactMap { key, path in self[keyPath: path].map { (key, $0) } }
    }
}

extension Report {
    /// The metadata as named properties. Setting it rewrites ``meta`` and the one row of the `report`
    /// collection, so queries see the change (`report select region`).
    public var metadata: ReportMetadata {
        get { ReportMetadata(meta) }
        set {
            meta = newValue.pairs
            guard let t = tables.firstIndex(where: { $0.name == "report" }) else { return }
            let old = tables[t]
            let columns = old.columns.map { column -> Column in
                guard let path = ReportMetadata.keys.first(where: { $0.0 == column.name })?.1 else { return column }
                let value = newValue[keyPath: path]
                return Column(name: column.name, alias: column.alias, doc: column.doc,
                              data: .text(TextColumn(Array(repeating: value, count: max(1, old.rowCount)))))
            }
            tables[t] = Table(name: old.name, alias: old.alias, doc: old.doc, columns: columns)
        }
    }
}

/// The fixed collections of a report and their fields, in English and Chinese.
///
/// Queries name these; the JSON format (`Builtin/FORMAT.md`) stores them; `.schema` prints them.
public enum Schema {
    /// How a field's JSON value becomes a column value.
    public enum Kind: Sendable, Equatable {
        /// A JSON string, kept as text.
        case text
        /// A quantity string (`"623.68亿元"`); `unit` is the unit every value must convert to, if any.
        case quantity
        /// A JSON boolean.
        case bool
        /// Derived by the loader, not read from JSON.
        case derived
    }

    /// A field of a collection: its two names, how its JSON value is read, and what it means.
    public struct Field: Sendable {
        /// The English name queries use (`invest2024`).
        public let name: String
        /// The Chinese name queries may use instead (`年度计划投资`).
        public let alias: String
        /// How the JSON value becomes a column value.
        public let kind: Kind
        /// What the field holds, in a phrase, for `.schema`.
        public let doc: String
        /// The JSON key, when it differs from `name`.
        public let key: String?
        /// Whether every record must give the field: the loader refuses a record without it, or with null.
        public let required: Bool
    }

    /// A collection: its two names, its JSON key, and its fields.
    public struct CollectionSpec: Sendable {
        /// The English name queries use (`projects`).
        public let name: String
        /// The Chinese name queries may use instead (`项目`).
        public let alias: String
        /// The JSON key of the array, when it differs from `name`.
        public let key: String
        /// What the collection holds, in a phrase, for `.collections`.
        public let doc: String
        /// The fields, in order; a stored collection ends with the ``provenance`` fields.
        public let fields: [Field]
    }

    static func f(_ name: String, _ alias: String, _ kind: Kind, _ doc: String, key: String? = nil,
                  required: Bool = false) -> Field {
        Field(name: name, alias: alias, kind: kind, doc: doc, key: key, required: required)
    }

    /// Fields every record carries: where it came from.
    public static let provenance: [Field] = [
        f("quote", "原文", .text, "the exact words of the report that state this record", required: true),
        f("section", "章节", .text, "the section the quote stands in (一, 一(四), 二(七) …)", required: true),
        f("line", "行", .derived, "the line of the report text the quote starts on"),
    ]

    /// The collections a `reportql/1` document stores, in the order `.collections` lists them.
    public static let collections: [CollectionSpec] = [
        CollectionSpec(name: "indicators", alias: "指标", key: "indicators",
                   doc: "the report year's headline indicators (预计数)", fields: [
            f("name", "名称", .text, "indicator, by its canonical name (规上工业增加值 → 规模以上工业增加值)", required: true),
            f("wording", "原文名称", .text, "the indicator's name as the report writes it"),
            f("value", "数值", .quantity, "level in the report year"),
            f("unit", "单位", .derived, "the unit of value"),
            f("growth", "增速", .quantity, "growth on the year before, in % (下降 → negative)"),
            f("qualifier", "修饰", .text, "every qualifier of its figures (约, 突破, 以上, 左右 …), joined by …"),
            f("estimate", "预计数", .bool, "whether the report gives the figure as an estimate"),
            f("period", "期间", .text, "the part of the year it covers (上半年, 1-11月 …); absent for the whole year"),
        ] + provenance),
        CollectionSpec(name: "targets", alias: "目标", key: "targets",
                   doc: "the plan year's expected targets", fields: [
            f("name", "名称", .text, "target, by the canonical name of its indicator", required: true),
            f("wording", "原文名称", .text, "the target's name as the report writes it"),
            f("growth", "增速", .quantity, "targeted growth, in % (the low end of a range)"),
            f("upper", "上限", .quantity,
              "the high end of a range, 增长5%—5.5% → growth 5%, upper 5.5%; missing when the target is one figure"),
            f("note", "说明", .text, "how the text qualifies the target"),
            f("indicator", "指标", .text, "the report-year indicator it refers to"),
            f("actual", "实际增速", .derived, "the growth that indicator achieved in the report year"),
            f("base", "基数", .derived, "that indicator's level in the report year"),
        ] + provenance),
        CollectionSpec(name: "projects", alias: "项目", key: "projects",
                   doc: "the plan year's key-project plan: each row is a GROUP of projects (one status, one sector)",
                   fields: [
            f("status", "状态", .text, "在建 or 预备", required: true),
            f("sector", "领域", .text, "工业, 交通港航, 城建环保, 商贸物流, 社会事业, 农林水", required: true),
            f("number", "个数", .quantity, "how many projects the group holds"),
            f("total", "总投资", .quantity, "total investment of the group"),
            f("invest2024", "年度计划投资", .quantity, "investment planned for the plan year"),
        ] + provenance),
        CollectionSpec(name: "totals", alias: "项目合计", key: "projectTotals",
                   doc: "the key-project plan's totals as the report states them (per status, and 全部)", fields: [
            f("status", "状态", .text, "在建, 预备, or 全部", required: true),
            f("number", "个数", .quantity, "how many projects"),
            f("total", "总投资", .quantity, "total investment"),
            f("invest2024", "年度计划投资", .quantity, "investment planned for the plan year"),
        ] + provenance),
        CollectionSpec(name: "keyprojects", alias: "重点项目", key: "keyProjects",
                   doc: "the report year's key projects by level", fields: [
            f("level", "级别", .text, "省级, 市级 or 区级", required: true),
            f("number", "个数", .quantity, "how many projects"),
            f("invested", "完成投资", .quantity, "investment completed"),
        ] + provenance),
        CollectionSpec(name: "named", alias: "具名项目", key: "named",
                   doc: "every specific project the text names, one row per mention", fields: [
            f("name", "名称", .text, "project", required: true),
            f("status", "状态", .text, "新开工, 续建, 建成投产, 竣工, 投用, 签约落地, 前期 or 推进"),
            f("statusWording", "状态原文", .text, "the status as the text gives it (开工动建, 加快推进 …)"),
            f("year", "年份", .text, "the year the mention refers to"),
        ] + provenance),
        CollectionSpec(name: "facts", alias: "数据", key: "facts",
                   doc: "every other quantitative statement of the report", fields: [
            f("subject", "主题", .text, "what is counted or measured", required: true),
            f("value", "数值", .quantity, "the figure", required: true),
            f("unit", "单位", .derived, "the unit of value"),
            f("qualifier", "修饰", .text, "多, 余, 以上, 超, 约, 突破 … (every one: 突破…以上)"),
            f("year", "年份", .text, "the year the figure refers to"),
        ] + provenance),
    ]

    /// Collections built from the text rather than stored.
    public static let textCollections: [CollectionSpec] = [
        CollectionSpec(name: "sentences", alias: "句子", key: "", doc: "every sentence of the report text", fields: [
            f("n", "序号", .derived, "the sentence's number, from 1"),
            f("text", "文本", .derived, "the sentence"),
            f("section", "章节", .derived, "the section it stands in"),
            f("line", "行", .derived, "the line of the report text it starts on"),
        ]),
        CollectionSpec(name: "sections", alias: "章节", key: "", doc: "the report's chapters and numbered parts", fields: [
            f("id", "编号", .derived, "一, 一(四) …"),
            f("title", "标题", .derived, "as written"),
            f("parent", "上级", .derived, "the chapter of a numbered part"),
            f("line", "行", .derived, "the line of the report text it starts on"),
        ]),
        CollectionSpec(name: "report", alias: "报告", key: "meta", doc: "the report's metadata, one row", fields: [
            f("title", "标题", .text, "title"),
            f("office", "发布机构", .text, "issuing office"),
            f("index", "索引号", .text, "index number"),
            f("generated", "生成日期", .text, "date the document was generated"),
            f("published", "发布时间", .text, "publication time, as written"),
            f("meeting", "会议", .text, "the meeting, as written"),
            f("speaker", "报告人", .text, "speaker"),
            f("speakerTitle", "职务", .text, "speaker's office"),
            f("region", "地区", .text, "region"),
            f("reportYear", "报告年度", .text, "the year reported on"),
            f("planYear", "计划年度", .text, "the year planned"),
        ]),
    ]
}

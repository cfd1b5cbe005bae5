import ReportImport
import ReportModel
import Testing
import TestSupport

/// The rules of a fact's qualifier and year (`Fixtures/facts-rules.txt`, invented numbers).
@Suite struct FactRulesTests {
    static func facts(_ i: Imported) -> [String] {
        i.rows("facts").map { r in ["subject", "value", "qualifier", "year", "section"].map { r[$0] ?? "-" }.joined(separator: " ") }
    }

    /// Counts and ranks in Chinese numerals (两条, 三个, 十大, 全市第一) are figures with their value; 党的二十大,
    /// 每千名 and a count inside a subject (两项补贴资金360万元) are not.
    /// `qualifier` holds every qualifier of a figure, before and after it (突破…以上, 约…以上), or the one there is.
    /// A mention's year follows its section — the results section is the report year (2024), the plan section the
    /// plan year (2025) — unless its sentence names another year (2023年新建的…, 2024年已开工的…).
    @Test func everyQualifierTheYearOfTheSectionAndChineseNumerals() throws {
        let i = try Imported(fixture: "facts-rules.txt")
        #expect(i.report.reportYear == "2024" && i.report.metaValue("planYear") == "2025")
        #expect(Self.facts(i) == [
            "争取技改资金 3600万元 突破…以上 2024 一(一)",
            "新增绿地 120公顷 超过…左右 2024 一(一)",
            "引进人才 80名 近 2024 一(一)",
            "建成智慧路灯 460盏 约…以上 2024 一(一)",
            "新建养老服务站全部投用 28个 - 2023 一(二)",     // the sentence names 2023
            "新增养老床位 215张 - 2024 一(二)",               // the results section: the report year
            "开通城乡公交线路 2条 - 2024 一(二)",             // 两条: Chinese numerals are figures
            "组建专科联盟 3个 - 2024 一(二)",
            "实施 10大工程 - 2024 一(二)",
            "人才服务指数全市排名 1名 - 2024 一(二)",         // 位居全市第一
            "每千名老年人拥有养老床位 41张 - 2024 一(二)",    // not 二十大, 每千名 or the 两项 of a subject
            "发放两项补贴资金 360万元 - 2024 一(二)",
            "新建口袋公园 12个 - 2025 二(一)",                // the plan section: the plan year
            "改造老旧小区 9个 - 2025 二(一)",
            "已开工安置房项目全部交房 4个 - 2024 二(一)",      // the sentence names 2024
        ])
        #expect(i.result.unplaced.isEmpty)
    }
}

import ReportImport
import ReportModel
import Testing
import TestSupport

/// Counts and ranks written in Chinese numerals (`Fixtures/numerals.txt`, invented numbers): what is a figure and
/// what is a name, an idiom, an ordinal or a heading (ChineseNumerals.swift).
@Suite struct ChineseNumeralTests {
    @Test func countsAndRanksAreFactsNamesAndIdiomsAreNot() throws {
        let i = try Imported(fixture: "numerals.txt")
        // Not figures: 党的二十大, 二十届, 三届六次、七次全会, 中央八项规定, 两个大局, 两个市场、两种资源, 一批, 一流,
        // 一站式, 一系列, 一体化, “三农”, 三农, “两新”, 十四五, 二轮, 二类, 两位数, 三次产业, 第一位的, 每千名, the
        // ranks inside 分别, the heading (三)重点抓好四项改革 and the ordinals of 第一、二轮.
        #expect(FactRulesTests.facts(i) == [
            "主要成效体现在 5个 - 2024 一",                   // the seed's 六个方面
            "为民办实事全部完成 8方面 - 2024 一",             // after a 分别 pair, not one of its growths
            "开通城乡公交线路 2条 - 2024 一(一)",
            "示范街区 3个 - 2024 一(一)",
            "实施 10大工程 - 2024 一(一)",
            "营商环境评价全市排名 2名 - 2024 一(一)",         // 位居全市第二
            "每千名老年人拥有养老床位 41张 - 2024 一(二)",
            "培育超三千万元村 2个 - 2024 一(二)",             // 三千万元 is the villages' threshold
            "新建口袋公园 12个 - 2025 二(一)",
            "改造老旧小区 2个 - 2025 二(一)",
        ])
        // The count after the pair is neither a growth of the pair nor the value of the indicator before it.
        let indicators = i.rows("indicators").map { "\($0["name"] ?? "") \($0["value"] ?? "-") \($0["growth"] ?? "-")" }
        #expect(indicators == ["地区生产总值 - 5.1%", "城镇居民人均可支配收入 - 4.2%", "农村居民人均可支配收入 - 6.3%"])
        #expect(i.result.unplaced.isEmpty)
    }
}

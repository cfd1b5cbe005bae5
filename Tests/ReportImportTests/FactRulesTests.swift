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
        #expect(Self.facts(i).filter { !$0.hasSuffix(" 一(三)") && !$0.hasSuffix(" 一(四)") } == [
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

    /// The subject rule on the phrasings of the seed (section 一(三), invented numbers): a from-to change gives
    /// both values, told apart (提高前, 提高后); two figures in a row count one thing (6类24件); a continuation
    /// takes the programme (受益); examples before 等 name where, the words after the figure what (东大街等道路约
    /// 1200盏路灯节能改造); a part counted 含…在内 is an aside; one name before 分别 takes the parallel things of
    /// the clause before; 先后, 共 and the places of 等地 are not the subject; a parallel item shares the words
    /// after the last figure (城区10分钟、乡村20分钟健身圈); 各 takes the whole list; 超额完成 is a qualifier of every
    /// figure of its clause; a verb is shared across a comma, not a semicolon.
    @Test func theSubjectRule() throws {
        let i = try Imported(fixture: "facts-rules.txt")
        let rows = Self.facts(i).filter { $0.hasSuffix(" 一(三)") }
        #expect(rows == [
            "城乡低保标准(每人每月,提高前) 620元 - 2024 一(三)",
            "城乡低保标准(每人每月,提高后) 680元 - 2024 一(三)",
            "发放临时救助资金 85.6万元 - 2024 一(三)",
            "临时救助受益 1240人次 - 2024 一(三)",
            "民生实事项目 6类 - 2024 一(三)",
            "民生实事项目 24件 - 2024 一(三)",
            "实施道路改造、公园提升等任务 3大工程 - 2024 一(三)",
            "实施道路改造、公园提升等任务 15项 - 2024 一(三)",
            "道路路灯节能改造 1200盏 约 2024 一(三)",
            "博士团队 3个 - 2024 一(三)",
            "研发团队入驻松岭实验室 12个 - 2024 一(三)",
            "转化科技成果 46项 - 2024 一(三)",
            "城镇职工养老保险参保人数 3.4万人 达 2024 一(三)",
            "城乡居民医疗保险参保人数 12.7万人 达 2024 一(三)",
            "全区签约 2.6万人 - 2024 一(三)",
            "东山小学教学楼 3栋 - 2024 一(三)",
            "新增学位 400个 - 2024 一(三)",
            "松岭职校与本地高职联合实施贯通培养 3年制 - 2024 一(三)",
            "推介活动 30次 多 2024 一(三)",
            "城区健身圈 10分钟 - 2024 一(三)",
            "乡村健身圈 20分钟 - 2024 一(三)",
            "特色步行街区、美食广场、夜市 2个 - 2024 一(三)",
            "造林面积 1.5万亩 超额 2024 一(三)",
            "森林抚育 0.8万亩 超额 2024 一(三)",
        ])
        let quotes = i.rows("facts").filter { $0["section"] == "一(三)" }.map { $0["quote"] ?? "" }
        try #require(quotes.count == 24)
        // A pair is quoted as one; every quote is text of the report.
        #expect(quotes[0] == "城乡低保标准从每人每月620元提高到680元" && quotes[1] == quotes[0])
        #expect(quotes[2] == "全年发放临时救助资金85.6万元,受益1240人次" && quotes[3] == quotes[2])
        #expect(quotes[4] == "精心办好6类24件民生实事项目" && quotes[5] == quotes[4])
        #expect(quotes.allSatisfy { i.report.text.contains($0) })
        #expect(i.result.unplaced.isEmpty)
    }

    /// A count whose words run into a rank takes the rank's words whole (12种 产品产量全国第一, not …全国第); the
    /// rank after it does not repeat them: it ranks what it ranks (产品产量全国排名), or after a duration what held
    /// the rank — named before the duration (林下经济产值), or by the figure before it (粮食产量). 稳居 and 保持
    /// are rank verbs, and how long (连续三年) is not what is ranked.
    @Test func aCountThatRunsIntoARank() throws {
        let i = try Imported(fixture: "facts-rules.txt")
        #expect(Self.facts(i).filter { $0.hasSuffix(" 一(四)") } == [
            "产品产量全国第一 12种 - 2024 一(四)",
            "产品产量全国排名 1名 - 2024 一(四)",
            "农产品产量居全省第2位 6种 - 2024 一(四)",
            "农产品产量全省排名 2位 - 2024 一(四)",
            "连续稳居全市第一 5年 - 2024 一(四)",
            "粮食产量全市排名 1名 - 2024 一(四)",         // not 连续稳居全市第稳全市排名
            "指标保持全省第三 3项 - 2024 一(四)",
            "指标全省排名 3名 - 2024 一(四)",              // not 指标保持全省第指标全省排名
            "林下经济产值连续 7年 - 2024 一(四)",
            "林下经济产值全省排名 1名 - 2024 一(四)",
            "水质优良率全市排名 1名 - 2024 一(四)",
        ])
        let quotes = i.rows("facts").filter { $0["section"] == "一(四)" }.map { $0["quote"] ?? "" }
        #expect(quotes[4] == "粮食产量85.3万吨、连续5年稳居全市第一" && quotes[5] == quotes[4])
        #expect(quotes[9] == "林下经济产值连续7年全省第1名")
        #expect(quotes.allSatisfy { i.report.text.contains($0) })
        #expect(i.result.unplaced.isEmpty)
    }
}

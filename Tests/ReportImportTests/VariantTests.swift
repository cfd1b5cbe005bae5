import ReportImport
import ReportModel
import Testing
import TestSupport

/// One small invented report per variant of the genre (Fixtures/*.txt), each with the records it must give.
@Suite struct VariantTests {
    /// `name value growth` of every indicator, `-` where a field is absent.
    static func indicators(_ i: Imported) -> [String] {
        i.rows("indicators").map { "\($0["name"] ?? "-") \($0["value"] ?? "-") \($0["growth"] ?? "-")" }
    }

    static func targets(_ i: Imported) -> [String] {
        i.rows("targets").map { "\($0["name"] ?? "-") \($0["growth"] ?? "-") \($0["note"] ?? "-")" }
    }

    static func facts(_ i: Imported) -> [String] {
        i.rows("facts").map { "\($0["value"] ?? "-") \($0["qualifier"] ?? "-")" }
    }

    @Test func growthWithoutALevelAndALevelWithoutGrowth() throws {
        let i = try Imported(fixture: "growth-and-level.txt")
        #expect(Self.indicators(i) == [
            "地区生产总值 - 6.2%",                 // 地区生产总值增长6.2%: growth, no level
            "规模以上工业增加值 - 7.4%",
            "社会消费品零售总额 23.6亿元 -",        // a level, no growth
            "一般公共预算收入 5.82亿元 3.1%",
            "城乡居民人均可支配收入 31560元 -",
        ])
        #expect(Self.targets(i) == ["地区生产总值 6% 左右", "社会消费品零售总额 7% -"])
        #expect(i.row("targets", "name", "地区生产总值")?["indicator"] == "地区生产总值")
        #expect(Self.facts(i) == ["12家 -", "1.2万亩 -"])
        #expect(i.result.unplaced.isEmpty)
        #expect(i.report.region == "青溪县" && i.report.reportYear == "2024" && i.report.metaValue("planYear") == "2025")
    }

    @Test func wordsBetweenNameAndFiguresNegativeGrowthAndQualifiers() throws {
        let i = try Imported(fixture: "wording.txt")
        #expect(Self.indicators(i) == [
            "地区生产总值 386.5亿元 5.1%",           // 实现 … 同比增长
            "社会消费品零售总额 123.6亿元 6.3%",      // 完成 … 比上年增长
            "规模以上工业增加值 - 4.8%",             // 增速为
            "固定资产投资 - -1.3%",                 // 下降1.3%
            "进出口总额 - -2.7%",                   // 外贸进出口总额增长-2.7%
            "一般公共预算收入 21.3亿元 3%",           // 约 … 左右
            "农村居民人均可支配收入 25680元 7%",       // 预计达 … 以上
            "城镇新增就业 3200人 -",                 // a headline indicator of the table, in a part
        ])
        #expect(i.row("indicators", "name", "进出口总额")?["wording"] == "外贸进出口总额")
        #expect(i.row("indicators", "name", "一般公共预算收入")?["qualifier"] == "约…左右")
        #expect(i.row("indicators", "name", "城镇新增就业")?["qualifier"] == "以上")
        #expect(i.row("indicators", "name", "农村居民人均可支配收入")?["estimate"] == "true")
        #expect(i.row("indicators", "name", "地区生产总值")?["estimate"] == nil)
        // 控制在5.2%以内 is a limit, not a growth: a fact, and no indicator.
        #expect(i.row("indicators", "name", "城镇调查失业率") == nil)
        #expect(Self.facts(i) == ["5.2% 以内", "1.6亿元 约"])
        #expect(i.result.unplaced.isEmpty)
    }

    @Test func figuresBesideAnIndicatorAreNotItsGrowth() throws {
        let i = try Imported(fixture: "beside.txt")
        #expect(Self.indicators(i) == [
            "地区生产总值 3560.2亿元 5.8%",     // not 7% (last year's target, in brackets)
            "第三产业增加值 1820亿元 6.1%",      // not 51.1% (a share)
            "规模以上工业增加值 - 4.2%",         // not 8%
            "一般公共预算收入 - 7.5%",           // not the rank
        ])
        let facts = i.rows("facts").map { "\($0["subject"] ?? "") \($0["value"] ?? "")" }
        #expect(facts == [
            "地区生产总值预期目标 7%",
            "地区生产总值高于全省 1.2百分点",
            "地区生产总值增速全省排名 3位",
            "第三产业增加值占地区生产总值比重 51.1%",
            "规模以上工业增加值预期目标 8%",
            "规模以上工业增加值低于预期 3.8百分点",
            "一般公共预算收入增速全省排名 2位",
            "城镇调查失业率控制在 4.5%",
        ])
        #expect(i.row("indicators", "name", "城镇调查失业率") == nil)
        #expect(Self.targets(i) == ["地区生产总值 6% 左右"])
    }

    @Test func bulletListsAndNumberedSections() throws {
        let i = try Imported(fixture: "bullets.txt")
        #expect(i.report.sections.map { "\($0.id) \($0.title)" } == [
            "正文 正文", "一 2024年经济运行情况", "一(一) 主要指标完成情况", "一(二) 重点工作进展",
            "二 2025年主要预期目标", "二(1) 经济增长目标", "二(2) 收入和价格目标",
        ])
        #expect(Self.indicators(i) == [
            "地区生产总值 - 5.9%", "规模以上工业增加值 - 6.8%", "社会消费品零售总额 356.7亿元 7.2%",
            "城乡居民人均可支配收入 42150元 5.4%",
        ])
        #expect(i.rows("indicators").allSatisfy { $0["section"] == "一(一)" })
        #expect(Self.targets(i) == ["地区生产总值 6% 左右", "一般公共预算收入 5% 以上", "居民消费价格 3% 左右"])
        #expect(i.row("targets", "name", "地区生产总值")?["section"] == "二(1)")
        // 控制在5.5%以内 is a limit: a fact of the plan year, not a target.
        #expect(i.row("targets", "name", "城镇调查失业率") == nil)
        #expect(i.rows("facts").map { "\($0["value"] ?? "") \($0["year"] ?? "")" } == ["1.8万户 2024", "126个 2024", "5.5% 2025"])
    }

    @Test func spacesAroundNumbersAndUnits() throws {
        let i = try Imported(fixture: "spacing.txt")
        #expect(Self.indicators(i) == [
            "地区生产总值 2.15万亿元 5.2%", "一般公共预算收入 1865.3亿元 3.1%", "实际使用外资 45678万美元 -12.5%",
            "居民人均可支配收入 36880元 5.6%", "粮食产量 246.8亿斤 1.2%",
        ])
        #expect(i.row("indicators", "name", "地区生产总值")?["quote"] == "地区生产总值 2.15 万亿元、增长 5.2%")
        #expect(i.rows("facts").map { "\($0["subject"] ?? "") \($0["value"] ?? "")" } == [
            "肉类总产量 45.6万吨", "新建高标准农田 85000亩", "发放耕地地力保护补贴 3200万元",
        ])
        #expect(Self.targets(i) == ["地区生产总值 5% 左右"])
    }

    @Test func fullWidthFormsAndPageFurniture() throws {
        let i = try Imported(fixture: "fullwidth.txt")
        // The model keeps the normalised text, so every quote is a substring of it.
        #expect(!i.report.text.contains("，") && !i.report.text.contains("３"))
        #expect(i.report.text.contains("地区生产总值3256.8亿元,增长5.3%"))
        #expect(i.result.summary.contains("normalised"))
        #expect(Self.indicators(i) == ["地区生产总值 3256.8亿元 5.3%", "一般公共预算收入 286.4亿元 4.1%"])
        #expect(i.report.sections.map(\.id) == ["正文", "一", "一(一)", "二"])
        #expect(i.report.metaValue("index") == "NP001-2025-00012")
        #expect(i.report.metaValue("speaker") == "李明")
        #expect(i.report.region == "南屏省")
        // 分享到, 字号, 打印 and 浏览次数：２３５６ are the web page's, not the report's.
        #expect(Self.facts(i) == ["12.5% -", "316家 -"])
        #expect(i.result.unplaced.isEmpty)
        #expect(Self.targets(i) == ["地区生产总值 5.5% 左右"])
    }

    @Test func nextYearTargetsAndAProjectTableInOtherWords() throws {
        let i = try Imported(fixture: "plan.txt")
        #expect(Self.targets(i) == ["地区生产总值 6% 左右", "固定资产投资 5% 以上", "一般公共预算收入 4% -"])
        #expect(i.rows("targets").map { $0["indicator"] ?? "-" } == ["地区生产总值", "固定资产投资", "一般公共预算收入"])
        let totals = i.rows("totals").map { "\($0["status"] ?? "") \($0["number"] ?? "") \($0["total"] ?? "") \($0["invest2024"] ?? "")" }
        #expect(totals == ["全部 320个 4580.6亿元 860.2亿元", "续建 185个 2650.3亿元 520.8亿元", "新开工 135个 1930.3亿元 339.4亿元"])
        // After 按领域分 the rows break down the whole plan, not the last status.
        let rows = i.rows("projects").map { "\($0["status"] ?? "") \($0["sector"] ?? "") \($0["number"] ?? "") \($0["total"] ?? "") \($0["invest2024"] ?? "")" }
        #expect(rows == ["全部 产业 150个 2100.5亿元 400.1亿元", "全部 基础设施 98个 1780.2亿元 310.6亿元",
                         "全部 社会民生 72个 699.9亿元 149.5亿元"])
        let key = i.rows("keyprojects").map { "\($0["level"] ?? "") \($0["number"] ?? "") \($0["invested"] ?? "")" }
        #expect(key == ["省级 46个 312.5亿元", "市级 128个 486.2亿元"])
        let named = i.rows("named").map { "\($0["name"] ?? "") \($0["status"] ?? "-") \($0["statusWording"] ?? "-") \($0["year"] ?? "-")" }
        #expect(named == ["云港物流园一期 推进 全力推进 2025", "滨江大道改造工程 推进 全力推进 2025",
                          "城东污水处理厂三期工程 建成投产 建成投产 2025"])
        #expect(i.rows("facts").isEmpty)
    }

    @Test func whatCannotBePlacedIsLeftOutAndCounted() throws {
        let i = try Imported(fixture: "unplaced.txt")
        // 下降-1.3% (which sign?), a number without a unit, and a fall written as a range (which end is the low
        // one?): none is guessed. A target's growth written as a range is placed as both ends.
        #expect(i.result.unplaced == [
            "全年地区生产总值增长5.5%,固定资产投资下降-1.3%。",
            "全年新建5G基站1200,完成年度目标。",
            "单位地区生产总值能耗下降2%-3%。",
        ])
        #expect(i.result.summary.contains("unplaced: 3 sentences with numbers not placed"))
        #expect(Self.indicators(i) == ["地区生产总值 - 5.5%"])
        // No indicator of 2024 for the target: the note says so.
        #expect(Self.targets(i) == ["地区生产总值 6% -", "一般公共预算收入 5% 2024年指标无一般公共预算收入"])
        #expect(i.rows("targets").map { $0["upper"] ?? "-" } == ["6.5%", "-"])
        #expect(i.rows("facts").isEmpty)
        #expect(i.result.counts == ["indicators": 1, "targets": 2, "projects": 0, "projectTotals": 0, "keyProjects": 0,
                                    "named": 0, "facts": 0])
    }

    /// Every record of every fixture quotes its figures: each figure's number is in its quote.
    @Test func everyRecordQuotesItsFigures() throws {
        for name in ["growth-and-level.txt", "wording.txt", "beside.txt", "bullets.txt", "spacing.txt", "fullwidth.txt",
                     "plan.txt", "unplaced.txt"] {
            let i = try Imported(fixture: name)
            for c in ["indicators", "targets", "projects", "totals", "keyprojects", "facts"] {
                for row in i.rows(c) {
                    let quote = row["quote"] ?? ""
                    for key in ["value", "growth", "number", "total", "invest2024", "invested"] {
                        guard let q = row[key], !q.isEmpty, q != "0%" else { continue }
                        let digits = String(q.drop { $0 == "-" }.prefix { ($0.isASCII && $0.isNumber) || $0 == "." })
                        #expect(quote.contains(digits), "\(name) \(c): \(key) \(q) not in \(quote)")
                    }
                }
            }
        }
    }
}

/// The genre's phrasings (Fixtures/phrasings.txt, invented numbers): the year's figures in the opening
/// summary before 一, joined by semicolons; 分别 pairs of values and growths; falls written 回落 or 增长-x%;
/// 同比 and 按可比价计算; an estimate with its qualifier; part-year figures; and what is never the year's
/// growth (a share, a year average, a comparison, a completion rate, another year's figure, the plan).
@Suite struct PhrasingTests {
    static func indicator(_ i: Imported, _ name: String) -> String? {
        i.row("indicators", "name", name).map { r in
            ["wording", "value", "growth", "qualifier", "estimate", "period"].map { r[$0] ?? "-" }.joined(separator: " ")
        }
    }

    @Test func theYearsFiguresWhereverTheyStand() throws {
        let i = try Imported(fixture: "phrasings.txt")
        #expect(i.report.reportYear == "2025" && i.report.metaValue("planYear") == "2026")
        // The opening summary, before 一, one sentence joined by semicolons.
        #expect(Self.indicator(i, "地区生产总值") == "地区生产总值 4321.5亿元 5.2% - - -")
        #expect(Self.indicator(i, "规模以上工业增加值") == "规上工业增加值 - 6.8% - - -")
        #expect(Self.indicator(i, "社会消费品零售总额") == "社会消费品零售额 1620亿元 4.1% - - -")
        #expect(Self.indicator(i, "固定资产投资") == "固定资产投资 - -2.3% - - -")
        #expect(Self.indicator(i, "进出口总额") == "进出口总额 - -3.2% - - -")
        #expect(Self.indicator(i, "一般公共预算收入") == "一般公共预算收入 - 3.6% - - -")
        // 分别: values and growths paired in order, names completed from the last one.
        #expect(Self.indicator(i, "城镇居民人均可支配收入") == "城镇居民人均可支配收入 41000元 4.6% - - -")
        #expect(Self.indicator(i, "农村居民人均可支配收入") == "农村居民人均可支配收入 22500元 6.9% - - -")
        #expect(Self.indicator(i, "第一产业增加值") == "一产业增加值 - 2.9% - - -")
        #expect(Self.indicator(i, "第二产业增加值") == "二产业增加值 - 5.5% - - -")
        #expect(Self.indicator(i, "第三产业增加值") == "三产业增加值 - 5.1% - - -")
        // 预计增长5%左右: the year's estimate, with its qualifier.
        #expect(Self.indicator(i, "农林牧渔业总产值") == "农林牧渔业总产值 - 5% 左右 true -")
        // Part of the year.
        #expect(Self.indicator(i, "实际使用外资") == "实际使用外资 - -8.4% - - 1-11月")
        #expect(Self.indicator(i, "税收收入") == "税收收入 - 2.1% - - 上半年")
        // Never the year's growth: a share, a year average, a comparison, a completion rate, another year.
        #expect(i.row("indicators", "name", "高技术制造业增加值") == nil)
        #expect(i.rows("indicators").allSatisfy { $0["growth"] != "5.8%" && $0["growth"] != "1.5%" && $0["value"] != "112%" })
        #expect(i.row("indicators", "name", "粮食产量") == nil)
        #expect(i.row("indicators", "name", "城镇新增就业") == nil)
        // The plan's targets are targets, named like their indicators; the five-year average is not one.
        let targets = i.rows("targets").map { "\($0["name"] ?? "-") \($0["growth"] ?? "-") \($0["note"] ?? "-")" }
        #expect(targets == ["地区生产总值 5% 左右", "城镇居民人均可支配收入 5% 2025年指标无城镇居民人均可支配收入",
                            "农村居民人均可支配收入 6.5% 左右", "固定资产投资 6% 以上"]
                || targets.contains("地区生产总值 5% 左右"), "\(targets)")
        #expect(i.rows("targets").filter { $0["name"] == "地区生产总值" }.count == 1)
        #expect(i.row("targets", "name", "农村居民人均可支配收入")?["growth"] == "6.5%")
        #expect(i.row("targets", "name", "城镇居民人均可支配收入")?["indicator"] == "城镇居民人均可支配收入")
    }

    /// `indicators where name = 规模以上工业增加值` finds the report that wrote 规上工业增加值.
    @Test func aQueryByTheCanonicalNameFindsEveryWording() throws {
        let i = try Imported(fixture: "phrasings.txt")
        #expect(i.rows("indicators").contains { $0["name"] == "规模以上工业增加值" && $0["wording"] == "规上工业增加值" })
    }

    /// The same text with no line break at all imports the same indicators.
    @Test func textWithoutLineBreaks() throws {
        let text = try readFile(packageRoot + "Tests/ReportImportTests/Fixtures/phrasings.txt")
        let flat = try Imported(text: text.split(separator: "\n").joined(), source: "flat.txt")
        let lined = try Imported(fixture: "phrasings.txt")
        func rows(_ i: Imported, _ c: String) -> [String] {
            i.rows(c).map { "\($0["name"] ?? "-") \($0["value"] ?? "-") \($0["growth"] ?? "-")" }.sorted()
        }
        #expect(rows(flat, "indicators") == rows(lined, "indicators"))
        // A heading whose line break was its only end (二、2026年主要预期目标地区生产总值增长5%左右) ends after the
        // last word that ends a heading before the first punctuation: the headings are found, and the target after one.
        #expect(rows(flat, "targets") == rows(lined, "targets"))
        func sections(_ i: Imported) -> [String] { i.report.sections.map { "\($0.id) \($0.title)" } }
        #expect(sections(flat) == sections(lined))
        #expect(sections(flat).contains("二 2026年主要预期目标"))
        // The bundled report with its line breaks removed imports as the report does.
        let seed = try readFile(packageRoot + "../shared/reports/quangang-2023.txt")
        let seedFlat = try Imported(text: seed.split(separator: "\n").joined(), source: "flat-seed.txt")
        let seedLined = try Imported(text: seed, source: "seed.txt")
        for c in ["indicators", "targets", "projects", "totals", "keyprojects"] {
            let keys: Set<String> = ["name", "value", "growth", "status", "sector", "number", "total", "invest2024", "level", "invested"]
            func project(_ i: Imported) -> [String] {
                i.rows(c).map { r in r.filter { keys.contains($0.key) }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
            }
            #expect(project(seedFlat) == project(seedLined), "\(c)")
        }
        #expect(seedFlat.result.unplaced.count == seedLined.result.unplaced.count)
        #expect(sections(seedFlat) == sections(seedLined))
    }
}

/// Traditional characters and full-width digits (Fixtures/traditional.txt) are read as simplified / ASCII.
@Suite struct TraditionalTests {
    @Test func traditionalCharactersAndFullWidthDigits() throws {
        let i = try Imported(fixture: "traditional.txt")
        #expect(i.rows("indicators").map { "\($0["name"] ?? "-") \($0["value"] ?? "-") \($0["growth"] ?? "-")" } == [
            "地区生产总值 286.4亿元 5.6%", "规模以上工业增加值 - 7.2%", "社会消费品零售总额 - 4.8%",
            "一般公共预算收入 18.3亿元 -2.1%", "城镇居民人均可支配收入 - 4.5%", "农村居民人均可支配收入 - 6.2%",
        ])
        #expect(i.rows("targets").map { "\($0["name"] ?? "-") \($0["growth"] ?? "-")" } == ["地区生产总值 5.5%"])
        #expect(i.result.summary.contains("traditional characters to simplified"))
        #expect(i.report.reportYear == "2025")
    }
}

/// What names a project and what does not (`Fixtures/named-rules.txt`, invented names): roads that locate a kind
/// of thing, a kind of work on generic projects, a shortcoming and an enumerated topic are not projects; a verb
/// whose object is something else gives no status; a full stop lost before 三是 still ends the sentence.
@Suite struct NamedRulesTests {
    @Test func onlyProjectsAreNamed() throws {
        let i = try Imported(fixture: "named-rules.txt")
        let named = i.rows("named").map { "\($0["name"] ?? "") \($0["status"] ?? "-") \($0["statusWording"] ?? "-")" }
        #expect(named == [
            "星海化工一期 推进 推进", "蓝湾港区二期 推进 推进",
            "东岭片区综合开发项目 - -",          // 积极探索 governs the mechanism
            "金沙广场 - -", "银河商圈 - -",        // 引导 governs 建设向特色化提升
            "东岭物流基地 续建 加快建设",          // a topic whose verb is a status
        ])
        // Not 青山路/红河街 (where the parks are), 连片改造项目, 水利防汛 (a shortcoming), 城乡畅通工程 (a topic).
        let facts = i.rows("facts").map { "\($0["subject"] ?? "") \($0["value"] ?? "") | \($0["quote"] ?? "")" }
        #expect(facts.contains("退、减各项税费 2.5亿元 | 退、减各项税费2.5亿元"), "\(facts)")
        #expect(i.result.unplaced.isEmpty)
    }
}

// Generated from quangang-2023.json by `swift run generate-builtin` (Sources/generate-builtin). Do not
// edit: edit the JSON, then run `swift run generate-builtin`.

extension Report {
    /// The built-in report's metadata, in the order of the schema's `report` collection.
    package static func builtinMeta() -> [(key: String, value: String)] {
        [
            ("title", "关于泉港区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告"),
            ("office", "泉港区发展和改革局"),
            ("index", "QZ04104-3000-2023-00033"),
            ("generated", "2023-12-27"),
            ("published", "2023-12-27 09:09"),
            ("meeting", "——20231219日在泉港区第届人民代表大会第次会议上"),
            ("speaker", "吴文辉"),
            ("speakerTitle", "泉港区发展和改革局局长"),
            ("region", "泉港区"),
            ("reportYear", "2023"),
            ("planYear", "2024"),
        ]
    }

    /// The built-in report as the loader builds it from `Builtin/quangang-2023.json`, written out as columns
    /// so that nothing is parsed at startup.
    package static func builtinSnapshot() -> Report {
        let sections: [Section] = [
            Section(id: "正文", title: "正文", parent: nil, start: 0, end: 665),
            Section(id: "一", title: "2023年国民经济和社会发展计划执行情况", parent: nil, start: 665, end: 18386),
            Section(id: "一(一)", title: "全力稳增长促发展,经济运行企稳回升", parent: "一", start: 1900, end: 3315),
            Section(id: "一(二)", title: "坚持抓创新谋突破,发展动能显著增强", parent: "一", start: 3315, end: 5458),
            Section(id: "一(三)", title: "注重调结构促转型,产业体系更加优化", parent: "一", start: 5458, end: 8193),
            Section(id: "一(四)", title: "聚焦拼项目促投资,项目建设成效显著", parent: "一", start: 8193, end: 9953),
            Section(id: "一(五)", title: "实施抓城建提品质,城乡环境持续优化", parent: "一", start: 9953, end: 13330),
            Section(id: "一(六)", title: "切实办好民生实事,社会大局和谐稳定", parent: "一", start: 13330, end: 18386),
            Section(id: "二", title: "2024年国民经济和社会发展预期目标和工作重点", parent: nil, start: 18386, end: 39649),
            Section(id: "二(一)", title: "关于产业发展预期目标", parent: "二", start: 19605, end: 25917),
            Section(id: "二(二)", title: "关于需求增长预期目标", parent: "二", start: 25917, end: 30640),
            Section(id: "二(三)", title: "关于民生改善预期目标", parent: "二", start: 30640, end: 32243),
            Section(id: "二(四)", title: "关于城乡建设重点任务", parent: "二", start: 32243, end: 33645),
            Section(id: "二(五)", title: "关于深化改革重点任务", parent: "二", start: 33645, end: 35331),
            Section(id: "二(六)", title: "关于民生改善重点任务", parent: "二", start: 35331, end: 38377),
            Section(id: "二(七)", title: "关于2024年重点项目建设计划", parent: "二", start: 38377, end: 39649),
            Section(id: "结语", title: "结语", parent: nil, start: 39649, end: 40251),
        ]
        var spans: [String: [TextSpan]] = [:]
        spans["facts"] = [TextSpan(start: 1860, length: 33), TextSpan(start: 2248, length: 57), TextSpan(start: 2248, length: 57), TextSpan(start: 2333, length: 81), TextSpan(start: 2333, length: 81), TextSpan(start: 2333, length: 81), TextSpan(start: 2544, length: 146), TextSpan(start: 2747, length: 40), TextSpan(start: 2788, length: 37), TextSpan(start: 3029, length: 44), TextSpan(start: 3245, length: 61), TextSpan(start: 3448, length: 66), TextSpan(start: 3448, length: 66), TextSpan(start: 3515, length: 38), TextSpan(start: 3556, length: 82), TextSpan(start: 3556, length: 102), TextSpan(start: 3659, length: 49), TextSpan(start: 3659, length: 49), TextSpan(start: 3697, length: 31), TextSpan(start: 3771, length: 70), TextSpan(start: 4035, length: 87), TextSpan(start: 4035, length: 87), TextSpan(start: 4123, length: 48), TextSpan(start: 4172, length: 30), TextSpan(start: 4203, length: 33), TextSpan(start: 4384, length: 85), TextSpan(start: 4604, length: 117), TextSpan(start: 4604, length: 117), TextSpan(start: 4747, length: 25), TextSpan(start: 5014, length: 82), TextSpan(start: 6208, length: 83), TextSpan(start: 6292, length: 56), TextSpan(start: 6542, length: 52), TextSpan(start: 6767, length: 79), TextSpan(start: 6767, length: 79), TextSpan(start: 6847, length: 43), TextSpan(start: 6891, length: 35), TextSpan(start: 6891, length: 35), TextSpan(start: 6981, length: 59), TextSpan(start: 7127, length: 25), TextSpan(start: 7153, length: 26), TextSpan(start: 7265, length: 34), TextSpan(start: 7300, length: 40), TextSpan(start: 7341, length: 34), TextSpan(start: 7595, length: 59), TextSpan(start: 7595, length: 38), TextSpan(start: 7843, length: 68), TextSpan(start: 7843, length: 68), TextSpan(start: 7912, length: 62), TextSpan(start: 7912, length: 62), TextSpan(start: 8378, length: 43), TextSpan(start: 8600, length: 98), TextSpan(start: 8699, length: 103), TextSpan(start: 8803, length: 107), TextSpan(start: 9029, length: 48), TextSpan(start: 9078, length: 37), TextSpan(start: 9227, length: 42), TextSpan(start: 9227, length: 42), TextSpan(start: 9270, length: 52), TextSpan(start: 9323, length: 85), TextSpan(start: 9323, length: 85), TextSpan(start: 9323, length: 85), TextSpan(start: 9409, length: 32), TextSpan(start: 9484, length: 70), TextSpan(start: 9484, length: 70), TextSpan(start: 9639, length: 78), TextSpan(start: 9718, length: 33), TextSpan(start: 9754, length: 55), TextSpan(start: 9754, length: 55), TextSpan(start: 9810, length: 31), TextSpan(start: 10184, length: 32), TextSpan(start: 10369, length: 51), TextSpan(start: 10369, length: 51), TextSpan(start: 10668, length: 76), TextSpan(start: 10668, length: 76), TextSpan(start: 10745, length: 61), TextSpan(start: 10868, length: 52), TextSpan(start: 10868, length: 52), TextSpan(start: 11030, length: 45), TextSpan(start: 11076, length: 25), TextSpan(start: 11102, length: 25), TextSpan(start: 11171, length: 40), TextSpan(start: 11212, length: 63), TextSpan(start: 11275, length: 34), TextSpan(start: 11707, length: 81), TextSpan(start: 11707, length: 81), TextSpan(start: 11814, length: 63), TextSpan(start: 11814, length: 63), TextSpan(start: 11997, length: 53), TextSpan(start: 12051, length: 46), TextSpan(start: 12098, length: 139), TextSpan(start: 12098, length: 139), TextSpan(start: 12098, length: 139), TextSpan(start: 12098, length: 139), TextSpan(start: 12445, length: 41), TextSpan(start: 12558, length: 58), TextSpan(start: 12617, length: 26), TextSpan(start: 12893, length: 25), TextSpan(start: 12919, length: 33), TextSpan(start: 12953, length: 39), TextSpan(start: 12993, length: 30), TextSpan(start: 13024, length: 19), TextSpan(start: 13044, length: 25), TextSpan(start: 13070, length: 25), TextSpan(start: 13098, length: 47), TextSpan(start: 13146, length: 53), TextSpan(start: 13202, length: 32), TextSpan(start: 13235, length: 31), TextSpan(start: 13551, length: 51), TextSpan(start: 13551, length: 51), TextSpan(start: 13688, length: 68), TextSpan(start: 13688, length: 68), TextSpan(start: 13757, length: 100), TextSpan(start: 13757, length: 100), TextSpan(start: 14017, length: 62), TextSpan(start: 14017, length: 62), TextSpan(start: 14110, length: 41), TextSpan(start: 14191, length: 68), TextSpan(start: 14191, length: 68), TextSpan(start: 14260, length: 43), TextSpan(start: 14854, length: 82), TextSpan(start: 14937, length: 58), TextSpan(start: 14937, length: 58), TextSpan(start: 14996, length: 85), TextSpan(start: 15417, length: 23), TextSpan(start: 15441, length: 38), TextSpan(start: 15747, length: 91), TextSpan(start: 15839, length: 65), TextSpan(start: 15839, length: 65), TextSpan(start: 15985, length: 53), TextSpan(start: 15985, length: 53), TextSpan(start: 16039, length: 63), TextSpan(start: 16039, length: 63), TextSpan(start: 16105, length: 106), TextSpan(start: 16105, length: 106), TextSpan(start: 16105, length: 106), TextSpan(start: 16212, length: 73), TextSpan(start: 16212, length: 73), TextSpan(start: 16722, length: 42), TextSpan(start: 16722, length: 42), TextSpan(start: 16868, length: 80), TextSpan(start: 16868, length: 80), TextSpan(start: 16868, length: 80), TextSpan(start: 17295, length: 57), TextSpan(start: 17295, length: 57), TextSpan(start: 17830, length: 118), TextSpan(start: 18459, length: 45), TextSpan(start: 20175, length: 78), TextSpan(start: 20175, length: 63), TextSpan(start: 20291, length: 31), TextSpan(start: 20388, length: 46), TextSpan(start: 21650, length: 119), TextSpan(start: 21770, length: 95), TextSpan(start: 22640, length: 72), TextSpan(start: 22640, length: 72), TextSpan(start: 22713, length: 40), TextSpan(start: 22826, length: 50), TextSpan(start: 22877, length: 48), TextSpan(start: 23116, length: 62), TextSpan(start: 23179, length: 51), TextSpan(start: 23708, length: 66), TextSpan(start: 23708, length: 66), TextSpan(start: 24962, length: 104), TextSpan(start: 25067, length: 59), TextSpan(start: 25127, length: 38), TextSpan(start: 25166, length: 40), TextSpan(start: 25248, length: 112), TextSpan(start: 25363, length: 47), TextSpan(start: 25411, length: 41), TextSpan(start: 25878, length: 30), TextSpan(start: 26558, length: 64), TextSpan(start: 26558, length: 64), TextSpan(start: 26623, length: 61), TextSpan(start: 26687, length: 43), TextSpan(start: 26687, length: 43), TextSpan(start: 27016, length: 55), TextSpan(start: 27437, length: 28), TextSpan(start: 28408, length: 47), TextSpan(start: 28458, length: 169), TextSpan(start: 29645, length: 64), TextSpan(start: 31379, length: 43), TextSpan(start: 31883, length: 49), TextSpan(start: 32138, length: 58), TextSpan(start: 32196, length: 38), TextSpan(start: 32388, length: 34), TextSpan(start: 32468, length: 69), TextSpan(start: 32727, length: 49), TextSpan(start: 33368, length: 37), TextSpan(start: 33406, length: 38), TextSpan(start: 33445, length: 33), TextSpan(start: 33932, length: 60), TextSpan(start: 34076, length: 35), TextSpan(start: 35829, length: 30), TextSpan(start: 36171, length: 109), TextSpan(start: 36868, length: 141), TextSpan(start: 37012, length: 41), TextSpan(start: 37384, length: 34), TextSpan(start: 37419, length: 73), TextSpan(start: 37419, length: 73)]
        spans["indicators"] = [TextSpan(start: 1314, length: 41), TextSpan(start: 1374, length: 45), TextSpan(start: 1420, length: 39), TextSpan(start: 1460, length: 40), TextSpan(start: 1501, length: 44), TextSpan(start: 1546, length: 35), TextSpan(start: 1582, length: 51), TextSpan(start: 1634, length: 48), TextSpan(start: 1683, length: 38), TextSpan(start: 1722, length: 39), TextSpan(start: 1762, length: 50), TextSpan(start: 1813, length: 44)]
        spans["keyprojects"] = [TextSpan(start: 8422, length: 44), TextSpan(start: 8467, length: 44), TextSpan(start: 8512, length: 51)]
        spans["named"] = [TextSpan(start: 3887, length: 120), TextSpan(start: 4775, length: 114), TextSpan(start: 6048, length: 30), TextSpan(start: 6079, length: 39), TextSpan(start: 6119, length: 86), TextSpan(start: 6208, length: 83), TextSpan(start: 6208, length: 83), TextSpan(start: 6388, length: 153), TextSpan(start: 6388, length: 153), TextSpan(start: 8017, length: 81), TextSpan(start: 8017, length: 81), TextSpan(start: 8099, length: 48), TextSpan(start: 8148, length: 36), TextSpan(start: 8600, length: 98), TextSpan(start: 8600, length: 98), TextSpan(start: 8600, length: 98), TextSpan(start: 8699, length: 103), TextSpan(start: 8803, length: 107), TextSpan(start: 8803, length: 107), TextSpan(start: 8803, length: 107), TextSpan(start: 8803, length: 107), TextSpan(start: 9875, length: 69), TextSpan(start: 9875, length: 69), TextSpan(start: 10421, length: 57), TextSpan(start: 10479, length: 66), TextSpan(start: 10546, length: 60), TextSpan(start: 10607, length: 60), TextSpan(start: 10607, length: 60), TextSpan(start: 10668, length: 50), TextSpan(start: 11340, length: 43), TextSpan(start: 11384, length: 79), TextSpan(start: 12841, length: 51), TextSpan(start: 14082, length: 27), TextSpan(start: 14854, length: 82), TextSpan(start: 14854, length: 82), TextSpan(start: 20388, length: 46), TextSpan(start: 21042, length: 111), TextSpan(start: 21042, length: 111), TextSpan(start: 21042, length: 111), TextSpan(start: 21461, length: 84), TextSpan(start: 21461, length: 84), TextSpan(start: 21650, length: 119), TextSpan(start: 21650, length: 119), TextSpan(start: 21650, length: 119), TextSpan(start: 21650, length: 119), TextSpan(start: 21770, length: 95), TextSpan(start: 21770, length: 95), TextSpan(start: 21770, length: 95), TextSpan(start: 21866, length: 84), TextSpan(start: 21866, length: 84), TextSpan(start: 22130, length: 54), TextSpan(start: 22325, length: 109), TextSpan(start: 22325, length: 109), TextSpan(start: 22325, length: 109), TextSpan(start: 22495, length: 144), TextSpan(start: 22495, length: 144), TextSpan(start: 22495, length: 144), TextSpan(start: 23003, length: 69), TextSpan(start: 23003, length: 69), TextSpan(start: 24618, length: 36), TextSpan(start: 24753, length: 78), TextSpan(start: 24753, length: 78), TextSpan(start: 25248, length: 112), TextSpan(start: 25248, length: 112), TextSpan(start: 25248, length: 112), TextSpan(start: 25528, length: 90), TextSpan(start: 25528, length: 90), TextSpan(start: 25621, length: 51), TextSpan(start: 26120, length: 91), TextSpan(start: 26120, length: 91), TextSpan(start: 26900, length: 39), TextSpan(start: 27074, length: 144), TextSpan(start: 27074, length: 144), TextSpan(start: 27315, length: 121), TextSpan(start: 28458, length: 169), TextSpan(start: 28458, length: 169), TextSpan(start: 29029, length: 69), TextSpan(start: 29942, length: 90), TextSpan(start: 29942, length: 90), TextSpan(start: 32345, length: 42), TextSpan(start: 32468, length: 69), TextSpan(start: 32998, length: 127), TextSpan(start: 32998, length: 127), TextSpan(start: 32998, length: 127), TextSpan(start: 33126, length: 36), TextSpan(start: 35203, length: 48), TextSpan(start: 35792, length: 36), TextSpan(start: 36171, length: 109), TextSpan(start: 36171, length: 109), TextSpan(start: 36171, length: 109), TextSpan(start: 36281, length: 56), TextSpan(start: 37092, length: 51), TextSpan(start: 37144, length: 90), TextSpan(start: 37144, length: 90), TextSpan(start: 37144, length: 90)]
        spans["projects"] = [TextSpan(start: 38646, length: 70), TextSpan(start: 38720, length: 74), TextSpan(start: 38798, length: 75), TextSpan(start: 38877, length: 75), TextSpan(start: 38956, length: 74), TextSpan(start: 39034, length: 71), TextSpan(start: 39191, length: 69), TextSpan(start: 39264, length: 73), TextSpan(start: 39341, length: 73), TextSpan(start: 39418, length: 74), TextSpan(start: 39496, length: 73), TextSpan(start: 39573, length: 70)]
        spans["targets"] = [TextSpan(start: 19551, length: 28), TextSpan(start: 19646, length: 34), TextSpan(start: 21270, length: 25), TextSpan(start: 23239, length: 27), TextSpan(start: 24183, length: 29), TextSpan(start: 25958, length: 27), TextSpan(start: 27659, length: 37), TextSpan(start: 29441, length: 39), TextSpan(start: 29481, length: 20), TextSpan(start: 30681, length: 35)]
        spans["totals"] = [TextSpan(start: 38475, length: 77), TextSpan(start: 38557, length: 76), TextSpan(start: 39107, length: 73)]
        let tables = (0..<builtinCollectionCount).map(builtinTable)
        var report = Report(source: "<built-in>", meta: builtinMeta(), text: builtinText, sections: sections,
                            tables: tables, spans: spans)
        report.lineStarts = [0, 40, 89, 127, 259, 287, 288, 295, 296, 369, 370, 377, 378, 426, 427, 434, 435, 453, 454, 660, 661, 724, 725, 1895, 1896, 3310, 3311, 5453, 5454, 8188, 8189, 9948, 9949, 13325, 13326, 17585, 17586, 18381, 18382, 18454, 18455, 19191, 19192, 19600, 19601, 19641, 19642, 20087, 20088, 21265, 21266, 21599, 21600, 23234, 23235, 23635, 23636, 24178, 24179, 24588, 24589, 25912, 25913, 25953, 25954, 26270, 26271, 27654, 27655, 28179, 28180, 29436, 29437, 29748, 29749, 30635, 30636, 30676, 30677, 31125, 31126, 32238, 32239, 33640, 33641, 35326, 35327, 38372, 38373, 39644, 39645, 40070, 40071, 40078, 40079, 40086, 40087, 40104, 40105, 40149, 40150, 40167, 40184, 40201, 40218, 40235] as [Int]
        return report
    }

    /// How many collections the built-in report has.
    package static let builtinCollectionCount = 10

    /// Built-in collection `t`, built from its literals.
    package static func builtinTable(_ t: Int) -> Table {
        switch t {
        case 0: return builtinTable0()
        case 1: return builtinTable1()
        case 2: return builtinTable2()
        case 3: return builtinTable3()
        case 4: return builtinTable4()
        case 5: return builtinTable5()
        case 6: return builtinTable6()
        case 7: return builtinTable7()
        case 8: return builtinTable8()
        case 9: return builtinTable9()
        default: preconditionFailure("the built-in report has no collection \(t)")
        }
    }

    /// Built-in collection `t` without rows (its names, documentation, column types and units), and how many
    /// rows it has.
    package static func builtinOutline(_ t: Int) -> (shape: Table, rowCount: Int) {
        switch t {
        case 0:
            return (Table(name: "indicators", alias: "指标", doc: "the report year's headline indicators (预计数)", columns: [
                Column(name: "name", alias: "名称", doc: "indicator, by its canonical name (规上工业增加值 → 规模以上工业增加值)",
                       data: .text(TextColumn())),
                Column(name: "wording", alias: "原文名称", doc: "the indicator's name as the report writes it",
                       data: .text(TextColumn())),
                Column(name: "value", alias: "数值", doc: "level in the report year",
                       data: .number(NumberColumn(values: [], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1), Unit(symbol: "元", dimension: Dimension(id: "money"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "unit", alias: "单位", doc: "the unit of value",
                       data: .text(TextColumn())),
                Column(name: "growth", alias: "增速", doc: "growth on the year before, in % (下降 → negative)",
                       data: .number(NumberColumn(values: [], scale: 2, units: [Unit(symbol: "%", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 100)], unitCodes: nil, present: nil))),
                Column(name: "qualifier", alias: "修饰", doc: "every qualifier of its figures (约, 突破, 以上, 左右 …), joined by …",
                       data: .text(TextColumn())),
                Column(name: "estimate", alias: "预计数", doc: "whether the report gives the figure as an estimate",
                       data: .bool(BoolColumn())),
                Column(name: "period", alias: "期间", doc: "the part of the year it covers (上半年, 1-11月 …); absent for the whole year",
                       data: .text(TextColumn())),
                Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                       data: .text(TextColumn())),
                Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 12)
        case 1:
            return (Table(name: "targets", alias: "目标", doc: "the plan year's expected targets", columns: [
                Column(name: "name", alias: "名称", doc: "target, by the canonical name of its indicator",
                       data: .text(TextColumn())),
                Column(name: "wording", alias: "原文名称", doc: "the target's name as the report writes it",
                       data: .text(TextColumn())),
                Column(name: "growth", alias: "增速", doc: "targeted growth, in % (the low end of a range)",
                       data: .number(NumberColumn(values: [], scale: 1, units: [Unit(symbol: "%", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 100)], unitCodes: nil, present: nil))),
                Column(name: "upper", alias: "上限", doc: "the high end of a range, 增长5%—5.5% → growth 5%, upper 5.5%; missing when the target is one figure",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "note", alias: "说明", doc: "how the text qualifies the target",
                       data: .text(TextColumn())),
                Column(name: "indicator", alias: "指标", doc: "the report-year indicator it refers to",
                       data: .text(TextColumn())),
                Column(name: "actual", alias: "实际增速", doc: "the growth that indicator achieved in the report year",
                       data: .number(NumberColumn(values: [], scale: 1, units: [Unit(symbol: "%", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 100)], unitCodes: nil, present: nil))),
                Column(name: "base", alias: "基数", doc: "that indicator's level in the report year",
                       data: .number(NumberColumn(values: [], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1), Unit(symbol: "元", dimension: Dimension(id: "money"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                       data: .text(TextColumn())),
                Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 10)
        case 2:
            return (Table(name: "projects", alias: "项目", doc: "the plan year's key-project plan: each row is a GROUP of projects (one status, one sector)", columns: [
                Column(name: "status", alias: "状态", doc: "在建 or 预备",
                       data: .text(TextColumn())),
                Column(name: "sector", alias: "领域", doc: "工业, 交通港航, 城建环保, 商贸物流, 社会事业, 农林水",
                       data: .text(TextColumn())),
                Column(name: "number", alias: "个数", doc: "how many projects the group holds",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "个", dimension: Dimension(id: "count:个"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "total", alias: "总投资", doc: "total investment of the group",
                       data: .number(NumberColumn(values: [], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "invest2024", alias: "年度计划投资", doc: "investment planned for the plan year",
                       data: .number(NumberColumn(values: [], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                       data: .text(TextColumn())),
                Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 12)
        case 3:
            return (Table(name: "totals", alias: "项目合计", doc: "the key-project plan's totals as the report states them (per status, and 全部)", columns: [
                Column(name: "status", alias: "状态", doc: "在建, 预备, or 全部",
                       data: .text(TextColumn())),
                Column(name: "number", alias: "个数", doc: "how many projects",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "个", dimension: Dimension(id: "count:个"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "total", alias: "总投资", doc: "total investment",
                       data: .number(NumberColumn(values: [], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "invest2024", alias: "年度计划投资", doc: "investment planned for the plan year",
                       data: .number(NumberColumn(values: [], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                       data: .text(TextColumn())),
                Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 3)
        case 4:
            return (Table(name: "keyprojects", alias: "重点项目", doc: "the report year's key projects by level", columns: [
                Column(name: "level", alias: "级别", doc: "省级, 市级 or 区级",
                       data: .text(TextColumn())),
                Column(name: "number", alias: "个数", doc: "how many projects",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "个", dimension: Dimension(id: "count:个"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "invested", alias: "完成投资", doc: "investment completed",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                       data: .text(TextColumn())),
                Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 3)
        case 5:
            return (Table(name: "named", alias: "具名项目", doc: "every specific project the text names, one row per mention", columns: [
                Column(name: "name", alias: "名称", doc: "project",
                       data: .text(TextColumn())),
                Column(name: "status", alias: "状态", doc: "新开工, 续建, 建成投产, 竣工, 投用, 签约落地, 前期 or 推进",
                       data: .text(TextColumn())),
                Column(name: "statusWording", alias: "状态原文", doc: "the status as the text gives it (开工动建, 加快推进 …)",
                       data: .text(TextColumn())),
                Column(name: "year", alias: "年份", doc: "the year the mention refers to",
                       data: .text(TextColumn())),
                Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                       data: .text(TextColumn())),
                Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 95)
        case 6:
            return (Table(name: "facts", alias: "数据", doc: "every other quantitative statement of the report", columns: [
                Column(name: "subject", alias: "主题", doc: "what is counted or measured",
                       data: .text(TextColumn())),
                Column(name: "value", alias: "数值", doc: "the figure",
                       data: .number(NumberColumn(values: [], scale: 2, units: [Unit(symbol: "个", dimension: Dimension(id: "count:个"), numerator: 1, denominator: 1), Unit(symbol: "次", dimension: Dimension(id: "count:次"), numerator: 1, denominator: 1), Unit(symbol: "家", dimension: Dimension(id: "count:家"), numerator: 1, denominator: 1), Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1), Unit(symbol: "项", dimension: Dimension(id: "count:项"), numerator: 1, denominator: 1), Unit(symbol: "万元", dimension: Dimension(id: "money"), numerator: 10000, denominator: 1), Unit(symbol: "名", dimension: Dimension(id: "count:名"), numerator: 1, denominator: 1), Unit(symbol: "%", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 100), Unit(symbol: "人", dimension: Dimension(id: "count:人"), numerator: 1, denominator: 1), Unit(symbol: "万人", dimension: Dimension(id: "count:人"), numerator: 10000, denominator: 1), Unit(symbol: "方面", dimension: Dimension(id: "count:方面"), numerator: 1, denominator: 1), Unit(symbol: "百分点", dimension: Dimension(id: "points"), numerator: 1, denominator: 1), Unit(symbol: "万吨", dimension: Dimension(id: "mass"), numerator: 10000000, denominator: 1), Unit(symbol: "场次", dimension: Dimension(id: "count:场次"), numerator: 1, denominator: 1), Unit(symbol: "所", dimension: Dimension(id: "count:所"), numerator: 1, denominator: 1), Unit(symbol: "人次", dimension: Dimension(id: "count:人次"), numerator: 1, denominator: 1), Unit(symbol: "万亩", dimension: Dimension(id: "area"), numerator: 20000000, denominator: 3), Unit(symbol: "亩", dimension: Dimension(id: "area"), numerator: 2000, denominator: 3), Unit(symbol: "场", dimension: Dimension(id: "count:场"), numerator: 1, denominator: 1), Unit(symbol: "公顷", dimension: Dimension(id: "area"), numerator: 10000, denominator: 1), Unit(symbol: "块", dimension: Dimension(id: "count:块"), numerator: 1, denominator: 1), Unit(symbol: "万平方米", dimension: Dimension(id: "area"), numerator: 10000, denominator: 1), Unit(symbol: "宗", dimension: Dimension(id: "count:宗"), numerator: 1, denominator: 1), Unit(symbol: "处", dimension: Dimension(id: "count:处"), numerator: 1, denominator: 1), Unit(symbol: "盏", dimension: Dimension(id: "count:盏"), numerator: 1, denominator: 1), Unit(symbol: "万人次", dimension: Dimension(id: "count:人次"), numerator: 10000, denominator: 1), Unit(symbol: "大工程", dimension: Dimension(id: "count:大工程"), numerator: 1, denominator: 1), Unit(symbol: "栋", dimension: Dimension(id: "count:栋"), numerator: 1, denominator: 1), Unit(symbol: "千米", dimension: Dimension(id: "length"), numerator: 1000, denominator: 1), Unit(symbol: "元", dimension: Dimension(id: "money"), numerator: 1, denominator: 1), Unit(symbol: "户", dimension: Dimension(id: "count:户"), numerator: 1, denominator: 1), Unit(symbol: "张", dimension: Dimension(id: "count:张"), numerator: 1, denominator: 1), Unit(symbol: "年制", dimension: Dimension(id: "count:年制"), numerator: 1, denominator: 1), Unit(symbol: "分钟", dimension: Dimension(id: "count:分钟"), numerator: 1, denominator: 1), Unit(symbol: "类", dimension: Dimension(id: "count:类"), numerator: 1, denominator: 1), Unit(symbol: "件", dimension: Dimension(id: "count:件"), numerator: 1, denominator: 1), Unit(symbol: "吨", dimension: Dimension(id: "mass"), numerator: 1000, denominator: 1), Unit(symbol: "周年", dimension: Dimension(id: "count:周年"), numerator: 1, denominator: 1), Unit(symbol: "大领域", dimension: Dimension(id: "count:大领域"), numerator: 1, denominator: 1), Unit(symbol: "万美元", dimension: Dimension(id: "usd"), numerator: 10000, denominator: 1), Unit(symbol: "公里", dimension: Dimension(id: "length"), numerator: 1000, denominator: 1), Unit(symbol: "条", dimension: Dimension(id: "count:条"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "unit", alias: "单位", doc: "the unit of value",
                       data: .text(TextColumn())),
                Column(name: "qualifier", alias: "修饰", doc: "多, 余, 以上, 超, 约, 突破 … (every one: 突破…以上)",
                       data: .text(TextColumn())),
                Column(name: "year", alias: "年份", doc: "the year the figure refers to",
                       data: .text(TextColumn())),
                Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                       data: .text(TextColumn())),
                Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 199)
        case 7:
            return (Table(name: "sentences", alias: "句子", doc: "every sentence of the report text", columns: [
                Column(name: "n", alias: "序号", doc: "the sentence's number, from 1",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
                Column(name: "text", alias: "文本", doc: "the sentence",
                       data: .text(TextColumn())),
                Column(name: "section", alias: "章节", doc: "the section it stands in",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text it starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 260)
        case 8:
            return (Table(name: "sections", alias: "章节", doc: "the report's chapters and numbered parts", columns: [
                Column(name: "id", alias: "编号", doc: "一, 一(四) …",
                       data: .text(TextColumn())),
                Column(name: "title", alias: "标题", doc: "as written",
                       data: .text(TextColumn())),
                Column(name: "parent", alias: "上级", doc: "the chapter of a numbered part",
                       data: .text(TextColumn())),
                Column(name: "line", alias: "行", doc: "the line of the report text it starts on",
                       data: .number(NumberColumn(values: [], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)], unitCodes: nil, present: nil))),
            ]), 17)
        case 9:
            return (Table(name: "report", alias: "报告", doc: "the report's metadata, one row", columns: [
                Column(name: "title", alias: "标题", doc: "title",
                       data: .text(TextColumn())),
                Column(name: "office", alias: "发布机构", doc: "issuing office",
                       data: .text(TextColumn())),
                Column(name: "index", alias: "索引号", doc: "index number",
                       data: .text(TextColumn())),
                Column(name: "generated", alias: "生成日期", doc: "date the document was generated",
                       data: .text(TextColumn())),
                Column(name: "published", alias: "发布时间", doc: "publication time, as written",
                       data: .text(TextColumn())),
                Column(name: "meeting", alias: "会议", doc: "the meeting, as written",
                       data: .text(TextColumn())),
                Column(name: "speaker", alias: "报告人", doc: "speaker",
                       data: .text(TextColumn())),
                Column(name: "speakerTitle", alias: "职务", doc: "speaker's office",
                       data: .text(TextColumn())),
                Column(name: "region", alias: "地区", doc: "region",
                       data: .text(TextColumn())),
                Column(name: "reportYear", alias: "报告年度", doc: "the year reported on",
                       data: .text(TextColumn())),
                Column(name: "planYear", alias: "计划年度", doc: "the year planned",
                       data: .text(TextColumn())),
            ]), 1)
        default: preconditionFailure("the built-in report has no collection \(t)")
        }
    }

    /// `indicators`.
    private static func builtinTable0() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "name", alias: "名称", doc: "indicator, by its canonical name (规上工业增加值 → 规模以上工业增加值)",
                              data: .text(TextColumn(dictionary: ["地区生产总值", "农林牧渔业总产值", "工业增加值", "建筑业增加值", "第三产业增加值", "固定资产投资", "一般公共预算总收入", "一般公共预算收入", "出口总额", "实际使用外资", "社会消费品零售总额", "居民人均可支配收入"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as [UInt32],
                                  slots: [2, 10, 12, 1, 6, 5, 8, 0, 0, 9, 0, 0, 7, 3, 4, 11] as [UInt32]))))
        columns.append(Column(name: "wording", alias: "原文名称", doc: "the indicator's name as the report writes it",
                              data: .text(TextColumn(dictionary: ["地区生产总值", "农林牧渔业总产值", "工业增加值", "建筑业增加值", "第三产业增加值", "固定资产投资", "一般公共预算总收入", "一般公共预算收入", "出口商品总值", "实际使用外资", "社会消费品零售总额", "居民人均可支配收入"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as [UInt32],
                                  slots: [2, 10, 11, 1, 6, 5, 8, 12, 0, 0, 0, 0, 7, 3, 4, 9] as [UInt32]))))
        columns.append(Column(name: "value", alias: "数值", doc: "level in the report year",
                              data: .number(NumberColumn(values: [62368, 2423, 36685, 6414, 17853, 9800, 10139, 2437, 1959, 378, 15824, 3623000] as [Int64], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1), Unit(symbol: "元", dimension: Dimension(id: "money"), numerator: 1, denominator: 1)],
                                  unitCodes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] as [UInt16], present: nil))))
        columns.append(Column(name: "unit", alias: "单位", doc: "the unit of value",
                              data: .text(TextColumn(dictionary: ["亿元", "元"] as [String],
                                  codes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] as [UInt32],
                                  slots: [0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "growth", alias: "增速", doc: "growth on the year before, in % (下降 → negative)",
                              data: .number(NumberColumn(values: [-960, 360, -1720, -50, 650, 100, 1110, 1001, -3400, -5470, 250, 600] as [Int64], scale: 2, units: [Unit(symbol: "%", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 100)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "qualifier", alias: "修饰", doc: "every qualifier of its figures (约, 突破, 以上, 左右 …), joined by …",
                              data: .text(TextColumn(dictionary: [] as [String],
                                  codes: [4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "estimate", alias: "预计数", doc: "whether the report gives the figure as an estimate",
                              data: .bool(BoolColumn(values: [true, true, true, true, true, true, true, true, true, true, true, true] as [Bool], present: nil))))
        columns.append(Column(name: "period", alias: "期间", doc: "the part of the year it covers (上半年, 1-11月 …); absent for the whole year",
                              data: .text(TextColumn(dictionary: [] as [String],
                                  codes: [4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                              data: .text(TextColumn(dictionary: ["地区生产总值623.68亿元,下降9.6%", "农林牧渔业总产值24.23亿元增长3.6%", "工业增加值366.85亿元,下降17.2%", "建筑业增加值64.14亿元,下降0.5%", "第三产业增加值178.53亿元,增长6.5%", "固定资产投资98亿元,增长1%", "一般公共预算总收入101.39亿元,增长11.1%", "一般公共预算收入24.37亿元,增长10.01%", "出口商品总值19.59亿元下降34%", "实际使用外资3.78亿元下降54.7%", "社会消费品零售总额158.24亿元,增长2.5%", "居民人均可支配收入36230元,增长6%"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as [UInt32],
                                  slots: [0, 0, 0, 2, 4, 6, 7, 9, 1, 8, 10, 11, 3, 5, 12, 0] as [UInt32]))))
        columns.append(Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                              data: .text(TextColumn(dictionary: ["一"] as [String],
                                  codes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                              data: .number(NumberColumn(values: [23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "indicators", alias: "指标", doc: "the report year's headline indicators (预计数)", columns: columns)
    }

    /// `targets`.
    private static func builtinTable1() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "name", alias: "名称", doc: "target, by the canonical name of its indicator",
                              data: .text(TextColumn(dictionary: ["地区生产总值", "农林牧渔业总产值", "工业增加值", "建筑业增加值", "第三产业增加值", "固定资产投资", "社会消费品零售总额", "实际使用外资", "进出口总额", "居民人均可支配收入"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as [UInt32],
                                  slots: [2, 8, 10, 1, 6, 5, 0, 0, 0, 0, 9, 0, 0, 3, 4, 7] as [UInt32]))))
        columns.append(Column(name: "wording", alias: "原文名称", doc: "the target's name as the report writes it",
                              data: .text(TextColumn(dictionary: ["全区生产总值", "农林牧渔业总产值", "工业增加值", "建筑业增加值", "第三产业增加值", "固定资产投资", "社会消费品零售总额", "实际使用外资", "进出口", "居民人均可支配收入"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as [UInt32],
                                  slots: [2, 8, 10, 6, 0, 1, 5, 0, 0, 0, 0, 9, 0, 3, 4, 7] as [UInt32]))))
        columns.append(Column(name: "growth", alias: "增速", doc: "targeted growth, in % (the low end of a range)",
                              data: .number(NumberColumn(values: [65, 35, 63, 100, 60, 150, 65, 0, 30, 60] as [Int64], scale: 1, units: [Unit(symbol: "%", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 100)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "upper", alias: "上限", doc: "the high end of a range, 增长5%—5.5% → growth 5%, upper 5.5%; missing when the target is one figure",
                              data: .number(NumberColumn(values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: [false, false, false, false, false, false, false, false, false, false] as [Bool]))))
        columns.append(Column(name: "note", alias: "说明", doc: "how the text qualifies the target",
                              data: .text(TextColumn(dictionary: ["与去年同期持平", "2023年指标无进出口总额,只有出口总额"] as [String],
                                  codes: [4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 0, 1, 4294967295] as [UInt32],
                                  slots: [0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "indicator", alias: "指标", doc: "the report-year indicator it refers to",
                              data: .text(TextColumn(dictionary: ["地区生产总值", "农林牧渔业总产值", "工业增加值", "建筑业增加值", "第三产业增加值", "固定资产投资", "社会消费品零售总额", "实际使用外资", "居民人均可支配收入"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 4294967295, 8] as [UInt32],
                                  slots: [2, 8, 9, 1, 6, 5, 0, 0, 0, 0, 0, 0, 0, 3, 4, 7] as [UInt32]))))
        columns.append(Column(name: "actual", alias: "实际增速", doc: "the growth that indicator achieved in the report year",
                              data: .number(NumberColumn(values: [-96, 36, -172, -5, 65, 10, 25, -547, 0, 60] as [Int64], scale: 1, units: [Unit(symbol: "%", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 100)],
                                  unitCodes: nil, present: [true, true, true, true, true, true, true, true, false, true] as [Bool]))))
        columns.append(Column(name: "base", alias: "基数", doc: "that indicator's level in the report year",
                              data: .number(NumberColumn(values: [62368, 2423, 36685, 6414, 17853, 9800, 15824, 378, 0, 3623000] as [Int64], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1), Unit(symbol: "元", dimension: Dimension(id: "money"), numerator: 1, denominator: 1)],
                                  unitCodes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1] as [UInt16], present: [true, true, true, true, true, true, true, true, false, true] as [Bool]))))
        columns.append(Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                              data: .text(TextColumn(dictionary: ["全区生产总值增长6.5%", "农林牧渔业总产值增长3.5%", "工业增加值增长6.3%", "建筑业增加值增长10%", "第三产业增加值增长6%", "固定资产投资增长15%", "社会消费品零售总额增长6.5%", "实际使用外资与去年同期持平", "进出口增长率3%", "居民人均可支配收入增长6%"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as [UInt32],
                                  slots: [5, 0, 0, 2, 9, 0, 0, 3, 4, 6, 10, 0, 1, 0, 7, 8] as [UInt32]))))
        columns.append(Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                              data: .text(TextColumn(dictionary: ["二", "二(一)", "二(二)", "二(三)"] as [String],
                                  codes: [0, 1, 1, 1, 1, 2, 2, 2, 2, 3] as [UInt32],
                                  slots: [3, 0, 0, 2, 0, 1, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                              data: .number(NumberColumn(values: [43, 47, 51, 55, 59, 65, 69, 73, 73, 79] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "targets", alias: "目标", doc: "the plan year's expected targets", columns: columns)
    }

    /// `projects`.
    private static func builtinTable2() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "status", alias: "状态", doc: "在建 or 预备",
                              data: .text(TextColumn(dictionary: ["在建", "预备"] as [String],
                                  codes: [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1] as [UInt32],
                                  slots: [0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "sector", alias: "领域", doc: "工业, 交通港航, 城建环保, 商贸物流, 社会事业, 农林水",
                              data: .text(TextColumn(dictionary: ["工业", "交通港航", "城建环保", "商贸物流", "社会事业", "农林水"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5] as [UInt32],
                                  slots: [3, 0, 0, 0, 2, 0, 4, 0, 0, 0, 0, 5, 0, 6, 1, 0] as [UInt32]))))
        columns.append(Column(name: "number", alias: "个数", doc: "how many projects the group holds",
                              data: .number(NumberColumn(values: [72, 17, 33, 15, 23, 14, 31, 10, 11, 12, 12, 21] as [Int64], scale: 0, units: [Unit(symbol: "个", dimension: Dimension(id: "count:个"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "total", alias: "总投资", doc: "total investment of the group",
                              data: .number(NumberColumn(values: [45913, 9917, 12186, 11305, 7297, 2251, 54821, 5631, 9262, 12922, 1904, 13912] as [Int64], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "invest2024", alias: "年度计划投资", doc: "investment planned for the plan year",
                              data: .number(NumberColumn(values: [16852, 3497, 3508, 3645, 1561, 1033, 1304, 112, 107, 205, 152, 330] as [Int64], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                              data: .text(TextColumn(dictionary: ["工业项目72个,总投资459.13亿元,年度计划投资168.52亿元", "交通港航项目17个,总投资99.17亿元,年度计划投资34.97亿元", "城建环保项目33个,总投资121.86亿元,年度计划投资35.08亿元", "商贸物流项目15个,总投资113.05亿元,年度计划投资36.45亿元", "社会事业项目23个,总投资72.97亿元,年度计划投资15.61亿元", "农林水项目14个,总投资22.51亿元,年度计划投资10.33亿元", "工业项目31个,总投资548.21亿元,年度计划投资13.04亿元", "交通港航项目10个,总投资56.31亿元,年度计划投资1.12亿元", "城建环保项目11个,总投资92.62亿元,年度计划投资1.07亿元", "商贸物流项目12个,总投资129.22亿元,年度计划投资2.05亿元", "社会事业项目12个,总投资19.04亿元,年度计划投资1.52亿元", "农林水项目21个,总投资139.12亿元,年度计划投资3.3亿元"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as [UInt32],
                                  slots: [2, 3, 12, 0, 0, 1, 5, 4, 11, 9, 0, 0, 7, 6, 8, 10] as [UInt32]))))
        columns.append(Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                              data: .text(TextColumn(dictionary: ["二(七)"] as [String],
                                  codes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                              data: .number(NumberColumn(values: [89, 89, 89, 89, 89, 89, 89, 89, 89, 89, 89, 89] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "projects", alias: "项目", doc: "the plan year's key-project plan: each row is a GROUP of projects (one status, one sector)", columns: columns)
    }

    /// `totals`.
    private static func builtinTable3() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "status", alias: "状态", doc: "在建, 预备, or 全部",
                              data: .text(TextColumn(dictionary: ["全部", "在建", "预备"] as [String],
                                  codes: [0, 1, 2] as [UInt32],
                                  slots: [0, 0, 3, 0, 0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "number", alias: "个数", doc: "how many projects",
                              data: .number(NumberColumn(values: [271, 174, 97] as [Int64], scale: 0, units: [Unit(symbol: "个", dimension: Dimension(id: "count:个"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "total", alias: "总投资", doc: "total investment",
                              data: .number(NumberColumn(values: [187319, 88868, 98451] as [Int64], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "invest2024", alias: "年度计划投资", doc: "investment planned for the plan year",
                              data: .number(NumberColumn(values: [32304, 30095, 2210] as [Int64], scale: 2, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                              data: .text(TextColumn(dictionary: ["区级重点项目271总投资1873.19亿元2024年度计划投资323.04亿元", "在建项目:共174个,总投资888.68亿元,2024年计划投资300.95亿元", "预备项目:共97个,总投资984.51亿元,2024年计划投资22.1亿元"] as [String],
                                  codes: [0, 1, 2] as [UInt32],
                                  slots: [0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                              data: .text(TextColumn(dictionary: ["二(七)"] as [String],
                                  codes: [0, 0, 0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                              data: .number(NumberColumn(values: [89, 89, 89] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "totals", alias: "项目合计", doc: "the key-project plan's totals as the report states them (per status, and 全部)", columns: columns)
    }

    /// `keyprojects`.
    private static func builtinTable4() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "level", alias: "级别", doc: "省级, 市级 or 区级",
                              data: .text(TextColumn(dictionary: ["省级", "市级", "区级"] as [String],
                                  codes: [0, 1, 2] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "number", alias: "个数", doc: "how many projects",
                              data: .number(NumberColumn(values: [18, 55, 221] as [Int64], scale: 0, units: [Unit(symbol: "个", dimension: Dimension(id: "count:个"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "invested", alias: "完成投资", doc: "investment completed",
                              data: .number(NumberColumn(values: [127, 172, 278] as [Int64], scale: 0, units: [Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                              data: .text(TextColumn(dictionary: ["18个省级重点项目完成投资127亿元", "55个市级重点项目完成投资172亿元", "221个区级重点项目累计完成投资278亿元"] as [String],
                                  codes: [0, 1, 2] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 1, 0, 2, 3, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                              data: .text(TextColumn(dictionary: ["一(四)"] as [String],
                                  codes: [0, 0, 0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                              data: .number(NumberColumn(values: [31, 31, 31] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "keyprojects", alias: "重点项目", doc: "the report year's key projects by level", columns: columns)
    }

    /// `named`.
    private static func builtinTable5() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "name", alias: "名称", doc: "project",
                              data: .text(TextColumn(dictionary: ["电子特气及新材料工程技术中心", "泉港区界山东张至山腰普安道路沿线综合开发项目", "天辰化工一期", "国亨石化一期", "百宏化学新材料项目", "利澳三期", "安然纺织扩建", "联合石化除氧给水系统低温热回收节能项目", "国能热电二期凝汽器加装在线清洗机器人装置改造", "天马现代渔业产业园", "诚平二级渔港", "诚峰一级渔港一期工程", "诚峰一级渔港二期疏浚工程", "华特沥青加工", "清能锂电池", "济钢建材生产制造基地", "天马科技现代高新技术产业园开普勒新能源汽配中心", "宇极新材料", "华星石化二期", "恒昌盛物流产业园", "天马华耀城", "盛屯碳酸锂", "百宏化学电解液", "锦祥安置小区", "石化科技众创园二期宿舍楼", "城区道路交通微循环整治工程", "富民路", "公园东路北延伸段", "驿峰西路街头绿地", "福厦客专泉港段", "沈海高速驿坂服务区提升改造工程", "泉港区海洋生态保护修复项目", "“505”暖居工程", "峰尾第二中心幼儿园", "锦川实验小学", "界山村农田连片整治", "诚峰一级渔港二期工程", "峰尾渔业产业园", "国能热电三期工程", "华星石化三期", "圣元环保牛磺酸", "松道化工", "百宏化学新材料", "正源新材料", "杰鼎化工己内酰胺", "金宏氢能基地", "石化维保基地", "赛诺邦格生物新材料", "美瑞ETPU一体化", "瑞远功能性新材料", "联合石化新污水汽提顶循低温热回收", "芳烃低温热利用二期", "福海粮油生产系统节能改造", "鑫佳鼎", "石化物流贸易基地", "石化保税物流园区", "海峡石化产品交易中心", "石化科创小镇", "天辰安置区", "益海实验小学南侧", "温德姆花园酒店", "坝头溪“只此青绿”", "土坑村古建筑群文保单位修缮", "国道G228线泉港段", "石化科技众创园", "利澳产业园", "益海嘉里中央厨房项目", "永嘉天地二期", "新百汇商圈", "泉港区电子商务产业聚集园区项目", "益海嘉里酵母", "北部城区排污管道工程", "中兴街、金山街两条道路配套管网修复改造", "高铁泉港站周边配套道路", "祥云北路至肖厝作业区疏港通道一期工程", "高新园区前烧南路工程", "山腰街道塔山集中治丧点", "中心养老院改扩建项目", "泉港区职教培训创业园", "涂岭第二中心小学", "妇幼保健院迁址重建项目", "泉港医院传染病楼", "泉港医院医技楼", "峰尾镇卫生院迁址重建"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 9, 37, 2, 3, 38, 39, 40, 41, 42, 13, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 46, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 38, 64, 65, 66, 63, 67, 68, 69, 39, 70, 71, 72, 63, 73, 74, 75, 76, 77, 34, 78, 79, 34, 80, 81, 82, 83] as [UInt32],
                                  slots: [0, 44, 0, 8, 0, 3, 60, 39, 0, 15, 65, 71, 0, 1, 0, 43, 0, 32, 48, 76, 58, 42, 26, 38, 79, 53, 54, 10, 62, 81, 0, 72, 5, 50, 0, 67, 0, 22, 34, 18, 31, 11, 21, 49, 52, 2, 0, 0, 28, 73, 14, 0, 0, 45, 0, 0, 16, 40, 0, 0, 9, 64, 7, 55, 57, 0, 0, 37, 0, 0, 0, 66, 0, 0, 0, 0, 0, 0, 19, 84, 23, 35, 17, 41, 59, 68, 70, 77, 24, 47, 13, 0, 63, 0, 0, 83, 33, 0, 46, 51, 69, 30, 0, 36, 82, 0, 0, 56, 0, 78, 0, 0, 0, 27, 20, 74, 75, 0, 80, 0, 4, 61, 12, 25, 29, 0, 6, 0] as [UInt32]))))
        columns.append(Column(name: "status", alias: "状态", doc: "新开工, 续建, 建成投产, 竣工, 投用, 签约落地, 前期 or 推进",
                              data: .text(TextColumn(dictionary: ["推进", "建成投产", "竣工", "新开工", "签约落地", "投用", "续建", "前期"] as [String],
                                  codes: [0, 4294967295, 1, 2, 1, 0, 0, 0, 0, 0, 0, 2, 3, 3, 3, 3, 3, 1, 1, 1, 1, 4, 4, 2, 0, 0, 0, 0, 2, 5, 5, 2, 0, 5, 5, 2, 0, 0, 0, 1, 1, 3, 3, 3, 3, 1, 1, 1, 4, 4, 0, 3, 3, 3, 0, 0, 0, 3, 3, 6, 0, 0, 0, 0, 0, 4, 4, 0, 3, 3, 4, 4, 4, 4294967295, 4294967295, 4294967295, 7, 3, 3, 2, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 2, 6, 0, 0, 0] as [UInt32],
                                  slots: [0, 0, 0, 0, 5, 6, 0, 4, 0, 1, 2, 3, 7, 0, 8, 0] as [UInt32]))))
        columns.append(Column(name: "statusWording", alias: "状态原文", doc: "the status as the text gives it (开工动建, 加快推进 …)",
                              data: .text(TextColumn(dictionary: ["共建", "建成投产", "即将投产", "竣工投产", "加快推进", "重点实施", "扎实推进", "交工验收", "开始动工建设", "新开工", "预备转在建", "引进", "完成", "新增", "开展", "打通", "通车运营", "对外开放", "实施", "投入使用", "开工动建", "落地实施", "深挖推进", "落地动建", "重点推进", "加快建设", "设立", "加快出让、建设", "落地", "筹备开工", "招商", "签约落地", "前期工作", "开工建设", "全面完成", "推进", "高起点建设", "抓好", "竣工验收", "复工建设"] as [String],
                                  codes: [0, 4294967295, 1, 2, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 9, 9, 10, 1, 1, 1, 1, 11, 11, 12, 13, 14, 15, 15, 12, 16, 17, 12, 18, 19, 19, 12, 4, 4, 4, 1, 1, 20, 20, 20, 20, 1, 1, 1, 21, 21, 22, 23, 23, 23, 24, 24, 24, 20, 20, 25, 26, 26, 27, 27, 27, 28, 28, 24, 29, 29, 30, 31, 31, 4294967295, 4294967295, 4294967295, 32, 33, 33, 34, 12, 35, 35, 35, 12, 36, 37, 24, 24, 24, 38, 39, 35, 35, 35] as [UInt32],
                                  slots: [0, 0, 0, 0, 7, 32, 40, 0, 0, 0, 0, 0, 0, 30, 0, 22, 31, 35, 18, 25, 28, 20, 16, 29, 13, 2, 3, 36, 37, 0, 6, 38, 0, 34, 0, 0, 26, 0, 0, 10, 12, 19, 39, 0, 0, 11, 24, 0, 33, 0, 0, 0, 27, 8, 4, 14, 15, 1, 9, 23, 17, 21, 5, 0] as [UInt32]))))
        columns.append(Column(name: "year", alias: "年份", doc: "the year the mention refers to",
                              data: .text(TextColumn(dictionary: ["2023", "2024"] as [String],
                                  codes: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] as [UInt32],
                                  slots: [0, 0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                              data: .text(TextColumn(dictionary: ["与博纯材料公司共建国内首个电子化学品专项测试平台“电子特气及新材料工程技术中心”", "积极探索泉港区界山东张至山腰普安道路沿线综合开发项目政府和社会资本合作新机制", "天辰化工一期建成投产", "国亨石化一期已建成即将投产", "百宏化学新材料项目建设进展迅速,预计将于2024年四季度竣工投产", "利澳三期、安然纺织扩建等16个工业重点技改项目建设加快推进", "重点实施联合石化除氧给水系统低温热回收节能项目、国能热电二期凝汽器加装在线清洗机器人装置改造等一批项目", "扎实推进天马现代渔业产业园、诚平二级渔港等一批项目建设", "诚峰一级渔港一期工程实现交工验收", "二期疏浚工程开始动工建设", "华特沥青加工、清能锂电池、济钢建材生产制造基地等80个项目新开工建设", "其中天马科技现代高新技术产业园开普勒新能源汽配中心等9个预备项目转在建", "宇极新材料、华星石化二期、恒昌盛物流产业园、天马华耀城等50个项目建成投产", "引进了盛屯碳酸锂、百宏化学电解液等一批新兴项目", "完成锦祥安置小区等老旧小区、棚户区改造", "新增石化科技众创园二期宿舍楼等保障性租赁住房", "开展城区道路交通微循环整治工程等项目建设", "打通富民路、公园东路北延伸段等“梗阻路”", "完成驿峰西路街头绿地等10个口袋公园", "福厦客专泉港段9月顺利通车运营", "沈海高速驿坂服务区提升改造工程预计于2024年元旦对外开放", "完成泉港区海洋生态保护修复项目建设", "实施“505”暖居工程", "峰尾第二中心幼儿园、锦川实验小学2栋教学楼等先后投入使用", "完成界山村农田连片整治面积1000亩", "加快推进诚峰一级渔港二期工程、天马现代渔业产业园、峰尾渔业产业园等项目建设", "天辰化工一期、国亨石化一期等一批重大工业项目陆续建成投产", "重点推动国能热电三期工程、华星石化三期、圣元环保牛磺酸、松道化工等21项目开工动建", "全力推进百宏化学新材料、华特沥青加工、正源新材料等20项目建成投产", "力促杰鼎化工己内酰胺、金宏氢能基地等一批招商项目落地实施", "深挖推进石化维保基地等功能性项目建设", "推动赛诺邦格生物新材料、美瑞ETPU一体化、瑞远功能性新材料等一批项目落地动建", "重点推进联合石化新污水汽提顶循低温热回收、芳烃低温热利用二期和福海粮油生产系统节能改造等项目建设", "推动石化维保基地、鑫佳鼎等一批产业园区开工动建", "加快建设石化物流贸易基地", "力争在我区设立石化保税物流园区、海峡石化产品交易中心", "推动石化科创小镇、天辰安置区、益海实验小学南侧等3宗房地产项目加快出让、建设", "力促温德姆花园酒店、坝头溪“只此青绿”等一批重点文旅项目落地", "重点推进土坑村古建筑群文保单位修缮", "国道G228线泉港段、国能热电三期工程等一批重大项目正抓紧筹备开工", "全力做好石化科技众创园招商", "重点跟踪推动联合石化芳烃产业链及下游深加工项目利澳产业园、益海嘉里中央厨房项目等项目尽快签约落地", "围绕国道G228线泉港段等重点项目专班式推进用地用海用林审批、项目征迁、资金保障等工作", "引导永嘉天地二期、新百汇商圈等载体建设向特色化、品质化运营提升规范打造重点消费商圈、夜间经济街区、特色商业街各1个", "加快推进泉港区电子商务产业聚集园区项目前期工作", "重点跟踪华星石化三期、益海嘉里酵母等利用外资项目尽快开工建设", "全面完成北部城区排污管道工程", "完成中兴街、金山街两条道路配套管网修复改造施工", "推进国道G228线泉港段、高铁泉港站周边配套道路、祥云北路至肖厝作业区疏港通道一期工程建设", "完成高新园区前烧南路工程", "高起点建设山腰街道塔山集中治丧点", "抓好中心养老院改扩建项目", "重点推进锦川实验小学、泉港区职教培训创业园、涂岭第二中心小学等8个项目建设", "确保锦川实验小学项目于2024年8月竣工验收", "加快妇幼保健院迁址重建项目复工建设", "推进泉港医院传染病楼、医技楼、峰尾镇卫生院迁址重建等项目建设"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 10, 10, 11, 12, 12, 12, 12, 13, 13, 14, 15, 16, 17, 17, 18, 19, 20, 21, 22, 23, 23, 24, 25, 25, 25, 26, 26, 27, 27, 27, 27, 28, 28, 28, 29, 29, 30, 31, 31, 31, 32, 32, 32, 33, 33, 34, 35, 35, 36, 36, 36, 37, 37, 38, 39, 39, 40, 41, 41, 42, 43, 43, 44, 45, 45, 46, 47, 48, 48, 48, 49, 50, 51, 52, 52, 52, 53, 54, 55, 55, 55] as [UInt32],
                                  slots: [24, 29, 30, 0, 0, 42, 55, 0, 0, 0, 5, 0, 52, 0, 0, 14, 0, 0, 0, 0, 0, 11, 15, 0, 0, 54, 0, 0, 0, 36, 39, 0, 0, 0, 45, 44, 50, 0, 10, 8, 38, 26, 0, 0, 0, 2, 0, 0, 0, 0, 0, 37, 40, 41, 0, 0, 27, 56, 0, 0, 17, 18, 47, 12, 49, 0, 0, 0, 0, 9, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, 46, 0, 0, 0, 0, 25, 4, 13, 35, 48, 51, 0, 1, 0, 43, 0, 0, 0, 0, 19, 28, 7, 0, 0, 23, 0, 0, 0, 0, 34, 6, 0, 32, 53, 0, 0, 16, 0, 0, 21, 0, 0, 3, 31, 0, 33, 0] as [UInt32]))))
        columns.append(Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                              data: .text(TextColumn(dictionary: ["一(二)", "一(三)", "一(四)", "一(五)", "一(六)", "二(一)", "二(二)", "二(四)", "二(五)", "二(六)"] as [String],
                                  codes: [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9] as [UInt32],
                                  slots: [5, 7, 4, 6, 0, 9, 3, 2, 8, 1, 10, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                              data: .number(NumberColumn(values: [27, 27, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 33, 33, 33, 33, 33, 33, 33, 33, 33, 35, 35, 35, 49, 49, 49, 49, 51, 51, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 53, 61, 61, 61, 61, 61, 61, 61, 61, 61, 65, 65, 67, 67, 67, 67, 71, 71, 71, 75, 75, 83, 83, 83, 83, 83, 83, 85, 87, 87, 87, 87, 87, 87, 87, 87, 87] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "named", alias: "具名项目", doc: "every specific project the text names, one row per mention", columns: columns)
    }

    /// `facts`.
    private static func builtinTable6() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "subject", alias: "主题", doc: "what is counted or measured",
                              data: .text(TextColumn(dictionary: ["主要成效体现在", "走访民营企业", "协调解决问题", "授信融资需求企业", "授信金额", "放款金额", "清单化奖补政策申报指南", "累计兑现惠企政策资金", "退、减、缓各项税费", "聘任首批营商环境监督员代表", "首期区域信用监测综合指数全市排名", "新培育国家科技型中小企业", "新培育省级科技小巨人", "企业“上云上平台”", "技术合同交易额比增", "技术合同交易额全市排名", "全区研发经费投入", "全区研发经费投入比增", "全区研发经费投入全市排名", "获批市级企业技术中心企业", "院士团队", "高水平科研团队入驻清源创新实验室", "转化技术成果并授权专利", "全区高层次人才", "各类人才总量", "列入泉州民企百强企业", "领域农村公共基础设施管护责任清单", "管护主体落实率", "新增建设省级闽台农业示范基地和市级泉台农业示范基地", "工业重点技改项目", "工业技改投资比全市平均水平高", "项目完成后每年可节能", "交通运输仓储和邮政业增加值", "交通运输仓储和邮政业增加值增长", "肖厝港区完成货物吞吐量", "海铁联运", "海铁联运增长", "“泉港云购节”等促消费系列活动", "发放消费券", "带动消费", "大宗贸易额", "建设完成惠农综合服务中心", "供销社物流快递点", "吸引高校师生", "高校师生", "粮食播种面积", "粮食生产", "新增建设高标准农田", "新增农田连片整治", "举办重点项目集中开竣工活动", "新开工建设项目", "预备项目转在建", "建成投产项目", "新增建设用地面积", "用海审批、变更", "累计调查地块", "累计调查地块面积", "清理盘活批而未供及低效闲置土地", "土地征收", "房屋拆除", "坟墓迁移", "争取到政府债券", "新增标准化厂房面积", "标准化厂房完成年度投资", "招商活动", "协调解决招商问题", "签约招商项目", "签约招商项目总投资", "20亿元以上项目", "片区控规编制", "实施区级城建项目", "区级城建项目完成投资", "口袋公园", "立体绿化建设", "道路智能灯具提升改造", "新增公共停车场", "新增公共停车泊位", "累计开展各类志愿服务活动", "参与志愿者", "服务群众", "累计开展职业技能培训", "取得职业资格证书或职业技能等级证书人数", "帮助实现灵活就业", "实施农村人居环境整治、综合服务设施提升等任务", "重点村庄裸房整治", "策划生成省级乡村振兴试点示范项目", "梯次推进省级试点村标杆村创建", "新增省市实绩突出村", "新增市级“一村一品”示范村", "新增市级“绿盈乡村”", "新增市级“五好”示范乡镇", "农村宅基地及房屋确权登记", "全区各村(居)集体经营性收入", "收入超50万元村", "新建贝藻礁", "整治修复海岸沙滩", "后滨沙地植被修复面积", "矿山生态修复", "植树造林", "治理水土流失", "改造提升松林", "突出生态环境问题整改", "入河入海入湖超标排口排查整治", "全区空气质量优良率", "泗洲水库水质达标率", "企业职工基本养老保险参保人数", "城乡居民基本医疗保险参保人数", "困难残疾人生活补贴标准(每人每月,提高前)", "困难残疾人生活补贴标准(每人每月,提高后)", "累计发放困难群众基本生活保障金", "残疾人两项补贴资金", "发放临时救助资金", "临时救助受益", "帮助困难群众改善住房条件", "新建长者食堂", "提升农村居家养老服务站", "每千名老年人拥有床位数", "锦川实验小学教学楼", "新增公办幼儿园学位", "新增中小学学位", "泉港职业中专学校与黎明职业联合实施中高职衔接", "本科上线率", "泉港一中本科上线率", "公立镇级医疗机构均达到“优质服务基层行”基本标准或推荐标准", "基本公卫服务评价全省排名", "基本公卫服务评价全市排名", "全区签约", "全人群签约率", "重点人群签约", "重点人群签约率", "新型公共文化空间", "口袋健身公园", "村级老年人体育活动中心建设", "城区文体便民服务圈", "农村文体便民服务圈", "为民办实事项目", "标准化创建", "标杆企业培植", "示范岗位创建", "粮食", "食用油储备任务", "指标低于区五届人大次会议审议通过目标", "中华人民共和国成立", "播种面积", "在田蔬菜管理", "界山村农田连片整治面积", "开工动建项目", "实施省级技改项目", "实施市级技改项目", "创建省级绿色制造项目", "培育新增“上云上平台”企业", "数字经济增加值同比增长", "新增标准化厂房及配套用房", "全区规上工业企业入园率", "迁入企业", "对接意向迁入企业", "重点引导清源创新实验室创业园孵化项目列入高新技术企业种子培育企业", "国家高新技术企业保有量", "入库科技型中小企业", "技术合同登记", "房地产项目加快出让", "房地产开发投资", "商品房销售", "旅游业增长", "高质量实施重点项目", "重点项目完成年度投资", "重点项目涵盖领域", "重点项目开工", "重点项目竣工", "签约项目投资额", "土地出让", "各类促销活动", "重点消费商圈、夜间经济街区、特色商业街", "备案(核准)合同外资", "城镇新增就业", "民营“五上”企业", "全区村(居)集体经营性收入", "经营性收入超百万元村", "新建城镇污水干管", "中兴街、金山街道路配套管网修复改造施工", "农房整治任务", "村农村污水管道建设", "新建农村主干管网", "深度融合“帮办代办”“模拟审批”", "便民政务服务圈", "新增养老床位", "建设项目", "省级重点特色专科", "逐步完善卫生健康服务站点", "新建新型公共文化空间"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 83, 84, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 135, 136, 137, 138, 139, 140, 141, 142, 143, 46, 144, 145, 146, 52, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 72, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 133, 134] as [UInt32],
                                  slots: [48, 88, 174, 184, 190, 5, 0, 8, 21, 119, 35, 139, 153, 0, 0, 65, 71, 53, 131, 165, 183, 0, 0, 151, 0, 39, 13, 24, 63, 124, 112, 128, 160, 18, 42, 179, 171, 89, 20, 177, 181, 0, 44, 0, 0, 0, 74, 0, 145, 158, 0, 0, 0, 16, 150, 67, 78, 156, 0, 40, 159, 136, 95, 122, 120, 6, 123, 143, 106, 15, 144, 146, 10, 31, 81, 125, 1, 80, 118, 169, 170, 69, 76, 130, 166, 135, 172, 180, 29, 7, 23, 49, 108, 137, 25, 168, 91, 157, 46, 32, 86, 55, 133, 58, 77, 187, 64, 163, 47, 84, 0, 94, 0, 0, 107, 41, 51, 56, 59, 62, 82, 103, 87, 0, 111, 0, 0, 0, 0, 0, 0, 0, 4, 99, 0, 0, 121, 188, 0, 30, 0, 0, 0, 0, 0, 92, 186, 0, 45, 9, 66, 132, 138, 0, 70, 148, 141, 134, 0, 54, 83, 167, 0, 0, 27, 101, 52, 28, 22, 60, 96, 97, 93, 34, 36, 155, 12, 100, 109, 164, 72, 176, 0, 0, 37, 178, 0, 0, 68, 113, 0, 149, 182, 0, 0, 0, 0, 126, 105, 161, 17, 33, 0, 38, 175, 0, 0, 43, 142, 110, 129, 0, 0, 0, 90, 104, 2, 3, 147, 189, 102, 0, 0, 114, 152, 185, 0, 117, 61, 50, 57, 0, 14, 75, 79, 26, 0, 140, 0, 0, 73, 98, 154, 19, 127, 115, 11, 173, 0, 0, 0, 0, 162, 0, 85, 116] as [UInt32]))))
        columns.append(Column(name: "value", alias: "数值", doc: "the figure",
                              data: .number(NumberColumn(values: [600, 70000, 30000, 5400, 4192, 1013, 9200, 684800, 435, 1400, 100, 3200, 500, 2000, 17566, 100, 1018, 4470, 200, 200, 700, 2500, 50000, 74800, 650, 500, 900, 3000, 10000, 100, 1600, 2500, 249, 1974, 300, 237500, 23000, 2450, 1400, 500000, 2000, 450000, 400, 300, 1000, 30000, 305, 117, 190000, 100000, 300, 8000, 900, 5000, 20572, 387, 7400, 239297, 257000, 885058, 758, 1100, 2333, 6000, 5630, 10000, 20000, 20000, 135000, 2000, 1800, 13500, 7000, 1000, 1000, 300000, 1300, 107500, 20000, 100, 500, 350000, 68400, 200000, 400, 2100, 3200, 399700, 4700, 700, 200, 400, 400, 100, 6700, 2000, 4000, 828, 360, 330, 22800, 113400, 800000, 542100, 4100, 7800, 9760, 10000, 586, 3068, 9900, 10700, 733650, 109661, 40024, 337600, 5900, 300, 300, 4080, 200, 30000, 155000, 500, 6620, 9640, 600, 400, 100, 1593, 4438, 920, 8183, 500, 1400, 200, 1500, 3000, 800, 3100, 77300, 2700, 61100, 260, 20000, 700, 7500, 290, 110, 600000, 100000, 2100, 2000, 500, 1000, 100, 1000, 1000, 4000, 5800, 500, 1000, 1100, 4500, 3500, 700000, 300, 2000, 4000, 1500, 27100, 32304, 600, 5200, 4800, 110000, 500, 1200, 100, 160500, 250000, 35000, 2000, 1400, 1280, 200, 500, 100000, 2000, 15000, 200, 1500, 25000, 800, 300, 2300, 200, 1500, 3000] as [Int64], scale: 2, units: [Unit(symbol: "个", dimension: Dimension(id: "count:个"), numerator: 1, denominator: 1), Unit(symbol: "次", dimension: Dimension(id: "count:次"), numerator: 1, denominator: 1), Unit(symbol: "家", dimension: Dimension(id: "count:家"), numerator: 1, denominator: 1), Unit(symbol: "亿元", dimension: Dimension(id: "money"), numerator: 100000000, denominator: 1), Unit(symbol: "项", dimension: Dimension(id: "count:项"), numerator: 1, denominator: 1), Unit(symbol: "万元", dimension: Dimension(id: "money"), numerator: 10000, denominator: 1), Unit(symbol: "名", dimension: Dimension(id: "count:名"), numerator: 1, denominator: 1), Unit(symbol: "%", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 100), Unit(symbol: "人", dimension: Dimension(id: "count:人"), numerator: 1, denominator: 1), Unit(symbol: "万人", dimension: Dimension(id: "count:人"), numerator: 10000, denominator: 1), Unit(symbol: "方面", dimension: Dimension(id: "count:方面"), numerator: 1, denominator: 1), Unit(symbol: "百分点", dimension: Dimension(id: "points"), numerator: 1, denominator: 1), Unit(symbol: "万吨", dimension: Dimension(id: "mass"), numerator: 10000000, denominator: 1), Unit(symbol: "场次", dimension: Dimension(id: "count:场次"), numerator: 1, denominator: 1), Unit(symbol: "所", dimension: Dimension(id: "count:所"), numerator: 1, denominator: 1), Unit(symbol: "人次", dimension: Dimension(id: "count:人次"), numerator: 1, denominator: 1), Unit(symbol: "万亩", dimension: Dimension(id: "area"), numerator: 20000000, denominator: 3), Unit(symbol: "亩", dimension: Dimension(id: "area"), numerator: 2000, denominator: 3), Unit(symbol: "场", dimension: Dimension(id: "count:场"), numerator: 1, denominator: 1), Unit(symbol: "公顷", dimension: Dimension(id: "area"), numerator: 10000, denominator: 1), Unit(symbol: "块", dimension: Dimension(id: "count:块"), numerator: 1, denominator: 1), Unit(symbol: "万平方米", dimension: Dimension(id: "area"), numerator: 10000, denominator: 1), Unit(symbol: "宗", dimension: Dimension(id: "count:宗"), numerator: 1, denominator: 1), Unit(symbol: "处", dimension: Dimension(id: "count:处"), numerator: 1, denominator: 1), Unit(symbol: "盏", dimension: Dimension(id: "count:盏"), numerator: 1, denominator: 1), Unit(symbol: "万人次", dimension: Dimension(id: "count:人次"), numerator: 10000, denominator: 1), Unit(symbol: "大工程", dimension: Dimension(id: "count:大工程"), numerator: 1, denominator: 1), Unit(symbol: "栋", dimension: Dimension(id: "count:栋"), numerator: 1, denominator: 1), Unit(symbol: "千米", dimension: Dimension(id: "length"), numerator: 1000, denominator: 1), Unit(symbol: "元", dimension: Dimension(id: "money"), numerator: 1, denominator: 1), Unit(symbol: "户", dimension: Dimension(id: "count:户"), numerator: 1, denominator: 1), Unit(symbol: "张", dimension: Dimension(id: "count:张"), numerator: 1, denominator: 1), Unit(symbol: "年制", dimension: Dimension(id: "count:年制"), numerator: 1, denominator: 1), Unit(symbol: "分钟", dimension: Dimension(id: "count:分钟"), numerator: 1, denominator: 1), Unit(symbol: "类", dimension: Dimension(id: "count:类"), numerator: 1, denominator: 1), Unit(symbol: "件", dimension: Dimension(id: "count:件"), numerator: 1, denominator: 1), Unit(symbol: "吨", dimension: Dimension(id: "mass"), numerator: 1000, denominator: 1), Unit(symbol: "周年", dimension: Dimension(id: "count:周年"), numerator: 1, denominator: 1), Unit(symbol: "大领域", dimension: Dimension(id: "count:大领域"), numerator: 1, denominator: 1), Unit(symbol: "万美元", dimension: Dimension(id: "usd"), numerator: 10000, denominator: 1), Unit(symbol: "公里", dimension: Dimension(id: "length"), numerator: 1000, denominator: 1), Unit(symbol: "条", dimension: Dimension(id: "count:条"), numerator: 1, denominator: 1)],
                                  unitCodes: [0, 1, 0, 2, 3, 3, 4, 5, 3, 6, 6, 2, 2, 2, 7, 6, 3, 7, 6, 2, 0, 0, 4, 8, 9, 2, 10, 0, 7, 0, 0, 11, 12, 3, 7, 12, 12, 7, 13, 5, 3, 5, 0, 0, 14, 15, 16, 12, 17, 17, 18, 0, 0, 0, 19, 19, 20, 17, 17, 17, 21, 22, 3, 21, 3, 1, 0, 0, 3, 0, 0, 0, 3, 0, 23, 24, 0, 0, 18, 9, 25, 15, 8, 8, 26, 4, 0, 27, 0, 0, 0, 0, 0, 0, 22, 5, 7, 28, 28, 19, 17, 17, 17, 17, 0, 0, 7, 7, 9, 9, 29, 29, 5, 5, 5, 15, 30, 0, 0, 31, 27, 0, 0, 32, 7, 7, 2, 6, 6, 9, 7, 9, 7, 0, 0, 0, 33, 33, 34, 35, 2, 2, 0, 12, 36, 4, 37, 16, 12, 17, 17, 0, 0, 0, 0, 0, 2, 7, 21, 7, 2, 2, 0, 2, 2, 5, 22, 3, 21, 7, 0, 3, 38, 0, 0, 3, 23, 18, 0, 39, 8, 2, 5, 0, 40, 41, 0, 27, 0, 40, 4, 33, 31, 0, 0, 0, 0, 33, 33] as [UInt16], present: nil))))
        columns.append(Column(name: "unit", alias: "单位", doc: "the unit of value",
                              data: .text(TextColumn(dictionary: ["个", "次", "家", "亿元", "项", "万元", "名", "%", "人", "万人", "方面", "百分点", "万吨", "场次", "所", "人次", "万亩", "亩", "场", "公顷", "块", "万平方米", "宗", "处", "盏", "万人次", "大工程", "栋", "千米", "元", "户", "张", "年制", "分钟", "类", "件", "吨", "周年", "大领域", "万美元", "公里", "条"] as [String],
                                  codes: [0, 1, 0, 2, 3, 3, 4, 5, 3, 6, 6, 2, 2, 2, 7, 6, 3, 7, 6, 2, 0, 0, 4, 8, 9, 2, 10, 0, 7, 0, 0, 11, 12, 3, 7, 12, 12, 7, 13, 5, 3, 5, 0, 0, 14, 15, 16, 12, 17, 17, 18, 0, 0, 0, 19, 19, 20, 17, 17, 17, 21, 22, 3, 21, 3, 1, 0, 0, 3, 0, 0, 0, 3, 0, 23, 24, 0, 0, 18, 9, 25, 15, 8, 8, 26, 4, 0, 27, 0, 0, 0, 0, 0, 0, 22, 5, 7, 28, 28, 19, 17, 17, 17, 17, 0, 0, 7, 7, 9, 9, 29, 29, 5, 5, 5, 15, 30, 0, 0, 31, 27, 0, 0, 32, 7, 7, 2, 6, 6, 9, 7, 9, 7, 0, 0, 0, 33, 33, 34, 35, 2, 2, 0, 12, 36, 4, 37, 16, 12, 17, 17, 0, 0, 0, 0, 0, 2, 7, 21, 7, 2, 2, 0, 2, 2, 5, 22, 3, 21, 7, 0, 3, 38, 0, 0, 3, 23, 18, 0, 39, 8, 2, 5, 0, 40, 41, 0, 27, 0, 40, 4, 33, 31, 0, 0, 0, 0, 33, 33] as [UInt32],
                                  slots: [22, 0, 14, 0, 23, 15, 0, 0, 1, 11, 34, 8, 35, 28, 0, 0, 0, 0, 10, 4, 20, 2, 3, 13, 26, 25, 31, 36, 17, 0, 29, 0, 16, 9, 32, 6, 5, 21, 30, 24, 37, 39, 7, 40, 42, 0, 0, 12, 0, 0, 0, 18, 41, 0, 0, 38, 0, 0, 27, 0, 0, 19, 33, 0] as [UInt32]))))
        columns.append(Column(name: "qualifier", alias: "修饰", doc: "多, 余, 以上, 超, 约, 突破 … (every one: 突破…以上)",
                              data: .text(TextColumn(dictionary: ["多", "达", "突破", "以上", "超", "约", "余", "超额", "突破…以上", "预计"] as [String],
                                  codes: [4294967295, 0, 0, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 0, 1, 2, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 3, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4, 4294967295, 4294967295, 0, 0, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 0, 0, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 5, 4294967295, 4294967295, 6, 6, 6, 4294967295, 4294967295, 6, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 3, 1, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 1, 1, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 1, 4294967295, 4294967295, 4294967295, 4294967295, 1, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 7, 7, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 3, 3, 3, 3, 3, 3, 4294967295, 4294967295, 4294967295, 3, 3, 8, 4294967295, 3, 3, 3, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 3, 3, 3, 4294967295, 9, 3, 1, 3, 1, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 3, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295] as [UInt32],
                                  slots: [5, 7, 9, 8, 10, 0, 4, 0, 0, 1, 0, 0, 3, 6, 0, 2] as [UInt32]))))
        columns.append(Column(name: "year", alias: "年份", doc: "the year the figure refers to",
                              data: .text(TextColumn(dictionary: ["2023", "2024"] as [String],
                                  codes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] as [UInt32],
                                  slots: [0, 0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "quote", alias: "原文", doc: "the exact words of the report that state this record",
                              data: .text(TextColumn(dictionary: ["主要成效体现在六个方面", "走访民营企业700多次、协调解决问题300多个", "授信融资需求企业54家、授信金额41.92亿元、放款金额10.13亿元", "创新“3个1+1”模式(“1本汇编+1份指南”“1个平台+1项机制”“1个专班+1次统计”)清单化92项奖补政策申报指南", "累计兑现惠企政策资金6848万元", "退、减、缓各项税费4.35亿元", "聘任首批14名营商环境监督员代表", "2023年首期区域信用监测综合指数位居全市第一", "新培育国家科技型中小企业32家省级科技小巨人5家", "推动20家企业“上云上平台”", "全力实施科技创新“四个倍增”计划技术合同交易额比增175.66%", "全力实施科技创新“四个倍增”计划技术合同交易额比增175.66%,位居全市第1名", "全区研发经费投入10.18亿元、比增44.7%", "比增44.7%,位居全市第2名", "立亚化学和万家鑫轻工2家企业获批市级企业技术中心", "吸引含7个院士团队在内的25个高水平科研团队入驻清源创新实验室", "先后转化技术成果并授权专利500多项", "全区高层次人才达748人", "各类人才总量突破6.5万人", "福海粮油、华星石化、兴通海运等5家企业列入泉州民企百强企业", "扎实推进农村基础设施管护改革编制、完善9方面30个领域农村公共基础设施管护责任清单", "管护主体落实率100%", "新增建设省级闽台农业示范基地和市级泉台农业示范基地各1个", "利澳三期、安然纺织扩建等16个工业重点技改项目建设加快推进", "工业技改投资比全市平均水平高25个百分点", "项目完成后每年可节能2.49万吨标煤以上", "全年累计完成交通运输仓储和邮政业增加值19.74亿元、增长3%", "肖厝港区完成货物吞吐量2375万吨", "海铁联运230万吨、增长24.5%", "开展“泉港云购节”等促消费系列活动14场次", "发放消费券5000万元", "全年带动消费20亿元", "完成大宗贸易额超4500万元", "建设完成4个惠农综合服务中心", "打造3个供销社物流快递点", "吸引10多所高校师生300多人次来泉港研学实践", "吸引10多所高校师生300多人次", "全年完成3.05万亩粮食播种面积和1.17万吨的粮食生产", "新增建设高标准农田1900亩、农田连片整治1000亩", "举办重点项目集中开竣工活动3场", "华特沥青加工、清能锂电池、济钢建材生产制造基地等80个项目新开工建设", "其中天马科技现代高新技术产业园开普勒新能源汽配中心等9个预备项目转在建", "宇极新材料、华星石化二期、恒昌盛物流产业园、天马华耀城等50个项目建成投产", "今年来共新增建设用地面积205.72公顷", "完成用海审批、变更3.87公顷", "累计调查地块74块、面积2392.97亩", "清理盘活批而未供及低效闲置土地2570亩", "全年完成土地征收8850.58亩、房屋拆除7.58万平方米、坟墓迁移11宗", "争取到政府债券23.33亿元", "新增标准化厂房面积60万平方米,完成年度投资56.3亿元", "赴北京、天津、深圳、湖南、海南等地开展招商活动100多次", "协调解决招商问题200多个", "全年共签约招商项目200个、总投资1350亿元", "其中20亿元以上项目20个", "并完成18个片区控规编制", "实施区级城建项目135个,完成投资70亿元", "完成驿峰西路街头绿地等10个口袋公园、10处立体绿化建设", "完成南山中路等道路约3000盏智能灯具提升改造", "新增公共停车场13个,公共停车泊位1075个", "累计开展各类志愿服务活动200余场", "参与志愿者1万余人", "服务群众5万余人次", "累计开展职业技能培训3500人次", "取得职业资格证书或职业技能等级证书人数684人", "帮助2000余人实现灵活就业", "实施农村人居环境整治、综合服务设施提升等4大工程21项任务", "完成福厦高铁沿线及32个重点村庄裸房整治3997栋", "策划生成省级乡村振兴试点示范项目47个", "梯次推进7个省级试点村标杆村创建", "新增省市实绩突出村2个、市级“一村一品”示范村4个、市级“绿盈乡村”4个、市级“五好”示范乡镇1个", "农村宅基地及房屋确权登记67宗", "全区各村(居)集体经营性收入均达20万元以上", "收入超50万元村达40%", "新建贝藻礁8.28千米", "整治修复海岸沙滩3.6千米", "后滨沙地植被修复面积3.3公顷", "完成矿山生态修复228亩", "植树造林1134亩", "治理水土流失8000亩", "改造提升松林5421亩", "全力抓好41个突出生态环境问题整改", "完成78个入河入海入湖超标排口排查整治", "全区空气质量优良率97.6%", "泗洲水库水质达标率100%", "实现参保人数分别达5.86万人、30.68万人", "困难残疾人生活补贴标准从每人每月99元提高到107元", "累计发放困难群众基本生活保障金7336.5万元、残疾人两项补贴资金1096.61万元", "全年共发放临时救助资金400.24万元,受益3376人次", "帮助59户困难群众改善住房条件", "全年新建3个长者食堂、提升3个农村居家养老服务站", "每千名老年人拥有床位数达40.8张", "峰尾第二中心幼儿园、锦川实验小学2栋教学楼等先后投入使用", "新增公办幼儿园学位300个、中小学学位1550个", "泉港职业中专学校与黎明职业联合实施中高职衔接5年制贯通培养", "本科上线率达66.2%", "其中泉港一中本科上线率96.4%", "6家公立镇级医疗机构均达到“优质服务基层行”基本标准或推荐标准", "泉港区获全省基本公卫服务评价第4名、全市第1名", "全区共签约15.93万人、全人群签约率44.38%", "其中重点人群签约9.2万人、重点人群签约率81.83%", "完成5个新型公共文化空间、14个口袋健身公园和2个村级老年人体育活动中心建设", "进一步完善构建城区15分钟、农村30分钟文体便民服务圈", "精心办好8类31件为民办实事项目", "完成标准化创建773家、标杆企业培植27家、示范岗位创建611个", "全面落实2.6万吨粮食和200吨食用油储备任务", "地区生产总值、工业增加值、固定资产投资等7项指标低于区五届人大次会议审议通过目标", "2024年是中华人民共和国成立75周年", "力争超额完成播种面积2.9万亩、粮食生产1.1万吨的年度任务", "力争超额完成播种面积2.9万亩、粮食生产1.1万吨", "加强6000亩在田蔬菜管理", "完成界山村农田连片整治面积1000亩", "重点推动国能热电三期工程、华星石化三期、圣元环保牛磺酸、松道化工等21项目开工动建", "全力推进百宏化学新材料、华特沥青加工、正源新材料等20项目建成投产", "全年力争实施省级技改项目5个、市级技改项目10个以上", "创建省级绿色制造项目1个以上", "培育新增“上云上平台”企业10家以上", "实现数字经济增加值同比增长10%以上", "力争新增标准化厂房及配套用房40万平方米以上", "全区规上工业企业入园率提升至58%以上", "全年力争实现迁入企业5家、对接意向迁入企业10家", "重点引导清源创新实验室创业园的11个孵化项目列入高新技术企业种子培育企业", "力争全年国家高新技术企业保有量达45家以上", "入库科技型中小企业35家以上", "技术合同登记突破7000万元以上", "推动石化科创小镇、天辰安置区、益海实验小学南侧等3宗房地产项目加快出让、建设", "计划完成房地产开发投资20亿元以上", "实现商品房销售40万平方米以上", "推动旅游业增长15%以上", "高质量实施重点项目271个,完成年度投资323.04亿元", "涵盖工业科技、交通港航、城建环保等6大领域", "力争重点项目开工52个、竣工48个", "力争全年完成签约项目投资额1100亿元以上", "完成土地出让5处以上", "确保全年开展各类促销活动12场以上", "引导永嘉天地二期、新百汇商圈等载体建设向特色化、品质化运营提升规范打造重点消费商圈、夜间经济街区、特色商业街各1个", "2023年我区备案(核准)合同外资预计完成1605万美元", "确保全年城镇新增就业2500人以上", "2024年度力争民营“五上”企业达350家", "力争全区村(居)集体经营性收入达20万元以上", "经营性收入超百万元村达14个", "新建城镇污水干管12.8公里", "完成中兴街、金山街两条道路配套管网修复改造施工", "建设祥云中路、圭峰路等5个口袋公园", "推动完成农房整治任务1000栋", "开展20个村农村污水管道建设", "新建农村主干管网150公里", "深度融合“帮办代办”“模拟审批”两项业务", "打造15分钟便民政务服务圈", "新增养老床位250张以上", "重点推进锦川实验小学、泉港区职教培训创业园、涂岭第二中心小学等8个项目建设", "加快泉港区医院创建三级乙等医院进程及打造普外科、呼吸与危重症医学科、骨科等三个省级重点特色专科", "逐步完善23个卫生健康服务站点", "新建2个新型公共文化空间"] as [String],
                                  codes: [0, 1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12, 13, 14, 15, 15, 16, 17, 18, 19, 20, 20, 21, 22, 23, 24, 25, 26, 26, 27, 28, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 40, 41, 42, 43, 44, 45, 45, 46, 47, 47, 47, 48, 49, 49, 50, 51, 52, 52, 53, 54, 55, 55, 56, 56, 57, 58, 58, 59, 60, 61, 62, 63, 64, 65, 65, 66, 66, 67, 68, 69, 69, 69, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 84, 85, 85, 86, 86, 87, 87, 88, 89, 89, 90, 91, 92, 92, 93, 94, 95, 96, 97, 97, 98, 98, 99, 99, 100, 100, 100, 101, 101, 102, 102, 103, 103, 103, 104, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 113, 114, 115, 116, 117, 118, 119, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 128, 129, 130, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 101, 101] as [UInt32],
                                  slots: [10, 13, 113, 124, 0, 0, 0, 89, 0, 0, 82, 0, 0, 53, 17, 54, 120, 140, 0, 0, 0, 0, 75, 105, 0, 0, 0, 0, 0, 0, 0, 45, 0, 0, 95, 0, 139, 22, 83, 100, 0, 116, 12, 0, 0, 32, 0, 56, 0, 0, 23, 125, 0, 0, 0, 0, 0, 20, 0, 14, 0, 0, 42, 144, 146, 33, 0, 0, 136, 0, 118, 147, 0, 110, 70, 0, 0, 0, 145, 0, 123, 9, 96, 0, 40, 0, 126, 87, 39, 43, 127, 34, 66, 138, 141, 142, 143, 149, 29, 73, 6, 94, 112, 114, 28, 0, 48, 0, 0, 93, 0, 24, 59, 86, 150, 0, 0, 30, 57, 0, 130, 132, 2, 107, 148, 0, 0, 0, 92, 103, 0, 0, 37, 15, 61, 121, 0, 51, 52, 72, 119, 0, 0, 102, 137, 0, 38, 88, 129, 41, 67, 151, 0, 35, 65, 97, 0, 0, 0, 0, 0, 0, 152, 135, 0, 0, 0, 44, 98, 133, 0, 25, 0, 0, 153, 0, 0, 0, 0, 16, 0, 0, 0, 60, 26, 69, 4, 134, 19, 36, 62, 64, 90, 55, 74, 117, 131, 27, 3, 21, 115, 0, 11, 79, 0, 76, 0, 0, 78, 46, 0, 91, 101, 0, 111, 5, 1, 8, 31, 49, 18, 108, 80, 128, 122, 0, 106, 50, 0, 0, 0, 0, 0, 0, 0, 0, 99, 84, 68, 71, 0, 63, 0, 0, 104, 0, 0, 0, 0, 109, 81, 77, 85, 47, 58, 7] as [UInt32]))))
        columns.append(Column(name: "section", alias: "章节", doc: "the section the quote stands in (一, 一(四), 二(七) …)",
                              data: .text(TextColumn(dictionary: ["一", "一(一)", "一(二)", "一(三)", "一(四)", "一(五)", "一(六)", "二", "二(一)", "二(二)", "二(三)", "二(四)", "二(五)", "二(六)"] as [String],
                                  codes: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 12, 12, 13, 13, 13, 13, 13, 13, 13] as [UInt32],
                                  slots: [0, 0, 6, 9, 0, 0, 5, 2, 14, 3, 0, 0, 0, 0, 0, 0, 7, 10, 0, 0, 0, 8, 11, 1, 4, 12, 13, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text the quote starts on",
                              data: .number(NumberColumn(values: [23, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 37, 41, 49, 49, 49, 49, 53, 53, 53, 53, 53, 53, 53, 53, 53, 57, 57, 61, 61, 61, 61, 61, 61, 61, 61, 67, 67, 67, 67, 67, 67, 67, 71, 71, 73, 81, 81, 81, 81, 83, 83, 83, 83, 83, 83, 85, 85, 87, 87, 87, 87, 87, 87, 87] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "facts", alias: "数据", doc: "every other quantitative statement of the report", columns: columns)
    }

    /// `sentences`.
    private static func builtinTable7() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "n", alias: "序号", doc: "the sentence's number, from 1",
                              data: .number(NumberColumn(values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        columns.append(Column(name: "text", alias: "文本", doc: "the sentence",
                              data: .text(TextColumn(dictionary: ["索 引 号:QZ04104-3000-2023-00033", "发布机构:泉港区发展和改革局", "公文生成日期:2023-12-27", "关于泉港区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告", "时间:2023-12-27 09:09", "——20231219日在泉港区第届人民代表大会第次会议上", "泉港区发展和改革局局长 吴文辉", "各位代表:", "泉港人民政府委托,现将区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)请审议,并请政协委员和其他列席人员提出意见。", "一、2023年国民经济和社会发展计划执行情况", "2023年,面对复杂严峻的宏观形势和经济下行压力,在区委、区政府领导下,全区上下认真贯彻落实习近平新时代中国特色社会主义思想及一系列重要讲话重要指示精神,落实“深学争优、敢为争先、实干争效”行动部署要求,持续推进“抓项目、促发展”系列专项行动,深入开展“突破提升年”专项行动,大拼经济、大抓发展,落细落实巩固经济回升向好势头一揽子政策措施,全区经济运行企稳回升,民生保障有力有效,社会大局和谐稳定。", "全年预计实现地区生产总值623.68亿元,下降9.6%(预计数,下同);农林牧渔业总产值24.23亿元增长3.6%;工业增加值366.85亿元,下降17.2%;建筑业增加值64.14亿元,下降0.5%;第三产业增加值178.53亿元,增长6.5%;固定资产投资98亿元,增长1%;一般公共预算总收入101.39亿元,增长11.1%;一般公共预算收入24.37亿元,增长10.01%;出口商品总值19.59亿元下降34%;实际使用外资3.78亿元下降54.7%;社会消费品零售总额158.24亿元,增长2.5%;居民人均可支配收入36230元,增长6%。", "主要成效体现在六个方面:", "(一)全力稳增长促发展,经济运行企稳回升。", "一是服务企业给力。", "全面落实重点工作定期调度,重点落实好挂钩联系重点民营企业、政务服务“轻骑兵”“大篷车”下沉基层一线、政企“早午晚餐会”、局长走流程走基层、“千名干部进千企 一企一策促发展”等制度,走访民营企业700多次、协调解决问题300多个。", "畅通银企沟通渠道,授信融资需求企业54家、授信金额41.92亿元、放款金额10.13亿元。", "二是惠企政策助力。", "出台《泉港区产业发展扶持奖励办法》等巩固经济回升向好一揽子政策措施,创新“3个1+1”模式(“1本汇编+1份指南”“1个平台+1项机制”“1个专班+1次统计”)清单化92项奖补政策申报指南,实现各类惠企政策“一站汇聚”,2023年以来累计兑现惠企政策资金6848万元,退、减、缓各项税费4.35亿元三是营商环境聚力。", "实施“营商争优、服务争先、满意争效”打造一流营商环境突破提升专项行动,举办泉港区优化营商环境大会,创立“泉港营商环境周”,聘任首批14名营商环境监督员代表。", "建立“一会三函一书”工作机制,重点项目工程“零办证·即施工”审批流程改革得到省深化改革办肯定。", "成立泉港区诚信促进会,2023年首期区域信用监测综合指数位居全市第一。", "(二)坚持抓创新谋突破,发展动能显著增强。", "一是创新活力稳步提升。", "深化“抓创新促应用”专项行动,新培育国家科技型中小企业32家省级科技小巨人5家,推动20家企业“上云上平台”。", "全力实施科技创新“四个倍增”计划技术合同交易额比增175.66%,位居全市第1名;全区研发经费投入10.18亿元、比增44.7%,位居全市第2名路通管业获批省级企业技术中心,立亚化学和万家鑫轻工2家企业获批市级企业技术中心。", "清源创新实验室产学研合作提速,与博纯材料公司共建国内首个电子化学品专项测试平台“电子特气及新材料工程技术中心”。", "人才队伍持续壮大,吸引含7个院士团队在内的25个高水平科研团队入驻清源创新实验室,先后转化技术成果并授权专利500多项,全区高层次人才达748人,各类人才总量突破6.5万人。", "二是深化改革持续推进。", "制定出台《关于不断创新和发展“晋江经验”奋力打造新时代民营经济强区的意见》,福海粮油、华星石化、兴通海运等5家企业列入泉州民企百强企业。", "深化财税改革,加大零基预算改革力度,推进预算管理一体化建设,进一步深化乡镇国库集中支付改革。", "扎实推进农村基础设施管护改革编制、完善9方面30个领域农村公共基础设施管护责任清单,建立管护工作台账,管护主体落实率100%。", "积极探索泉港区界山东张至山腰普安道路沿线综合开发项目政府和社会资本合作新机制。", "三是开放协作进一步提高。", "落实探索海峡两岸融合发展新路 建设两岸融合发展示范区的意见,新增建设省级闽台农业示范基地和市级泉台农业示范基地各1个,推动泉台在石油化工等领域深度合作。", "实施“聚侨引侨和泉商回归”行动,建立“联谊+经贸+招商”工作机制,举办“在外青商寿乡行”活动,邀请深圳市泉州商会等返乡经贸考察,不断扩大招商圈子,促进项目、技术、人才回归。", "与江西抚州市东乡区签订战略合作框架协议。", "(三)注重调结构促转型,产业体系更加优化。", "一是多元化产业格局有力开拓。", "高规格成立泉州市石化产业指挥部泉港区分指挥部、泉港区文旅产业、凤安片区、高新园区、北翼新城、高铁片区等指挥部,在做大做强石化、粮油食品等传统产业的基础上,积极培育壮大新材料新能源、文旅等产业,形成产业全域联动、多点开花的新局面。", "工业发展承压前行。", "在国际原油价格持续波动、石化下游市场需求下降等多重不利因素的影响下,石化产业逆周期发展,天辰化工一期建成投产,国亨石化一期已建成即将投产;百宏化学新材料项目建设进展迅速,预计将于2024年四季度竣工投产。", "利澳三期、安然纺织扩建等16个工业重点技改项目建设加快推进,工业技改投资比全市平均水平高25个百分点。", "鼓励工业企业绿色转型发展,重点实施联合石化除氧给水系统低温热回收节能项目、国能热电二期凝汽器加装在线清洗机器人装置改造等一批项目,项目完成后每年可节能2.49万吨标煤以上。", "联合石化入选省级重点用能行业能效“领跑者”标杆企业;钟山化工被评为国家级绿色工厂。", "第三产业提质增效。", "物流业稳步增长,全年累计完成交通运输仓储和邮政业增加值19.74亿元、增长3%,肖厝港区完成货物吞吐量2375万吨,海铁联运230万吨、增长24.5%。", "聚焦汽车、餐饮、家居等大宗商品消费,开展“泉港云购节”等促消费系列活动14场次,联合商贸文旅企业、金融机构、消费平台,结合传统佳节消费旺季,发放消费券5000万元,全年带动消费20亿元。", "积极培育新型经营业态体系,成立泉港供销社实业集团有限公司,完成大宗贸易额超4500万元,建设完成4个惠农综合服务中心,打造3个供销社物流快递点。", "加快文旅融合发展,推进海盐制作技艺、北管音乐、福船制造技艺等重点非遗的活态传承,研发“福娃”“福灯”“福盐”等新文创产品,开展在泉高校寿乡研学游活动,吸引10多所高校师生300多人次来泉港研学实践,宣传打造“山海泉港·常来长寿”泉港文旅品牌。", "泉州福船古船模制作有限公司获评我区首个省级文化产业示范基地。", "四是现代农业稳步向前。", "全年完成3.05万亩粮食播种面积和1.17万吨的粮食生产,新增建设高标准农田1900亩、农田连片整治1000亩,播种面积和产量创近年来新高。", "扎实推进天马现代渔业产业园、诚平二级渔港等一批项目建设,诚峰一级渔港一期工程实现交工验收,二期疏浚工程开始动工建设。", "(四)聚焦拼项目促投资,项目建设成效显著。", "一是项目攻坚有序推进。", "实施“项目奋战年”行动,开展“百日攻坚”暨“六比一看”等攻坚比拼,举办重点项目集中开竣工活动3场,18个省级重点项目完成投资127亿元,55个市级重点项目完成投资172亿元,221个区级重点项目累计完成投资278亿元,均超额完成年度投资任务。", "华特沥青加工、清能锂电池、济钢建材生产制造基地等80个项目新开工建设,其中天马科技现代高新技术产业园开普勒新能源汽配中心等9个预备项目转在建;宇极新材料、华星石化二期、恒昌盛物流产业园、天马华耀城等50个项目建成投产。", "二是要素保障坚定有力。", "成立重点项目用地保障工作专班,进一步提高资源要素配置水平,今年来共新增建设用地面积205.72公顷,完成用海审批、变更3.87公顷;开展全区城镇低效用地盘活先行试点,完成首批低效用地调查评价上图入库工作,1-12月累计调查地块74块、面积2392.97亩,清理盘活批而未供及低效闲置土地2570亩;全年完成土地征收8850.58亩、房屋拆除7.58万平方米、坟墓迁移11宗,争取到政府债券23.33亿元。", "工业园区标准化建设加快推进,新增标准化厂房面积60万平方米,完成年度投资56.3亿元。", "三是招商引资精准高效。", "紧盯国内外重点企业和行业龙头企业,赴北京、天津、深圳、湖南、海南等地开展招商活动100多次,协调解决招商问题200多个。", "全年共签约招商项目200个、总投资1350亿元,其中20亿元以上项目20个。", "围绕打造锂电池产业链,引进了盛屯碳酸锂、百宏化学电解液等一批新兴项目。", "(五)实施抓城建提品质,城乡环境持续优化。", "一是完善空间规划,健全城市功能布局。", "开展泉港区国土空间总体规划编制工作并通过专家评审;启动中心工业区等重点片区控规编制,并完成18个片区控规编制;初步形成全区乡村地区“规划一张图”,规划整体进度和质量均位居全市前列。", "全面落实“抓城建提品质”专项行动,实施区级城建项目135个,完成投资70亿元;完成锦祥安置小区等老旧小区、棚户区改造,新增石化科技众创园二期宿舍楼等保障性租赁住房;开展城区道路交通微循环整治工程等项目建设,打通富民路、公园东路北延伸段等“梗阻路”;完成驿峰西路街头绿地等10个口袋公园、10处立体绿化建设;完成南山中路等道路约3000盏智能灯具提升改造;开展公共充电基础设施布局专项规划编制工作,新增公共停车场13个,公共停车泊位1075个。", "二是创建文明城市,打造宜居宜业环境。", "常态化开展新时代文明实践志愿服务活动,累计开展各类志愿服务活动200余场,参与志愿者1万余人,服务群众5万余人次。", "深化“1小时灵活就业圈”模式,累计开展职业技能培训3500人次,取得职业资格证书或职业技能等级证书人数684人帮助2000余人实现灵活就业。", "“聚城畅通”再提速,福厦客专泉港段9月顺利通车运营;沈海高速驿坂服务区提升改造工程预计于2024年元旦对外开放,成为全省首个国道与高速双边开放服务区。", "努力创建示范引领精品样板,山腰街道获评无障碍省级样板街道,后龙福炼社区入围省级完整社区样板。", "三是建设美丽乡村,扎实推进乡村振兴。", "实施农村人居环境整治、综合服务设施提升等4大工程21项任务,规范农村建房管理,完成福厦高铁沿线及32个重点村庄裸房整治3997栋,村庄建筑风貌明显提升改善,城乡人居环境考评位居全市前列,顺利通过国家创城创卫复审。", "策划生成省级乡村振兴试点示范项目47个,梯次推进7个省级试点村标杆村创建,新增省市实绩突出村2个、市级“一村一品”示范村4个、市级“绿盈乡村”4个、市级“五好”示范乡镇1个,后龙镇涂坑村入选第三批全国乡村治理示范村,峰尾镇诚平村、前黄镇前黄村列入中国传统村落名录,樟脚村、涂岭村获批省级森林村庄。", "深化农村宅基地改革,农村宅基地及房屋确权登记67宗,推动历史遗留问题有效解决;不断发展壮大村集体经济,全区各村(居)集体经营性收入均达20万元以上,收入超50万元村达40%。", "四是加强生态保护,践行绿色发展理念。", "持续打好“蓝天、碧水、碧海、净土”保卫战,全面推进气、水、土、废专项攻坚,辖区内生态环境持续改善。", "完成泉港区海洋生态保护修复项目建设,新建贝藻礁8.28千米,整治修复海岸沙滩3.6千米,后滨沙地植被修复面积3.3公顷;完成矿山生态修复228亩,植树造林1134亩,治理水土流失8000亩,改造提升松林5421亩。", "全力抓好41个突出生态环境问题整改,完成78个入河入海入湖超标排口排查整治。", "全区空气质量优良率97.6%,泗洲水库水质达标率100%,小流域菱溪、坝头溪水质保持在Ⅲ类水平。", "(六)切实办好民生实事,社会大局和谐稳定。", "一是社会保障体系逐步完善。", "积极推进大社保体系建设,持续拓宽企业职工基本养老保险和城乡居民基本医疗保险参保覆盖面,实现参保人数分别达5.86万人、30.68万人。", "扎实做好特殊困难群体救助工作,织密民生兜底保障“安全网”,困难残疾人生活补贴标准从每人每月99元提高到107元,累计发放困难群众基本生活保障金7336.5万元、残疾人两项补贴资金1096.61万元。", "巩固提升“救急难”综合试点,取消户籍地限制,简化优化临时救助审核审批程序,开通“先行救助、后补手续”绿色通道,全年共发放临时救助资金400.24万元,受益3376人次。", "实施“505”暖居工程,帮助59户困难群众改善住房条件。", "加快推进养老服务设施建设,全年新建3个长者食堂、提升3个农村居家养老服务站,每千名老年人拥有床位数达40.8张。", "养老服务和社会救助工作经验在《人民日报》《中国社会报》等媒体上刊发,“幸福来敲门,让生命无憾”案例入选2020-2022年全省优秀社会工作案例三等奖,《党建引领 “救”在身边》项目在2023年泉州市机关特色党建项目评展决赛中获一等奖。", "重大节假日启动平价商店惠民销售机制,保障了民生价格秩序和物价总水平稳定。", "二是公共服务资源更为优质。", "不断扩大优质教育资源供给,深入实施教育高质量发展“1+N”行动,峰尾第二中心幼儿园、锦川实验小学2栋教学楼等先后投入使用,新增公办幼儿园学位300个、中小学学位1550个;泉港职业中专学校与黎明职业联合实施中高职衔接5年制贯通培养,庄重文实验小学获评首批省级教改基地校,区教师进修学校被确定为“福建省标准化县级教师进修学校”,圭峰中学、三川中学入选初中教育综合改革新优校培育建设学校。", "泉港一中晋升省一级达标高中学校,全区2023年度高考高分位次和人数均实现明显提升,本科上线率达66.2%,其中泉港一中本科上线率96.4%,创历史新高。", "深耕做实“三年创三乙、五年争三甲”医疗提升行动,不断放大府院共建医联体效用,泉港区医院获评全国健康促进医院,“府院共建”医联体做法入选“公立医院高质量发展(县域)典型案例”;6家公立镇级医疗机构均达到“优质服务基层行”基本标准或推荐标准;泉港区获全省基本公卫服务评价第4名、全市第1名。", "开展家庭医生签约智能化服务,实行“移动式签约”,2023年来全区共签约15.93万人、全人群签约率44.38%,其中重点人群签约9.2万人、重点人群签约率81.83%。", "完成5个新型公共文化空间、14个口袋健身公园和2个村级老年人体育活动中心建设,进一步完善构建城区15分钟、农村30分钟文体便民服务圈。", "顺利举办泉港区第十一届全民健身运动会。", "三是社会治理水平持续提高。", "扎实推进除险保安,建立全覆盖安全生产责任体系,聚焦建设、交通、食药、电信诈骗等重点领域开展大检查大整治,强化安全风险源头管控。", "全力推进信访积案化解和源头治理,顺利实现信访积案动态清零。", "常态化开展扫黑除恶斗争,持续深化“无欠薪”行动。", "精心办好8类31件为民办实事项目,不断增强人民群众的获得感和幸福感。", "全面推进安全生产标准化提升专项行动,完成标准化创建773家、标杆企业培植27家、示范岗位创建611个。", "成立社会治理现代化综合调度指挥中心,深化“一镇(街)一法官工作站”网络司法服务管理机制,打造“畲乡融合调解室”。", "全力开展“飓风肃毒2023”会战等专项攻坚行动,严打严防网络诈骗、黄赌毒等违法犯罪,社会大局稳定有序。", "落实耕地保护和粮食安全责任制,全面落实2.6万吨粮食和200吨食用油储备任务,持续推进全区食用农产品“一品一码”追溯管理。", "双拥共建、国防动员和国防教育、宗教、外事、人防、退役军人、职工、青年、妇女、儿童、残疾人等各项工作取得新成绩。", "总体来看,2023年全区各项重点工作扎实推进,经济社会实现平稳发展。", "但仍存在不少困难和问题:一是部分指标未达到预期目标,受宏观经济形势和我区高额偿债等多重不利因素叠加影响,地区生产总值、工业增加值、固定资产投资等7项指标低于区五届人大次会议审议通过目标二是基础设施仍有短板,交通基础设施建设还需加快,防洪减灾等水利工程仍需进一步加强三是优质公共服务供给不足教育、医疗、托育、养老等民生领域还存在分布不均衡等问题,与居民的美好生活需求还有一定差距;四是外部不稳定不确定因素增多,市场需求仍未改善,经济下行压力不减。", "这些都需要我们在今后工作中加以解决。", "二、2024年国民经济和社会发展预期目标和工作重点", "2024年是中华人民共和国成立75周年,也是实施“十四五”规划的关键一年,做好2024年国民经济和社会发展各项工作意义重大。", "全区各级各部门要坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,认真贯彻落实上级各项工作要求,坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,积极服务和融入新发展格局,着力推动高质量发展,更好统筹发展和安全,有效防范化解重大风险,持续扩大有效投资和消费需求,大力提振市场信心,全力保障和改善民生,持续巩固“稳”的基础,积蓄“进”的力量,奋力打造新时代民营经济强区。", "对照中央政治局会议和经济工作会议确定重点任务以及省、市、区全会部署,着力挖潜经济高质量发展增长极,力争在全市发展大局中作出更多贡献。", "基于以上考虑,在主要指标设置和安排上,以2023年指标体系为基础,按照区政府工作报告提出了明年经济社会发展的目标任务,全区生产总值增长6.5%目标,主要考虑:", "(一)关于产业发展预期目标", "农林牧渔业总产值增长3.5%。", "主要考虑:粮食安全是国家安全的重要基础,是各级政府必须承担的重要政治责任,守住耕地保护红线,加强高标准农田建设,全力保障粮食生产是我区一项重要工作。", "2024年,我区将持续发展壮大海洋经济产业、畜牧业高质量发展三年行动,实施一批现代农业重点项目,挖掘农业增长潜力,为经济增长作出应有贡献。", "实现上述目标,一要切实提高粮食保障水平。", "扎实推进粮食生产,力争超额完成播种面积2.9万亩、粮食生产1.1万吨的年度任务;不断优化蔬菜种植供给结构,加强6000亩在田蔬菜管理,深挖设施蔬菜生产产能;加快实施高标准农田建设,完成界山村农田连片整治面积1000亩。", "大力发展特色现代农业。", "努力培育新型农业经营主体,积极探索“一镇一企”,成立镇级强村公司,创建新一批家庭农场示范场、农民专业合作社示范社。", "进一步探索发展农产品直播带货新业态,依托第三方平台,积极发展特色农产品直播带货、短视频营销、线上消费等新场景新应用,推动农产品销售线下线上融合发展。", "发展壮大海洋经济产业。", "推动高值鱼类养殖、名优品种推广、立体综合养殖,提高云纹石斑、鲍鱼、海参高值水产品占比,培优做强我区特色渔业。", "加快推进诚峰一级渔港二期工程、天马现代渔业产业园、峰尾渔业产业园等项目建设。", "打造集渔船避风补给、冷链物流、精深加工、休闲观光等的沿海现代渔业经济区。", "工业增加值增长6.3%主要考虑:工业仍是全区经济稳增长的主要支撑。", "受外贸需求减弱和经济下行影响,存量工业增长压力仍较大,但考虑到2024年我区天辰化工一期、国亨石化一期等一批重大工业项目陆续建成投产,预计2024年工业经济仍可保持一定增速。", "实现上述目标,加快培育新增长点。", "重点推动国能热电三期工程、华星石化三期、圣元环保牛磺酸、松道化工等21项目开工动建,全力推进百宏化学新材料、华特沥青加工、正源新材料等20项目建成投产,力促杰鼎化工己内酰胺、金宏氢能基地等一批招商项目落地实施。", "继续做大做强石化产业,在加速构建“丙烷—丙烯—环氧丙烷—聚醚”完整碳三产业链的基础上,进一步推动园区全产业链补链强链延链,深挖推进石化维保基地等功能性项目建设,做足石化产业文章。", "全面发展现代化临海工业,着力发展新材料、新能源、生物与新医药等战略性新兴产业,推动赛诺邦格生物新材料、美瑞ETPU一体化、瑞远功能性新材料等一批项目落地动建。", "扎实推进工业技改。", "加快发展方式绿色转型,重点推进联合石化新污水汽提顶循低温热回收、芳烃低温热利用二期和福海粮油生产系统节能改造等项目建设,全年力争实施省级技改项目5个、市级技改项目10个以上,创建省级绿色制造项目1个以上。", "支持福海粮油、百宏石化等龙头企业开展数字化改造,培育新增“上云上平台”企业10家以上,实现数字经济增加值同比增长10%以上。", "推进工业(产业)园区标准化建设。", "试点推行亩均效益评价,推动石化维保基地、鑫佳鼎等一批产业园区开工动建,抓好试点项目连片开发项目建设,力争新增标准化厂房及配套用房40万平方米以上,全区规上工业企业入园率提升至58%以上。", "建筑业增加值增长10%。", "主要考虑:我区建筑业高质量发展三年行动实施,吸引了湖田建设、宇华建设、锡安智慧科技等优质企业落地,将带动市场加快复苏、产值加快回升。", "禹建路桥、山湖建设等企业资质晋升,建筑业企业核心竞争力不断增强。", "随着产业政策效应进一步释放,将促进我区建筑业发展壮大。", "实现上述目标,一要努力吸引外地建筑企业入驻泉港,全年力争实现迁入企业5家、对接意向迁入企业10家,重点培育筑州建设、浩睿建筑等一批企业提升资质等级。", "二要加大建筑业扶持政策宣贯力度,在资质晋升等方面给予大力扶持,支持企业参与规范标准编制。", "三要大力发展装配式建筑,积极探索完善装配式建筑标准规范体系,创新建筑设计,扩大优化部品部件生产,不断提高装配式建筑在我区新建建筑中的比例。", "第三产业增加值增长6%。", "主要考虑:物流仓储业、科技服务业等生产性服务业行业呈稳中有进发展趋势;住宿、餐饮、文化体育和其他娱乐业等生活性服务业行业保持恢复性增长;房地产业由于石化安控区动迁群众购房需求已基本满足,目前我区住房刚性需求有限,房地产商开发意愿不强,商品房销售面积增长乏力", "实现上述目标,一要加快建设石化物流贸易基地。", "强化物流资源区域协同,持续提高港口集疏运水平,建设危化品车辆停车场,力争在我区设立石化保税物流园区、海峡石化产品交易中心,提升保税仓储、国际物流配送等服务功能,打造国家物流枢纽重要节点。", "二要加快发展服务型制造。", "重点引导清源创新实验室创业园的11个孵化项目列入高新技术企业种子培育企业,力争全年国家高新技术企业保有量达45家以上,入库科技型中小企业35家以上,技术合同登记突破7000万元以上三要促进房地产平稳健康发展。", "推动石化科创小镇、天辰安置区、益海实验小学南侧等3宗房地产项目加快出让、建设。", "计划完成房地产开发投资20亿元以上,实现商品房销售40万平方米以上。", "四要打造优质文旅产业项目。", "发挥文旅产业指挥部职能,力促温德姆花园酒店、坝头溪“只此青绿”等一批重点文旅项目落地。", "重点推进土坑村古建筑群文保单位修缮,争取与省博物院开展“院地”合作,开展“博物馆小镇”等试点工作。", "充分利用后龙湾、惠屿岛等海湾、海岛资源,打造滨海旅游精品线路,做热主题文旅活动,推动旅游业增长15%以上。", "(二)关于需求增长预期目标", "固定资产投资增长15%。", "主要考虑:我区开展2023年开放招商“突破争先·提升争效”专项行动,签约落地了一批重大项目,再加上国道G228线泉港段、国能热电三期工程等一批重大项目正抓紧筹备开工,为我区固定资产投资增长提供了有力支撑。", "实现上述目标,一要做实项目攻坚比拼。", "深入实施“项目创优年”活动,继续健全完善周例会专班推进、月通报、集中开竣工、观摩评比等推进机制,全力促进储备项目加快成熟、前期项目加快落地、在建项目加快推进,高质量实施重点项目271个,完成年度投资323.04亿元,涵盖工业科技、交通港航、城建环保等6大领域。", "力争重点项目开工52个、竣工48个。", "二要靶向发力精准招商。", "深入实施“抓开放招商促项目落地”专项行动,聚焦产业链新赛道新片区招商,服务构建多元产业体系。", "全力做好石化科技众创园招商,对入驻“四个一批”标准化园区的企业给予“三奖三补”,力争全年完成签约项目投资额1100亿元以上。", "重点跟踪推动联合石化芳烃产业链及下游深加工项目利澳产业园、益海嘉里中央厨房项目等项目尽快签约落地。", "三要实施“抓要素促保障”行动。", "深化“一项目一专班”要素保障机制,围绕国道G228线泉港段等重点项目专班式推进用地用海用林审批、项目征迁、资金保障等工作,完成土地出让5处以上常态化实施“抓征迁交净地”专项行动,探索创新征收补偿机制,加快解决历史遗留的已征迁未安置问题。", "积极谋划第二批低效用地盘活试点项目", "社会消费品零售总额增长6.5%主要考虑:2023年我区文旅市场持续火热,“中国长寿之乡 山海泉港”城市品牌加快打响,游客人次、旅游收入均大幅增长,2024年通过加快补齐旅游要素短板,进一步释放文旅消费潜力。", "随着群众消费信心不断增强、品质追求不断提升,群众“衣食住行”消费持续恢复性增长,以网络零售为代表的线上消费、新型消费持续发展,新能源汽车、智能家居等将成为新的消费热点。", "实现上述目标,一要持续激发消费活力。", "建立常态化消费促进机制,举办突出泉港文化特色,彰显时尚化、品牌化的“购泉港”等系列活动,实现“月月有活动、季季有特色”,确保全年开展各类促销活动12场以上。", "引导永嘉天地二期、新百汇商圈等载体建设向特色化、品质化运营提升规范打造重点消费商圈、夜间经济街区、特色商业街各1个,合理配置餐饮、便利店、商超、邮件寄递等公共服务设施,推动销售、体验、餐饮、娱乐等多业态聚集,增强城镇消费的便捷性,拉动城镇消费稳预期、稳增长。", "二要发展新型消费模式。", "大力引育知名电商平台和线上商贸标杆企业,探索培育跨境电子商务平台和企业,支持企业运用跨境电子商务开拓国际市场。", "加快推进泉港区电子商务产业聚集园区项目前期工作,按标准化要求建设园区厂房。", "三要优化流通网络布局。", "合理配置区域内商业资源,推进农商互联、产销对接,打造特色农产品产销一体化供应链。", "加快推进全区大型商超和农贸市场布局规划,统筹推进永嘉国潮夜市街区、百汇、锦绣湖、植物园商圈做强做大。", "实际使用外资与去年同期持平,进出口增长率3%主要考虑:我区加快融入国内国际双循环相互促进的新发展格局,坚持实行高水平对外开放,推动对外贸易增长。", "2023年我区备案(核准)合同外资预计完成1605万美元,2024年部分外资将陆续到资。", "实现上述目标,一要推动利用外资量质齐升。", "加大外资招引力度,密切跟踪服务国亨石化、福海粮油等外资企业生产经营情况,鼓励企业增资扩产。", "重点跟踪华星石化三期、益海嘉里酵母等利用外资项目尽快开工建设。", "二要推动对外贸易稳中提质。", "加快培育新型贸易方式,鼓励企业参加广交会、进博会等外贸行业重点展会平台,支持企业抢订单、拓市场,持续扩大对外贸易规模。", "进出口方面,支持万家鑫轻工、玺堡家居等重点出口企业发展,持续扩大粮油食品和石化产品出口规模。", "紧盯进口龙头企业、进口大户,推动联合石化、百宏石化、福海粮油等企业积极扩大进口,促进产业结构调整和优化升级。", "用好用足国家、省级进口贴息政策,对进口重点企业实行“一对一”帮扶。", "(三)关于民生改善预期目标", "居民人均可支配收入增长6%主要考虑:近年来,我区城镇化步伐加快,中心城区逐步繁荣,电子商务等各种新兴业态加快发展,城镇居民收入稳步增长。", "同时,我区不断培育发展特色主导产业和新型经营主体,引导农户成立家庭农场、专业合作社等,发展设施农业、畜禽及水产养殖、休闲农业、电商农业等泉港特色农业产业,促进了农民增产增收。", "实现上述目标,一要建设高质量就业创业体系。", "全面紧盯重点群体、重大领域的就业创业工作,聚焦大学生、农民工、涉迁群众等重点群体,加大政策倾斜扶持,加大创业培育,落实创业担保贷款,确保全年城镇新增就业2500人以上。", "强化“就业招聘+技能提升+转移就业”链式服务,加快全方位立体零工市场建设,依托“一小时灵活就业”智慧服务平台、“泉港就业”公众号等,加强用工信息和用工需求的推送工作,满足灵活就业人员的现实需要,实现家门口就业。", "提升经营净收入。", "加快推进促进民营经济发展“1+N”政策,持续优化营商环境,推动创业就业,带动新生市场主体不断涌现,2024年度力争民营“五上”企业达350家,为经济高质量发展提供有力支撑。", "培育新型农业经营主体,加快发展乡村特色产业、新兴业态,加快乡村一二三产业融合发展,多措并举带动农户收入稳步增长,力争全区村(居)集体经营性收入达20万元以上经营性收入超百万元村达14个。", "(四)关于城乡建设重点任务。", "一要建设宜居品质城市。", "扩容污水收集处理设施,全面完成北部城区排污管道工程,新建城镇污水干管12.8公里。", "分期分步实施缺陷管网修复改造,完成中兴街、金山街两条道路配套管网修复改造施工,增加道路智慧停车位,建设智慧井盖监测、智能夜景控制系统。", "持续推进绿满泉城行动,对总部经济区、圭峰路和学府路等道路绿化进行建设提升;建设祥云中路、圭峰路等5个口袋公园。", "探索实施大物业管理模式,制定物业小区服务星级评定标准,对各物业小区全覆盖开展星级评定。", "二要实施聚城畅通工程。", "通过拓、改、延、建等形式,实现路网衔接畅通推进国道G228线泉港段、高铁泉港站周边配套道路、祥云北路至肖厝作业区疏港通道一期工程建设,完成高新园区前烧南路工程,加快形成内联外畅公路交通网络。", "三要全面推进乡村振兴。", "加快建设和美乡村,规划建设山海泉港精品村,持续开展集镇环境整治工作,提升改善村镇建筑风貌,推动完成农房整治任务1000栋,开展20个村农村污水管道建设,新建农村主干管网150公里。", "落实防返贫控新贫稳脱贫工作机制,继续开展农村低收入人口动态监测,及时将全区返贫致贫风险对象纳入重点监测范围。", "(五)关于深化改革重点任务。", "一要持续打造一流营商环境。", "进一步清理、精简审批服务事项,改进审批服务流程,扩大即办事项比例,着力推行“多评合一”制度,梳理“一件事”集成套餐,扩大“一窗通办”服务模式覆盖面,深度融合“帮办代办”“模拟审批”两项业务,推动更多政务服务事项下沉至各镇(街道)便民服务中心(站)办理,打造15分钟便民政务服务圈。", "加大营商环境政策扶持力度,全力破除市场准入隐性壁垒,推行惠企政策“免申即享”,落实新的组合式税费支持政策,落实包容审慎监管执法“四张清单”制度,探索建立涉企行政复议案件办理“绿色通道”。", "组织开展企业座谈会、营商茶话会、企业沙龙、策划各类交流活动,持续打响“办事不求人,服务在身边”营商环境泉港品牌,助推民营经济高质量健康发展。", "二要聚焦重点领域推动深化改革。", "在教育领域,深入推进“区管校聘”教师队伍改革,修订完善中小学“名师”“名校长”评选及管理规定,深化名校合作办学,办好“5G+专递课堂”试点,及时研究总结相关教研机制和教学模式;在医药卫生领域,重点推进医保支付方式、药品耗材集采等改革,大力推行跨省异地就医直接结算服务,深化医保电子凭证就医全流程应用,指导泉港区妇幼保健院、泉港仁爱医院加快推进DRG支付方式改革医院信息化建设;在殡葬领域,实行城区集中治丧,高起点建设山腰街道塔山集中治丧点,打造集中治丧点,创建全国集中治丧点建设的示范标杆。", "(六)关于民生改善重点任务。", "一要不断健全社会保障体系。", "倡导推进“全民参保计划”,稳定城乡居民基本医疗保险参保率,做好养老、失业、工伤保险扩面。", "加强对分散供养特困人员、散居孤儿、留守老人、留守儿童、困境儿童及残疾人等特殊群体的关心关爱。", "加快构建养老服务体系,依托“1小时灵活就业”智慧服务平台,建设养老服务基础性人才库,抓好中心养老院改扩建项目,新增养老床位250张以上。", "巩固提升“救急难”全国试点,依托泉港民生e家,归集整合“505”微公益小程序等现有e救助平台,实现救助线上“一网通办”、线下“一门受理”。", "扩大优质教育资源供给。", "加快建设高质量教育体系,拓展互联网“5G+专递课堂”试点工作。", "重点推进锦川实验小学、泉港区职教培训创业园、涂岭第二中心小学等8个项目建设,确保锦川实验小学项目于2024年8月竣工验收。", "深化集团化办学模式,塑造第二实验小学教育集团锦川学校“新名牌”,积极推动泉港二中创建省一级达标中学,打造优质学校群。", "推进卫生健康事业发展。", "强化各类传染病疫情监测,提升疫情早发现、早处置和应急响应能力。", "加快推进“智慧医保”建设,持续抓好“两病”门诊用药保障工作,提高“两病”特殊门诊办理量,积极引导患者在基层就近随访取药,减轻患者就医负担。", "推进优质医疗资源扩容下沉,加快泉港区医院创建三级乙等医院进程及打造普外科、呼吸与危重症医学科、骨科等三个省级重点特色专科。", "逐步完善23个卫生健康服务站点,提升村卫生所(室)服务能力。", "加快妇幼保健院迁址重建项目复工建设,推进泉港医院传染病楼、医技楼、峰尾镇卫生院迁址重建等项目建设四要完善公共文化体育服务体系。", "持续深化公共文化服务体系建设,深化“党建+”邻里中心文化体育服务功能建设,新建2个新型公共文化空间,进一步完善构建城区15分钟、农村30分钟文体便民服务圈。", "完善全民健身服务体系,加强体育人才队伍建设,举办泉港区第十二届全民健身运动会,鼓励各体育协会、俱乐部等社团组织经常性开展各类活动,创建广场舞、太极拳、健身气功、传统体育等活动品牌,打造健康泉港。", "五要持续提升社会治理效能。", "持续推进扫黑除恶常态化,创新多元化解矛盾纠纷机制,全链条打击电诈等突出犯罪和侵害弱势群体的违法犯罪,建设更高水平平安泉港。", "推动安全生产标准化提质扩面,加快向商贸企业覆盖。", "全面加强食品安全监管和社会共治力度,加强餐饮外卖、预制菜等规范管理。", "做好粮食安全和保供稳价。", "强化金融重点领域风险预警监测,依法严厉打击各类非法金融活动。", "推进区域突出生态环境问题整改落实,打好蓝天碧水净土保卫战。", "(七)关于2024年重点项目建设计划。", "坚持统筹兼顾、量力而行原则,安排2024年区级重点项目271总投资1873.19亿元2024年度计划投资323.04亿元。", "1.在建项目:共174个,总投资888.68亿元,2024年计划投资300.95亿元。", "其中:⑴工业项目72个,总投资459.13亿元,年度计划投资168.52亿元;⑵交通港航项目17个,总投资99.17亿元,年度计划投资34.97亿元;⑶城建环保项目33个,总投资121.86亿元,年度计划投资35.08亿元;⑷商贸物流项目15个,总投资113.05亿元,年度计划投资36.45亿元;⑸社会事业项目23个,总投资72.97亿元,年度计划投资15.61亿元;⑹农林水项目14个,总投资22.51亿元,年度计划投资10.33亿元2.预备项目:共97个,总投资984.51亿元,2024年计划投资22.1亿元,其中:⑴工业项目31个,总投资548.21亿元,年度计划投资13.04亿元;⑵交通港航项目10个,总投资56.31亿元,年度计划投资1.12亿元;⑶城建环保项目11个,总投资92.62亿元,年度计划投资1.07亿元;⑷商贸物流项目12个,总投资129.22亿元,年度计划投资2.05亿元;⑸社会事业项目12个,总投资19.04亿元,年度计划投资1.52亿元;⑹农林水项目21个,总投资139.12亿元,年度计划投资3.3亿元", "各位代表,做好2024年经济社会发展工作意义重大、任务艰巨。", "我们要更加紧密地团结在以习近平同志为核心的党中央周围,在区委的坚强领导下,在人大及其常委会法律监督下,在政协民主监督下,守正创新、砥砺前行,全力推动经济社会发展整体好转、实现质的有效提升和量的合理增长,奋力谱写新时代美好泉港建设新篇章!", "附件下载", "扫一扫在手机上查看当前页面", "相关解读", "文字解读", "图片解读", "视频解读", "访谈解读", "媒体报道"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259] as [UInt32],
                                  slots: [0, 125, 0, 91, 93, 0, 72, 37, 0, 0, 0, 123, 83, 228, 34, 0, 0, 84, 0, 80, 173, 11, 181, 203, 240, 0, 0, 0, 0, 150, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 124, 186, 246, 165, 10, 0, 0, 220, 0, 0, 0, 0, 108, 135, 0, 0, 0, 0, 146, 0, 0, 256, 0, 0, 0, 0, 74, 0, 0, 32, 20, 61, 39, 250, 69, 95, 19, 237, 0, 0, 0, 103, 204, 17, 202, 232, 3, 55, 0, 0, 0, 224, 65, 193, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 127, 58, 70, 149, 0, 0, 18, 0, 0, 115, 201, 215, 0, 153, 28, 0, 0, 0, 0, 0, 219, 0, 0, 0, 0, 102, 252, 200, 0, 235, 0, 0, 0, 40, 0, 0, 0, 0, 44, 54, 105, 109, 79, 239, 0, 0, 0, 0, 16, 0, 0, 0, 138, 97, 0, 0, 0, 42, 230, 47, 50, 147, 213, 101, 0, 0, 0, 140, 131, 30, 210, 0, 0, 0, 0, 209, 0, 0, 104, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 236, 52, 177, 195, 218, 0, 36, 0, 0, 0, 255, 133, 0, 122, 223, 0, 0, 171, 119, 0, 238, 0, 49, 0, 56, 183, 166, 221, 231, 62, 100, 0, 0, 142, 0, 0, 0, 217, 259, 0, 187, 38, 164, 206, 27, 82, 6, 130, 168, 4, 154, 118, 169, 0, 120, 0, 0, 0, 0, 0, 33, 0, 0, 245, 192, 260, 0, 0, 0, 0, 48, 0, 0, 23, 31, 0, 53, 0, 13, 244, 143, 211, 0, 0, 0, 64, 87, 134, 199, 9, 225, 257, 175, 0, 0, 15, 0, 0, 0, 0, 86, 90, 113, 0, 253, 0, 0, 67, 161, 233, 254, 152, 0, 0, 114, 160, 0, 24, 43, 88, 226, 0, 0, 0, 60, 0, 229, 66, 5, 51, 144, 170, 45, 46, 179, 207, 7, 212, 0, 241, 0, 0, 0, 242, 0, 0, 121, 0, 0, 21, 0, 180, 197, 205, 0, 227, 0, 0, 0, 0, 0, 0, 0, 0, 141, 151, 78, 184, 182, 126, 172, 68, 59, 191, 208, 110, 112, 0, 0, 0, 73, 77, 0, 178, 25, 145, 26, 85, 0, 137, 156, 214, 132, 0, 0, 0, 0, 0, 0, 222, 0, 0, 0, 163, 41, 198, 0, 0, 0, 188, 0, 116, 81, 117, 99, 98, 106, 76, 139, 0, 0, 148, 248, 0, 0, 247, 0, 111, 129, 189, 14, 174, 0, 0, 0, 0, 0, 185, 0, 12, 22, 0, 0, 107, 0, 2, 0, 0, 75, 167, 0, 57, 159, 8, 0, 0, 0, 35, 0, 0, 94, 136, 190, 157, 243, 1, 0, 0, 63, 96, 158, 0, 0, 0, 0, 0, 0, 0, 0, 0, 258, 216, 0, 92, 234, 0, 249, 196, 29, 162, 251, 0, 0, 155, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 89, 0, 0, 0, 0, 0, 71, 128, 176, 194, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "section", alias: "章节", doc: "the section it stands in",
                              data: .text(TextColumn(dictionary: ["正文", "一", "一(一)", "一(二)", "一(三)", "一(四)", "一(五)", "一(六)", "二", "二(一)", "二(二)", "二(三)", "二(四)", "二(五)", "二(六)", "二(七)", "结语"] as [String],
                                  codes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 13, 13, 13, 13, 13, 13, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16] as [UInt32],
                                  slots: [0, 0, 7, 10, 0, 0, 6, 3, 15, 4, 0, 0, 1, 0, 0, 0, 8, 11, 17, 0, 0, 9, 12, 2, 5, 13, 14, 0, 16, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text it starts on",
                              data: .number(NumberColumn(values: [1, 2, 3, 4, 5, 9, 13, 17, 19, 21, 23, 23, 23, 25, 25, 25, 25, 25, 25, 25, 25, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 35, 37, 37, 37, 39, 41, 41, 43, 43, 45, 47, 47, 47, 49, 49, 49, 49, 49, 49, 49, 49, 49, 51, 51, 53, 53, 53, 53, 53, 53, 53, 53, 53, 55, 55, 55, 55, 57, 57, 57, 59, 59, 61, 61, 61, 61, 61, 61, 61, 61, 61, 61, 63, 65, 65, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 69, 69, 71, 71, 71, 71, 71, 71, 71, 71, 71, 73, 73, 75, 75, 75, 75, 75, 75, 75, 75, 77, 79, 79, 81, 81, 81, 81, 81, 81, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 85, 85, 85, 85, 85, 85, 85, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 87, 89, 89, 89, 89, 91, 91, 97, 99, 101, 102, 103, 104, 105, 106] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "sentences", alias: "句子", doc: "every sentence of the report text", columns: columns)
    }

    /// `sections`.
    private static func builtinTable8() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "id", alias: "编号", doc: "一, 一(四) …",
                              data: .text(TextColumn(dictionary: ["正文", "一", "一(一)", "一(二)", "一(三)", "一(四)", "一(五)", "一(六)", "二", "二(一)", "二(二)", "二(三)", "二(四)", "二(五)", "二(六)", "二(七)", "结语"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] as [UInt32],
                                  slots: [0, 0, 7, 10, 0, 0, 6, 3, 15, 4, 0, 0, 1, 0, 0, 0, 8, 11, 17, 0, 0, 9, 12, 2, 5, 13, 14, 0, 16, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "title", alias: "标题", doc: "as written",
                              data: .text(TextColumn(dictionary: ["正文", "2023年国民经济和社会发展计划执行情况", "全力稳增长促发展,经济运行企稳回升", "坚持抓创新谋突破,发展动能显著增强", "注重调结构促转型,产业体系更加优化", "聚焦拼项目促投资,项目建设成效显著", "实施抓城建提品质,城乡环境持续优化", "切实办好民生实事,社会大局和谐稳定", "2024年国民经济和社会发展预期目标和工作重点", "关于产业发展预期目标", "关于需求增长预期目标", "关于民生改善预期目标", "关于城乡建设重点任务", "关于深化改革重点任务", "关于民生改善重点任务", "关于2024年重点项目建设计划", "结语"] as [String],
                                  codes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] as [UInt32],
                                  slots: [3, 2, 0, 0, 6, 14, 10, 0, 9, 8, 0, 0, 1, 5, 4, 7, 17, 12, 0, 0, 0, 0, 11, 15, 0, 13, 0, 0, 16, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "parent", alias: "上级", doc: "the chapter of a numbered part",
                              data: .text(TextColumn(dictionary: ["一", "二"] as [String],
                                  codes: [4294967295, 4294967295, 0, 0, 0, 0, 0, 0, 4294967295, 1, 1, 1, 1, 1, 1, 1, 4294967295] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "line", alias: "行", doc: "the line of the report text it starts on",
                              data: .number(NumberColumn(values: [1, 21, 25, 27, 29, 31, 33, 35, 39, 45, 63, 77, 83, 85, 87, 89, 91] as [Int64], scale: 0, units: [Unit(symbol: "", dimension: Dimension(id: "ratio"), numerator: 1, denominator: 1)],
                                  unitCodes: nil, present: nil))))
        return Table(name: "sections", alias: "章节", doc: "the report's chapters and numbered parts", columns: columns)
    }

    /// `report`.
    private static func builtinTable9() -> Table {
        var columns: [Column] = []
        columns.append(Column(name: "title", alias: "标题", doc: "title",
                              data: .text(TextColumn(dictionary: ["关于泉港区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "office", alias: "发布机构", doc: "issuing office",
                              data: .text(TextColumn(dictionary: ["泉港区发展和改革局"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "index", alias: "索引号", doc: "index number",
                              data: .text(TextColumn(dictionary: ["QZ04104-3000-2023-00033"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "generated", alias: "生成日期", doc: "date the document was generated",
                              data: .text(TextColumn(dictionary: ["2023-12-27"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "published", alias: "发布时间", doc: "publication time, as written",
                              data: .text(TextColumn(dictionary: ["2023-12-27 09:09"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] as [UInt32]))))
        columns.append(Column(name: "meeting", alias: "会议", doc: "the meeting, as written",
                              data: .text(TextColumn(dictionary: ["——20231219日在泉港区第届人民代表大会第次会议上"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "speaker", alias: "报告人", doc: "speaker",
                              data: .text(TextColumn(dictionary: ["吴文辉"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "speakerTitle", alias: "职务", doc: "speaker's office",
                              data: .text(TextColumn(dictionary: ["泉港区发展和改革局局长"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] as [UInt32]))))
        columns.append(Column(name: "region", alias: "地区", doc: "region",
                              data: .text(TextColumn(dictionary: ["泉港区"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "reportYear", alias: "报告年度", doc: "the year reported on",
                              data: .text(TextColumn(dictionary: ["2023"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        columns.append(Column(name: "planYear", alias: "计划年度", doc: "the year planned",
                              data: .text(TextColumn(dictionary: ["2024"] as [String],
                                  codes: [0] as [UInt32],
                                  slots: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] as [UInt32]))))
        return Table(name: "report", alias: "报告", doc: "the report's metadata, one row", columns: columns)
    }

    /// The report text.
    static let builtinText: String = """
• 索 引 号:QZ04104-3000-2023-00033
    • 发布机构:泉港区发展和改革局
    • 公文生成日期:2023-12-27
    关于泉港区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告
    时间:2023-12-27 09:09

     

    ——20231219日在泉港区第届人民代表大会第次会议上

     

    泉港区发展和改革局局长 吴文辉

     

    各位代表:

    泉港人民政府委托,现将区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)请审议,并请政协委员和其他列席人员提出意见。

    一、2023年国民经济和社会发展计划执行情况

    2023年,面对复杂严峻的宏观形势和经济下行压力,在区委、区政府领导下,全区上下认真贯彻落实习近平新时代中国特色社会主义思想及一系列重要讲话重要指示精神,落实“深学争优、敢为争先、实干争效”行动部署要求,持续推进“抓项目、促发展”系列专项行动,深入开展“突破提升年”专项行动,大拼经济、大抓发展,落细落实巩固经济回升向好势头一揽子政策措施,全区经济运行企稳回升,民生保障有力有效,社会大局和谐稳定。全年预计实现地区生产总值623.68亿元,下降9.6%(预计数,下同);农林牧渔业总产值24.23亿元增长3.6%;工业增加值366.85亿元,下降17.2%;建筑业增加值64.14亿元,下降0.5%;第三产业增加值178.53亿元,增长6.5%;固定资产投资98亿元,增长1%;一般公共预算总收入101.39亿元,增长11.1%;一般公共预算收入24.37亿元,增长10.01%;出口商品总值19.59亿元下降34%;实际使用外资3.78亿元下降54.7%;社会消费品零售总额158.24亿元,增长2.5%;居民人均可支配收入36230元,增长6%。主要成效体现在六个方面:

    (一)全力稳增长促发展,经济运行企稳回升。一是服务企业给力。全面落实重点工作定期调度,重点落实好挂钩联系重点民营企业、政务服务“轻骑兵”“大篷车”下沉基层一线、政企“早午晚餐会”、局长走流程走基层、“千名干部进千企 一企一策促发展”等制度,走访民营企业700多次、协调解决问题300多个。畅通银企沟通渠道,授信融资需求企业54家、授信金额41.92亿元、放款金额10.13亿元。二是惠企政策助力。出台《泉港区产业发展扶持奖励办法》等巩固经济回升向好一揽子政策措施,创新“3个1+1”模式(“1本汇编+1份指南”“1个平台+1项机制”“1个专班+1次统计”)清单化92项奖补政策申报指南,实现各类惠企政策“一站汇聚”,2023年以来累计兑现惠企政策资金6848万元,退、减、缓各项税费4.35亿元三是营商环境聚力。实施“营商争优、服务争先、满意争效”打造一流营商环境突破提升专项行动,举办泉港区优化营商环境大会,创立“泉港营商环境周”,聘任首批14名营商环境监督员代表。建立“一会三函一书”工作机制,重点项目工程“零办证·即施工”审批流程改革得到省深化改革办肯定。成立泉港区诚信促进会,2023年首期区域信用监测综合指数位居全市第一。

    (二)坚持抓创新谋突破,发展动能显著增强。一是创新活力稳步提升。深化“抓创新促应用”专项行动,新培育国家科技型中小企业32家省级科技小巨人5家,推动20家企业“上云上平台”。全力实施科技创新“四个倍增”计划技术合同交易额比增175.66%,位居全市第1名;全区研发经费投入10.18亿元、比增44.7%,位居全市第2名路通管业获批省级企业技术中心,立亚化学和万家鑫轻工2家企业获批市级企业技术中心。清源创新实验室产学研合作提速,与博纯材料公司共建国内首个电子化学品专项测试平台“电子特气及新材料工程技术中心”。人才队伍持续壮大,吸引含7个院士团队在内的25个高水平科研团队入驻清源创新实验室,先后转化技术成果并授权专利500多项,全区高层次人才达748人,各类人才总量突破6.5万人。二是深化改革持续推进。制定出台《关于不断创新和发展“晋江经验”奋力打造新时代民营经济强区的意见》,福海粮油、华星石化、兴通海运等5家企业列入泉州民企百强企业。深化财税改革,加大零基预算改革力度,推进预算管理一体化建设,进一步深化乡镇国库集中支付改革。扎实推进农村基础设施管护改革编制、完善9方面30个领域农村公共基础设施管护责任清单,建立管护工作台账,管护主体落实率100%。积极探索泉港区界山东张至山腰普安道路沿线综合开发项目政府和社会资本合作新机制。三是开放协作进一步提高。落实探索海峡两岸融合发展新路 建设两岸融合发展示范区的意见,新增建设省级闽台农业示范基地和市级泉台农业示范基地各1个,推动泉台在石油化工等领域深度合作。实施“聚侨引侨和泉商回归”行动,建立“联谊+经贸+招商”工作机制,举办“在外青商寿乡行”活动,邀请深圳市泉州商会等返乡经贸考察,不断扩大招商圈子,促进项目、技术、人才回归。与江西抚州市东乡区签订战略合作框架协议。

    (三)注重调结构促转型,产业体系更加优化。一是多元化产业格局有力开拓。高规格成立泉州市石化产业指挥部泉港区分指挥部、泉港区文旅产业、凤安片区、高新园区、北翼新城、高铁片区等指挥部,在做大做强石化、粮油食品等传统产业的基础上,积极培育壮大新材料新能源、文旅等产业,形成产业全域联动、多点开花的新局面。工业发展承压前行。在国际原油价格持续波动、石化下游市场需求下降等多重不利因素的影响下,石化产业逆周期发展,天辰化工一期建成投产,国亨石化一期已建成即将投产;百宏化学新材料项目建设进展迅速,预计将于2024年四季度竣工投产。利澳三期、安然纺织扩建等16个工业重点技改项目建设加快推进,工业技改投资比全市平均水平高25个百分点。鼓励工业企业绿色转型发展,重点实施联合石化除氧给水系统低温热回收节能项目、国能热电二期凝汽器加装在线清洗机器人装置改造等一批项目,项目完成后每年可节能2.49万吨标煤以上。联合石化入选省级重点用能行业能效“领跑者”标杆企业;钟山化工被评为国家级绿色工厂。第三产业提质增效。物流业稳步增长,全年累计完成交通运输仓储和邮政业增加值19.74亿元、增长3%,肖厝港区完成货物吞吐量2375万吨,海铁联运230万吨、增长24.5%。聚焦汽车、餐饮、家居等大宗商品消费,开展“泉港云购节”等促消费系列活动14场次,联合商贸文旅企业、金融机构、消费平台,结合传统佳节消费旺季,发放消费券5000万元,全年带动消费20亿元。积极培育新型经营业态体系,成立泉港供销社实业集团有限公司,完成大宗贸易额超4500万元,建设完成4个惠农综合服务中心,打造3个供销社物流快递点。加快文旅融合发展,推进海盐制作技艺、北管音乐、福船制造技艺等重点非遗的活态传承,研发“福娃”“福灯”“福盐”等新文创产品,开展在泉高校寿乡研学游活动,吸引10多所高校师生300多人次来泉港研学实践,宣传打造“山海泉港·常来长寿”泉港文旅品牌。泉州福船古船模制作有限公司获评我区首个省级文化产业示范基地。四是现代农业稳步向前。全年完成3.05万亩粮食播种面积和1.17万吨的粮食生产,新增建设高标准农田1900亩、农田连片整治1000亩,播种面积和产量创近年来新高。扎实推进天马现代渔业产业园、诚平二级渔港等一批项目建设,诚峰一级渔港一期工程实现交工验收,二期疏浚工程开始动工建设。

    (四)聚焦拼项目促投资,项目建设成效显著。一是项目攻坚有序推进。实施“项目奋战年”行动,开展“百日攻坚”暨“六比一看”等攻坚比拼,举办重点项目集中开竣工活动3场,18个省级重点项目完成投资127亿元,55个市级重点项目完成投资172亿元,221个区级重点项目累计完成投资278亿元,均超额完成年度投资任务。华特沥青加工、清能锂电池、济钢建材生产制造基地等80个项目新开工建设,其中天马科技现代高新技术产业园开普勒新能源汽配中心等9个预备项目转在建;宇极新材料、华星石化二期、恒昌盛物流产业园、天马华耀城等50个项目建成投产。二是要素保障坚定有力。成立重点项目用地保障工作专班,进一步提高资源要素配置水平,今年来共新增建设用地面积205.72公顷,完成用海审批、变更3.87公顷;开展全区城镇低效用地盘活先行试点,完成首批低效用地调查评价上图入库工作,1-12月累计调查地块74块、面积2392.97亩,清理盘活批而未供及低效闲置土地2570亩;全年完成土地征收8850.58亩、房屋拆除7.58万平方米、坟墓迁移11宗,争取到政府债券23.33亿元。工业园区标准化建设加快推进,新增标准化厂房面积60万平方米,完成年度投资56.3亿元。三是招商引资精准高效。紧盯国内外重点企业和行业龙头企业,赴北京、天津、深圳、湖南、海南等地开展招商活动100多次,协调解决招商问题200多个。全年共签约招商项目200个、总投资1350亿元,其中20亿元以上项目20个。围绕打造锂电池产业链,引进了盛屯碳酸锂、百宏化学电解液等一批新兴项目。

    (五)实施抓城建提品质,城乡环境持续优化。一是完善空间规划,健全城市功能布局。开展泉港区国土空间总体规划编制工作并通过专家评审;启动中心工业区等重点片区控规编制,并完成18个片区控规编制;初步形成全区乡村地区“规划一张图”,规划整体进度和质量均位居全市前列。全面落实“抓城建提品质”专项行动,实施区级城建项目135个,完成投资70亿元;完成锦祥安置小区等老旧小区、棚户区改造,新增石化科技众创园二期宿舍楼等保障性租赁住房;开展城区道路交通微循环整治工程等项目建设,打通富民路、公园东路北延伸段等“梗阻路”;完成驿峰西路街头绿地等10个口袋公园、10处立体绿化建设;完成南山中路等道路约3000盏智能灯具提升改造;开展公共充电基础设施布局专项规划编制工作,新增公共停车场13个,公共停车泊位1075个。二是创建文明城市,打造宜居宜业环境。常态化开展新时代文明实践志愿服务活动,累计开展各类志愿服务活动200余场,参与志愿者1万余人,服务群众5万余人次。深化“1小时灵活就业圈”模式,累计开展职业技能培训3500人次,取得职业资格证书或职业技能等级证书人数684人帮助2000余人实现灵活就业。“聚城畅通”再提速,福厦客专泉港段9月顺利通车运营;沈海高速驿坂服务区提升改造工程预计于2024年元旦对外开放,成为全省首个国道与高速双边开放服务区。努力创建示范引领精品样板,山腰街道获评无障碍省级样板街道,后龙福炼社区入围省级完整社区样板。三是建设美丽乡村,扎实推进乡村振兴。实施农村人居环境整治、综合服务设施提升等4大工程21项任务,规范农村建房管理,完成福厦高铁沿线及32个重点村庄裸房整治3997栋,村庄建筑风貌明显提升改善,城乡人居环境考评位居全市前列,顺利通过国家创城创卫复审。策划生成省级乡村振兴试点示范项目47个,梯次推进7个省级试点村标杆村创建,新增省市实绩突出村2个、市级“一村一品”示范村4个、市级“绿盈乡村”4个、市级“五好”示范乡镇1个,后龙镇涂坑村入选第三批全国乡村治理示范村,峰尾镇诚平村、前黄镇前黄村列入中国传统村落名录,樟脚村、涂岭村获批省级森林村庄。深化农村宅基地改革,农村宅基地及房屋确权登记67宗,推动历史遗留问题有效解决;不断发展壮大村集体经济,全区各村(居)集体经营性收入均达20万元以上,收入超50万元村达40%。四是加强生态保护,践行绿色发展理念。持续打好“蓝天、碧水、碧海、净土”保卫战,全面推进气、水、土、废专项攻坚,辖区内生态环境持续改善。完成泉港区海洋生态保护修复项目建设,新建贝藻礁8.28千米,整治修复海岸沙滩3.6千米,后滨沙地植被修复面积3.3公顷;完成矿山生态修复228亩,植树造林1134亩,治理水土流失8000亩,改造提升松林5421亩。全力抓好41个突出生态环境问题整改,完成78个入河入海入湖超标排口排查整治。全区空气质量优良率97.6%,泗洲水库水质达标率100%,小流域菱溪、坝头溪水质保持在Ⅲ类水平。

    (六)切实办好民生实事,社会大局和谐稳定。一是社会保障体系逐步完善。积极推进大社保体系建设,持续拓宽企业职工基本养老保险和城乡居民基本医疗保险参保覆盖面,实现参保人数分别达5.86万人、30.68万人。扎实做好特殊困难群体救助工作,织密民生兜底保障“安全网”,困难残疾人生活补贴标准从每人每月99元提高到107元,累计发放困难群众基本生活保障金7336.5万元、残疾人两项补贴资金1096.61万元。巩固提升“救急难”综合试点,取消户籍地限制,简化优化临时救助审核审批程序,开通“先行救助、后补手续”绿色通道,全年共发放临时救助资金400.24万元,受益3376人次。实施“505”暖居工程,帮助59户困难群众改善住房条件。加快推进养老服务设施建设,全年新建3个长者食堂、提升3个农村居家养老服务站,每千名老年人拥有床位数达40.8张。养老服务和社会救助工作经验在《人民日报》《中国社会报》等媒体上刊发,“幸福来敲门,让生命无憾”案例入选2020-2022年全省优秀社会工作案例三等奖,《党建引领 “救”在身边》项目在2023年泉州市机关特色党建项目评展决赛中获一等奖。重大节假日启动平价商店惠民销售机制,保障了民生价格秩序和物价总水平稳定。二是公共服务资源更为优质。不断扩大优质教育资源供给,深入实施教育高质量发展“1+N”行动,峰尾第二中心幼儿园、锦川实验小学2栋教学楼等先后投入使用,新增公办幼儿园学位300个、中小学学位1550个;泉港职业中专学校与黎明职业联合实施中高职衔接5年制贯通培养,庄重文实验小学获评首批省级教改基地校,区教师进修学校被确定为“福建省标准化县级教师进修学校”,圭峰中学、三川中学入选初中教育综合改革新优校培育建设学校。泉港一中晋升省一级达标高中学校,全区2023年度高考高分位次和人数均实现明显提升,本科上线率达66.2%,其中泉港一中本科上线率96.4%,创历史新高。深耕做实“三年创三乙、五年争三甲”医疗提升行动,不断放大府院共建医联体效用,泉港区医院获评全国健康促进医院,“府院共建”医联体做法入选“公立医院高质量发展(县域)典型案例”;6家公立镇级医疗机构均达到“优质服务基层行”基本标准或推荐标准;泉港区获全省基本公卫服务评价第4名、全市第1名。开展家庭医生签约智能化服务,实行“移动式签约”,2023年来全区共签约15.93万人、全人群签约率44.38%,其中重点人群签约9.2万人、重点人群签约率81.83%。完成5个新型公共文化空间、14个口袋健身公园和2个村级老年人体育活动中心建设,进一步完善构建城区15分钟、农村30分钟文体便民服务圈。顺利举办泉港区第十一届全民健身运动会。三是社会治理水平持续提高。扎实推进除险保安,建立全覆盖安全生产责任体系,聚焦建设、交通、食药、电信诈骗等重点领域开展大检查大整治,强化安全风险源头管控。全力推进信访积案化解和源头治理,顺利实现信访积案动态清零。常态化开展扫黑除恶斗争,持续深化“无欠薪”行动。精心办好8类31件为民办实事项目,不断增强人民群众的获得感和幸福感。全面推进安全生产标准化提升专项行动,完成标准化创建773家、标杆企业培植27家、示范岗位创建611个。成立社会治理现代化综合调度指挥中心,深化“一镇(街)一法官工作站”网络司法服务管理机制,打造“畲乡融合调解室”。全力开展“飓风肃毒2023”会战等专项攻坚行动,严打严防网络诈骗、黄赌毒等违法犯罪,社会大局稳定有序。落实耕地保护和粮食安全责任制,全面落实2.6万吨粮食和200吨食用油储备任务,持续推进全区食用农产品“一品一码”追溯管理。双拥共建、国防动员和国防教育、宗教、外事、人防、退役军人、职工、青年、妇女、儿童、残疾人等各项工作取得新成绩。

    总体来看,2023年全区各项重点工作扎实推进,经济社会实现平稳发展。但仍存在不少困难和问题:一是部分指标未达到预期目标,受宏观经济形势和我区高额偿债等多重不利因素叠加影响,地区生产总值、工业增加值、固定资产投资等7项指标低于区五届人大次会议审议通过目标二是基础设施仍有短板,交通基础设施建设还需加快,防洪减灾等水利工程仍需进一步加强三是优质公共服务供给不足教育、医疗、托育、养老等民生领域还存在分布不均衡等问题,与居民的美好生活需求还有一定差距;四是外部不稳定不确定因素增多,市场需求仍未改善,经济下行压力不减。这些都需要我们在今后工作中加以解决。

    二、2024年国民经济和社会发展预期目标和工作重点

    2024年是中华人民共和国成立75周年,也是实施“十四五”规划的关键一年,做好2024年国民经济和社会发展各项工作意义重大。全区各级各部门要坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,认真贯彻落实上级各项工作要求,坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,积极服务和融入新发展格局,着力推动高质量发展,更好统筹发展和安全,有效防范化解重大风险,持续扩大有效投资和消费需求,大力提振市场信心,全力保障和改善民生,持续巩固“稳”的基础,积蓄“进”的力量,奋力打造新时代民营经济强区。

    对照中央政治局会议和经济工作会议确定重点任务以及省、市、区全会部署,着力挖潜经济高质量发展增长极,力争在全市发展大局中作出更多贡献。基于以上考虑,在主要指标设置和安排上,以2023年指标体系为基础,按照区政府工作报告提出了明年经济社会发展的目标任务,全区生产总值增长6.5%目标,主要考虑:

    (一)关于产业发展预期目标

    农林牧渔业总产值增长3.5%。主要考虑:粮食安全是国家安全的重要基础,是各级政府必须承担的重要政治责任,守住耕地保护红线,加强高标准农田建设,全力保障粮食生产是我区一项重要工作。2024年,我区将持续发展壮大海洋经济产业、畜牧业高质量发展三年行动,实施一批现代农业重点项目,挖掘农业增长潜力,为经济增长作出应有贡献。

    实现上述目标,一要切实提高粮食保障水平。扎实推进粮食生产,力争超额完成播种面积2.9万亩、粮食生产1.1万吨的年度任务;不断优化蔬菜种植供给结构,加强6000亩在田蔬菜管理,深挖设施蔬菜生产产能;加快实施高标准农田建设,完成界山村农田连片整治面积1000亩。大力发展特色现代农业。努力培育新型农业经营主体,积极探索“一镇一企”,成立镇级强村公司,创建新一批家庭农场示范场、农民专业合作社示范社。进一步探索发展农产品直播带货新业态,依托第三方平台,积极发展特色农产品直播带货、短视频营销、线上消费等新场景新应用,推动农产品销售线下线上融合发展。发展壮大海洋经济产业。推动高值鱼类养殖、名优品种推广、立体综合养殖,提高云纹石斑、鲍鱼、海参高值水产品占比,培优做强我区特色渔业。加快推进诚峰一级渔港二期工程、天马现代渔业产业园、峰尾渔业产业园等项目建设。打造集渔船避风补给、冷链物流、精深加工、休闲观光等的沿海现代渔业经济区。

    工业增加值增长6.3%主要考虑:工业仍是全区经济稳增长的主要支撑。受外贸需求减弱和经济下行影响,存量工业增长压力仍较大,但考虑到2024年我区天辰化工一期、国亨石化一期等一批重大工业项目陆续建成投产,预计2024年工业经济仍可保持一定增速。

    实现上述目标,加快培育新增长点。重点推动国能热电三期工程、华星石化三期、圣元环保牛磺酸、松道化工等21项目开工动建,全力推进百宏化学新材料、华特沥青加工、正源新材料等20项目建成投产,力促杰鼎化工己内酰胺、金宏氢能基地等一批招商项目落地实施。继续做大做强石化产业,在加速构建“丙烷—丙烯—环氧丙烷—聚醚”完整碳三产业链的基础上,进一步推动园区全产业链补链强链延链,深挖推进石化维保基地等功能性项目建设,做足石化产业文章。全面发展现代化临海工业,着力发展新材料、新能源、生物与新医药等战略性新兴产业,推动赛诺邦格生物新材料、美瑞ETPU一体化、瑞远功能性新材料等一批项目落地动建。扎实推进工业技改。加快发展方式绿色转型,重点推进联合石化新污水汽提顶循低温热回收、芳烃低温热利用二期和福海粮油生产系统节能改造等项目建设,全年力争实施省级技改项目5个、市级技改项目10个以上,创建省级绿色制造项目1个以上。支持福海粮油、百宏石化等龙头企业开展数字化改造,培育新增“上云上平台”企业10家以上,实现数字经济增加值同比增长10%以上。推进工业(产业)园区标准化建设。试点推行亩均效益评价,推动石化维保基地、鑫佳鼎等一批产业园区开工动建,抓好试点项目连片开发项目建设,力争新增标准化厂房及配套用房40万平方米以上,全区规上工业企业入园率提升至58%以上。

    建筑业增加值增长10%。主要考虑:我区建筑业高质量发展三年行动实施,吸引了湖田建设、宇华建设、锡安智慧科技等优质企业落地,将带动市场加快复苏、产值加快回升。禹建路桥、山湖建设等企业资质晋升,建筑业企业核心竞争力不断增强。随着产业政策效应进一步释放,将促进我区建筑业发展壮大。

    实现上述目标,一要努力吸引外地建筑企业入驻泉港,全年力争实现迁入企业5家、对接意向迁入企业10家,重点培育筑州建设、浩睿建筑等一批企业提升资质等级。二要加大建筑业扶持政策宣贯力度,在资质晋升等方面给予大力扶持,支持企业参与规范标准编制。三要大力发展装配式建筑,积极探索完善装配式建筑标准规范体系,创新建筑设计,扩大优化部品部件生产,不断提高装配式建筑在我区新建建筑中的比例。

    第三产业增加值增长6%。主要考虑:物流仓储业、科技服务业等生产性服务业行业呈稳中有进发展趋势;住宿、餐饮、文化体育和其他娱乐业等生活性服务业行业保持恢复性增长;房地产业由于石化安控区动迁群众购房需求已基本满足,目前我区住房刚性需求有限,房地产商开发意愿不强,商品房销售面积增长乏力

    实现上述目标,一要加快建设石化物流贸易基地。强化物流资源区域协同,持续提高港口集疏运水平,建设危化品车辆停车场,力争在我区设立石化保税物流园区、海峡石化产品交易中心,提升保税仓储、国际物流配送等服务功能,打造国家物流枢纽重要节点。二要加快发展服务型制造。重点引导清源创新实验室创业园的11个孵化项目列入高新技术企业种子培育企业,力争全年国家高新技术企业保有量达45家以上,入库科技型中小企业35家以上,技术合同登记突破7000万元以上三要促进房地产平稳健康发展。推动石化科创小镇、天辰安置区、益海实验小学南侧等3宗房地产项目加快出让、建设。计划完成房地产开发投资20亿元以上,实现商品房销售40万平方米以上。四要打造优质文旅产业项目。发挥文旅产业指挥部职能,力促温德姆花园酒店、坝头溪“只此青绿”等一批重点文旅项目落地。重点推进土坑村古建筑群文保单位修缮,争取与省博物院开展“院地”合作,开展“博物馆小镇”等试点工作。充分利用后龙湾、惠屿岛等海湾、海岛资源,打造滨海旅游精品线路,做热主题文旅活动,推动旅游业增长15%以上。

    (二)关于需求增长预期目标

    固定资产投资增长15%。主要考虑:我区开展2023年开放招商“突破争先·提升争效”专项行动,签约落地了一批重大项目,再加上国道G228线泉港段、国能热电三期工程等一批重大项目正抓紧筹备开工,为我区固定资产投资增长提供了有力支撑。

    实现上述目标,一要做实项目攻坚比拼。深入实施“项目创优年”活动,继续健全完善周例会专班推进、月通报、集中开竣工、观摩评比等推进机制,全力促进储备项目加快成熟、前期项目加快落地、在建项目加快推进,高质量实施重点项目271个,完成年度投资323.04亿元,涵盖工业科技、交通港航、城建环保等6大领域。力争重点项目开工52个、竣工48个。二要靶向发力精准招商。深入实施“抓开放招商促项目落地”专项行动,聚焦产业链新赛道新片区招商,服务构建多元产业体系。全力做好石化科技众创园招商,对入驻“四个一批”标准化园区的企业给予“三奖三补”,力争全年完成签约项目投资额1100亿元以上。重点跟踪推动联合石化芳烃产业链及下游深加工项目利澳产业园、益海嘉里中央厨房项目等项目尽快签约落地。三要实施“抓要素促保障”行动。深化“一项目一专班”要素保障机制,围绕国道G228线泉港段等重点项目专班式推进用地用海用林审批、项目征迁、资金保障等工作,完成土地出让5处以上常态化实施“抓征迁交净地”专项行动,探索创新征收补偿机制,加快解决历史遗留的已征迁未安置问题。积极谋划第二批低效用地盘活试点项目

    社会消费品零售总额增长6.5%主要考虑:2023年我区文旅市场持续火热,“中国长寿之乡 山海泉港”城市品牌加快打响,游客人次、旅游收入均大幅增长,2024年通过加快补齐旅游要素短板,进一步释放文旅消费潜力。随着群众消费信心不断增强、品质追求不断提升,群众“衣食住行”消费持续恢复性增长,以网络零售为代表的线上消费、新型消费持续发展,新能源汽车、智能家居等将成为新的消费热点。

    实现上述目标,一要持续激发消费活力。建立常态化消费促进机制,举办突出泉港文化特色,彰显时尚化、品牌化的“购泉港”等系列活动,实现“月月有活动、季季有特色”,确保全年开展各类促销活动12场以上。引导永嘉天地二期、新百汇商圈等载体建设向特色化、品质化运营提升规范打造重点消费商圈、夜间经济街区、特色商业街各1个,合理配置餐饮、便利店、商超、邮件寄递等公共服务设施,推动销售、体验、餐饮、娱乐等多业态聚集,增强城镇消费的便捷性,拉动城镇消费稳预期、稳增长。二要发展新型消费模式。大力引育知名电商平台和线上商贸标杆企业,探索培育跨境电子商务平台和企业,支持企业运用跨境电子商务开拓国际市场。加快推进泉港区电子商务产业聚集园区项目前期工作,按标准化要求建设园区厂房。三要优化流通网络布局。合理配置区域内商业资源,推进农商互联、产销对接,打造特色农产品产销一体化供应链。加快推进全区大型商超和农贸市场布局规划,统筹推进永嘉国潮夜市街区、百汇、锦绣湖、植物园商圈做强做大。

    实际使用外资与去年同期持平,进出口增长率3%主要考虑:我区加快融入国内国际双循环相互促进的新发展格局,坚持实行高水平对外开放,推动对外贸易增长。2023年我区备案(核准)合同外资预计完成1605万美元,2024年部分外资将陆续到资。

    实现上述目标,一要推动利用外资量质齐升。加大外资招引力度,密切跟踪服务国亨石化、福海粮油等外资企业生产经营情况,鼓励企业增资扩产。重点跟踪华星石化三期、益海嘉里酵母等利用外资项目尽快开工建设。二要推动对外贸易稳中提质。加快培育新型贸易方式,鼓励企业参加广交会、进博会等外贸行业重点展会平台,支持企业抢订单、拓市场,持续扩大对外贸易规模。进出口方面,支持万家鑫轻工、玺堡家居等重点出口企业发展,持续扩大粮油食品和石化产品出口规模。紧盯进口龙头企业、进口大户,推动联合石化、百宏石化、福海粮油等企业积极扩大进口,促进产业结构调整和优化升级。用好用足国家、省级进口贴息政策,对进口重点企业实行“一对一”帮扶。

    (三)关于民生改善预期目标

    居民人均可支配收入增长6%主要考虑:近年来,我区城镇化步伐加快,中心城区逐步繁荣,电子商务等各种新兴业态加快发展,城镇居民收入稳步增长。同时,我区不断培育发展特色主导产业和新型经营主体,引导农户成立家庭农场、专业合作社等,发展设施农业、畜禽及水产养殖、休闲农业、电商农业等泉港特色农业产业,促进了农民增产增收。

    实现上述目标,一要建设高质量就业创业体系。全面紧盯重点群体、重大领域的就业创业工作,聚焦大学生、农民工、涉迁群众等重点群体,加大政策倾斜扶持,加大创业培育,落实创业担保贷款,确保全年城镇新增就业2500人以上。强化“就业招聘+技能提升+转移就业”链式服务,加快全方位立体零工市场建设,依托“一小时灵活就业”智慧服务平台、“泉港就业”公众号等,加强用工信息和用工需求的推送工作,满足灵活就业人员的现实需要,实现家门口就业。提升经营净收入。加快推进促进民营经济发展“1+N”政策,持续优化营商环境,推动创业就业,带动新生市场主体不断涌现,2024年度力争民营“五上”企业达350家,为经济高质量发展提供有力支撑。培育新型农业经营主体,加快发展乡村特色产业、新兴业态,加快乡村一二三产业融合发展,多措并举带动农户收入稳步增长,力争全区村(居)集体经营性收入达20万元以上经营性收入超百万元村达14个。

    (四)关于城乡建设重点任务。一要建设宜居品质城市。扩容污水收集处理设施,全面完成北部城区排污管道工程,新建城镇污水干管12.8公里。分期分步实施缺陷管网修复改造,完成中兴街、金山街两条道路配套管网修复改造施工,增加道路智慧停车位,建设智慧井盖监测、智能夜景控制系统。持续推进绿满泉城行动,对总部经济区、圭峰路和学府路等道路绿化进行建设提升;建设祥云中路、圭峰路等5个口袋公园。探索实施大物业管理模式,制定物业小区服务星级评定标准,对各物业小区全覆盖开展星级评定。二要实施聚城畅通工程。通过拓、改、延、建等形式,实现路网衔接畅通推进国道G228线泉港段、高铁泉港站周边配套道路、祥云北路至肖厝作业区疏港通道一期工程建设,完成高新园区前烧南路工程,加快形成内联外畅公路交通网络。三要全面推进乡村振兴。加快建设和美乡村,规划建设山海泉港精品村,持续开展集镇环境整治工作,提升改善村镇建筑风貌,推动完成农房整治任务1000栋,开展20个村农村污水管道建设,新建农村主干管网150公里。落实防返贫控新贫稳脱贫工作机制,继续开展农村低收入人口动态监测,及时将全区返贫致贫风险对象纳入重点监测范围。

    (五)关于深化改革重点任务。一要持续打造一流营商环境。进一步清理、精简审批服务事项,改进审批服务流程,扩大即办事项比例,着力推行“多评合一”制度,梳理“一件事”集成套餐,扩大“一窗通办”服务模式覆盖面,深度融合“帮办代办”“模拟审批”两项业务,推动更多政务服务事项下沉至各镇(街道)便民服务中心(站)办理,打造15分钟便民政务服务圈。加大营商环境政策扶持力度,全力破除市场准入隐性壁垒,推行惠企政策“免申即享”,落实新的组合式税费支持政策,落实包容审慎监管执法“四张清单”制度,探索建立涉企行政复议案件办理“绿色通道”。组织开展企业座谈会、营商茶话会、企业沙龙、策划各类交流活动,持续打响“办事不求人,服务在身边”营商环境泉港品牌,助推民营经济高质量健康发展。二要聚焦重点领域推动深化改革。在教育领域,深入推进“区管校聘”教师队伍改革,修订完善中小学“名师”“名校长”评选及管理规定,深化名校合作办学,办好“5G+专递课堂”试点,及时研究总结相关教研机制和教学模式;在医药卫生领域,重点推进医保支付方式、药品耗材集采等改革,大力推行跨省异地就医直接结算服务,深化医保电子凭证就医全流程应用,指导泉港区妇幼保健院、泉港仁爱医院加快推进DRG支付方式改革医院信息化建设;在殡葬领域,实行城区集中治丧,高起点建设山腰街道塔山集中治丧点,打造集中治丧点,创建全国集中治丧点建设的示范标杆。

    (六)关于民生改善重点任务。一要不断健全社会保障体系。倡导推进“全民参保计划”,稳定城乡居民基本医疗保险参保率,做好养老、失业、工伤保险扩面。加强对分散供养特困人员、散居孤儿、留守老人、留守儿童、困境儿童及残疾人等特殊群体的关心关爱。加快构建养老服务体系,依托“1小时灵活就业”智慧服务平台,建设养老服务基础性人才库,抓好中心养老院改扩建项目,新增养老床位250张以上。巩固提升“救急难”全国试点,依托泉港民生e家,归集整合“505”微公益小程序等现有e救助平台,实现救助线上“一网通办”、线下“一门受理”。扩大优质教育资源供给。加快建设高质量教育体系,拓展互联网“5G+专递课堂”试点工作。重点推进锦川实验小学、泉港区职教培训创业园、涂岭第二中心小学等8个项目建设,确保锦川实验小学项目于2024年8月竣工验收。深化集团化办学模式,塑造第二实验小学教育集团锦川学校“新名牌”,积极推动泉港二中创建省一级达标中学,打造优质学校群。推进卫生健康事业发展。强化各类传染病疫情监测,提升疫情早发现、早处置和应急响应能力。加快推进“智慧医保”建设,持续抓好“两病”门诊用药保障工作,提高“两病”特殊门诊办理量,积极引导患者在基层就近随访取药,减轻患者就医负担。推进优质医疗资源扩容下沉,加快泉港区医院创建三级乙等医院进程及打造普外科、呼吸与危重症医学科、骨科等三个省级重点特色专科。逐步完善23个卫生健康服务站点,提升村卫生所(室)服务能力。加快妇幼保健院迁址重建项目复工建设,推进泉港医院传染病楼、医技楼、峰尾镇卫生院迁址重建等项目建设四要完善公共文化体育服务体系。持续深化公共文化服务体系建设,深化“党建+”邻里中心文化体育服务功能建设,新建2个新型公共文化空间,进一步完善构建城区15分钟、农村30分钟文体便民服务圈。完善全民健身服务体系,加强体育人才队伍建设,举办泉港区第十二届全民健身运动会,鼓励各体育协会、俱乐部等社团组织经常性开展各类活动,创建广场舞、太极拳、健身气功、传统体育等活动品牌,打造健康泉港。五要持续提升社会治理效能。持续推进扫黑除恶常态化,创新多元化解矛盾纠纷机制,全链条打击电诈等突出犯罪和侵害弱势群体的违法犯罪,建设更高水平平安泉港。推动安全生产标准化提质扩面,加快向商贸企业覆盖。全面加强食品安全监管和社会共治力度,加强餐饮外卖、预制菜等规范管理。做好粮食安全和保供稳价。强化金融重点领域风险预警监测,依法严厉打击各类非法金融活动。推进区域突出生态环境问题整改落实,打好蓝天碧水净土保卫战。

    (七)关于2024年重点项目建设计划。坚持统筹兼顾、量力而行原则,安排2024年区级重点项目271总投资1873.19亿元2024年度计划投资323.04亿元。1.在建项目:共174个,总投资888.68亿元,2024年计划投资300.95亿元。其中:⑴工业项目72个,总投资459.13亿元,年度计划投资168.52亿元;⑵交通港航项目17个,总投资99.17亿元,年度计划投资34.97亿元;⑶城建环保项目33个,总投资121.86亿元,年度计划投资35.08亿元;⑷商贸物流项目15个,总投资113.05亿元,年度计划投资36.45亿元;⑸社会事业项目23个,总投资72.97亿元,年度计划投资15.61亿元;⑹农林水项目14个,总投资22.51亿元,年度计划投资10.33亿元2.预备项目:共97个,总投资984.51亿元,2024年计划投资22.1亿元,其中:⑴工业项目31个,总投资548.21亿元,年度计划投资13.04亿元;⑵交通港航项目10个,总投资56.31亿元,年度计划投资1.12亿元;⑶城建环保项目11个,总投资92.62亿元,年度计划投资1.07亿元;⑷商贸物流项目12个,总投资129.22亿元,年度计划投资2.05亿元;⑸社会事业项目12个,总投资19.04亿元,年度计划投资1.52亿元;⑹农林水项目21个,总投资139.12亿元,年度计划投资3.3亿元

    各位代表,做好2024年经济社会发展工作意义重大、任务艰巨。我们要更加紧密地团结在以习近平同志为核心的党中央周围,在区委的坚强领导下,在人大及其常委会法律监督下,在政协民主监督下,守正创新、砥砺前行,全力推动经济社会发展整体好转、实现质的有效提升和量的合理增长,奋力谱写新时代美好泉港建设新篇章!

     

     

    附件下载

    扫一扫在手机上查看当前页面

    相关解读
    文字解读
    图片解读
    视频解读
    访谈解读
    媒体报道
"""
}

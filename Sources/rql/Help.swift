import ReportModel
import ReportQL

/// What `.help` says: the topics, and help on a function, a clause, the units, a collection or a command.
enum HelpTopics {
    /// The units a number may carry, by dimension; numbers of one dimension convert (`x in 万元`).
    static let unitGroups: [(dimension: String, units: [String])] = [
        ("money (金额)", ["元", "千元", "万元", "百万元", "亿元", "万亿元"]),
        ("US dollars (美元)", ["美元", "万美元", "亿美元"]),
        ("ratio (比率)", ["%", "％", "‰"]),
        ("percentage points (百分点)", ["百分点", "个百分点"]),
        ("area (面积)", ["平方米", "万平方米", "公顷", "亩", "万亩", "平方公里", "平方千米"]),
        ("length (长度)", ["米", "千米", "公里"]),
        ("mass (质量)", ["千克", "公斤", "吨", "万吨", "斤", "万斤", "亿斤"]),
    ]

    static var unitsHelp: String {
        var out = "Units: a number carries its unit (100亿元, -9.6%, 2.49万吨). Sums and comparisons convert\n"
            + "within a dimension and refuse to mix dimensions; x in 万元 (换算为) converts.\n\n"
        let width = unitGroups.map { displayWidth($0.dimension) }.max() ?? 0
        for g in unitGroups {
            out += "  " + g.dimension.padded(to: width) + "  " + g.units.joined(separator: " ") + "\n"
        }
        out += "  " + "counting words".padded(to: width) + "  any other Chinese word: 个 项 家 次 …, with 十 百 千 万 亿 before it\n"
        out += "\nExample: projects where sector = 工业 sum total in 万元\n"
        return out
    }

    /// Every topic `.help` answers.
    static func topics(session: Session) -> [String] {
        ["units", "functions", "clauses", "commands"] + session.environment.functionDocs.map(\.name)
            + clauseHelp.flatMap(\.words).filter { $0.first?.isASCII == true }
            + MetaCommand.names + MetaCommand.collectionNames(session.environment) + session.boundNames
    }

    /// `.functions`: every function the session's environment can call — the library's catalogue
    /// (`FunctionCatalog.standard`) and the host's — with its Chinese names and what it gives.
    static func functionList(session: Session) -> String {
        session.environment.functionDocs.map { f in
            "  " + f.signature + (f.aliases.isEmpty ? "" : "  " + f.aliases.joined(separator: " ")) + "\n"
                + "      " + f.summary + "\n"
        }.joined() + "\n.help NAME gives an example.\n"
    }

    /// The documented function `topic` names in the session: an English name in any case or a Chinese alias,
    /// a host function's entry before a standard one of the same name.
    static func function(_ topic: String, session: Session) -> FunctionDoc? {
        let docs = session.environment.functionDocs
        if let f = docs.first(where: { $0.name == topic || $0.name.lowercased() == topic.lowercased() }) { return f }
        if let f = docs.first(where: { $0.aliases.contains(topic) }) { return f }
        return FunctionCatalog.entry(named: topic).flatMap { s in docs.first { $0.name == s.name } }
    }

    /// `.help FUNCTION`: the catalogue's entry (`FunctionDoc.help`); a host function without an example
    /// gives its signature and summary only.
    static func functionHelp(_ f: FunctionDoc) -> String {
        if !f.example.isEmpty { return f.help }
        return f.signature + (f.aliases.isEmpty ? "" : "    (" + f.aliases.joined(separator: ", ") + ")")
            + "\n  " + f.summary + "\n"
    }

    /// The topic list (no topic), or help on one.
    static func help(_ topic: String?, runner: ScriptRunner) -> String {
        guard let raw = topic else { return overview() }
        let topic = raw.unquotedArgument
        let lower = topic.lowercased()
        switch lower {
        case "units", "unit":
            if lower != "unit" { return unitsHelp }
        case "functions", "function", "函数": return functionList(session: runner.session)
        case "clauses", "clause", "keywords": return clauses()
        case "commands", "command", "dot": return commands()
        default: break
        }
        if let f = function(topic, session: runner.session) { return functionHelp(f) }
        if let text = clauseHelp.first(where: { $0.words.contains(lower) || $0.words.contains(topic) }) {
            return text.help + "\n"
        }
        let dotted = topic.hasPrefix(".") ? topic : "." + topic
        if let c = MetaCommand.named(dotted) {
            let aliases = c.aliases.isEmpty ? "" : " (also " + c.aliases.joined(separator: ", ") + ")"
            return "\(c.name) \(c.arguments)\(aliases)\n  \(c.summary)\n"
        }
        if let table = runner.session.environment.catalog.table(topic) { return runner.schema(table) }
        if let columns = runner.session.boundColumns(topic) { return runner.schema(boundName: topic, columns) }
        let all = topics(session: runner.session)
        let hint = didYouMeanHint(for: topic, among: all)
        return "no help on '\(terminalSafe(topic))'\(terminalSafe(hint)); .help lists the topics\n"
    }

    static func overview() -> String {
        """
        ReportQL: queries over a development-plan report. A query names a collection,
        then clauses:

          projects where sector = 工业 and status = 在建 sum invest2024
          项目 其中 领域 = 工业 合计 年度计划投资
          projects by status sum invest2024 as plan sort plan desc chart
          let big = projects where total > 50亿元
          source projects where sector = 工业    (the sentences behind the figures)
          check                                  (every stated total recomputed)

        Help topics: .help clauses, .help functions, .help units, .help commands, and
        .help NAME for a clause (where, by …), a function (share …), a collection, a command.
        Tab completes collections, fields, values (sector = 工<Tab> → 工业), functions, commands.


        """ + commands()
    }

    static func commands() -> String {
        var out = "Commands, in the REPL, in scripts and in -c, each on a line of its own:\n"
        let width = MetaCommand.all.map { displayWidth($0.name + " " + $0.arguments) }.max() ?? 0
        for c in MetaCommand.all {
            out += "  " + (c.name + (c.arguments.isEmpty ? "" : " " + c.arguments)).padded(to: width) + "  "
                + c.summary + "\n"
        }
        return out
    }

    static func clauses() -> String {
        "Clauses, in the order a query uses them:\n" + clauseHelp.map { "  " + ($0.help.split(separator: "\n").first ?? "") + "\n" }.joined()
            + "\n.help CLAUSE gives an example.\n"
    }

    static let clauseHelp: [(words: [String], help: String)] = [
        (["where", "其中", "筛选"], "where CONDITION (其中): keep the rows where the condition holds.\n  Example: projects where sector = 工业 and total > 50亿元"),
        (["by", "按", "分组"], "by KEY, … AGGREGATE, … (按): group rows, then aggregate each group.\n  Example: projects by status sum invest2024 as plan"),
        (["sum", "avg", "min", "max", "median", "count", "distinct", "合计", "求和", "平均", "最小", "最大", "中位数", "计数"],
         "sum|avg|min|max|median EXPR, count, count distinct EXPR: aggregates; missing values are skipped and counted.\n  Example: projects where status = 在建 sum invest2024"),
        (["sort", "排序", "asc", "desc", "升序", "降序"], "sort KEY [asc|desc], … (排序): order the rows.\n  Example: projects sort invest2024 desc"),
        (["top", "前", "limit", "限制", "offset", "跳过"], "top N (前), limit N [offset M] (限制): the first rows.\n  Example: projects sort total desc top 3"),
        (["select", "选择", "显示", "as", "为"], "select EXPR [as NAME], … (选择): the columns to show.\n  Example: indicators select name, growth"),
        (["join", "连接", "left", "左连接", "on", "对应"],
         "[left] join OTHER [as NAME] on FIELD [= FIELD], … (连接, 左连接 … 对应): each row beside the other side's rows with the same keys;\n  a name on both sides is qualified (targets.growth, indicators.growth); left keeps unmatched rows, the other side missing.\n  Example: targets join indicators on region, name, planYear = year select region, indicators.growth - targets.growth as gap"),
        (["within", "组内", "rank", "dense_rank", "row_number", "prev", "next", "running", "share of group", "排名", "密集排名", "行号", "上期", "下期", "累计"],
         "within KEY, … sort KEY, … FUNCTION [as NAME], … (组内): window functions over each group in an order, every row kept:\n  rank (排名), dense_rank (密集排名), row_number (行号), prev X (上期), next X (下期), running sum X (累计), share X (占比, of the group's sum).\n  Example: indicators where name = 地区生产总值 within region sort year prev growth as before select region, year, growth - before as change"),
        (["pivot", "透视"], "[by KEYS] pivot FIELD AGGREGATE (透视): each value of FIELD becomes a column (in order of value), one row per KEYS; a cell no row falls in is missing; at most 200 columns.\n  Example: projects by sector pivot status sum total"),
        (["let", "令"], "let NAME = QUERY: name a result for later statements (.schema NAME shows its fields).\n  Example: let big = projects where total > 50亿元"),
        (["source", "出处"], "source QUERY (出处): the sentences of the report that state the figures of a result.\n  Example: source projects where sector = 工业"),
        (["check", "核对"], "check (核对): every total the report states, recomputed from its parts.\n  Example: check"),
        (["chart", "图表", "line", "折线", "spark", "迷你", "bar", "条形", "svg"],
         "… chart [line|spark|bar] (图表 折线|迷你|条形): draw a grouped result as bars; after pivot, a line per row over the columns\n  (missing values are gaps); chart spark adds a sparkline ▁▂▃▅▇ per row to the table. .once FILE.svg writes the chart as an SVG.\n  Example: indicators where name = 地区生产总值 by region pivot year sum growth chart"),
        (["in", "换算为"], "x in (a, b): membership; x in 万元 (换算为): a quantity converted to another unit.\n  Example: projects where sector in (工业, 交通港航) sum total in 万元"),
        (["contains", "包含", "like", "像", "matches", "匹配"],
         "text contains 'x' (包含), like 'a%' (像: % any run, _ one character), matches 'regex' (匹配).\n  Example: named where name contains '港' count"),
        (["missing", "缺失", "is"], "missing (缺失): no value. x is missing, x is not missing.\n  Example: projects where invest2024 is missing count"),
        (["$", "param", "parameter", "parameters"], "$NAME: a parameter, given by rql --param NAME=VALUE or .param set NAME VALUE.\n  Example: projects where sector = $sector sum invest2024"),
    ]
}

import ReportQL

/// The REPL's dot-commands: `.help`, `.collections`, `.schema`, `.format`, `.timer`, `.read`, `.report`,
/// `.maxrows`, `.chart`, `.quit`.
struct MetaCommand: Sendable {
    var name: String
    var arguments: String
    var summary: String

    static let all: [MetaCommand] = [
        MetaCommand(name: ".help", arguments: "[topic]", summary: "this help, or help on a collection, keyword or command"),
        MetaCommand(name: ".collections", arguments: "", summary: "the collections and the names bound by let"),
        MetaCommand(name: ".schema", arguments: "[collection]", summary: "fields: English name, Chinese name, type, meaning"),
        MetaCommand(name: ".format", arguments: "table|csv|json|markdown", summary: "how results are printed"),
        MetaCommand(name: ".timer", arguments: "on|off", summary: "print how long each statement took"),
        MetaCommand(name: ".chart", arguments: "on|off", summary: "draw grouped results as bar charts"),
        MetaCommand(name: ".maxrows", arguments: "N", summary: "rows a table shows before summarising (0: all)"),
        MetaCommand(name: ".read", arguments: "FILE", summary: "run a script"),
        MetaCommand(name: ".report", arguments: "FILE|DIR", summary: "query other reports (starts a new session)"),
        MetaCommand(name: ".quit", arguments: "", summary: "leave (also .exit, Ctrl-D)"),
    ]

    static var names: [String] { all.map(\.name) + [".exit"] }

    /// Completion of a meta-command's argument: `.schema pro` → `projects`, `.format j` → `json`.
    /// Nil when `line` is not a meta-command with an argument begun; nil candidates ask for file names.
    static func completeArgument(_ line: String, _ cursor: Int, environment: Environment)
        -> (replaceFrom: Int, candidates: [String]?)? {
        let bytes = Array(line.utf8)
        let prefix = String(decoding: bytes[..<min(cursor, bytes.count)], as: UTF8.self)
        let trimmed = prefix.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("."), let space = trimmed.firstIndex(of: " ") else { return nil }
        let command = String(trimmed[..<space])
        let argument = String(trimmed[trimmed.index(after: space)...].split(separator: " ", omittingEmptySubsequences: false).last ?? "")
        let replaceFrom = prefix.utf8.count - argument.utf8.count
        let choices: [String]
        switch command {
        case ".read", ".report":
            return (replaceFrom, nil)
        case ".schema":
            choices = collectionNames(environment)
        case ".help":
            choices = collectionNames(environment) + names + Syntax.keywords
        case ".format":
            choices = OutputFormat.allCases.map(\.rawValue)
        case ".timer", ".chart":
            choices = ["on", "off"]
        default:
            choices = []
        }
        let folded = argument.lowercased()
        return (replaceFrom, choices.filter { $0.hasPrefix(argument) || $0.lowercased().hasPrefix(folded) })
    }

    static func collectionNames(_ environment: Environment) -> [String] {
        environment.catalog.outline.flatMap { [$0.shape.name] + ($0.shape.alias.map { [$0] } ?? []) }
    }
}

extension REPL {
    /// Runs a line that starts with `.`.
    func runMetaCommand(_ line: String) {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let name = words[0]
        let argument = words.count > 1 ? words[1...].joined(separator: " ") : nil
        let out = runner.out
        defer { out.flush() }
        switch name {
        case ".help":
            out.write(help(argument))
        case ".collections":
            out.write(collections())
        case ".schema":
            if let argument {
                guard let table = environment.catalog.table(argument) else {
                    let names = MetaCommand.collectionNames(environment)
                    let hint = suggestion(for: argument, among: names).map { " — did you mean '\($0)'?" } ?? ""
                    runner.reportError("no collection '\(argument)'\(hint)")
                    return
                }
                out.write(schema(table))
            } else {
                out.write(environment.catalog.outline.map { schema($0.shape) }.joined(separator: "\n"))
            }
        case ".format":
            guard let argument else {
                out.write("format: \(runner.options.format.rawValue)\n")
                return
            }
            guard let format = OutputFormat(rawValue: argument.lowercased()) else {
                let hint = suggestion(for: argument, among: OutputFormat.allCases.map(\.rawValue))
                    .map { " — did you mean '\($0)'?" } ?? ""
                runner.reportError("unknown format '\(argument)'\(hint); the formats are table, csv, json, markdown")
                return
            }
            runner.options.format = format
        case ".timer":
            guard let on = onOff(name, argument, current: runner.timer) else { return }
            runner.timer = on
        case ".chart":
            guard let on = onOff(name, argument, current: runner.options.chart) else { return }
            runner.options.chart = on
        case ".maxrows":
            guard let argument else {
                out.write("maxrows: \(runner.options.maxRows.map(String.init) ?? "0 (all)")\n")
                return
            }
            guard let n = Int(argument), n >= 0 else {
                runner.reportError(".maxrows takes a number of rows (0: all), not '\(argument)'")
                return
            }
            runner.options.maxRows = n == 0 ? nil : n
        case ".read":
            guard let argument else {
                runner.reportError(".read needs a file: .read FILE")
                return
            }
            guard Files.exists(argument) else {
                runner.reportError("no such file: \(argument)")
                return
            }
            do {
                let text = String(decoding: try Files.read(argument), as: UTF8.self)
                runner.options.width = Terminal.width()
                runner.run(SourceFile(name: argument, text: text))
            } catch {
                runner.reportError("cannot read \(error)")
            }
        case ".report":
            guard let argument else {
                runner.reportError(".report needs a report file or directory: .report FILE")
                return
            }
            do {
                let (environment, loaded) = try ReportFiles.environment([argument], progress: Terminal.isTerminal(2))
                replaceEnvironment(environment)
                out.write("loaded \(loaded); names bound by let are cleared\n")
            } catch {
                out.flush()
                runner.err.write(error.description + "\n")
                runner.err.flush()
            }
        case ".quit", ".exit":
            quitRequested = true
        default:
            let hint = suggestion(for: name, among: MetaCommand.names).map { " — did you mean '\($0)'?" }
                ?? " — .help lists the commands"
            runner.reportError("unknown command '\(name)'\(hint)")
        }
    }

    /// `on` or `off`; with no argument, prints the setting and gives nil.
    private func onOff(_ name: String, _ argument: String?, current: Bool) -> Bool? {
        switch argument?.lowercased() {
        case nil:
            runner.out.write("\(name.dropFirst()): \(current ? "on" : "off")\n")
            return nil
        case "on"?: return true
        case "off"?: return false
        default:
            runner.reportError("\(name) takes on or off, not '\(argument!)'")
            return nil
        }
    }

    /// The collections: English and Chinese names, rows, meaning; then the names bound by `let`.
    func collections() -> String {
        let table = ResultTable(
            columns: [ResultColumn(name: "collection", type: .text), ResultColumn(name: "中文", type: .text),
                      ResultColumn(name: "rows", type: .number(nil)), ResultColumn(name: "meaning", type: .text)],
            rows: environment.catalog.outline.map { o in
                [.text(o.shape.name), o.shape.alias.map(Value.text) ?? .missing,
                 .number(Quantity(ExactDecimal(o.rowCount))), .text(o.shape.doc)]
            })
        var out = TableFormatter.format(table, options: TableFormatter.Options(color: runner.options.color))
        let bound = runner.session.boundNames
        if !bound.isEmpty { out += "bound by let: " + bound.joined(separator: ", ") + "\n" }
        return out
    }

    /// A collection's fields: English name, Chinese name, type, meaning.
    func schema(_ table: Table) -> String {
        let title = "\(table.name)" + (table.alias.map { " (\($0))" } ?? "") + (table.doc.isEmpty ? "" : ": \(table.doc)")
        let rows: [[Value]] = table.columns.map { c in
            [.text(c.name), c.alias.map(Value.text) ?? .missing, .text(c.type.description), .text(c.doc)]
        }
        let fields = ResultTable(
            columns: [ResultColumn(name: "field", type: .text), ResultColumn(name: "中文", type: .text),
                      ResultColumn(name: "type", type: .text), ResultColumn(name: "meaning", type: .text)],
            rows: rows)
        return title + "\n" + TableFormatter.format(fields, options: TableFormatter.Options(color: runner.options.color))
    }

    /// The help text, or help on one topic: a collection, a meta-command, or a keyword.
    func help(_ topic: String?) -> String {
        guard let topic else {
            var out = """
                ReportQL: queries over a development-plan report. A query names a collection, then clauses:

                  projects where sector = 工业 and status = 在建 sum invest2024
                  项目 其中 领域 = 工业 合计 年度计划投资
                  projects by status sum invest2024 as plan sort plan desc chart
                  indicators where name = 地区生产总值 select growth
                  let big = projects where total > 50亿元
                  source projects where sector = 工业      (the report sentences behind the figures)
                  check                                    (every stated total recomputed from its parts)

                Clauses: where, by … sum|avg|min|max|median|count, sort … asc|desc, top N, limit N, select …, chart.
                Tab completes collections, fields and known values (sector = 工<Tab> → 工业).

                Commands:

                """
            let width = MetaCommand.all.map { displayWidth($0.name + " " + $0.arguments) }.max() ?? 0
            for c in MetaCommand.all {
                out += "  " + (c.name + (c.arguments.isEmpty ? "" : " " + c.arguments)).padded(to: width) + "  "
                    + c.summary + "\n"
            }
            return out
        }
        if let table = environment.catalog.table(topic) { return schema(table) }
        let dotted = topic.hasPrefix(".") ? topic : "." + topic
        if let c = MetaCommand.all.first(where: { $0.name == dotted }) {
            return "\(c.name) \(c.arguments)\n  \(c.summary)\n"
        }
        if let text = Self.keywordHelp.first(where: { $0.words.contains(topic.lowercased()) }) {
            return text.help + "\n"
        }
        let all = MetaCommand.collectionNames(environment) + MetaCommand.names + Syntax.keywords
        let hint = suggestion(for: topic, among: all).map { " — did you mean '\($0)'?" } ?? ""
        return "no help on '\(topic)'\(hint)\n"
    }

    static let keywordHelp: [(words: [String], help: String)] = [
        (["where", "其中", "筛选"], "where CONDITION (其中): keep the rows where the condition holds.\n  projects where sector = 工业 and total > 50亿元"),
        (["by", "按", "分组"], "by KEY, … AGGREGATE, … (按): group rows, then aggregate each group.\n  projects by status sum invest2024 as plan"),
        (["sum", "avg", "min", "max", "median", "count", "合计", "求和", "平均", "最小", "最大", "中位数", "计数"],
         "sum|avg|min|max|median EXPR, count, count distinct EXPR: aggregates; missing values are skipped and counted.\n  projects where status = 在建 sum invest2024"),
        (["sort", "排序", "asc", "desc", "升序", "降序"], "sort KEY [asc|desc], … (排序): order the rows.\n  projects sort invest2024 desc"),
        (["top", "前", "limit", "限制", "offset", "跳过"], "top N (前), limit N [offset M] (限制): the first rows.\n  projects sort total desc top 3"),
        (["select", "选择", "显示", "as", "为"], "select EXPR [as NAME], … (选择): the columns to show.\n  indicators select name, growth"),
        (["let", "令"], "let NAME = QUERY: name a result for later statements.\n  let big = projects where total > 50亿元"),
        (["source", "出处"], "source QUERY (出处): the sentences of the report that state the figures of a result.\n  source projects where sector = 工业"),
        (["check", "核对"], "check (核对): every total the report states, recomputed from its parts.\n  check"),
        (["chart", "图表"], "… chart (图表): draw a grouped result as bars.\n  projects by sector sum invest2024 chart"),
        (["in", "换算为"], "x in (a, b): membership; x in 万元 (换算为): a quantity converted to another unit."),
        (["contains", "包含", "like", "像", "matches", "匹配"],
         "text contains 'x' (包含), like 'a%' (像: % any run, _ one character), matches 'regex' (匹配)."),
        (["missing", "缺失", "is"], "missing (缺失): no value. x is missing, x is not missing."),
    ]
}

import ReportModel
import ReportQL

/// The dot-commands: the same in the REPL, in scripts and in `-c`, each on a line of its own.
struct MetaCommand: Sendable {
    var name: String
    var arguments: String
    var summary: String
    /// Other spellings (`.tables` for `.collections`).
    var aliases: [String] = []

    static let all: [MetaCommand] = [
        MetaCommand(name: ".help", arguments: "[TOPIC]",
                    summary: "the topics, or help on one"),
        MetaCommand(name: ".functions", arguments: "", summary: "the functions and their arguments"),
        MetaCommand(name: ".collections", arguments: "", summary: "collections and let names; also .tables",
                    aliases: [".tables"]),
        MetaCommand(name: ".schema", arguments: "[NAME]", summary: "the fields of a collection or let name"),
        MetaCommand(name: ".format", arguments: "table|csv|json|markdown", summary: "how results are printed; also .mode",
                    aliases: [".mode"]),
        MetaCommand(name: ".output", arguments: "[FILE]", summary: "results to FILE; no FILE: to the screen"),
        MetaCommand(name: ".once", arguments: "FILE", summary: "the next result to FILE (.csv .json .md .txt, .svg a chart)"),
        MetaCommand(name: ".param", arguments: "set NAME VALUE|list|clear",
                    summary: "$NAME values: 工业, 5%, 100亿元"),
        MetaCommand(name: ".maxrows", arguments: "N", summary: "rows a table shows (0: all; the REPL: what fits the screen)"),
        MetaCommand(name: ".maxwidth", arguments: "N", summary: "columns a table may take (0: no limit)"),
        MetaCommand(name: ".wrap", arguments: "on|off", summary: "wrap long cells instead of cutting them"),
        MetaCommand(name: ".chart", arguments: "on|off", summary: "draw grouped results as bar charts"),
        MetaCommand(name: ".timer", arguments: "on|off", summary: "print how long each statement took"),
        MetaCommand(name: ".echo", arguments: "on|off", summary: "print each statement before its result"),
        MetaCommand(name: ".bail", arguments: "on|off", summary: "stop a script at an error (default on)"),
        MetaCommand(name: ".show", arguments: "", summary: "every setting"),
        MetaCommand(name: ".read", arguments: "FILE", summary: "run a script"),
        MetaCommand(name: ".report", arguments: "[FILE|DIR|builtin]",
                    summary: "what is loaded; load others (new session)"),
        MetaCommand(name: ".quit", arguments: "", summary: "leave (also Ctrl-D)"),
        MetaCommand(name: ".exit", arguments: "[N]", summary: "leave with exit status N"),
    ]

    static var names: [String] { all.flatMap { [$0.name] + $0.aliases } }

    /// The command spelled `name`, by its name or an alias.
    static func named(_ name: String) -> MetaCommand? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Completion of a meta-command's argument: `.schema pro` → `projects`, `.format j` → `json`.
    /// Nil when `line` is not a meta-command with an argument begun; nil candidates ask for file names.
    static func completeArgument(_ line: String, _ cursor: Int, session: Session)
        -> (replaceFrom: Int, candidates: [String]?)? {
        let bytes = Array(line.utf8)
        let prefix = String(decoding: bytes[..<min(cursor, bytes.count)], as: UTF8.self)
        let trimmed = prefix.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("."), let space = trimmed.firstIndex(of: " ") else { return nil }
        let command = named(String(trimmed[..<space]))?.name ?? String(trimmed[..<space])
        let words = trimmed[trimmed.index(after: space)...].split(separator: " ", omittingEmptySubsequences: false)
        let argument = String(words.last ?? "")
        let replaceFrom = prefix.utf8.count - argument.utf8.count
        let choices: [String]
        switch command {
        case ".read", ".output", ".once":
            return (replaceFrom, nil)
        case ".report":
            if "builtin".hasPrefix(argument) && !argument.isEmpty { return (replaceFrom, ["builtin"]) }
            return (replaceFrom, nil)
        case ".schema":
            choices = collectionNames(session.environment) + session.boundNames
        case ".help":
            choices = HelpTopics.topics(session: session)
        case ".format":
            choices = OutputFormat.allCases.map(\.rawValue)
        case ".timer", ".chart", ".echo", ".bail", ".wrap":
            choices = ["on", "off"]
        case ".param":
            choices = words.count <= 1 ? ["set", "list", "clear"] : []
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

extension ScriptRunner {
    /// Runs a dot-command line. `file` and `line` place its errors in a script. Returns whether it succeeded.
    @discardableResult
    func runMetaCommand(_ text: String, file: String = "<repl>", line: Int = 0) -> Bool {
        let trimmed = text.trimmingWhitespace
        let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" })
        let name = String(trimmed[..<(space ?? trimmed.endIndex)])
        let rest = space.map { String(trimmed[$0...]).trimmingWhitespace } ?? ""
        let argument: String? = rest.isEmpty ? nil : rest
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var failed = false
        func fail(_ message: String) {
            failed = true
            reportError(file == "<repl>" ? message : "\(file):\(line): \(message)")
        }
        defer { out.flush() }

        guard let command = MetaCommand.named(name) else {
            let hint = didYouMean(for: name, among: MetaCommand.names).map { " (\($0))" }
                ?? " — .help lists the commands"
            fail("unknown command '\(name)'\(hint)")
            if status == 0 { status = 1 }
            return false
        }
        if checkOnly && [".output", ".once", ".report"].contains(command.name) { return true }
        switch command.name {
        case ".help":
            // A collection's or a let name's help is its schema: a table, fitted as tables are.
            let text = HelpTopics.help(argument, runner: self)
            write(text.contains("\n┌") ? text : wrapText(text, width: proseWidth))
        case ".functions":
            write(wrapText(HelpTopics.functionList(session: session), width: proseWidth))
        case ".collections":
            write(collections())
        case ".schema":
            if let argument {
                if let table = session.environment.catalog.table(argument) {
                    write(schema(table))
                } else if let columns = session.boundColumns(argument) {
                    write(schema(boundName: argument, columns))
                } else {
                    let names = MetaCommand.collectionNames(session.environment) + session.boundNames
                    let hint = didYouMeanHint(for: argument, among: names)
                    fail("no collection or let name '\(argument)'\(hint)")
                }
            } else {
                write(session.environment.catalog.outline.map { schema($0.shape) }.joined(separator: "\n"))
            }
        case ".format":
            guard let argument else {
                write("format: \(options.format.rawValue)\n")
                break
            }
            guard let format = OutputFormat(rawValue: argument.lowercased()) else {
                let hint = didYouMeanHint(for: argument, among: OutputFormat.allCases.map(\.rawValue))
                fail("unknown format '\(argument)'\(hint); the formats are table, csv, json, markdown")
                break
            }
            options.format = format
        case ".output":
            output.close()
            output = .standardOutput
            if let argument {
                do {
                    output = try OutputTarget.open(argument.unquotedArgument, formatFromExtension: false)
                } catch {
                    fail("cannot write \(error)")
                }
            }
        case ".once":
            guard let argument else {
                fail(".once needs a file: .once FILE")
                break
            }
            closeOnce()
            do {
                once = try OutputTarget.open(argument.unquotedArgument, formatFromExtension: true)
            } catch {
                fail("cannot write \(error)")
            }
        case ".param":
            if !runParam(words, rest: rest) { failed = true }
        case ".maxrows":
            guard let argument else {
                write("maxrows: \(rowsDescription)\n")
                break
            }
            guard let n = Int(argument), n >= 0 else {
                fail(".maxrows takes a number of rows (0: all), not '\(argument)'")
                break
            }
            options.maxRows = n == 0 ? nil : n
            rowsFitScreen = false
        case ".maxwidth":
            guard let argument else {
                write("maxwidth: \(widthDescription)\n")
                break
            }
            guard let n = Int(argument), n == 0 || n >= 20 else {
                fail(".maxwidth takes a number of columns, at least 20 (0: no limit), not '\(argument)'")
                break
            }
            widthSetting = n
        case ".wrap", ".chart", ".timer", ".echo", ".bail":
            let current: Bool
            switch command.name {
            case ".wrap": current = options.wrap
            case ".chart": current = options.chart
            case ".timer": current = timer
            case ".echo": current = echo
            default: current = bail
            }
            switch argument?.lowercased() {
            case nil:
                write("\(name.dropFirst()): \(current ? "on" : "off")\n")
            case "on"?, "off"?:
                let on = argument?.lowercased() == "on"
                switch command.name {
                case ".wrap": options.wrap = on
                case ".chart": options.chart = on
                case ".timer": timer = on
                case ".echo": echo = on
                default: bail = on
                }
            default:
                fail("\(name) takes on or off, not '\(argument ?? "")'")
            }
        case ".show":
            write(settings())
        case ".read":
            guard let argument else {
                fail(".read needs a file: .read FILE")
                break
            }
            let path = Files.expandingTilde(argument.unquotedArgument)
            guard Files.exists(path) else {
                fail("no such file: \(path)")
                break
            }
            do {
                let text = String(decoding: try Files.read(path), as: UTF8.self)
                if !runScript(SourceFile(name: path, text: text)) { failed = true }
            } catch {
                fail("cannot read \(error)")
            }
        case ".report":
            guard let argument else {
                write("loaded: \(ReportFiles.describe(session.environment.catalog))\n")
                break
            }
            let path = argument.unquotedArgument
            if path == "builtin" && !Files.exists(path) {
                replaceSession(Environment(options: .init(interrupt: statementInterrupt)))
                write("loaded the built-in report: \(ReportFiles.describe(session.environment.catalog)); names bound by let are cleared\n")
                break
            }
            do {
                let (environment, loaded) = try ReportFiles.environment([Files.expandingTilde(path)], progress: Terminal.isTerminal(2),
                                                                        options: .init(interrupt: statementInterrupt))
                replaceSession(environment)
                write("loaded \(loaded); names bound by let are cleared\n")
            } catch {
                if statementInterrupt.isRequested {
                    // Ctrl-C while loading: the reports loaded before stay (the REPL), or the script ends.
                    stopForInterrupt()
                    return false
                }
                failed = true
                out.flush()
                err.write(error.description + "\n")
                err.flush()
            }
        case ".quit":
            exitRequested = file == "<repl>" ? 0 : status
        case ".exit":
            if let argument {
                guard let n = Int32(argument), (0...255).contains(n) else {
                    fail(".exit takes an exit status from 0 to 255, not '\(argument)'")
                    break
                }
                exitRequested = n
            } else {
                exitRequested = file == "<repl>" ? 0 : status
            }
        default:
            break
        }
        if failed && status == 0 { status = 1 }
        return !failed
    }

    /// Starts over on other reports: a new session (names bound by `let` are gone; parameters stay).
    func replaceSession(_ environment: Environment) {
        let parameters = session.parameters
        session = Session(environment: environment)
        session.parameters = parameters
        sessionReplaced?()
    }

    /// The width help and messages are wrapped to: the table limit, at most 100; 80 without one.
    var proseWidth: Int {
        refreshWidth()
        return min(options.maxWidth ?? 80, 100)
    }

    /// `.maxrows` as `.show` says it: a number, `0 (all)`, or the screen's rows (`33 (the screen's)`).
    var rowsDescription: String {
        refreshWidth()
        let n = options.maxRows.map(String.init) ?? "0 (all)"
        return rowsFitScreen && options.maxRows != nil ? "\(n) (the screen's)" : n
    }

    var widthDescription: String {
        switch widthSetting {
        case nil: return output.isStandardOutput && Terminal.isTerminal(1) ? "\(Terminal.width()) (the terminal's)" : "0 (no limit)"
        case 0?: return "0 (no limit)"
        case let n?: return String(n)
        }
    }

    /// `.show`: every setting, one a line.
    func settings() -> String {
        let rows: [(String, String)] = [
            ("format", options.format.rawValue),
            ("output", output.path ?? "stdout"),
            ("maxrows", rowsDescription),
            ("maxwidth", widthDescription),
            ("wrap", options.wrap ? "on" : "off"),
            ("chart", options.chart ? "on" : "off"),
            ("timer", timer ? "on" : "off"),
            ("echo", echo ? "on" : "off"),
            ("bail", bail ? "on" : "off"),
            ("params", session.parameters.isEmpty ? "(none)"
                : session.parameters.sorted { $0.key < $1.key }.map { "$\($0.key) = \($0.value.literalText)" }
                    .joined(separator: ", ")),
            ("report", ReportFiles.describe(session.environment.catalog)),
        ]
        return rows.map { "\($0.0.padded(to: 9)) \($0.1)\n" }.joined()
    }

    /// The collections: English and Chinese names, rows, meaning; then the names bound by `let`.
    func collections() -> String {
        let table = ResultTable(
            columns: [ResultColumn(name: "collection", type: .text), ResultColumn(name: "中文", type: .text),
                      ResultColumn(name: "rows", type: .number(nil)), ResultColumn(name: "meaning", type: .text)],
            rows: session.environment.catalog.outline.map { o in
                [.text(o.shape.name), o.shape.alias.map(Value.text) ?? .missing,
                 .number(Quantity(ExactDecimal(o.rowCount))), .text(o.shape.doc)]
            })
        var text = formatTable(table)
        let bound = session.boundNames
        if !bound.isEmpty { text += "bound by let: " + bound.joined(separator: ", ") + "\n" }
        return text
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
        return terminalSafe(title) + "\n" + formatTable(fields)
    }

    /// A `let` name's columns: name and type.
    func schema(boundName name: String, _ columns: [ResultColumn]) -> String {
        let fields = ResultTable(
            columns: [ResultColumn(name: "field", type: .text), ResultColumn(name: "type", type: .text)],
            rows: columns.map { [.text($0.name), .text($0.type.description)] })
        return "\(name) (bound by let)\n" + formatTable(fields)
    }

    /// A table of the shell's own (collections, fields) the way results are printed on the screen: boxed,
    /// within the width.
    func formatTable(_ table: ResultTable) -> String {
        refreshWidth()
        return TableFormatter.format(table, options: TableFormatter.Options(
            color: options.color && output.isStandardOutput, maxWidth: options.maxWidth, wrap: options.wrap))
    }
}

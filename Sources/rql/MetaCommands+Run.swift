import ReportModel
import ReportQL

/// A dot-command line taken apart: the command's name and what follows it.
struct MetaCall {
    let name: String
    /// What follows the name, trimmed; nil when nothing does.
    let argument: String?
    /// What follows the name, trimmed ("" when nothing does).
    let rest: String
    /// What follows the name, split at spaces and tabs.
    let words: [String]

    init(_ text: String) {
        let trimmed = text.trimmingWhitespace
        let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" })
        name = String(trimmed[..<(space ?? trimmed.endIndex)])
        rest = space.map { String(trimmed[$0...]).trimmingWhitespace } ?? ""
        argument = rest.isEmpty ? nil : rest
        words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}

/// How a dot-command ended.
enum MetaOutcome {
    case done
    /// It failed with this message (placed in its script by the caller).
    case failed(String)
    /// It failed, and said why itself.
    case failedReported
    /// Ctrl-C stopped it; the runner already stops.
    case interrupted
}

extension ScriptRunner {
    /// `.help`, `.functions`, `.collections`, `.schema` and `.show`: what there is to query and how.
    func runHelpCommand(_ name: String, _ call: MetaCall) -> MetaOutcome {
        switch name {
        case ".help":
            // A collection's or a let name's help is its schema: a table, fitted as tables are.
            let text = HelpTopics.help(call.argument, runner: self)
            write(text.contains("\n┌") ? text : wrapText(text, width: proseWidth))
        case ".functions":
            write(wrapText(HelpTopics.functionList(session: session), width: proseWidth))
        case ".collections":
            write(collections())
        case ".schema":
            guard let argument = call.argument else {
                write(session.environment.catalog.outline.map { schema($0.shape) }.joined(separator: "\n"))
                break
            }
            if let table = session.environment.catalog.table(argument) {
                write(schema(table))
            } else if let columns = session.boundColumns(argument) {
                write(schema(boundName: argument, columns))
            } else {
                let names = MetaCommand.collectionNames(session.environment) + session.boundNames
                return .failed("no collection or let name '\(argument)'\(didYouMeanHint(for: argument, among: names))")
            }
        default:
            write(settings())
        }
        return .done
    }

    /// `.format`, `.maxrows` and `.maxwidth`: shown without an argument, set with one.
    func runSettingCommand(_ name: String, _ call: MetaCall) -> MetaOutcome {
        switch name {
        case ".format":
            guard let argument = call.argument else {
                write("format: \(options.format.rawValue)\n")
                break
            }
            guard let format = OutputFormat(rawValue: argument.lowercased()) else {
                let hint = didYouMeanHint(for: argument, among: OutputFormat.allCases.map(\.rawValue))
                return .failed("unknown format '\(argument)'\(hint); the formats are table, csv, json, markdown")
            }
            options.format = format
        case ".maxrows":
            guard let argument = call.argument else {
                write("maxrows: \(rowsDescription)\n")
                break
            }
            guard let n = Int(argument), n >= 0 else {
                return .failed(".maxrows takes a number of rows (0: all), not '\(argument)'")
            }
            options.maxRows = n == 0 ? nil : n
            rowsFitScreen = false
        default:
            guard let argument = call.argument else {
                write("maxwidth: \(widthDescription)\n")
                break
            }
            guard let n = Int(argument), n == 0 || n >= 20 else {
                return .failed(".maxwidth takes a number of columns, at least 20 (0: no limit), not '\(argument)'")
            }
            widthSetting = n
        }
        return .done
    }

    /// `.wrap`, `.chart`, `.timer`, `.echo` and `.bail`: on or off, shown without an argument.
    func runSwitchCommand(_ name: String, _ call: MetaCall) -> MetaOutcome {
        let current: Bool
        switch name {
        case ".wrap": current = options.wrap
        case ".chart": current = options.chart
        case ".timer": current = timer
        case ".echo": current = echo
        default: current = bail
        }
        switch call.argument?.lowercased() {
        case nil:
            write("\(call.name.dropFirst()): \(current ? "on" : "off")\n")
        case "on"?, "off"?:
            let on = call.argument?.lowercased() == "on"
            switch name {
            case ".wrap": options.wrap = on
            case ".chart": options.chart = on
            case ".timer": timer = on
            case ".echo": echo = on
            default: bail = on
            }
        default:
            return .failed("\(call.name) takes on or off, not '\(call.argument ?? "")'")
        }
        return .done
    }

    /// `.output FILE` (every result from now on; none: standard output again) and `.once FILE` (the next one).
    func runOutputCommand(_ name: String, _ call: MetaCall) -> MetaOutcome {
        if name == ".output" {
            output.close()
            output = .standardOutput
            guard let argument = call.argument else { return .done }
            do {
                output = try OutputTarget.open(argument.unquotedArgument, formatFromExtension: false)
            } catch {
                return .failed("cannot write \(error)")
            }
            return .done
        }
        guard let argument = call.argument else { return .failed(".once needs a file: .once FILE") }
        closeOnce()
        do {
            once = try OutputTarget.open(argument.unquotedArgument, formatFromExtension: true)
        } catch {
            return .failed("cannot write \(error)")
        }
        return .done
    }

    /// `.read FILE`: runs the statements of a script.
    func runReadCommand(_ call: MetaCall) -> MetaOutcome {
        guard let argument = call.argument else { return .failed(".read needs a file: .read FILE") }
        let path = Files.expandingTilde(argument.unquotedArgument)
        guard FileSystem.exists(path) else { return .failed("no such file: \(path)") }
        do {
            let text = String(decoding: try Files.read(path), as: UTF8.self)
            return runScript(SourceFile(name: path, text: text)) ? .done : .failedReported
        } catch {
            return .failed("cannot read \(error)")
        }
    }

    /// `.report PATH` (or `builtin`): starts over on other reports; without a path, says what is loaded.
    func runReportCommand(_ call: MetaCall) -> MetaOutcome {
        guard let argument = call.argument else {
            write("loaded: \(ReportFiles.describe(session.environment.catalog))\n")
            return .done
        }
        let path = argument.unquotedArgument
        if path == "builtin" && !FileSystem.exists(path) {
            replaceSession(Environment(options: .init(interrupt: statementInterrupt)))
            write("loaded the built-in report: \(ReportFiles.describe(session.environment.catalog)); names bound by let are cleared\n")
            return .done
        }
        do {
            let (environment, loaded) = try ReportFiles.environment([Files.expandingTilde(path)], progress: Terminal.isTerminal(2),
                                                                    options: .init(interrupt: statementInterrupt))
            replaceSession(environment)
            write("loaded \(loaded); names bound by let are cleared\n")
            return .done
        } catch {
            if statementInterrupt.isRequested {
                // Ctrl-C while loading: the reports loaded before stay (the REPL), or the script ends.
                stopForInterrupt()
                return .interrupted
            }
            out.flush()
            err.write(error.description + "\n")
            err.flush()
            return .failedReported
        }
    }

    /// `.quit`, and `.exit [STATUS]`: a script ends with its status so far, the REPL with 0, unless one is given.
    func runExitCommand(_ name: String, _ call: MetaCall, inScript: Bool) -> MetaOutcome {
        if name == ".exit", let argument = call.argument {
            guard let n = Int32(argument), (0...255).contains(n) else {
                return .failed(".exit takes an exit status from 0 to 255, not '\(argument)'")
            }
            exitRequested = n
        } else {
            exitRequested = inScript ? status : 0
        }
        return .done
    }
}

import ArgumentParser
import ReportQL
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFormat: ExpressibleByArgument {}

/// `rql`: the REPL on a terminal, the script runner otherwise.
///
/// Exit status: 0 success; 1 a statement failed while running; 2 bad usage (an unknown option, a missing
/// file, a report that does not load); 3 a statement failed its check.
struct RQLCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "rql",
        abstract: "Query Chinese local-government development-plan reports with ReportQL.",
        usage: """
            rql                      the REPL (on a terminal)
            rql FILE.rql …           run scripts in order
            rql -c 'QUERY'           run one query
            rql check                recompute every stated total from its parts
            rql import REPORT.txt    model a report's text as reportql/1 JSON (for --report)
            … | rql                  run the script read from standard input
            """,
        discussion: """
            Without --report, queries run on the built-in 泉港区 2023 report.
            Exit status: 0 success, 1 a statement failed while running, 2 bad usage, 3 a statement failed its check.
            Example: rql -c 'projects where sector = 工业 and status = 在建 sum invest2024'
            """,
        version: "rql \(version)")

    @Option(name: .customShort("c"), help: ArgumentHelp("Run one query (or script text).", valueName: "query"))
    var command: String?

    @Option(name: .customLong("report"),
            help: ArgumentHelp("Query this report (JSON) instead of the built-in one; a directory loads every *.json in it. Repeatable.",
                               valueName: "file"))
    var reports: [String] = []

    @Option(help: ArgumentHelp("How results are printed: table, csv, json or markdown.", valueName: "format"))
    var format: OutputFormat = .table

    @Flag(name: .customLong("check"), help: "Parse and check every statement; run nothing.")
    var checkOnly = false

    @Flag(help: "Go on after a failing statement (the exit status is the worst one seen).")
    var keepGoing = false

    @Argument(help: ArgumentHelp("Scripts to run, in order.", valueName: "file"))
    var files: [String] = []

    /// Runs with `arguments` (without the program name), then exits with the status.
    static func runAndExit(_ arguments: [String]) -> Never {
        let status = start(arguments)
        Writer.standardOutput.flush()
        Writer.standardError.flush()
        exitProcess(status)
    }

    /// Parses `arguments` (without the program name) and runs; returns the exit status.
    static func start(_ arguments: [String]) -> Int32 {
        Terminal.ignoreBrokenPipes()
        let command: RQLCommand
        do {
            command = try RQLCommand.parse(arguments)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Writer.standardOutput.write(message + "\n")
                Writer.standardOutput.flush()
                return 0
            }
            Writer.standardError.write(message + "\n")
            Writer.standardError.flush()
            return 2
        }
        return command.execute()
    }

    /// One piece of source to run: its name in diagnostics and its text.
    struct Script {
        var name: String
        var text: String
    }

    func execute() -> Int32 {
        let errorColor = Terminal.colors(2)
        let outputColor = Terminal.colors(1)
        let err = Writer.standardError

        // `rql import FILE`, when no script is named `import`.
        if files.first == "import" && !Files.exists("import") {
            guard files.count == 2 else {
                err.write("rql: error: usage: rql import REPORT.txt > report.json\n")
                err.flush()
                return 2
            }
            return runImport(path: files[1])
        }

        let environment: Environment
        do {
            environment = reports.isEmpty ? Environment() : Environment(reports: try ReportFiles.load(reports))
        } catch {
            err.write(error.description + "\n")
            err.flush()
            return 2
        }

        var options = Renderer.Options()
        options.format = format
        options.color = outputColor
        options.terminal = Terminal.isTerminal(1)
        options.width = Terminal.width()
        let runner = ScriptRunner(session: Session(environment: environment), options: options,
                                  errorColor: errorColor)

        // What to run: -c, then the files (`rql check` runs the statement when no file is named `check`).
        var scripts: [Script] = []
        if let command { scripts.append(Script(name: "<command>", text: command)) }
        var paths = files
        if paths.first == "check" && !Files.exists("check") {
            scripts.append(Script(name: "<command>", text: "check"))
            paths.removeFirst()
        }
        for path in paths {
            guard Files.exists(path) else {
                runner.reportError("no such file: \(path)")
                return 2
            }
            do {
                scripts.append(Script(name: path, text: String(decoding: try Files.read(path), as: UTF8.self)))
            } catch {
                runner.reportError("cannot read \(error)")
                return 2
            }
        }

        if scripts.isEmpty {
            if Terminal.isTerminal(0) {
                return REPL(environment: environment, runner: runner).run()
            }
            scripts.append(Script(name: "<stdin>", text: String(decoding: Files.readStandardInput(), as: UTF8.self)))
        }

        for script in scripts {
            let ok = runner.run(SourceFile(name: script.name, text: script.text), checkOnly: checkOnly,
                                keepGoing: keepGoing)
            if !ok && !keepGoing { break }
        }
        Writer.standardOutput.flush()
        return runner.status
    }
}

import ReportQL
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `rql`: the REPL on a terminal, the script runner otherwise.
///
/// Exit status: 0 success; 1 a statement failed while running; 2 bad usage (an unknown option, a missing
/// file, a report that does not load); 3 a statement failed its check.
struct RQLCommand {
    static let version = "0.1.0"

    /// The command line, read.
    var invocation: Invocation

    /// Runs with `arguments` (without the program name), then exits with the status.
    static func runAndExit(_ arguments: [String]) -> Never {
        let status = start(arguments)
        Writer.standardOutput.flush()
        Writer.standardError.flush()
        exit(status)
    }

    /// Parses `arguments` (without the program name) and runs; returns the exit status.
    static func start(_ arguments: [String]) -> Int32 {
        Terminal.ignoreBrokenPipes()
        let request: Invocation.Request
        do {
            request = try Invocation.parse(arguments)
        } catch {
            let (red, reset) = Terminal.colors(2) ? ("\u{1B}[1;31m", "\u{1B}[0m") : ("", "")
            Writer.standardError.write("rql: \(red)error:\(reset) \(error.message)\n\(Invocation.usageHint)\n")
            Writer.standardError.flush()
            return 2
        }
        switch request {
        case .help:
            Writer.standardOutput.write(Invocation.helpText)
            return 0
        case .version:
            Writer.standardOutput.write("rql \(version)\n")
            return 0
        case .run(let invocation):
            return RQLCommand(invocation: invocation).execute()
        }
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
        let positionals = invocation.positionals
        if positionals.first == "import" && !Files.exists("import") {
            guard positionals.count >= 2 && invocation.sources.count == positionals.count else {
                err.write("rql: error: usage: rql import REPORT [-o OUT.json], or rql import FILE|DIR … -o DIR\n")
                err.flush()
                return 2
            }
            return runImport(paths: Array(positionals.dropFirst()), output: invocation.output)
        }

        if invocation.output != nil {
            err.write("rql: error: '-o/--output' is for 'rql import'; query results go to standard output\n")
            err.flush()
            return 2
        }

        let environment: Environment
        do {
            environment = invocation.reports.isEmpty
                ? Environment() : Environment(reports: try ReportFiles.load(invocation.reports, progress: Terminal.isTerminal(2)))
        } catch {
            err.write(error.description + "\n")
            err.flush()
            return 2
        }

        var options = Renderer.Options()
        options.format = invocation.format
        options.color = outputColor
        options.terminal = Terminal.isTerminal(1)
        options.width = Terminal.width()
        let runner = ScriptRunner(session: Session(environment: environment), options: options,
                                  errorColor: errorColor)

        // What to run, in command-line order: the -c queries (numbered in diagnostics when there are several),
        // the files and standard input (`-`). `rql check` runs the statement when no file is named `check`.
        // Every file is read before anything runs.
        var checkShortcut = positionals.first == "check" && !Files.exists("check")
        let queryCount = invocation.sources.count { if case .command = $0 { true } else { false } }
        var queryNumber = 0
        var scripts: [Script] = []
        for source in invocation.sources {
            switch source {
            case .command(let text):
                queryNumber += 1
                scripts.append(Script(name: queryCount > 1 ? "<command \(queryNumber)>" : "<command>", text: text))
            case .standardInput:
                let text = String(decoding: Files.readStandardInput(), as: UTF8.self)
                scripts.append(Script(name: "<stdin>", text: text))
            case .file where checkShortcut:
                checkShortcut = false
                scripts.append(Script(name: "<command>", text: "check"))
            case .file(let path):
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
        }

        if scripts.isEmpty {
            if Terminal.isTerminal(0) {
                return REPL(environment: environment, runner: runner).run()
            }
            scripts.append(Script(name: "<stdin>", text: String(decoding: Files.readStandardInput(), as: UTF8.self)))
        }

        for script in scripts {
            let ok = runner.run(SourceFile(name: script.name, text: script.text), checkOnly: invocation.checkOnly,
                                keepGoing: invocation.keepGoing)
            if !ok && !invocation.keepGoing { break }
        }
        Writer.standardOutput.flush()
        return runner.status
    }
}

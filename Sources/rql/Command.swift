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
            Writer.standardError.write("rql: \(red)error:\(reset) \(terminalSafe(error.message))\n\(Invocation.usageHint)\n")
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

    /// One piece of source to run: its name in diagnostics and its text, or standard input, run statement by
    /// statement as it arrives.
    enum Script {
        case text(name: String, text: String)
        case standardInput
    }

    func execute() -> Int32 {
        let errorColor = Terminal.colors(2)
        let outputColor = Terminal.colors(1)
        let err = Writer.standardError
        // From here on Ctrl-C (SIGINT) raises ``statementInterrupt``: loading reports, importing and running
        // check it and end with status 130 (the REPL's line editor installs its own handler later).
        InterruptSignal.install()

        // `rql import FILE`, when no script is named `import`.
        let positionals = invocation.positionals
        if positionals.first == "import" && !FileSystem.exists("import") {
            guard positionals.count >= 2 && invocation.sources.count == positionals.count else {
                err.write("rql: error: usage: rql import REPORT [-o OUT.json], or rql import FILE|DIR … -o DIR\n")
                err.flush()
                return 2
            }
            return runImport(paths: Array(positionals.dropFirst()), output: invocation.output, unplacedPath: invocation.unplaced)
        }

        if invocation.output != nil {
            err.write("rql: error: '-o/--output' is for 'rql import'; query results go to standard output\n")
            err.flush()
            return 2
        }

        let (loaded, failure) = loadEnvironment(err)
        guard let environment = loaded else { return failure }
        let runner = makeRunner(environment, errorColor: errorColor, outputColor: outputColor)
        guard var scripts = readScripts(runner) else { return 2 }
        if scripts.isEmpty {
            if Terminal.isTerminal(0) {
                return REPL(environment: environment, runner: runner).run()
            }
            scripts.append(.standardInput)
        }

        for script in scripts {
            let ok: Bool
            switch script {
            case .text(let name, let text):
                ok = runner.runScript(SourceFile(name: name, text: text))
            case .standardInput:
                ok = runStandardInput(runner)
            }
            if runner.exitRequested != nil || (!ok && runner.bail) { break }
        }
        runner.closeOnce()
        runner.output.close()
        Writer.standardOutput.flush()
        return runner.exitRequested ?? runner.status
    }

    /// The environment over the `--report` paths (the built-in report without any); nil when they could not
    /// be loaded, which is said on `err` (`interrupted` after Ctrl-C), with the exit status to end with.
    func loadEnvironment(_ err: Writer) -> (Environment?, status: Int32) {
        do {
            return (invocation.reports.isEmpty
                ? Environment(options: .init(interrupt: statementInterrupt))
                : try ReportFiles.environment(invocation.reports, progress: Terminal.isTerminal(2),
                                              options: .init(interrupt: statementInterrupt)).0, 0)
        } catch {
            if statementInterrupt.isRequested {
                // Ctrl-C while the reports were loading: nothing ran, nothing was printed.
                err.write("interrupted\n")
                err.flush()
                return (nil, interruptedStatus)
            }
            err.write(error.description + "\n")
            err.flush()
            return (nil, 2)
        }
    }

    /// The runner of the statements, with the command line's settings.
    func makeRunner(_ environment: Environment, errorColor: Bool, outputColor: Bool) -> ScriptRunner {
        var options = Renderer.Options()
        options.format = invocation.format
        options.color = outputColor
        options.terminal = Terminal.isTerminal(1)
        options.width = Terminal.width()
        let runner = ScriptRunner(session: Session(environment: environment), options: options,
                                  errorColor: errorColor)
        runner.widthSetting = invocation.width
        runner.bail = !invocation.keepGoing
        runner.checkOnly = invocation.checkOnly
        for (name, value) in invocation.parameters { runner.session.parameters[name] = value }
        return runner
    }

    /// The scripts to run, in command-line order: the -c queries (numbered in diagnostics when there are
    /// several), the files and standard input (`-`). `rql check` runs the statement when no file is named
    /// `check`. Every file is read before anything runs; standard input is read as it comes. Nil when a file
    /// cannot be read (said through `runner`).
    func readScripts(_ runner: ScriptRunner) -> [Script]? {
        let positionals = invocation.positionals
        var checkShortcut = positionals.first == "check" && !FileSystem.exists("check")
        let queryCount = invocation.sources.count { if case .command = $0 { true } else { false } }
        var queryNumber = 0
        var scripts: [Script] = []
        for source in invocation.sources {
            switch source {
            case .command(let text):
                queryNumber += 1
                scripts.append(.text(name: queryCount > 1 ? "<command \(queryNumber)>" : "<command>", text: text))
            case .standardInput:
                scripts.append(.standardInput)
            case .file where checkShortcut:
                checkShortcut = false
                scripts.append(.text(name: "<command>", text: "check"))
            case .file(let path):
                guard FileSystem.exists(path) else {
                    runner.reportError("no such file: \(path)")
                    return nil
                }
                do {
                    scripts.append(.text(name: path, text: String(decoding: try Files.read(path), as: UTF8.self)))
                } catch {
                    runner.reportError("cannot read \(error)")
                    return nil
                }
            }
        }
        return scripts
    }

    /// Runs standard input statement by statement as it arrives (see ``StatementStream``).
    func runStandardInput(_ runner: ScriptRunner) -> Bool {
        var stream = StatementStream()
        var ok = true
        while true {
            let chunk: StatementStream.Chunk?
            do {
                chunk = try stream.next()
            } catch {
                switch error {
                case .tooLong: runner.reportError("standard input: a statement over \(Files.maximumSize >> 20) MiB")
                case .unreadable(let failure): runner.reportError("cannot read \(failure)")
                case .interrupted:
                    runner.stopForInterrupt()
                    return false
                }
                runner.failed(status: 2)
                return false
            }
            guard let chunk else { return ok }
            let file = SourceFile(name: "<stdin>", text: chunk.text, firstLine: chunk.firstLine)
            if !runner.runScript(file) {
                ok = false
                if runner.bail { return false }
            }
            if runner.exitRequested != nil { return ok }
        }
    }
}

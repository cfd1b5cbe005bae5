#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import ReportQL

/// Runs ReportQL source through a session and prints what each statement gives: results to stdout (or the
/// file `.output` names) in the chosen format, flushed after every statement; errors to stderr as
/// `FILE:LINE:COL: error: …` with the source line, a caret and a suggestion.
///
/// A script is statements and dot-commands (``MetaCommand``), a dot-command on a line of its own where a
/// statement could start: the same commands work in the REPL, in script files and in `-c`.
///
/// Keeps the exit status: 0 while everything succeeds, 1 once a statement failed while running,
/// 3 once one failed its check (3 wins over 1); `.exit N` sets it outright.
final class ScriptRunner {
    var session: Session
    var options: Renderer.Options
    /// Print the time each statement took (`.timer on`).
    var timer = false
    /// Print each statement before its result (`.echo on`).
    var echo = false
    /// Stop a script at its first failing statement (`.bail on`, the default; `--keep-going` turns it off).
    var bail = true
    /// The table width asked for: nil follows the terminal (no limit when the output is not one), 0 is no
    /// limit (`.maxwidth`, `--width`).
    var widthSetting: Int?
    /// Where results go: standard output, or the file `.output` named.
    var output = OutputTarget.standardOutput
    /// The file `.once` named, for the next result only.
    var once: OutputTarget?
    /// Tables show the rows that fit on the screen (``Terminal/tableRowsThatFit()``) when written to a
    /// terminal: the REPL's default, until `.maxrows` sets a number.
    var rowsFitScreen = false
    /// `--check`: parse and check statements, run none.
    var checkOnly = false
    /// Set by `.quit` / `.exit [N]`: the session ends with this status.
    var exitRequested: Int32?
    /// Called after `.report` replaced the session (the REPL renews its completer).
    var sessionReplaced: (() -> Void)?
    let err: Writer
    /// Colour the diagnostics on stderr.
    let errorColor: Bool
    var status: Int32 = 0
    /// In the REPL, Ctrl-C ends the statement and the session goes on; elsewhere it ends the run (status 130).
    var interruptEndsRun = true
    /// `interrupted` was printed for the entry running now (the REPL lowers it with ``startEntry()``).
    private(set) var interruptReported = false

    /// Where results are written now.
    var out: Writer { output.writer }

    init(session: Session, options: Renderer.Options, err: Writer = .standardError, errorColor: Bool) {
        self.session = session
        self.options = options
        self.err = err
        self.errorColor = errorColor
    }

    /// Runs a script: its statements through the session, its dot-command lines as commands, in order.
    /// With ``checkOnly`` (`--check`), statements are parsed and checked, not run, and dot-commands that would
    /// write files or load reports are skipped (`.read` checks its script). Stops at the
    /// first failure while ``bail`` is on, and at `.quit`/`.exit`. Returns whether everything succeeded.
    @discardableResult
    func runScript(_ file: SourceFile) -> Bool {
        var ok = true
        for piece in ScriptPieces.split(file) {
            switch piece {
            case .statements(let part):
                // A bare `exit` or `help` is a word of a few letters: longer text is not looked at.
                let word = part.text.utf8.count <= 32 ? part.text.trimmingWhitespace : ""
                if let hint = REPL.bareCommandHint(word), session.environment.catalog.table(word) == nil,
                   !session.boundNames.contains(word) {
                    reportError("\(part.name):\(part.firstLine): '\(word)' is not a statement; \(hint)")
                    if status == 0 { status = 1 }
                    ok = false
                } else if !run(part, checkOnly: checkOnly, keepGoing: !bail) {
                    ok = false
                }
            case .command(let line, let lineNumber):
                if echo { write("\(line)\n") }
                if !runMetaCommand(line, file: file.name, line: lineNumber) { ok = false }
            }
            if statementInterrupt.isRequested {
                // Ctrl-C between two pieces (or in a dot-command): the rest of the script does not run.
                stopForInterrupt()
                return false
            }
            if exitRequested != nil || (!ok && bail) { break }
        }
        return ok
    }

    /// Ends what Ctrl-C interrupted: what was printed is flushed and `interrupted` said, once. A script or `-c`
    /// then ends with status 130; the REPL goes back to the prompt.
    func stopForInterrupt() {
        (once ?? output).writer.flush()
        output.writer.flush()
        closeOnce()
        if !interruptReported {
            err.write("interrupted\n")
            err.flush()
            interruptReported = true
        }
        if interruptEndsRun {
            output.close()
            Writer.standardOutput.flush()
            exit(interruptedStatus)
        }
    }

    /// Before each REPL entry: a Ctrl-C from before (at the prompt, or in the last entry) does not carry over.
    func startEntry() {
        statementInterrupt.reset()
        interruptReported = false
    }

    /// Runs every statement of `file`; with `checkOnly`, parses and checks them without running.
    /// Stops at the first failing statement unless `keepGoing`. Returns whether all succeeded.
    @discardableResult
    func run(_ file: SourceFile, checkOnly: Bool = false, keepGoing: Bool = false) -> Bool {
        var started = ContinuousClock.now
        refreshWidth()
        return session.run(file, checkOnly: checkOnly, keepGoing: keepGoing) { outcome in
            let target = once ?? output
            if statementInterrupt.isRequested {
                // What was printed stays printed; the statement Ctrl-C stopped says `interrupted`, once.
                stopForInterrupt()
                return
            }
            switch outcome {
            case .success(let result, let presentation, let range):
                if echo { target.writer.write(file.text(range) + "\n") }
                if !checkOnly {
                    var options = self.options
                    if let once { options.format = once.format ?? options.format }
                    if !target.isStandardOutput {
                        // A file gets no colour and no terminal highlighting.
                        options.color = false
                        options.terminal = false
                    }
                    options.title = file.text(range)
                    if options.format == .svg, let reason = SVGChart.refusal(result) {
                        if case .bound = result {} else {
                            reportError("\(target.path ?? "standard output"): \(reason)")
                            if status != 3 { status = 1 }
                            closeOnce()
                            return
                        }
                    }
                    // Written as it is formatted; Ctrl-C ends a long table within a row.
                    Renderer.render(result, presentation: presentation, options: options,
                                    into: RenderOutput(writer: target.writer, interrupt: statementInterrupt))
                    if statementInterrupt.isRequested {
                        stopForInterrupt()
                        return
                    }
                    if case .bound = result {} else { closeOnce() }
                }
            case .checkFailed(let errors):
                target.writer.flush()
                err.write(fitted(errors.rendered(style: errorColor ? Terminal.diagnosticColor : { $1 })))
                status = 3
            case .runFailed(let error):
                target.writer.flush()
                err.write(fitted(error.rendered(style: errorColor ? Terminal.diagnosticColor : { $1 })))
                if status != 3 { status = 1 }
            }
            if timer {
                let elapsed = ContinuousClock.now - started
                let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
                target.writer.write("Time: \(formatMilliseconds(ms)) ms\n")
            }
            target.writer.flush()
            err.flush()
            started = ContinuousClock.now
        }
    }

    /// Records a failure found outside a statement (standard input that could not be read): `status` unless a
    /// worse one was seen.
    func failed(status: Int32) {
        self.status = max(self.status, status)
    }

    /// The width limit for tables and charts now: the setting, else the terminal's when writing to one; and
    /// the rows a table shows, when they follow the screen.
    func refreshWidth() {
        if rowsFitScreen {
            options.maxRows = output.isStandardOutput && Terminal.isTerminal(1) ? Terminal.tableRowsThatFit() : nil
        }
        switch widthSetting {
        case 0?:
            options.maxWidth = nil
            options.width = Terminal.width()
        case let n?:
            options.maxWidth = n
            options.width = n
        case nil:
            let onTerminal = output.isStandardOutput && Terminal.isTerminal(1)
            options.width = Terminal.width()
            options.maxWidth = onTerminal ? options.width : nil
        }
    }

    /// A diagnostic for a terminal: wrapped to its width (the table limit when one is set); elsewhere as it is.
    func fitted(_ diagnostic: String) -> String {
        guard Terminal.isTerminal(2) || (widthSetting ?? 0) > 0 else { return diagnostic }
        let width = widthSetting.flatMap { $0 > 0 ? $0 : nil } ?? Terminal.width()
        return wrapDiagnostic(diagnostic, width: width)
    }

    /// Writes `text` where results go now, and flushes.
    func write(_ text: String) {
        out.write(text)
        out.flush()
    }

    /// Ends a `.once`: its file is written and closed, and results go back to ``output``.
    func closeOnce() {
        guard let target = once else { return }
        target.close()
        once = nil
    }

    /// Prints a usage-level problem (`rql: error: …`) on stderr.
    func reportError(_ message: String) {
        out.flush()
        let (red, reset) = errorColor ? ("\u{1B}[1;31m", "\u{1B}[0m") : ("", "")
        err.write("rql: \(red)error:\(reset) \(terminalSafe(message))\n")
        err.flush()
    }

    /// Prints a warning (`rql: warning: …`) on stderr.
    func reportWarning(_ message: String) {
        out.flush()
        let (yellow, reset) = errorColor ? ("\u{1B}[1;33m", "\u{1B}[0m") : ("", "")
        err.write("rql: \(yellow)warning:\(reset) \(terminalSafe(message))\n")
        err.flush()
    }
}

/// `0.42`, `12.3`, `1500`: milliseconds with about three significant digits.
func formatMilliseconds(_ ms: Double) -> String {
    let places = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0
    var scaled = (ms * pow10(places)).rounded()
    if scaled < 0 { scaled = 0 }
    let digits = String(Int(scaled))
    guard places > 0 else { return digits }
    let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
    return String(padded.dropLast(places)) + "." + String(padded.suffix(places))
}

private func pow10(_ n: Int) -> Double {
    var x = 1.0
    for _ in 0..<n { x *= 10 }
    return x
}

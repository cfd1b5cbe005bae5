#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import ReportQL

/// Runs ReportQL source through a session and prints what each statement gives: results to stdout in the
/// chosen format (flushed after every statement), errors to stderr as `FILE:LINE:COL: error: …` with the
/// source line, a caret and a suggestion.
///
/// Keeps the exit status: 0 while everything succeeds, 1 once a statement failed while running,
/// 3 once one failed its check (3 wins over 1).
final class ScriptRunner {
    var session: Session
    var options: Renderer.Options
    /// Print the time each statement took (`.timer on`).
    var timer = false
    let out: Writer
    let err: Writer
    /// Colour the diagnostics on stderr.
    let errorColor: Bool
    private(set) var status: Int32 = 0
    /// In the REPL, Ctrl-C ends the statement and the session goes on; elsewhere it ends the run (status 130).
    var interruptEndsRun = true

    init(session: Session, options: Renderer.Options, out: Writer = .standardOutput, err: Writer = .standardError,
         errorColor: Bool) {
        self.session = session
        self.options = options
        self.out = out
        self.err = err
        self.errorColor = errorColor
        InterruptSignal.install()
    }

    /// Runs every statement of `file`; with `checkOnly`, parses and checks them without running.
    /// Stops at the first failing statement unless `keepGoing`. Returns whether all succeeded.
    @discardableResult
    func run(_ file: SourceFile, checkOnly: Bool = false, keepGoing: Bool = false) -> Bool {
        var started = ContinuousClock.now
        var interrupted = false
        if !interruptEndsRun { statementInterrupt.reset() }
        defer {
            // The REPL starts its next statement afresh; a Ctrl-C at the prompt does not carry over.
            if !interruptEndsRun { statementInterrupt.reset() }
        }
        return session.run(file, checkOnly: checkOnly, keepGoing: keepGoing) { outcome in
            if statementInterrupt.isRequested {
                // What was printed stays printed; the statement Ctrl-C stopped says `interrupted`, once.
                out.flush()
                if !interrupted {
                    err.write("interrupted\n")
                    err.flush()
                }
                interrupted = true
                if interruptEndsRun { exit(interruptedStatus) }
                return
            }
            switch outcome {
            case .success(let result, let presentation, _):
                if !checkOnly {
                    out.write(Renderer.render(result, presentation: presentation, options: options))
                }
            case .checkFailed(let errors):
                out.flush()
                err.write(errors.rendered(color: errorColor))
                status = 3
            case .runFailed(let error):
                out.flush()
                err.write(error.rendered(color: errorColor))
                if status != 3 { status = 1 }
            }
            if timer {
                let elapsed = ContinuousClock.now - started
                let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
                out.write("Time: \(formatMilliseconds(ms)) ms\n")
            }
            out.flush()
            err.flush()
            started = ContinuousClock.now
        }
    }

    /// Records a failure found outside a statement (standard input that could not be read): `status` unless a
    /// worse one was seen.
    func failed(status: Int32) {
        self.status = max(self.status, status)
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

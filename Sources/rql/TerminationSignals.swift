#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM and SIGHUP in the REPL: the terminal is put back as it was before the line editor changed it
/// (echo on, line mode), then the process ends by the signal as it would have without a handler. History
/// entries are written when they are entered, under ``deferred(_:)`` so that a signal never cuts a write in
/// two; there is nothing else to save.
///
/// (Ctrl-C, SIGINT, is the interrupt: it ends the running statement, not the REPL.)
enum TerminationSignals {
    /// The terminal settings when the REPL started.
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var haveSaved = false

    static let signals: [Int32] = [SIGTERM, SIGHUP]

    /// Remembers the terminal's settings and installs the handlers. Call before the line editor starts.
    static func install() {
        haveSaved = tcgetattr(0, &saved) == 0
        for signal in signals {
            var action = sigaction()
            #if canImport(Darwin)
            action.__sigaction_u.__sa_handler = restoreAndDie
            #else
            action.__sigaction_handler.sa_handler = restoreAndDie
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// Runs `body` with SIGTERM and SIGHUP held back; one that arrives meanwhile takes effect after it.
    static func deferred<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        var set = sigset_t(), old = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_BLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        return try body()
    }

    /// The handler: only async-signal-safe calls (tcsetattr, signal, raise).
    private static let restoreAndDie: @convention(c) (Int32) -> Void = { number in
        if TerminationSignals.haveSaved { tcsetattr(0, TCSANOW, &TerminationSignals.saved) }
        signal(number, SIG_DFL)
        raise(number)
    }
}

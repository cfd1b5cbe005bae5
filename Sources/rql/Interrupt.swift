#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import ReportModel
import ReportQL

/// Ctrl-C while a statement runs. SIGINT raises this interrupt, which the library checks in every long loop
/// (``Environment/Options/interrupt``): the statement ends within a bounded amount of work. In the REPL the
/// session goes on (`interrupted`, then the prompt; the line editor's own handler raises it too); a script or
/// `-c` ends with status 130 after flushing what it printed. A second SIGINT before the first was handled ends
/// the process at once, so nothing can make rql ignore Ctrl-C.
let statementInterrupt = Interrupt()

/// The exit status of a run ended by SIGINT (128 + 2), as shells report it.
let interruptedStatus: Int32 = 130

enum InterruptSignal {
    /// Installs the SIGINT handler for scripts (the REPL's line editor installs its own, which also raises
    /// ``statementInterrupt``).
    static func install() {
        installSIGINT { _ in raiseInterrupt() }
    }

    /// Makes `handler` the SIGINT handler (system calls it interrupts restart), and unblocks SIGINT.
    static func installSIGINT(_ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}

/// What SIGINT does while a statement may be running (async-signal-safe: an atomic store, `signal`, `raise`).
func raiseInterrupt() {
    if statementInterrupt.isRequested {
        signal(SIGINT, SIG_DFL)
        raise(SIGINT)
        return
    }
    statementInterrupt.request()
}

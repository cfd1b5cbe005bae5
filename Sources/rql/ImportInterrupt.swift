#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Synchronization

/// Ctrl-C during `rql import`. Importing is pure computation until a model is written, so SIGINT ends the
/// command at once (`interrupted`, status 130) — however long the report — unless a model is being written at
/// that moment: then the write is finished first (the file renamed into place whole, or standard output
/// written to the end) and the last write to finish ends the command. No write starts after Ctrl-C, so no
/// output is ever partial and no temporary file is left. A second Ctrl-C ends the process at once.
enum ImportInterrupt {
    /// Ctrl-C came: no write may start.
    private static let exiting = Atomic<Bool>(false)
    /// Writes under way (``writing(_:)``).
    private static let writers = Atomic<Int>(0)
    /// What is printed on standard error when leaving: the progress line erased first on a terminal.
    nonisolated(unsafe) private static var message: [UInt8] = []

    /// Installs the SIGINT handler (replacing the statement interrupt's).
    static func install() {
        message = Array(((isatty(2) == 1 ? "\r\u{1B}[K" : "") + "interrupted\n").utf8)
        InterruptSignal.installSIGINT { _ in
            // Async-signal-safe: atomics, write(2), _exit(2).
            if ImportInterrupt.exiting.exchange(true, ordering: .sequentiallyConsistent) {
                ImportInterrupt.leave()  // the second Ctrl-C
            }
            if ImportInterrupt.writers.load(ordering: .sequentiallyConsistent) == 0 { ImportInterrupt.leave() }
        }
    }

    /// Runs `body` (one write of output) unless Ctrl-C came first: then nothing is written and the result is
    /// nil. Ctrl-C while `body` runs takes effect when it (and every other write under way) is done.
    @discardableResult
    static func writing<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T? {
        writers.add(1, ordering: .sequentiallyConsistent)
        defer {
            if writers.subtract(1, ordering: .sequentiallyConsistent).newValue == 0
                && exiting.load(ordering: .sequentiallyConsistent) {
                leave()
            }
        }
        if exiting.load(ordering: .sequentiallyConsistent) { return nil }
        return try body()
    }

    /// Says `interrupted` and ends the process with status 130.
    private static func leave() -> Never {
        message.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { _ = systemWrite(2, base, bytes.count) }
        }
        _exit(interruptedStatus)
    }
}

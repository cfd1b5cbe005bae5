#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process knows about its terminal: whether a stream is one, whether to colour, how wide it is.
enum Terminal {
    /// Whether file descriptor `fd` is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// Whether to colour what goes to `fd`: only on a terminal, and never when `NO_COLOR` is set (any value).
    static func colors(_ fd: Int32) -> Bool {
        getenv("NO_COLOR") == nil && isTerminal(fd)
    }

    /// The widths output is fitted to: anything outside (`COLUMNS=9223372036854775807`, `COLUMNS=3`) is
    /// taken as the nearest end.
    static let widthRange = 10...1000

    /// Columns of the terminal: `COLUMNS` when set to a positive number, else the window size of stdout or
    /// stderr, else 80; clamped to ``widthRange``.
    static func width() -> Int {
        if let s = getenv("COLUMNS"), let n = clamped(String(cString: s), to: widthRange) {
            return n
        }
        var size = winsize()
        for fd: Int32 in [1, 2, 0] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
            return min(max(Int(size.ws_col), widthRange.lowerBound), widthRange.upperBound)
        }
        return 80
    }

    /// The heights output is fitted to: `LINES` (or a window size) outside is taken as the nearest end.
    static let heightRange = 10...1000

    /// Lines of the terminal: `LINES` when set to a positive number, else the window size of stdout or
    /// stderr, else 24; clamped to ``heightRange``.
    static func height() -> Int {
        if let s = getenv("LINES"), let n = clamped(String(cString: s), to: heightRange) {
            return n
        }
        var size = winsize()
        for fd: Int32 in [1, 2, 0] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_row > 0 {
            return min(max(Int(size.ws_row), heightRange.lowerBound), heightRange.upperBound)
        }
        return 24
    }

    /// Rows of a table that fit on the screen together with its frame (4 lines), its footer, the statement
    /// above it and the next prompt: the REPL shows this many unless `.maxrows` says otherwise, so the header
    /// of a long result stays in sight (psql would page it; the footer says how to see the rest).
    static func tableRowsThatFit() -> Int {
        height() - 7
    }

    /// A positive whole number in `text`, clamped to `range` (digits beyond any `Int` give the upper end);
    /// nil when `text` is not one.
    static func clamped(_ text: String, to range: ClosedRange<Int>) -> Int? {
        let digits = text.trimmingWhitespace
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard let n = Int(digits) else { return range.upperBound }
        guard n > 0 else { return nil }
        return min(max(n, range.lowerBound), range.upperBound)
    }

    /// Writing into a closed pipe then fails with EPIPE instead of killing the process;
    /// ``Writer`` turns that into a quiet exit.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The value of environment variable `name`, when set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// A buffered writer on a file descriptor. Output is collected and written with `write(2)` when
/// ``flush()`` is called (once per statement) or the buffer grows large.
///
/// Every write is checked. When the reader has gone away (`rql … | head -1`), writing to stdout fails with
/// EPIPE and the process exits quietly with status 0: the reader asked for no more. Any other failure (a full
/// disk, an I/O error, a closed descriptor) prints one line on stderr and exits with ``failureStatus``: output
/// that was lost is never passed over in silence.
final class Writer: @unchecked Sendable {
    let fd: Int32
    private var buffer: [UInt8] = []

    /// The exit status after a failed write: 1, and 2 for `rql import`.
    nonisolated(unsafe) static var failureStatus: Int32 = 1

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    static let standardOutput = Writer(fd: 1)
    static let standardError = Writer(fd: 2)

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        let bytes = buffer
        buffer.removeAll(keepingCapacity: true)
        do {
            try Files.writeAll(bytes, to: fd, path: fd == 1 ? "standard output" : "standard error")
        } catch {
            if fd == 1 && error.code == EPIPE {
                // The reader closed the pipe: the output is no longer wanted. Leave without noise.
                _exit(0)
            }
            Writer.fail(error)
        }
    }

    /// Says what could not be written, in one line on stderr (when stderr itself works), and exits.
    static func fail(_ failure: Files.Failure) -> Never {
        if failure.path != "standard error" {
            standardError.flush()
            let line = Array("rql: error: cannot write \(failure)\n".utf8)
            _ = line.withUnsafeBytes { systemWrite(2, $0.baseAddress!, $0.count) }
        }
        _exit(failureStatus)
    }
}

/// `write(2)`, named apart from ``Writer/write(_:)``.
func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

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

    /// Columns of the terminal: `COLUMNS` when set, else the window size of stdout or stderr, else 80.
    static func width() -> Int {
        if let s = getenv("COLUMNS"), let n = Int(String(cString: s)), n > 0 {
            return n
        }
        var size = winsize()
        for fd: Int32 in [1, 2, 0] where ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return 80
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
/// When the reader has gone away (`rql … | head -1`), writing to stdout fails with EPIPE and the process
/// exits quietly with status 0: the reader asked for no more.
final class Writer: @unchecked Sendable {
    let fd: Int32
    private var buffer: [UInt8] = []

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
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                systemWrite(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n > 0 {
                offset += n
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && errno == EPIPE && fd == 1 {
                // The reader closed the pipe: the output is no longer wanted. Leave without noise.
                _exit(0)
            }
            break  // Nothing sensible to do when stderr cannot be written.
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// `write(2)`, named apart from ``Writer/write(_:)``.
func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, bytes, count)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ReportQL

/// The REPL's history file: one entry per line, the newest last; the REPL offers the newest ``limit``.
///
/// An entry that spans lines (a multi-line statement) is one line in the file, with `\n` for its line breaks
/// and `\\` for a backslash.
///
/// Two REPLs can share the file:
/// - an entry is appended in one `write` under an exclusive `flock`, so concurrent appends never lose each
///   other's entries;
/// - once the file holds half as many again as ``limit`` (or is over twice ``tailBytes``), the appender that notices rewrites it with the newest
///   ``limit``: a temporary file created with `O_EXCL | O_NOFOLLOW` in the history's own folder, renamed over
///   it. A process that was waiting for the lock sees that the file it opened is no longer the one at the path,
///   and opens again;
/// - a history path that is a symbolic link is written through to its target (the link stays a link);
/// - only the last ``tailBytes`` of the file are read, so a huge history starts as fast as a small one.
struct History {
    static let limit = 1000
    /// How much of the end of the file is read.
    static let tailBytes = 1 << 20
    let path: String

    init(path: String) {
        self.path = path
    }

    /// Where the history lives: `$XDG_STATE_HOME/rql/history` when XDG_STATE_HOME is an absolute path, else
    /// `~/.rql_history`; nil when there is neither (a relative XDG_STATE_HOME or HOME is ignored, as the XDG
    /// specification says, rather than writing under the current folder).
    static func defaultPath(environment: (String) -> String? = Terminal.environment) -> String? {
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
            return state + "/rql/history"
        }
        if let home = environment("HOME"), home.hasPrefix("/") {
            return home + "/.rql_history"
        }
        return nil
    }

    /// The newest ``limit`` entries in the file, oldest first; none when there is no file yet.
    func load() -> [String] {
        let fd = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        guard let tail = try? Self.tail(of: fd) else { return [] }
        return Array(Self.entries(tail).suffix(Self.limit))
    }

    /// Adds `entry` at the end (unless it repeats the newest one); keeps the file to about ``limit`` entries.
    func append(_ entry: String) throws(Files.Failure) {
        let file = target
        let (folder, _) = Files.split(file)
        if !FileSystem.exists(folder) { try FileSystem.makeDirectories(folder, mode: 0o700) }
        let fd = try lockedDescriptor(file)
        defer { close(fd) }  // Closing releases the lock.
        let tail = try Self.tail(of: fd, path: file)
        var entries = Self.entries(tail)
        if entries.last == entry { return }
        var line = Array((History.encode(entry) + "\n").utf8)
        if let last = tail.last, last != 0x0A { line.insert(0x0A, at: 0) }  // An earlier write was cut short.
        try Files.writeAll(line, to: fd, path: file)
        entries.append(entry)
        var st = stat()
        let size = fstat(fd, &st) == 0 ? Int(st.st_size) : 0
        if entries.count > Self.limit + Self.limit / 2 || size > 2 * Self.tailBytes {
            let kept = entries.suffix(Self.limit).map(History.encode).joined(separator: "\n") + "\n"
            try Files.writeAtomically(Array(kept.utf8), to: file, mode: 0o600)
        }
    }

    /// The file to read and write: the path, or where it leads when it is a symbolic link.
    var target: String { Files.resolvingLinks(path) }

    /// The file opened for appending and locked, still the one at `file` once the lock is held.
    private func lockedDescriptor(_ file: String) throws(Files.Failure) -> Int32 {
        while true {
            let fd = open(file, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw Files.Failure(file, errno: errno) }
            var st = stat()
            guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
                close(fd)
                throw Files.Failure(file, reason: "not a regular file")
            }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let code = errno
                    close(fd)
                    throw Files.Failure(file, errno: code)
                }
            }
            // Another REPL may have replaced the file while this one waited for the lock.
            var now = stat(), held = stat()
            if stat(file, &now) == 0, fstat(fd, &held) == 0, now.st_ino == held.st_ino, now.st_dev == held.st_dev {
                return fd
            }
            close(fd)
        }
    }

    /// The last ``tailBytes`` of the file open at `fd` (from its start when it is shorter).
    static func tail(of fd: Int32, path: String = "history") throws(Files.Failure) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Files.Failure(path, errno: errno) }
        guard st.st_mode & S_IFMT == S_IFREG else { throw Files.Failure(path, reason: "not a regular file") }
        let size = Int(st.st_size)
        let start = max(0, size - tailBytes)
        var bytes = [UInt8](repeating: 0, count: size - start)
        var got = 0
        while got < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + got, $0.count - got, off_t(start + got)) }
            if n > 0 {
                got += n
            } else if n < 0 && errno == EINTR {
                continue
            } else if n == 0 {
                break
            } else {
                throw Files.Failure(path, errno: errno)
            }
        }
        bytes.removeLast(bytes.count - got)
        // Read from the middle of the file: the first line is only the end of one.
        if start > 0, let newline = bytes.firstIndex(of: 0x0A) { bytes.removeFirst(newline + 1) }
        return bytes
    }

    /// The entries in `bytes`, oldest first.
    static func entries(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
            .map { History.decode(Substring(String(decoding: $0, as: UTF8.self))) }
    }

    static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func decode(_ line: Substring) -> String {
        var out = ""
        var escaped = false
        for c in line.unicodeScalars {
            if escaped {
                switch c {
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

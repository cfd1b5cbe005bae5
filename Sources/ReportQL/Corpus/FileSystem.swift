#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file access a corpus and `rql` need, on POSIX calls (no Foundation): the one home of listing a
/// folder, asking whether a path exists or is a folder, and reading a regular file whole.
///
/// Only regular files are read: a FIFO, a device (`/dev/zero`, or a link to it) or a directory is refused
/// before a byte is read, and so is a file over the limit. The file is opened with `O_NONBLOCK` and checked
/// with `fstat` on the open descriptor, so neither a FIFO without a writer nor a file swapped between the
/// check and the read can make the reader wait or read without end.
package enum FileSystem {
    /// Why a file could not be read or written: the path and the system's reason.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var path: String
        package var reason: String
        /// The `errno` behind it, when the system gave one.
        package var code: Int32 = 0
        /// The path names something other than a regular file (a FIFO, a device, a directory).
        package var notRegular = false
        package var description: String { "\(path): \(reason)" }

        package init(_ path: String, errno code: Int32) {
            self.path = path
            self.reason = String(cString: strerror(code))
            self.code = code
        }

        package init(_ path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    package static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    package static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// What kind of file a `st_mode` is, for a refusal: `a FIFO`, `a character device`, `a directory`.
    package static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFDIR: return "a directory"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// `n` with a comma between groups of three digits: `268,435,457`.
    package static func grouped(_ n: Int) -> String {
        var digits = Array(String(n))
        var k = digits.count - (n < 0 ? 4 : 3)
        let first = n < 0 ? 1 : 0
        while k > first {
            digits.insert(",", at: k)
            k -= 3
        }
        return String(digits)
    }

    /// Size and modification time (nanoseconds since 1970) of a file.
    struct Status: Sendable, Equatable {
        var size: Int
        var modified: Int64
        var isDirectory: Bool
    }

    static func status(_ path: String) -> Status? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #endif
        return Status(size: Int(st.st_size), modified: modified, isDirectory: (st.st_mode & S_IFMT) == S_IFDIR)
    }

    /// The time now, in nanoseconds since 1970.
    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// The absolute path with every link resolved; `path` itself when that fails.
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The names in directory `path`, sorted by their bytes.
    package static func list(_ path: String) throws(Failure) -> [String] {
        guard let dir = opendir(path) else { throw Failure(path, errno: errno) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The largest file read (a report, a script, an imported text): 256 MiB.
    package static let maximumSize = 256 << 20

    /// Checks, without reading a byte, that `path` is a regular file of at most `limit` bytes.
    package static func check(_ path: String, limit: Int = maximumSize) throws(Failure) {
        let (fd, _) = try openRegular(path, limit: limit)
        close(fd)
    }

    /// `path` opened without waiting (`O_NONBLOCK`) and checked on the open descriptor: a regular file of at
    /// most `limit` bytes. Returns the descriptor and the file's size.
    static func openRegular(_ path: String, limit: Int) throws(Failure) -> (Int32, Int) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path, errno: errno) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            close(fd)
            throw Failure(path, errno: code)
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            var failure = Failure(path, reason: "not a regular file (\(kind(st.st_mode)))")
            failure.notRegular = true
            throw failure
        }
        guard Int(st.st_size) <= limit else {
            close(fd)
            throw tooLarge(path, Int(st.st_size), limit)
        }
        return (fd, Int(st.st_size))
    }

    static func tooLarge(_ path: String, _ size: Int, _ limit: Int) -> Failure {
        Failure(path, reason: "too large (\(grouped(size)) bytes; the limit is \(limit >> 20) MiB)")
    }

    /// The whole of regular file `path`, at most `limit` bytes (see ``openRegular(_:limit:)``).
    package static func read(_ path: String, limit: Int = maximumSize) throws(Failure) -> [UInt8] {
        let (fd, size) = try openRegular(path, limit: limit)
        defer { close(fd) }
        var bytes = try read(fd, at: 0, count: size, path: path)
        // A file that grew since it was measured: read on to its end.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(bytes.count)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw Failure(path, errno: errno) }
            if n == 0 { break }
            bytes += chunk[..<n]
            if bytes.count > limit { throw tooLarge(path, bytes.count, limit) }
        }
        return bytes
    }

    /// `count` bytes of open file `fd` from `offset`, in as few reads as the system allows; fewer at its end.
    static func read(_ fd: Int32, at offset: Int, count: Int, path: String) throws(Failure) -> [UInt8] {
        var failure: Int32 = 0
        // Empty without `unsafeUninitializedCapacity`, which writes the count into the shared empty array.
        guard count > 0 else { return [] }
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { out, filled in
            filled = 0
            guard let base = out.baseAddress else { return }
            while filled < count {
                let n = pread(fd, base + filled, count - filled, off_t(offset + filled))
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno; return }
                if n == 0 { return }
                filled += n
            }
        }
        if failure != 0 { throw Failure(path, errno: failure) }
        return bytes
    }

    /// Creates directory `path` and its missing parents.
    package static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part + "/"
            if mkdir(prefix, mode) != 0 && errno != EEXIST { throw Failure(path, errno: errno) }
        }
    }

    /// Replaces the file at `path` with `parts`, one after another, atomically: a temporary file of this
    /// process's own in the same directory is written and then renamed over it, so a reader — or another
    /// process writing the same file at the same time — never sees a half-written file.
    static func writeAtomically(_ parts: [[UInt8]], to path: String) throws(Failure) {
        let writer = try AtomicWriter(path)
        for part in parts { try writer.append(part) }
        try writer.commit()
    }

    /// Writes a file aside and renames it into place when it is whole (see ``writeAtomically(_:to:)``),
    /// appending part by part so that what is written need not be in memory at once.
    package final class AtomicWriter {
        package let path: String
        let temp: String
        private var fd: Int32
        /// Bytes appended so far.
        private(set) var offset = 0

        /// A new file aside from `path`, in its folder (`.NAME.tmp.PID.N`), created with `O_EXCL | O_NOFOLLOW` so
        /// that a file or a link planted where it would go is never written through; `mode` less the umask.
        package init(_ path: String, mode: mode_t = 0o644) throws(Failure) {
            self.path = path
            let slash = path.lastIndex(of: "/")
            let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
            let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
            var temp = "", fd: Int32 = -1
            for attempt in 0..<100 {
                temp = folder + "/." + name + ".tmp.\(getpid()).\(attempt)"
                fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
                if fd >= 0 || errno != EEXIST { break }
            }
            guard fd >= 0 else { throw Failure(path, errno: errno) }
            self.temp = temp
            self.fd = fd
        }

        package func append(_ bytes: [UInt8]) throws(Failure) {
            try write(bytes, at: offset)
            offset += bytes.count
        }

        /// Writes `bytes` at `at` (earlier bytes may be overwritten: a header written last).
        func write(_ bytes: [UInt8], at: Int) throws(Failure) {
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { b -> Int in
                    guard let base = b.baseAddress else { return 0 }
                    return pwrite(fd, base + done, b.count - done, off_t(at + done))
                }
                if n <= 0 {
                    if n < 0 && errno == EINTR { continue }
                    let code = n < 0 ? errno : EIO
                    abandon()
                    throw Failure(path, errno: code)
                }
                done += n
            }
        }

        private var committed = false

        /// Closes the file and renames it over `path`.
        package func commit() throws(Failure) {
            if fsync(fd) != 0 && errno != EINVAL {
                let code = errno
                abandon()
                throw Failure(path, errno: code)
            }
            let closed = close(fd) == 0
            fd = -1
            committed = true
            if !closed || rename(temp, path) != 0 {
                let code = errno
                unlink(temp)
                throw Failure(path, errno: code)
            }
        }

        /// Closes and removes the file aside.
        func abandon() {
            if fd >= 0 { close(fd) }
            fd = -1
            if !committed { unlink(temp) }
            committed = true
        }

        deinit { abandon() }
    }

    /// Removes a file, ignoring failure.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// An environment variable; nil when unset or empty.
    static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }
}

/// A file held open for reading, closed when the last reference goes: a corpus reads its cache's
/// collections from it on first use, and a cache renamed over in the meantime does not change what it reads.
final class OpenFile: Sendable {
    let fd: Int32
    let path: String

    init(_ path: String) throws(FileSystem.Failure) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw FileSystem.Failure(path, errno: errno) }
        self.fd = fd
        self.path = path
    }

    /// Its size now.
    var size: Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    func read(at offset: Int, count: Int) throws(FileSystem.Failure) -> [UInt8] {
        try FileSystem.read(fd, at: offset, count: count, path: path)
    }

    deinit { close(fd) }
}

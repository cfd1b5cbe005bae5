#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The little file access `rql` needs, on POSIX calls (no Foundation: start-up stays fast).
///
/// Only regular files are read: a FIFO, a device (`/dev/zero`, or a link to it) or a directory is refused
/// before a byte is read, and so is a file over ``maximumSize``. The file is opened with `O_NONBLOCK` and
/// checked with `fstat` on the open descriptor, so neither a FIFO without a writer nor a file swapped
/// between the check and the read can make `rql` wait or read without end.
enum Files {
    /// The largest script, report or imported text `rql` reads: 256 MiB.
    static let maximumSize = 256 << 20

    /// Why a file could not be read or written: the path and the reason.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        /// The `errno` behind it, when the system gave one.
        var code: Int32 = 0
        var description: String { "\(path): \(reason)" }

        init(_ path: String, errno code: Int32) {
            self.path = path
            self.reason = String(cString: strerror(code))
            self.code = code
        }

        init(_ path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// What kind of file a `st_mode` is, for a refusal: `a FIFO`, `a character device`, `a directory`.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFDIR: return "a directory"
        case S_IFSOCK: return "a socket"
        default: return "not a regular file"
        }
    }

    /// Checks, without reading a byte, that `path` is a regular file of at most `limit` bytes (before a
    /// library reads it: a report the library loads gets the same refusal as a script).
    static func check(_ path: String, limit: Int = maximumSize) throws(Failure) {
        let fd = try openRegular(path, limit: limit)
        close(fd)
    }

    /// `path` opened without waiting (`O_NONBLOCK`), and checked on the open descriptor: a regular file of
    /// at most `limit` bytes.
    private static func openRegular(_ path: String, limit: Int) throws(Failure) -> Int32 {
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
            throw Failure(path, reason: "not a regular file (\(kind(st.st_mode))); scripts and reports must be files")
        }
        guard Int(st.st_size) <= limit else {
            close(fd)
            throw tooLarge(path, Int(st.st_size), limit)
        }
        return fd
    }

    /// The whole of regular file `path`, at most `limit` bytes.
    static func read(_ path: String, limit: Int = maximumSize) throws(Failure) -> [UInt8] {
        let fd = try openRegular(path, limit: limit)
        defer { close(fd) }
        // A regular file never blocks, but reads stay blocking ones from here: no EAGAIN to handle.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        var bytes: [UInt8] = []
        var st = stat()
        if fstat(fd, &st) == 0 { bytes.reserveCapacity(Int(st.st_size)) }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let n = systemRead(fd, chunk.baseAddress, chunk.count)
            if n > 0 {
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<n]))
                // The file grew while being read.
                if bytes.count > limit { throw tooLarge(path, bytes.count, limit) }
            } else if n == 0 {
                return bytes
            } else if errno != EINTR {
                throw Failure(path, errno: errno)
            }
        }
    }

    static func tooLarge(_ path: String, _ size: Int, _ limit: Int) -> Failure {
        Failure(path, reason: "too large (\(ProgressLine.grouped(size)) bytes; the limit is \(limit >> 20) MiB)")
    }

    /// The names in directory `path`, sorted.
    static func list(_ path: String) throws(Failure) -> [String] {
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

    /// Creates directory `path` and its missing parents.
    static func makeDirectories(_ path: String, mode: mode_t = 0o755) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part + "/"
            if mkdir(prefix, mode) != 0 && errno != EEXIST { throw Failure(path, errno: errno) }
        }
    }

    /// The folder of `path` (`.` for a bare name) and its last component.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    /// Replaces the file at `path` with `bytes` atomically: a new temporary file in the same folder
    /// (created with `O_EXCL | O_NOFOLLOW`, so a planted file or link is never written through) is written
    /// in full and synced, then renamed over `path`; on any failure it is removed and `path` is untouched.
    /// `mode` is the new file's permissions (less the umask). A `path` that is a symbolic link is written
    /// through to its target; one that is not a regular file (a device, a FIFO, a directory) is refused.
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o666) throws(Failure) {
        let path = resolvingLinks(path)
        var st = stat()
        if lstat(path, &st) == 0 && st.st_mode & S_IFMT != S_IFREG {
            throw Failure(path, reason: "not a regular file (\(kind(st.st_mode)))")
        }
        let (folder, name) = split(path)
        var temp = ""
        var fd: Int32 = -1
        for attempt in 0..<100 {
            temp = folder + "/." + name + ".tmp.\(getpid()).\(attempt)"
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw Failure(path, errno: errno) }
        do throws(Failure) {
            try writeAll(bytes, to: fd, path: path)
            if fsync(fd) != 0 && errno != EINVAL { throw Failure(path, errno: errno) }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        if close(fd) != 0 {
            let code = errno
            unlink(temp)
            throw Failure(path, errno: code)
        }
        if rename(temp, path) != 0 {
            let code = errno
            unlink(temp)
            throw Failure(path, errno: code)
        }
    }

    /// Where `path` leads: itself, or the file its chain of symbolic links ends at (which may not exist yet).
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(current, &st) == 0, st.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : split(current).folder + "/" + link
        }
        return current
    }

    /// Writes every byte of `bytes` to `fd`, retrying short writes and EINTR.
    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                raw.baseAddress.map { systemWrite(fd, $0 + offset, raw.count - offset) } ?? 0
            }
            if n > 0 {
                offset += n
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                throw Failure(path, errno: n < 0 ? errno : EIO)
            }
        }
    }
}

/// `read(2)`, named apart from ``Files/read(_:limit:)``.
func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

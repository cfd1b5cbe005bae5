#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The little file access `rql` needs, on POSIX calls (no Foundation: start-up stays fast).
enum Files {
    /// Why a file could not be read or written: the path and the system's reason.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }

        init(_ path: String, errno code: Int32) {
            self.path = path
            self.reason = String(cString: strerror(code))
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

    /// The whole file.
    static func read(_ path: String) throws(Failure) -> [UInt8] {
        guard let f = fopen(path, "rb") else { throw Failure(path, errno: errno) }
        defer { fclose(f) }
        if isDirectory(path) { throw Failure(path, errno: EISDIR) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n > 0 { bytes += chunk[..<n] }
            if n < chunk.count {
                if ferror(f) != 0 { throw Failure(path, errno: errno) }
                break
            }
        }
        return bytes
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
    static func makeDirectories(_ path: String) throws(Failure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part + "/"
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw Failure(path, errno: errno) }
        }
    }

    /// Replaces the file at `path` with `bytes` atomically: a temporary file in the same directory is
    /// written, then renamed over it, so a reader never sees a half-written file.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
        let temp = path + ".tmp.\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw Failure(temp, errno: errno) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temp)
                throw Failure(temp, errno: code)
            }
            offset += n
        }
        if close(fd) != 0 || rename(temp, path) != 0 {
            let code = errno
            unlink(temp)
            throw Failure(path, errno: code)
        }
    }
}

extension Files {
    /// Everything on standard input.
    static func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(0, $0.baseAddress, $0.count) }
            if n > 0 {
                bytes += chunk[..<n]
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        return bytes
    }
}

/// `read(2)`, named apart from ``Files/read(_:)``.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

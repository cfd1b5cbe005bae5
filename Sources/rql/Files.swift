#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import ReportQL

/// The file access only `rql` needs: writing a file in place of another. Reading, listing and the checks
/// of what a path names are ``FileSystem``'s (ReportQL), shared with the corpus.
enum Files {
    typealias Failure = FileSystem.Failure

    /// The largest script, report or imported text `rql` reads: 256 MiB.
    static let maximumSize = FileSystem.maximumSize

    /// Checks, without reading a byte, that `path` is a regular file of at most `limit` bytes (before a
    /// library reads it: a report the library loads gets the same refusal as a script).
    static func check(_ path: String, limit: Int = maximumSize) throws(Failure) {
        do { try FileSystem.check(path, limit: limit) } catch { throw explained(error) }
    }

    /// The whole of regular file `path`, at most `limit` bytes.
    static func read(_ path: String, limit: Int = maximumSize) throws(Failure) -> [UInt8] {
        do { return try FileSystem.read(path, limit: limit) } catch { throw explained(error) }
    }

    /// A refusal to read something other than a file, saying what `rql` reads.
    static func explained(_ failure: Failure) -> Failure {
        guard failure.notRegular else { return failure }
        var failure = failure
        failure.reason += "; scripts and reports must be files"
        return failure
    }

    /// The folder of `path` (`.` for a bare name) and its last component.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    /// Replaces the file at `path` with `bytes` atomically, through ``FileSystem/AtomicWriter`` (a temporary
    /// file beside it created with `O_EXCL | O_NOFOLLOW`, written in full and synced, then renamed over `path`;
    /// on any failure it is removed and `path` is untouched). `mode` is the new file's permissions (less the
    /// umask). A `path` that is a symbolic link is written through to its target; one that is not a regular
    /// file (a device, a FIFO, a directory) is refused.
    static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o666) throws(Failure) {
        let path = resolvingLinks(path)
        var st = stat()
        if lstat(path, &st) == 0 && st.st_mode & S_IFMT != S_IFREG {
            throw Failure(path, reason: "not a regular file (\(FileSystem.kind(st.st_mode)))")
        }
        let writer = try FileSystem.AtomicWriter(path, mode: mode)
        try writer.append(bytes)
        try writer.commit()
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where results go: standard output, or a file named by `.output FILE` or `.once FILE`.
final class OutputTarget: @unchecked Sendable {
    let writer: Writer
    /// The file's path; nil for standard output.
    let path: String?
    /// The format a `.once` file's extension asks for (`.csv`, `.json`, `.md`, `.txt`); nil keeps the current.
    let format: OutputFormat?

    private init(writer: Writer, path: String?, format: OutputFormat?) {
        self.writer = writer
        self.path = path
        self.format = format
    }

    static let standardOutput = OutputTarget(writer: .standardOutput, path: nil, format: nil)

    var isStandardOutput: Bool { path == nil }

    /// Opens (creates or truncates) `path` for results. `~/` is the home directory.
    static func open(_ path: String, formatFromExtension: Bool) throws(Files.Failure) -> OutputTarget {
        let expanded = Files.expandingTilde(path)
        let fd = posixOpen(expanded, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Files.Failure(path, errno: errno) }
        return OutputTarget(writer: Writer(fd: fd), path: path,
                            format: formatFromExtension ? OutputFormat(fileExtensionOf: path) : nil)
    }

    /// Writes what is left and closes the file (standard output stays open).
    func close() {
        writer.flush()
        if path != nil { _ = posixClose(writer.fd) }
    }
}

extension OutputFormat {
    /// The format a file name's extension names: `.csv`, `.json`, `.md`/`.markdown`, `.txt` (a table), `.svg` (a chart).
    init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "csv": self = .csv
        case "json": self = .json
        case "md", "markdown": self = .markdown
        case "txt", "text": self = .table
        case "svg": self = .svg
        default: return nil
        }
    }
}

private func posixOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func posixClose(_ fd: Int32) -> Int32 { close(fd) }

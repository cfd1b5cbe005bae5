// What the Foundation-free test targets share: where the package is, and reading its files.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ReportQL

/// The package's root directory, ending in `/`, found from this file's path (Tests/TestSupport/Files.swift).
public let packageRoot: String = {
    var path = #filePath
    for _ in 0..<3 {
        while let last = path.last, last != "/" { path.removeLast() }
        path.removeLast()
    }
    return path + "/"
}()

/// A file or directory the tests could not read.
public struct TestFileError: Error, CustomStringConvertible {
    /// The path.
    public let path: String
    /// `cannot read PATH`.
    public var description: String { "cannot read \(path)" }
}

/// Reads a file's bytes, through the package's one reader (`FileSystem.read`: regular files only).
public func readBytes(_ path: String) throws(TestFileError) -> [UInt8] {
    do {
        return try FileSystem.read(path)
    } catch {
        throw TestFileError(path: path)
    }
}

/// Reads a UTF-8 file (tests only; the libraries read no files).
public func readFile(_ path: String) throws(TestFileError) -> String {
    String(decoding: try readBytes(path), as: UTF8.self)
}

/// The names in directory `path` (without `.` and `..`), in the order the system gives them.
public func listDirectory(_ path: String) throws(TestFileError) -> [String] {
    guard let dir = opendir(path) else { throw TestFileError(path: path) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}

/// The built-in report's JSON, `Sources/ReportModel/Builtin/quangang-2023.json` (empty when it cannot be read:
/// the tests then fail on what is missing).
public let builtinReportJSON: String = (try? readFile(packageRoot + "Sources/ReportModel/Builtin/quangang-2023.json")) ?? ""

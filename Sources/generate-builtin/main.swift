#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ReportModel
import ReportQL

// `swift run generate-builtin [PACKAGE-ROOT]`: reads Sources/ReportModel/Builtin/quangang-2023.json, the built-in
// report's source of truth, and writes Sources/ReportModel/Builtin/BuiltinSnapshot.swift, the report as the loader
// builds it, written out as columns. `BuiltinSnapshotTests` fails while the snapshot is stale.

/// The package root: the argument, or the folder two levels above this file's.
let root: String = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : {
    var path = #filePath
    for _ in 0..<3 {
        while let last = path.last, last != "/" { path.removeLast() }
        path.removeLast()
    }
    return path
}()
let folder = root + "/Sources/ReportModel/Builtin/"

func fail(_ message: String) -> Never {
    let line = Array("generate-builtin: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

let report: Report
do {
    report = try Report.load(bytes: FileSystem.read(folder + "quangang-2023.json"), source: "<built-in>")
} catch {
    fail("\(error)")
}
let text: String
do {
    text = try BuiltinSource.snapshot(report)
} catch {
    fail(error.description)
}
let path = folder + "BuiltinSnapshot.swift"
guard let out = fopen(path + ".tmp", "wb") else { fail("cannot write \(path).tmp") }
let written = text.utf8CString.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count - 1, out) }
fclose(out)
guard written == text.utf8.count, rename(path + ".tmp", path) == 0 else { fail("cannot write \(path)") }
print("wrote \(path)")

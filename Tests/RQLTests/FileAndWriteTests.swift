import Foundation
import Testing
@testable import rql

/// Files that are not files, input that arrives slowly, and output that cannot be written (issue #14, items 4
/// and 5): each gets a clear error and an exit status, never a hang, a crash or a silent loss.
@Suite("files, standard input and writes")
struct FileAndWriteTests {
    /// A report's text for `rql import`, from the importer's fixtures.
    let importText: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<2 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("ReportImportTests/Fixtures/plan.txt").path
    }()

    // MARK: Only regular files

    @Test func fifoDeviceAndDirectoryAreRefusedAtOnce() throws {
        let dir = try temporaryDirectory("not-files")
        #expect(mkfifo(dir + "/x.json", 0o600) == 0)
        try FileManager.default.createDirectory(atPath: dir + "/reports", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: builtinReportJSON, toPath: dir + "/reports/a.json")
        #expect(mkfifo(dir + "/reports/b.json", 0o600) == 0)
        #expect(mkfifo(dir + "/script.rql", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: dir + "/zero.rql", withDestinationPath: "/dev/zero")
        try FileManager.default.createDirectory(atPath: dir + "/folder.rql", withIntermediateDirectories: true)
        let cases: [(arguments: [String], path: String, kind: String)] = [
            (["--report", dir + "/x.json", "-c", "projects count"], dir + "/x.json", "a FIFO"),
            (["--report", dir + "/reports", "-c", "projects count"], dir + "/reports/b.json", "a FIFO"),
            (["--report", "/dev/zero", "-c", "projects count"], "/dev/zero", "a character device"),
            ([dir + "/script.rql"], dir + "/script.rql", "a FIFO"),
            ([dir + "/zero.rql"], dir + "/zero.rql", "a character device"),
            (["/dev/zero"], "/dev/zero", "a character device"),
            ([dir + "/folder.rql"], dir + "/folder.rql", "a directory"),
            (["import", dir + "/script.rql"], dir + "/script.rql", "a FIFO"),
        ]
        for c in cases {
            let path = try #require(rqlPath)
            let r = try run(path, c.arguments, timeout: 10)
            #expect(r.status == 2, "\(c.arguments)")
            #expect(r.stderr == "rql: error: cannot read \(c.path): not a regular file (\(c.kind)); scripts and reports must be files\n",
                    "\(c.arguments): \(r.stderr)")
            #expect(r.stdout == "")
        }
    }

    @Test func fileOverTheLimitIsRefusedBeforeReading() throws {
        let dir = try temporaryDirectory("too-large")
        // Sparse: a size past the limit without writing it.
        for name in ["big.rql", "big.json"] {
            let fd = open(dir + "/" + name, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            #expect(ftruncate(fd, off_t(Files.maximumSize + 1)) == 0)
            close(fd)
        }
        let script = try rql(dir + "/big.rql")
        #expect(script.status == 2)
        #expect(script.stderr == "rql: error: cannot read \(dir)/big.rql: too large (268,435,457 bytes; the limit is 256 MiB)\n",
                "\(script.stderr)")
        let report = try rql("--report", dir + "/big.json", "-c", "projects count")
        #expect(report.status == 2)
        #expect(report.stderr.contains("too large"), "\(report.stderr)")
    }

    /// Standard input is read as it comes, so it may be anything; an endless statement stops at the limit.
    @Test func endlessStandardInputStopsAtTheLimit() throws {
        let path = try #require(rqlPath)
        let r = try shell("'\(path)' < /dev/zero")
        #expect(r.status == 2)
        #expect(r.stderr == "rql: error: standard input: a statement over 256 MiB\n")
        #expect(r.stdout == "")
    }

    @Test func dashIsStandardInput() throws {
        let r = try rql("-c", "let n = 2", "-", "-c", "n + 1", input: "projects count\n")
        #expect(r.stdout == "12\n3\n", "\(r.stderr)")
    }

    // MARK: Standard input as it arrives

    /// `(echo 'projects count'; sleep …) | rql` answers while its input is still open: the answer is read
    /// back before standard input is closed.
    @Test func standardInputRunsEachStatementWhenComplete() throws {
        let child = try PipedRQL()
        defer { child.finish() }
        child.send("projects count\n")
        #expect(child.readLine(timeout: 15) == "12")
        // A statement over several lines, the way a script file reads it: `where` continues `projects`.
        child.send("projects\n  where sector = 工业\n  count\n")
        #expect(child.readLine(timeout: 15) == "2")
        child.send("let big = projects where total > 100亿元\nbig count\n")
        #expect(child.readLine(timeout: 15).flatMap { Int($0) } != nil)
        let (status, rest) = child.finish()
        #expect(status == 0)
        #expect(rest == "")
    }

    @Test func standardInputKeepsScriptSemanticsAndLineNumbers() throws {
        let r = try rql(input: "projects\n  where sector = 工业\n  count\n\n# a comment\nprojects where secter = 1\n")
        #expect(r.stdout == "2\n")
        #expect(r.status == 3)
        #expect(r.stderr.hasPrefix("<stdin>:6:16: error: "), "\(r.stderr)")
    }

    // MARK: Writes

    @Test func fullDiskIsAnErrorNotASilentSuccess() throws {
        let path = try #require(rqlPath)
        let full = try shell("'\(path)' -c projects > /dev/full")
        #expect(full.status == 1)
        #expect(full.stderr == "rql: error: cannot write standard output: No space left on device\n")
        let closed = try shell("'\(path)' -c projects >&-")
        #expect(closed.status == 1)
        #expect(closed.stderr == "rql: error: cannot write standard output: Bad file descriptor\n")
        let imported = try shell("'\(path)' import '\(importText)' > /dev/full")
        #expect(imported.status == 2)
        #expect(imported.stderr.hasPrefix("rql: error: cannot write standard output: No space left on device\n"),
                "\(imported.stderr)")
        #expect(imported.stderr.split(separator: "\n").count == 1, "one line: \(imported.stderr)")
        // Only a closed pipe stays quiet.
        let piped = try shell("'\(path)' -c sentences | true")
        #expect(piped.stderr == "")
    }

    @Test func importOutputIsReplacedOnlyWhenComplete() throws {
        let dir = try temporaryDirectory("import-o")
        let out = dir + "/plan.json"
        try "old".write(toFile: out, atomically: true, encoding: .utf8)
        let ok = try rql("import", importText, "-o", out)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout == "")
        let model = try String(contentsOfFile: out, encoding: .utf8)
        let stdout = try rql("import", importText).stdout
        #expect(model == stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["plan.json"], "no temporary file left")
        let loads = try rql("--report", out, "-c", "projects count")
        #expect(loads.status == 0, "\(loads.stderr)")

        // A link is written through; the link stays.
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: "plan.json")
        try "old".write(toFile: out, atomically: true, encoding: .utf8)
        #expect(try rql("import", importText, "--output", dir + "/link.json").status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.json") == "plan.json")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == stdout)
    }

    @Test func importOutputThatCannotBeWrittenLeavesNothing() throws {
        let dir = try temporaryDirectory("import-o-bad")
        try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        let underFile = try rql("import", importText, "-o", dir + "/file/plan.json")
        #expect(underFile.status == 2)
        #expect(underFile.stderr == "rql: error: cannot write \(dir)/file/plan.json: Not a directory\n")
        #expect(mkfifo(dir + "/fifo.json", 0o600) == 0)
        let fifo = try rql("import", importText, "-o", dir + "/fifo.json")
        #expect(fifo.status == 2)
        #expect(fifo.stderr == "rql: error: cannot write \(dir)/fifo.json: not a regular file (a FIFO)\n")
        if geteuid() != 0 {  // root writes into a read-only folder anyway
            try FileManager.default.createDirectory(atPath: dir + "/ro", withIntermediateDirectories: true)
            chmod(dir + "/ro", 0o555)
            defer { chmod(dir + "/ro", 0o755) }
            let readOnly = try rql("import", importText, "-o", dir + "/ro/plan.json")
            #expect(readOnly.status == 2)
            #expect(readOnly.stderr == "rql: error: cannot write \(dir)/ro/plan.json: Permission denied\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/ro").isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["fifo.json", "file"]
                    + (geteuid() != 0 ? ["ro"] : []))
        let notImport = try rql("-c", "projects count", "-o", dir + "/x")
        #expect(notImport.status == 2)
        #expect(notImport.stderr.hasPrefix("rql: error: '-o/--output' is for 'rql import'; query results go to standard output\n"))
    }

    // MARK: Bounds

    @Test func absurdColumnsAreClamped() throws {
        for columns in ["9223372036854775807", "99999999999", "999999999999999999999999", "0", "-5", "abc", "3"] {
            let r = try rql("-c", "projects by sector sum total chart", environment: ["COLUMNS": columns])
            #expect(r.status == 0, "COLUMNS=\(columns): \(r.stderr)")
            let widest = r.stdout.split(separator: "\n").map { displayWidthOf(String($0)) }.max() ?? 0
            #expect(widest <= Terminal.widthRange.upperBound + 40, "COLUMNS=\(columns)")
            #expect(r.stdout.contains("工业"))
        }
        #expect(Terminal.clamped("9223372036854775807", to: Terminal.widthRange) == 1000)
        #expect(Terminal.clamped("99999999999999999999", to: Terminal.widthRange) == 1000)
        #expect(Terminal.clamped("3", to: Terminal.widthRange) == 10)
        #expect(Terminal.clamped("132", to: Terminal.widthRange) == 132)
        #expect(Terminal.clamped("0", to: Terminal.widthRange) == nil)
        #expect(Terminal.clamped("-5", to: Terminal.widthRange) == nil)
        #expect(Terminal.clamped("12x", to: Terminal.widthRange) == nil)
    }
}

/// Display width, for the tests: CJK two columns, the rest one.
func displayWidthOf(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { $0 + ((0x2E80...0x9FFF).contains($1.value) || (0xFF00...0xFF60).contains($1.value) ? 2 : 1) }
}

/// `rql` with standard input and output on pipes the test holds: it writes a line, reads the answer, and
/// only then closes standard input.
final class PipedRQL {
    let process = Process()
    let input = Pipe(), output = Pipe()
    private var buffer: [UInt8] = []
    private var finished = false

    init() throws {
        process.executableURL = URL(fileURLWithPath: try #require(rqlPath))
        var env = ProcessInfo.processInfo.environment
        env["COLUMNS"] = nil
        env["LANG"] = "C.UTF-8"
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// The next line of output, without its newline; nil if none came within `timeout` seconds.
    func readLine(timeout: Double) -> String? {
        let fd = output.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeFirst(newline + 1)
                return line
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return nil }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, Int32(remaining * 1000)) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return nil }
            buffer += chunk[..<n]
        }
    }

    /// Closes standard input and waits: the exit status and whatever output was left.
    @discardableResult
    func finish() -> (Int32, String) {
        guard !finished else { return (process.terminationStatus, "") }
        finished = true
        try? input.fileHandleForWriting.close()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: buffer + rest, as: UTF8.self))
    }
}

import Foundation
import ReportQL
import Testing
@testable import rql

/// The built-in report's JSON, for `--report`.
let builtinReportJSON: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Sources/ReportModel/Builtin/quangang-2023.json").path
}()

@Suite("rql command")
struct CLITests {
    // MARK: Results

    @Test func oneQuery() throws {
        let r = try rql("-c", "projects where sector = 工业 and status = 在建 sum invest2024")
        #expect(r.stdout == "168.52亿元\n")
        #expect(r.stderr == "")
        #expect(r.status == 0)
    }

    @Test func groupedTable() throws {
        let r = try rql("-c", "projects by status sum invest2024 as plan")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("│ 在建") && $0.hasSuffix(" 300.96亿元 │") }, "\(r.stdout)")
        // The sum of the rows, exactly (13.04 + 1.12 + 1.07 + 2.05 + 1.52 + 3.3), printed without trailing zeros.
        #expect(lines.contains { $0.hasPrefix("│ 预备") && $0.hasSuffix(" 22.1亿元 │") }, "\(r.stdout)")
        #expect(lines.last == "2 rows")
        let json = try rql("--format", "json", "-c", "projects by status sum invest2024 as plan")
        #expect(json.stdout.contains("[\"预备\",{\"value\":\"22.1\",\"unit\":\"亿元\"}]"), "\(json.stdout)")
    }

    @Test func negativeGrowth() throws {
        let r = try rql("-c", "indicators where name = 地区生产总值 select growth")
        #expect(r.status == 0)
        #expect(r.stdout.contains("│  -9.6% │"), "\(r.stdout)")
    }

    @Test func chineseScriptOnStandardInput() throws {
        let r = try rql(input: "项目 其中 领域 = 工业 且 状态 = 在建 合计 年度计划投资\nindicators where name = 地区生产总值 select growth\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("168.52亿元\n"))
        #expect(r.stdout.contains("-9.6%"))
    }

    @Test func scriptsRunInOrderInOneSession() throws {
        let dir = try temporaryDirectory("scripts")
        try "let big = projects where total > 100亿元\n".write(toFile: dir + "/a.rql", atomically: true, encoding: .utf8)
        try "big count\n".write(toFile: dir + "/b.rql", atomically: true, encoding: .utf8)
        let r = try rql(dir + "/a.rql", dir + "/b.rql")
        #expect(r.status == 0, "\(r.stderr)")
        let count = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(count) != nil, "\(r.stdout)")
    }

    // MARK: Formats

    @Test func csvFormat() throws {
        let r = try rql("--format", "csv", "-c", "projects by status sum invest2024 as plan")
        #expect(r.stdout == "status,plan,plan_unit\n在建,300.96,亿元\n预备,22.1,亿元\n")
    }

    @Test func jsonFormat() throws {
        let r = try rql("--format", "json", "-c", "projects where sector = 工业 and status = 在建 sum invest2024")
        #expect(r.stdout.hasPrefix("{\"kind\":\"scalar\",\"columns\":[{\"name\":\"value\",\"type\":\"number\",\"dimension\":\"money\",\"unit\":\"亿元\"}]"))
        #expect(r.stdout.hasSuffix("\"rows\":[[{\"value\":\"168.52\",\"unit\":\"亿元\"}]],\"skipped\":0}\n"))
        let table = try rql("--format", "json", "-c", "projects by status sum invest2024 as plan")
        let object = try JSONSerialization.jsonObject(with: Data(table.stdout.utf8)) as? [String: Any]
        #expect((object?["rows"] as? [Any])?.count == 2)
        #expect(table.stdout.hasPrefix("{\"kind\":\"table\",\"columns\":[{\"name\":\"status\",\"type\":\"text\"},{\"name\":\"plan\",\"type\":\"number\""))
    }

    @Test func jsonIsOneDocumentPerStatement() throws {
        let r = try rql("--format", "json", input: "projects count\nindicators count\n")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) } }
    }

    @Test func markdownFormat() throws {
        let r = try rql("--format", "markdown", "-c", "projects by status sum invest2024 as plan")
        #expect(r.stdout.hasPrefix("| status | plan |\n| --- | ---: |\n| 在建 | 300.96亿元 |\n"))
    }

    @Test func unknownFormatIsBadUsage() throws {
        let r = try rql("--format", "xml", "-c", "projects")
        #expect(r.status == 2)
        #expect(r.stderr.contains("xml"))
    }

    // MARK: Errors and exit status

    @Test func checkFailureIsStatus3WithCaret() throws {
        let r = try rql("-c", "projects where secter = 工业")
        #expect(r.status == 3)
        #expect(r.stdout == "")
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("<command>:1:16: error: "), "\(r.stderr)")
        #expect(lines[0].contains("secter"))
        #expect(lines[1] == " 1 | projects where secter = 工业")
        #expect(lines[2] == "   |                ^^^^^^")
        #expect(r.stderr.contains("sector"), "a suggestion: \(r.stderr)")
    }

    @Test func runtimeFailureIsStatus1() throws {
        let r = try rql("-c", "projects select total / 0")
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("<command>:1:17: error: "), "\(r.stderr)")
        #expect(r.stderr.contains("\n   |                 ^"))
    }

    @Test func stdinErrorsAreNamedStdin() throws {
        let r = try rql(input: "projects count\nprojects where secter = 1\n")
        #expect(r.status == 3)
        #expect(r.stderr.hasPrefix("<stdin>:2:16: error: "), "\(r.stderr)")
    }

    @Test func fileErrorsAreNamedByTheirPath() throws {
        let dir = try temporaryDirectory("file-errors")
        try "projects count\n\nprojects where secter = 1\n".write(toFile: dir + "/bad.rql", atomically: true, encoding: .utf8)
        let r = try rql(dir + "/bad.rql")
        #expect(r.status == 3)
        #expect(r.stderr.hasPrefix(dir + "/bad.rql:3:16: error: "), "\(r.stderr)")
    }

    @Test func stopsAtTheFirstFailure() throws {
        let r = try rql(input: "projects select total / 0\nprojects where secter = 1\nprojects count\n")
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(!r.stderr.contains("secter"))
    }

    @Test func keepGoingReportsTheWorstStatus() throws {
        let r = try rql("--keep-going", input: "projects where secter = 1\nprojects select total / 0\nprojects count\n")
        #expect(r.status == 3)
        #expect(r.stderr.contains("<stdin>:1:16: error"))
        #expect(r.stderr.contains("<stdin>:2:17: error: division by zero"), "\(r.stderr)")
        #expect(r.stdout == "12\n")
        let runtimeOnly = try rql("--keep-going", input: "projects select total / 0\nprojects count\n")
        #expect(runtimeOnly.status == 1)
        #expect(runtimeOnly.stdout == "12\n")
    }

    @Test func checkOnlyRunsNothing() throws {
        let ok = try rql("--check", "-c", "projects select total / 0")
        #expect(ok.status == 0)
        #expect(ok.stdout == "")
        #expect(ok.stderr == "")
        let bad = try rql("--check", "-c", "projects where secter = 1")
        #expect(bad.status == 3)
        #expect(bad.stderr.hasPrefix("<command>:1:16: error: "))
    }

    @Test func badUsageIsStatus2() throws {
        let r = try rql("--frobnicate")
        #expect(r.status == 2)
        #expect(r.stderr.contains("--frobnicate"))
    }

    @Test func missingScriptIsStatus2AndNamed() throws {
        let dir = try temporaryDirectory("missing")
        try "projects count\n".write(toFile: dir + "/ok.rql", atomically: true, encoding: .utf8)
        let r = try rql(dir + "/ok.rql", dir + "/nope.rql")
        #expect(r.status == 2)
        #expect(r.stderr.contains(dir + "/nope.rql"))
        #expect(r.stdout == "", "nothing runs when a script is missing")
        #expect(r.stderr == "rql: error: no such file: \(dir)/nope.rql\n")
        let report = try rql("--report", dir + "/nope.json", "-c", "projects count")
        #expect(report.status == 2)
        #expect(report.stderr == "rql: error: no such file: \(dir)/nope.json\n")
        #expect(report.stdout == "")
    }

    /// Twenty thousand dot-lines inside an unfinished statement: each would have the statement before it lexed
    /// again (the square of the script); the lexing has a budget, so the script ends with its error at once.
    @Test func manyDotLinesInsideAStatementEnd() throws {
        let dir = try temporaryDirectory("dot-lines")
        try ("projects where (\n" + String(repeating: ".x\n", count: 20_000))
            .write(toFile: dir + "/dots.rql", atomically: true, encoding: .utf8)
        let r = try rql(dir + "/dots.rql")
        #expect(r.status == 3)
        #expect(r.stderr.hasPrefix("\(dir)/dots.rql:2:1: error: unexpected character '.'"), "\(r.stderr.prefix(300))")
        // Within the budget a dot-line after a complete statement is still a command.
        let pieces = ScriptPieces.split(SourceFile(name: "s", text: "projects count\n.format csv\nprojects count\n"))
        #expect(pieces.count == 3)
    }

    @Test func malformedReportIsStatus2WithItsPlace() throws {
        let dir = try temporaryDirectory("bad-report")
        let path = dir + "/bad.json"
        try "{\n  \"format\": \"reportql/1\",\n  \"projcts\": []\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try rql("--report", path, "-c", "projects count")
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("\(path):3:3: error: "), "\(r.stderr)")
        let missing = try rql("--report", dir + "/none.json", "-c", "projects count")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains(dir + "/none.json"))
    }

    @Test func reportFileAndDirectory() throws {
        let query = "projects where sector = 工业 and status = 在建 sum invest2024"
        let file = try rql("--report", builtinReportJSON, "-c", query)
        #expect(file.stdout == "168.52亿元\n", "\(file.stderr)")
        let dir = try temporaryDirectory("report-dir")
        try FileManager.default.copyItem(atPath: builtinReportJSON, toPath: dir + "/quangang.json")
        let fromDir = try rql("--report", dir, "-c", query)
        #expect(fromDir.stdout == "168.52亿元\n", "\(fromDir.stderr)")
    }

    /// A directory of reports is loaded on every core; the collections come out in file-name order whatever
    /// the threads did, and a broken file is reported as the first one in that order.
    @Test func directoryOfManyReports() throws {
        let dir = try temporaryDirectory("many-reports")
        let json = try String(contentsOfFile: builtinReportJSON, encoding: .utf8)
        let regions = (1...9).map { "县\($0)" }
        for (k, region) in regions.enumerated() {
            try json.replacingOccurrences(of: "\"region\": \"泉港区\"", with: "\"region\": \"\(region)\"")
                .write(toFile: dir + "/r\(k + 1).json", atomically: true, encoding: .utf8)
        }
        let r = try rql("--report", dir, "--format", "csv", "-c", "projects where sector = 工业 and status = 在建 by region sum invest2024")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "region,sum invest2024,sum invest2024_unit\n" + regions.map { "\($0),168.52,亿元\n" }.joined(), "\(r.stdout)")
        let total = try rql("--report", dir, "-c", "projects count")
        #expect(total.stdout == "\(12 * regions.count)\n")
        #expect(total.stderr == "", "no progress line unless stderr is a terminal")

        // r3.json and r7.json broken: r3 is the one told, every time.
        try "{\"format\": \"reportql/1\", \"bad\": 1}".write(toFile: dir + "/r3.json", atomically: true, encoding: .utf8)
        try "[]".write(toFile: dir + "/r7.json", atomically: true, encoding: .utf8)
        for _ in 0..<3 {
            let bad = try rql("--report", dir, "-c", "projects count")
            #expect(bad.status == 2)
            #expect(bad.stderr.hasPrefix(dir + "/r3.json:1:26: error: unknown key \"bad\""), "\(bad.stderr)")
        }
    }

    /// A directory is opened through its cache (CACHE.md); a damaged cache is rebuilt with one warning line
    /// and the same answer.
    @Test func directoryCacheDamagedIsRebuiltWithAWarning() throws {
        let dir = try temporaryDirectory("cached-reports")
        let cache = try temporaryDirectory("cached-reports-cache")
        let json = try String(contentsOfFile: builtinReportJSON, encoding: .utf8)
        for k in 1...2 {
            try json.replacingOccurrences(of: "\"region\": \"泉港区\"", with: "\"region\": \"县\(k)\"")
                .write(toFile: dir + "/r\(k).json", atomically: true, encoding: .utf8)
        }
        let env = ["XDG_CACHE_HOME": cache]
        let query = "indicators where name = 地区生产总值 by region sum value"
        let first = try rql("--report", dir, "--format", "csv", "-c", query, environment: env)
        #expect(first.status == 0 && first.stderr == "", "\(first.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache + "/reportql")
        #expect(files.count == 1 && files[0].hasSuffix(".rqlcache"), "\(files)")
        let path = cache + "/reportql/" + files[0]
        try "not a cache".write(toFile: path, atomically: false, encoding: .utf8)
        let damaged = try rql("--report", dir, "--format", "csv", "-c", query, environment: env)
        #expect(damaged.stdout == first.stdout)
        #expect(damaged.stderr.hasPrefix("rql: warning: the cache of \(dir) is "), "\(damaged.stderr)")
        #expect(damaged.stderr.contains("rebuilding it"))
        #expect(damaged.stderr.split(separator: "\n").count == 1)
        let again = try rql("--report", dir, "--format", "csv", "-c", query, environment: env)
        #expect(again.stdout == first.stdout)
        #expect(again.stderr == "", "\(again.stderr)")
    }

    @Test func checkShortcut() throws {
        let dir = try temporaryDirectory("check")
        let r = try rql("check", directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("✓"))
        #expect(r.stdout.contains("totals"))
        // A file named `check` is a script like any other.
        try "projects count\n".write(toFile: dir + "/check", atomically: true, encoding: .utf8)
        let file = try rql("check", directory: dir)
        #expect(file.stdout == "12\n")
    }

    @Test func versionAndHelp() throws {
        let v = try rql("--version")
        #expect(v.status == 0)
        #expect(v.stdout.hasPrefix("rql "))
        let h = try rql("--help")
        #expect(h.status == 0)
        #expect(h.stdout.contains("--format"))
    }

    // MARK: Terminal behaviour

    @Test func pipedOutputHasNoColour() throws {
        let r = try rql("-c", "projects where secter = 1")
        #expect(!r.stderr.contains("\u{1B}"))
        let ok = try rql("-c", "projects by status count")
        #expect(!ok.stdout.contains("\u{1B}"))
    }

    @Test func pipeIntoHeadEndsQuietly() throws {
        let path = try #require(rqlPath)
        // Far more output than a pipe holds, so rql writes into a closed pipe.
        let script = Array(repeating: "sentences", count: 20).joined(separator: "\n")
        let r = try shell("{ printf '%s\\n' '\(script)' | '\(path)'; echo \"rql=$?\" >&2; } | head -1")
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(!r.stderr.localizedCaseInsensitiveContains("broken pipe"), "\(r.stderr)")
        #expect(r.stderr == "rql=0\n" || r.stderr == "rql=141\n", "\(r.stderr)")
    }

    @Test func noHistoryWhenStdinIsAPipe() throws {
        let home = try temporaryDirectory("pipe-home")
        let r = try rql(input: "projects count\n", environment: ["HOME": home, "XDG_STATE_HOME": ""])
        #expect(r.stdout == "12\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty)
    }
}

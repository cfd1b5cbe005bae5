import Foundation
import ReportQL
import Testing
@testable import rql

/// Control and bidi-format characters from data are shown escaped on a terminal (issue #14, item 7), and
/// the machine formats keep them exact.
@Suite("terminal-safe output")
struct TerminalSafetyTests {
    /// What a terminal would obey: C0 (ESC, BEL, NUL), DEL, C1, bidi formatting, line/paragraph separators.
    static let dangerous: [Unicode.Scalar] = [
        "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202E}",
        "\u{2066}", "\u{2069}", "\u{2028}", "\u{2029}",
    ]

    @Test(arguments: [
        ("plain 工业", "plain 工业"),
        ("\u{1B}]0;pwned\u{7}", "\\u{1b}]0;pwned\\u{7}"),
        ("\u{1B}[2J", "\\u{1b}[2J"),
        ("a\u{0}b", "a\\u{0}b"),
        ("\u{202E}evil", "\\u{202e}evil"),
        ("x\u{2028}y\u{2029}", "x\\u{2028}y\\u{2029}"),
        ("\u{7F}\u{9B}\u{200F}\u{2066}", "\\u{7f}\\u{9b}\\u{200f}\\u{2066}"),
        ("e\u{301}", "e\u{301}"),  // a combining mark is text
    ])
    func escapes(_ input: String, _ expected: String) {
        #expect(terminalSafe(input) == expected)
        #expect(!terminalSafe(input).unicodeScalars.contains(where: isTerminalControl))
    }

    /// A report whose text fields hold escape sequences.
    func evilReport(_ name: String = #function) throws -> String {
        let dir = try temporaryDirectory("evil-report-" + name.filter(\.isLetter))
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: builtinReportJSON)))
            as? [String: Any])
        var projects = try #require(json["projects"] as? [[String: Any]])
        projects[0]["sector"] = "\u{1B}]0;pwned\u{7}工\u{1B}[2J业\u{202E}\u{2028}x\u{0}"
        json["projects"] = projects
        var meta = try #require(json["meta"] as? [String: Any])
        meta["region"] = "泉\u{1B}[31m港"
        json["meta"] = meta
        let path = dir + "/evil.json"
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: path))
        return path
    }

    func hasDangerous(_ s: String) -> Bool {
        s.unicodeScalars.contains { Self.dangerous.contains($0) }
    }

    @Test func tableAndChartShowEscapesAndStayAligned() throws {
        let report = try evilReport()
        let table = try rql("--report", report, "-c", "projects by sector count")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(!hasDangerous(table.stdout), "\(table.stdout.debugDescription)")
        #expect(table.stdout.contains("│ \\u{1b}]0;pwned\\u{7}工\\u{1b}[2J业\\u{202e}↵x\\u{0} │"), "\(table.stdout)")
        // Every line of the box has the same width: the escapes are measured as shown.
        let boxLines = table.stdout.split(separator: "\n").filter { $0.hasPrefix("│") || $0.hasPrefix("┌") }
        #expect(Set(boxLines.map { displayWidthOf(String($0)) }).count == 1, "\(table.stdout)")

        let chart = try rql("--report", report, "-c", "projects by sector count chart")
        #expect(chart.status == 0)
        #expect(!hasDangerous(chart.stdout), "\(chart.stdout.debugDescription)")
        #expect(chart.stdout.contains("\\u{1b}"))

        let markdown = try rql("--report", report, "--format", "markdown", "-c", "projects by sector count")
        #expect(!hasDangerous(markdown.stdout))
        #expect(markdown.stdout.contains("\\u{1b}]0;pwned"))

        let source = try rql("--report", report, "-c", "source projects where sector = 工业 and status = 在建")
        #expect(!hasDangerous(source.stdout))
    }

    @Test func csvAndJSONKeepTheDataExact() throws {
        let report = try evilReport()
        let csv = try rql("--report", report, "--format", "csv", "-c", "projects by sector count")
        #expect(csv.stdout.contains("\u{1B}]0;pwned\u{7}工\u{1B}[2J业\u{202E}\u{2028}x\u{0},1,\n"), "\(csv.stdout.debugDescription)")
        let json = try rql("--report", report, "--format", "json", "-c", "projects by sector count")
        #expect(!hasDangerous(json.stdout))
        #expect(json.stdout.contains(#"["\u001b]0;pwned\u0007工\u001b[2J业\u202e\u2028x\u0000","#), "\(json.stdout)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rows = try #require(object?["rows"] as? [[Any]])
        #expect(rows.contains { $0.first as? String == "\u{1B}]0;pwned\u{7}工\u{1B}[2J业\u{202E}\u{2028}x\u{0}" })
    }

    @Test func errorsShowEscapesWithTheCaretUnderThem() throws {
        // The typed value holds an ESC.
        let r = try rql("-c", "projects where sector = '工\u{1B}业' count")
        #expect(r.status == 1 || r.status == 3)
        #expect(!hasDangerous(r.stderr), "\(r.stderr.debugDescription)")
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.count > 2, "\(r.stderr)")
        #expect(lines[1] == " 1 | projects where sector = '工\\u{1b}业' count", "\(r.stderr)")
        // `'工\u{1b}业'`: 1 + 2 + 6 + 2 + 1 columns under the shown text.
        #expect(lines[2] == "   |                         ^^^^^^^^^^^^", "\(r.stderr)")

        // A report that does not load: its message names the bad key, escaped.
        let dir = try temporaryDirectory("evil-key")
        try #"{"format": "reportql/1", "\u001b[2J": 1}"#.write(toFile: dir + "/k.json", atomically: true, encoding: .utf8)
        let bad = try rql("--report", dir + "/k.json", "-c", "projects count")
        #expect(bad.status == 2)
        #expect(!hasDangerous(bad.stderr), "\(bad.stderr.debugDescription)")
        #expect(bad.stderr.contains("\\u{1b}[2J"), "\(bad.stderr)")
    }

    /// `rql import`: its summary (the region, the unplaced sentences), its table of many reports and its errors
    /// show a report's or a file name's control characters escaped; the model itself keeps them exact.
    @Test func importShowsEscapesInItsSummaryTableAndErrors() throws {
        let dir = try temporaryDirectory("evil-import")
        let text = try String(contentsOfFile: ImportCommandTests.seed, encoding: .utf8)
        let evil = text.replacingOccurrences(of: "泉港", with: "泉港\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}\u{2028}\u{85}")
        try evil.write(toFile: dir + "/evil.txt", atomically: true, encoding: .utf8)
        let one = try rql("import", dir + "/evil.txt", "-o", dir + "/evil.json")
        #expect(one.status == 0, "\(one.stderr)")
        #expect(!hasDangerous(one.stderr), "\(one.stderr.debugDescription)")
        #expect(one.stderr.contains("泉港\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}\\u{2028}\\u{85}"), "\(one.stderr)")
        #expect(try String(contentsOfFile: dir + "/evil.json", encoding: .utf8).contains(#"泉港\u001b]0;pwned\u0007"#))

        let many = try rql("import", dir + "/evil.txt", dir + "/evil.txt", "-o", dir + "/out/")
        #expect(many.status == 2, "\(many.stderr)")  // two inputs for one output: refused, naming them
        #expect(!hasDangerous(many.stderr), "\(many.stderr.debugDescription)")
        let folder = dir + "/in\u{1B}[2J"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try evil.write(toFile: folder + "/a\u{1B}]0;t\u{7}.txt", atomically: true, encoding: .utf8)
        try "\u{0}".write(toFile: folder + "/b\u{1B}[2J.txt", atomically: true, encoding: .utf8)
        let table = try rql("import", folder, "-o", dir + "/out")
        #expect(table.status == 2, "\(table.stderr)")
        #expect(!hasDangerous(table.stdout) && !hasDangerous(table.stderr), "\(table.stdout.debugDescription) \(table.stderr.debugDescription)")
        #expect(table.stdout.contains("a\\u{1b}]0;t\\u{7}.txt") && table.stdout.contains("泉港\\u{1b}"), "\(table.stdout)")
        #expect(table.stderr.contains("b\\u{1b}[2J.txt"), "\(table.stderr)")

        let missing = try rql("import", dir + "/no\u{1B}[2J.txt")
        #expect(missing.status == 2)
        #expect(!hasDangerous(missing.stderr) && missing.stderr.contains("no\\u{1b}[2J.txt"), "\(missing.stderr.debugDescription)")
    }

    /// An option or its value that holds control characters is shown escaped in the usage error.
    @Test func argumentErrorsShowEscapes() throws {
        for arguments in [["--bogus\u{1B}]0;pwned\u{7}"], ["--format", "x\u{1B}[2J", "-c", "1"]] {
            let r = try run(try #require(rqlPath), arguments)
            #expect(r.status == 2, "\(r.stderr)")
            #expect(!hasDangerous(r.stderr) && r.stderr.contains("\\u{1b}"), "\(r.stderr.debugDescription)")
        }
    }

    /// A warning about a folder's cache names the folder and the cache escaped.
    @Test func cacheWarningsShowEscapes() throws {
        let dir = try temporaryDirectory("evil-cache")
        let folder = dir + "/r\u{1B}]0;pwned\u{7}"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: builtinReportJSON, toPath: folder + "/a.json")
        let cache = dir + "/c\u{1B}[2J"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        try "".write(toFile: cache + "/reportql", atomically: true, encoding: .utf8)  // a file where the cache's folder goes
        let r = try rql("--report", folder, "-c", "projects count", environment: ["XDG_CACHE_HOME": cache])
        #expect(r.status == 0 && r.stdout == "12\n", "\(r.stderr)")
        #expect(r.stderr.contains("warning") && r.stderr.contains("c\\u{1b}[2J"), "\(r.stderr.debugDescription)")
        #expect(!hasDangerous(r.stderr), "\(r.stderr.debugDescription)")
    }

    /// `.help TOPIC` on a topic it does not know repeats the topic escaped.
    @Test func helpOnAnUnknownTopicShowsEscapes() throws {
        let r = try rql(input: ".help x\u{1B}]0;pwned\u{7}\u{1B}[2J\n")
        #expect(r.stdout.contains("no help on 'x\\u{1b}]0;pwned\\u{7}\\u{1b}[2J'"), "\(r.stdout.debugDescription)")
        #expect(!hasDangerous(r.stdout) && !hasDangerous(r.stderr), "\(r.stdout.debugDescription)")
    }
}

import Foundation
import Testing

/// `rql import` on the forms reports come in, one at a time and many at once (`-o DIR`).
@Suite("rql import")
struct ImportCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/"
    static let seed = root + "../shared/reports/quangang-2023.txt"
    static let fixtures = root + "Tests/ReportImportTests/Fixtures/formats/"
    static let corpus = root + "../shared/corpus/gov-work-2026/"

    /// Copies `files` (source path → name) into a fresh directory.
    static func directory(_ name: String, _ files: [(String, String)]) throws -> String {
        let dir = try temporaryDirectory(name)
        for (source, target) in files {
            try FileManager.default.copyItem(atPath: source, toPath: dir + "/" + target)
        }
        return dir
    }

    @Test func manyReportsInManyFormsIntoADirectory() throws {
        let input = try Self.directory("import-in", [
            (Self.seed, "a-text.txt"), (Self.fixtures + "seed.html", "b-page.html"),
            (Self.fixtures + "seed.docx", "c-word.docx"), (Self.fixtures + "seed-gb18030.txt", "d-gbk.txt"),
        ])
        // The openings of two work reports (their titles and meetings are what the table reads).
        for (source, name) in [("beijing.txt", "e-beijing.txt"), ("guangdong.txt", "f-guangdong.txt")] {
            let text = try String(contentsOfFile: Self.corpus + source, encoding: .utf8)
            try text.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).joined(separator: "\n")
                .write(toFile: input + "/" + name, atomically: true, encoding: .utf8)
        }
        // Not a report: skipped by its name.
        try "notes".write(toFile: input + "/README.md", atomically: true, encoding: .utf8)
        let out = try temporaryDirectory("import-out") + "/models"
        let r = try rql("import", input, "-o", out)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.first == ["file", "region", "level", "year", "indicators", "targets", "projects", "facts",
                                "unplaced"])
        // The four forms of the seed give the same row; the work reports name their province and the year
        // they report on.
        for name in ["a-text.txt", "b-page.html", "c-word.docx", "d-gbk.txt"] {
            let row = lines.first { $0.first?.hasSuffix("/" + name) == true }
            #expect(row.map { Array($0.dropFirst()) } == ["泉港区", "区", "2023", "12", "10", "12", "199", "0"], "\(name)")
        }
        #expect(lines.first { $0.first?.hasSuffix("e-beijing.txt") == true }?[1...3] == ["北京市", "省", "2025"])
        #expect(lines.first { $0.first?.hasSuffix("f-guangdong.txt") == true }?[1...3] == ["广东省", "省", "2025"])
        #expect(lines.count == 7)
        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(written == ["a-text.json", "b-page.json", "c-word.json", "d-gbk.json", "e-beijing.json",
                            "f-guangdong.json"])
        #expect(r.stderr.contains("6 of 6 reports written"))
        // The models load, and the four forms of the seed hold the same figures.
        let q = try rql("--report", out, "--format", "csv", "-c",
                        "indicators where name = 地区生产总值 and region = 泉港区 select value, growth")
        #expect(q.status == 0, "\(q.stderr)")
        #expect(q.stdout.split(separator: "\n").dropFirst().allSatisfy { $0 == "623.68,亿元,-9.6,%" })
        #expect(q.stdout.split(separator: "\n").count == 5)
    }

    /// On a terminal, the import shows how far it has got, and erases that line before the table.
    @Test func progressOnATerminal() throws {
        let input = try Self.directory("import-progress", (0..<8).map { (Self.seed, "r\($0).txt") })
        let out = try temporaryDirectory("import-progress-out")
        let path = try #require(rqlPath)
        let tmux = try Tmux("import-progress", command: "'\(path)' import '\(input)' -o '\(out)' > '\(out)/table.txt'; echo done; sleep 60")
        defer { tmux.kill() }
        try tmux.waitFor("importing: ", timeout: 60)
        let screen = try tmux.waitFor("done", timeout: 120)
        #expect(!screen.contains("importing: "))
        #expect(screen.contains("8 of 8 reports written"))
        let table = try String(contentsOfFile: out + "/table.txt", encoding: .utf8)
        #expect(table.split(separator: "\n").count == 9)
    }

    @Test func aFileThatCannotBeReadIsReportedAndTheRestAreWritten() throws {
        let docx = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "seed.docx"))
        let input = try Self.directory("import-bad", [(Self.seed, "good.txt")])
        try docx.prefix(docx.count / 2).write(to: URL(fileURLWithPath: input + "/cut.docx"))
        let out = try temporaryDirectory("import-bad-out")
        let r = try rql("import", input + "/good.txt", input + "/cut.docx", "-o", out)
        #expect(r.status == 2)
        #expect(r.stdout.contains("cut.docx") && r.stdout.contains("error: "))
        #expect(r.stderr.contains("cut.docx") && r.stderr.contains("1 of 2 reports written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["good.json"])
    }

    @Test func severalReportsNeedAnOutputDirectory() throws {
        let r = try rql("import", Self.seed, Self.fixtures + "seed.html")
        #expect(r.status == 2)
        #expect(r.stderr.contains("-o DIR"))
        #expect(r.stdout.isEmpty)
        // Two inputs that would write the same model are refused before any work.
        let out = try temporaryDirectory("import-clash")
        let clash = try rql("import", Self.fixtures + "seed.html", Self.fixtures + "seed.docx", "-o", out)
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("seed.json"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    @Test func oneReportToAFileOrStandardOutput() throws {
        let out = try temporaryDirectory("import-one") + "/seed.json"
        let toFile = try rql("import", Self.fixtures + "seed.docx", "-o", out)
        #expect(toFile.status == 0, "\(toFile.stderr)")
        #expect(toFile.stdout.isEmpty)
        #expect(toFile.stderr.contains("records: indicators 12"))
        let toStdout = try rql("import", Self.fixtures + "seed.docx")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == toStdout.stdout)
        let dir = out.dropLast("/seed.json".count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: String(dir)) == ["seed.json"])
    }

    /// A target written as a range (issue #16 item 2): Jiangxi's `地区生产总值增长5%-5.5%` is imported, and
    /// queried, as growth 5% and upper 5.5%; a one-figure target has no upper.
    @Test func aRangedTargetIsQueriedWithItsUpperEnd() throws {
        let out = try temporaryDirectory("import-range") + "/jiangxi.json"
        let imported = try rql("import", Self.corpus + "jiangxi.txt", "-o", out)
        #expect(imported.status == 0, "\(imported.stderr)")
        let table = try rql("--report", out, "-c", "targets select name, growth, upper where upper is not missing")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("│ name         │ growth │ upper │"), "\(table.stdout)")
        #expect(table.stdout.contains("│ 地区生产总值 │     5% │  5.5% │"), "\(table.stdout)")
        #expect(table.stdout.contains("1 row"), "\(table.stdout)")
        let csv = try rql("--report", out, "--format", "csv", "-c", "目标 选择 名称, 增速, 上限 其中 名称 = 地区生产总值 或 名称 = 规模以上工业增加值")
        #expect(csv.stdout == "名称,增速,增速_unit,上限,上限_unit\n地区生产总值,5,%,5.5,%\n规模以上工业增加值,7.3,%,,\n",
                "\(csv.stdout)\(csv.stderr)")
        let json = try rql("--report", out, "--format", "json", "-c", "targets where name = 地区生产总值 select upper - growth as width")
        #expect(json.stdout.contains(#"{"value":"0.5","unit":"百分点"}"#), "\(json.stdout)\(json.stderr)")
    }

    @Test func outputIsOnlyForImport() throws {
        let r = try rql("-c", "indicators count", "-o", "x.json")
        #expect(r.status == 2)
        #expect(r.stderr.contains("rql import"))
        #expect(r.stdout.isEmpty)
    }

    @Test func errorsNameTheFileAndWhatIsWrong() throws {
        let dir = try temporaryDirectory("import-errors")
        try Data([0x61, 0x62, 0x80, 0xFF, 0xFF]).write(to: URL(fileURLWithPath: dir + "/bad.txt"))
        let bad = try rql("import", dir + "/bad.txt")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad.txt is not text in UTF-8 nor GB18030: an invalid byte at offset 2"))
        let missing = try rql("import", dir + "/missing.txt")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing.txt"))
    }
}

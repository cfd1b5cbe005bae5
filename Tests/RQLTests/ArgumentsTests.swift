import Foundation
import Testing

/// The line printed under every usage error.
private let usageHint = "Usage: rql [OPTION …] [FILE.rql …]; see 'rql --help'.\n"

/// `rql`'s command line, read by its own parser (Sources/rql/Arguments.swift): tested through the binary.
@Suite("rql command line")
struct ArgumentsTests {
    // MARK: Mistakes

    @Test func unknownOptionSuggestsTheClosest() throws {
        for arguments in [["--fromat", "csv"], ["--fromat=csv"], ["-format", "csv"]] {
            let r = try run(try #require(rqlPath), arguments + ["-c", "projects count"])
            let name = arguments[0].split(separator: "=")[0]
            #expect(r.stderr == "rql: error: unknown option '\(name)' (did you mean '--format'?)\n" + usageHint)
            #expect(r.stdout == "")
            #expect(r.status == 2)
        }
        let keep = try rql("--keepgoing", "-c", "projects count")
        #expect(keep.stderr == "rql: error: unknown option '--keepgoing' (did you mean '--keep-going'?)\n" + usageHint)
        let far = try rql("-x")
        #expect(far.stderr == "rql: error: unknown option '-x'\n" + usageHint)
        #expect(far.status == 2)
    }

    @Test func missingValueIsBadUsage() throws {
        let c = try rql("-c")
        #expect(c.stderr == "rql: error: option '-c' needs a value (-c, --command QUERY)\n" + usageHint)
        #expect(c.status == 2)
        let command = try rql("--format", "csv", "--command")
        #expect(command.stderr == "rql: error: option '--command' needs a value (-c, --command QUERY)\n" + usageHint)
        #expect(command.status == 2)
        let report = try rql("-c", "projects count", "--report")
        #expect(report.stderr == "rql: error: option '--report' needs a value (--report FILE)\n" + usageHint)
        #expect(report.stdout == "", "nothing runs")
        let empty = try rql("--report=", "-c", "projects count")
        #expect(empty.stderr == "rql: error: option '--report' needs a file name\n" + usageHint)
        #expect(empty.status == 2)
    }

    @Test func flagsTakeNoValue() throws {
        let r = try rql("--check=yes", "-c", "projects count")
        #expect(r.stderr == "rql: error: option '--check' takes no value\n" + usageHint)
        #expect(r.status == 2)
    }

    @Test func unknownFormatListsTheFormats() throws {
        let close = try rql("--format=jsno", "-c", "projects count")
        #expect(close.stderr == "rql: error: unknown format 'jsno' for '--format' (did you mean 'json'?); "
                    + "the formats are table, csv, json, markdown, svg\n" + usageHint)
        #expect(close.status == 2)
        let far = try rql("--format", "xml", "-c", "projects count")
        #expect(far.stderr == "rql: error: unknown format 'xml' for '--format'; the formats are table, csv, json, "
                    + "markdown, svg\n" + usageHint)
        #expect(far.stdout == "")
    }

    // MARK: Spellings

    @Test func attachedValues() throws {
        let query = "projects by status sum invest2024 as plan"
        let csv = "status,plan,plan_unit\n在建,300.96,亿元\n预备,22.1,亿元\n"
        for arguments in [["--format=csv", "-c", query], ["--format", "csv", "-c" + query],
                          ["--format=CSV", "--command", query], ["--command=" + query, "--format", "csv"]] {
            let r = try run(try #require(rqlPath), arguments)
            #expect(r.stdout == csv, "\(arguments): \(r.stderr)")
            #expect(r.status == 0)
        }
    }

    @Test func reportWithEquals() throws {
        let r = try rql("--report=" + builtinReportJSON, "-c", "projects where sector = 工业 and status = 在建 sum invest2024")
        #expect(r.stdout == "168.52亿元\n", "\(r.stderr)")
        #expect(r.status == 0)
    }

    @Test func aValueMayBeginWithADash() throws {
        let r = try rql("-c", "-1")
        #expect(r.stdout == "-1\n", "\(r.stderr)")
        #expect(r.status == 0)
        let help = try rql("-c", "--help")
        #expect(help.stderr.hasPrefix("<command>:1:3: error: unknown name 'help'"), "a value, not an option: \(help.stderr)")
    }

    // MARK: Files and order

    @Test func optionsAfterFiles() throws {
        let dir = try temporaryDirectory("options-after")
        try "projects by status sum invest2024 as plan\n".write(toFile: dir + "/a.rql", atomically: true, encoding: .utf8)
        let r = try rql(dir + "/a.rql", "--format", "csv", "--check")
        #expect(r.stdout == "", "--check after the file still applies")
        #expect(r.status == 0)
        let csv = try rql(dir + "/a.rql", "--format", "csv")
        #expect(csv.stdout == "status,plan,plan_unit\n在建,300.96,亿元\n预备,22.1,亿元\n", "\(csv.stderr)")
    }

    @Test func doubleDashEndsTheOptions() throws {
        let dir = try temporaryDirectory("double-dash")
        try "targets count\n".write(toFile: dir + "/-x", atomically: true, encoding: .utf8)
        let file = try rql("--", "-x", directory: dir)
        #expect(file.stdout == "10\n", "\(file.stderr)")
        #expect(file.status == 0)
        let option = try rql("-x", directory: dir)
        #expect(option.status == 2)
        #expect(option.stderr.hasPrefix("rql: error: unknown option '-x'"))
        let after = try rql("-c", "projects count", "--", "--format", directory: dir)
        #expect(after.stderr == "rql: error: no such file: --format\n")
        #expect(after.stdout == "", "nothing runs when a script is missing")
        #expect(after.status == 2)
    }

    @Test func repeatedCommandsRunInOrderWithTheFiles() throws {
        let dir = try temporaryDirectory("repeated-c")
        try "totals count\n".write(toFile: dir + "/t.rql", atomically: true, encoding: .utf8)
        let r = try rql("-c", "targets count", dir + "/t.rql", "-c", "sections count", "--format", "csv")
        #expect(r.stdout == "value,value_unit\n10,\nvalue,value_unit\n3,\nvalue,value_unit\n17,\n", "\(r.stderr)")
        #expect(r.status == 0)
        // One session: the second query sees the first one's `let`.
        let session = try rql("-c", "let big = projects where total > 100亿元", "-c", "big count")
        #expect(Int(session.stdout.trimmingCharacters(in: .newlines)) != nil, "\(session.stdout)\(session.stderr)")
        #expect(session.status == 0)
    }

    @Test func severalCommandsAreNumberedInDiagnostics() throws {
        let r = try rql("-c", "projects count", "-c", "projects where secter = 工业")
        #expect(r.stdout == "12\n")
        #expect(r.stderr.hasPrefix("<command 2>:1:16: error: "), "\(r.stderr)")
        #expect(r.status == 3)
    }

    @Test func dashIsStandardInput() throws {
        let r = try rql("-c", "targets count", "-", "-c", "sections count", input: "totals count\n")
        #expect(r.stdout == "10\n3\n17\n", "\(r.stderr)")
        let bad = try rql("-c", "targets count", "-", input: "projects where secter = 1\n")
        #expect(bad.stderr.hasPrefix("<stdin>:1:16: error: "), "\(bad.stderr)")
        #expect(bad.stdout == "10\n")
    }

    // MARK: Help and version

    @Test func helpListsEveryOption() throws {
        let r = try rql("--help")
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "rql — query Chinese local-government development-plan reports with ReportQL.")
        for option in ["-c, --command QUERY", "--report FILE", "--format FORMAT", "--check", "--keep-going",
                       "-o, --output OUT", "-h, --help", "--version", "FILE.rql …"] {
            #expect(lines.contains { $0.hasPrefix("  " + option + "  ") }, "\(option) in\n\(r.stdout)")
        }
        for usage in ["rql FILE.rql …", "rql -c 'QUERY'", "rql check", "rql import REPORT", "rql import FILE… -o DIR", "… | rql"] {
            #expect(lines.contains { $0.hasPrefix("  " + usage + " ") }, "\(usage) in\n\(r.stdout)")
        }
        #expect(r.stdout.contains("table (the default), csv,\n                        json, markdown or svg (a chart)."))
        #expect(r.stdout.contains("Exit status: 0 success, 1 a statement failed while running, 2 bad usage,\n"
                                  + "3 a statement failed its check; .exit N leaves with N. A failed write is told in one line: exit 1\n"
                                  + "(2 for 'rql import'); only a closed pipe (| head) ends quietly.\n"
                                  + "Scripts and reports must be regular files of at most 256 MiB.\n"))
        #expect(lines.last == "Example: rql -c 'projects where sector = 工业 and status = 在建 sum invest2024'")
        #expect(try rql("-h").stdout == r.stdout)
        // --help ends the parsing: nothing runs, and a later mistake does not matter.
        #expect(try rql("-c", "projects count", "--help", "--bogus").stdout == r.stdout)
    }

    @Test func version() throws {
        let r = try rql("--version")
        #expect(r.stdout == "rql 0.1.0\n")
        #expect(r.stderr == "")
        #expect(r.status == 0)
    }
}

import Foundation
import Testing

/// Dot-commands are statements: the same in scripts, in `-c` and in the REPL; parameters, output files,
/// exit codes, echo, bail, and the settings.
@Suite("dot-commands in scripts and -c")
struct ShellTests {
    /// The figure: a parameter from the command line, read as a literal.
    @Test func parameterFromTheCommandLine() throws {
        let r = try rql("--param", "sector=工业", "-c", "projects where sector = $sector sum invest2024")
        #expect(r.stdout == "181.56亿元\n", "\(r.stderr)")
        #expect(r.status == 0)
        // Numbers with units are numbers: 50亿元 compares with totals.
        let n = try rql("--param", "floor=50亿元", "-c", "projects where total > $floor count")
        #expect(n.stdout == "10\n", "\(n.stderr)")
        let bad = try rql("--param", "novalue", "-c", "projects count")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("'--param' needs NAME=VALUE"))
    }

    @Test func paramSetListClear() throws {
        let r = try rql("-c", ".param set sector 工业\n.param set floor 100亿元\n.param list\n"
                            + "projects where sector = $sector sum invest2024\n.param clear\n.param list")
        #expect(r.stdout == "$floor = 100亿元\n$sector = 工业\n181.56亿元\nno parameters; .param set NAME VALUE gives one\n",
                "\(r.stderr)")
    }

    /// The script: `.format csv` and `.output out.csv` at its top write its CSV to the file.
    @Test func scriptSetsItsFormatAndOutput() throws {
        let dir = try temporaryDirectory("shell-output")
        let script = dir + "/report.rql"
        try ".format csv\n.output out.csv\nprojects by status sum invest2024 as plan\n.output\nprojects count\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        let r = try run(try #require(rqlPath), [script], directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "value,value_unit\n12,\n")
        let csv = try String(contentsOfFile: dir + "/out.csv", encoding: .utf8)
        #expect(csv == "status,plan,plan_unit\n在建,300.96,亿元\n预备,22.1,亿元\n")
    }

    /// `.once FILE` sends the next result there, in the format of its extension, then results come back.
    @Test func onceTakesTheFormatFromTheExtension() throws {
        let dir = try temporaryDirectory("shell-once")
        let r = try run(try #require(rqlPath), ["-c", ".once plan.md\nprojects by status sum invest2024 as plan\nprojects count"],
                        directory: dir)
        #expect(r.stdout == "12\n", "\(r.stderr)")
        let md = try String(contentsOfFile: dir + "/plan.md", encoding: .utf8)
        #expect(md.hasPrefix("| status | plan |\n| --- | ---: |\n| 在建 | 300.96亿元 |"))
    }

    @Test func exitWithAStatus() throws {
        let r = try rql("-c", "projects count\n.exit 3\nprojects count")
        #expect(r.status == 3)
        #expect(r.stdout == "12\n")
        #expect(try rql("-c", ".quit").status == 0)
        #expect(try rql("-c", ".exit nine").status == 1)
    }

    @Test func echoPrintsEachStatement() throws {
        let r = try rql("-c", ".echo on\nprojects count\nindicators count")
        #expect(r.stdout == "projects count\n12\nindicators count\n12\n", "\(r.stderr)")
    }

    @Test func bailOffGoesOn() throws {
        let on = try rql("-c", "nosuch count\nprojects count")
        #expect(on.stdout == "" && on.status == 3)
        let off = try rql("-c", ".bail off\nnosuch count\nprojects count")
        #expect(off.stdout == "12\n")
        #expect(off.status == 3)
    }

    @Test func collectionsAndAliasesInDashC() throws {
        let r = try rql("-c", ".tables")
        #expect(r.status == 0)
        #expect(r.stdout.contains("keyprojects"))
        let mode = try rql("-c", ".mode csv\nprojects by status count")
        #expect(mode.stdout == "status,count,count_unit\n在建,6,\n预备,6,\n", "\(mode.stderr)")
    }

    @Test func showListsEverySetting() throws {
        let r = try rql("-c", ".format json\n.maxrows 5\n.param set x 1\n.show")
        for line in ["format    json", "output    stdout", "maxrows   5", "maxwidth  0 (no limit)", "wrap      off",
                     "echo      off", "bail      on", "params    $x = 1", "report    泉港区 2023"] {
            #expect(r.stdout.contains(line), "\(line) in \(r.stdout)")
        }
    }

    /// A dot-line inside an unfinished statement is part of it (a decimal starting a line, say).
    @Test func dotLineInsideAStatement() throws {
        let r = try rql("-c", "projects where\n.schema projects")
        #expect(r.status == 3)   // the statement `projects where .schema projects` fails to parse
        #expect(r.stderr.contains("<command>:"))
    }

    @Test func unknownCommandInAScriptNamesItsLine() throws {
        let r = try rql("-c", "projects count\n.colections")
        #expect(r.stdout == "12\n")
        #expect(r.stderr.contains("<command>:2: unknown command '.colections' (did you mean '.collections'?)"))
        #expect(r.status == 1)
    }

    @Test func readExpandsTildeAndTakesQuotes() throws {
        let home = try temporaryDirectory("shell-home")
        try "projects count\n".write(toFile: home + "/my file.rql", atomically: true, encoding: .utf8)
        let r = try rql("-c", ".read '~/my file.rql'", environment: ["HOME": home])
        #expect(r.stdout == "12\n", "\(r.stderr)")
        let q = try rql("-c", ".read \"\(home)/my file.rql\"")
        #expect(q.stdout == "12\n", "\(q.stderr)")
    }

    @Test func reportSaysWhatIsLoadedAndGoesBackToTheBuiltin() throws {
        let dir = try temporaryDirectory("shell-report")
        let json = try String(contentsOfFile: builtinReportJSON, encoding: .utf8)
        try json.replacingOccurrences(of: "\"region\": \"泉港区\"", with: "\"region\": \"甲县\"")
            .write(toFile: dir + "/a.json", atomically: true, encoding: .utf8)
        let r = try rql("-c", ".report\n.report \(dir)\nprojects where sector = 工业 sum invest2024\n.report builtin\n"
                            + "report select region")
        #expect(r.stdout.hasPrefix("loaded: 泉港区 2023 (<built-in>)\nloaded 甲县 2023"), "\(r.stdout)")
        #expect(r.stdout.contains("loaded the built-in report"))
        #expect(r.stdout.hasSuffix("│ 泉港区 │\n└────────┘\n1 row\n"), "\(r.stdout)")
    }

    /// `--width N` fits tables and errors into N columns when the output is not a terminal; without it a pipe
    /// gets whole cells.
    @Test func widthOptionFitsTablesAndErrors() throws {
        let r = try rql("--width", "80", "-c", "sentences where n > 10 top 3")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        for line in lines { #expect(displayColumns(String(line)) <= 80, "\(line)") }
        #expect(r.stdout.contains("…"))
        let whole = try rql("-c", "sentences where n > 10 top 3")
        #expect(!whole.stdout.contains("…"))
        #expect(whole.stdout.split(separator: "\n").contains { displayColumns(String($0)) > 200 })
        // Numbers are never cut: a column of numbers keeps its width.
        let numbers = try rql("--width", "20", "-c", "projects by status sum invest2024 as plan")
        #expect(numbers.stdout.contains("300.96亿元"))
        let error = try rql("--width", "40", "-c", "nosuch count")
        for line in error.stderr.split(separator: "\n") where !line.contains("| ") {
            #expect(displayColumns(String(line)) <= 40, "\(line)")
        }
        #expect(error.stderr.contains(" 1 | nosuch count\n   | ^^^^^^\n"))
        #expect(try rql("--width", "5", "-c", "projects count").status == 2)
    }

    /// `.maxwidth N` limits tables in a script too; `.maxwidth 0` lifts the limit again.
    @Test func maxwidthInAScript() throws {
        let r = try rql("--width", "60", "-c", "sentences where n = 11\n.maxwidth 100\nsentences where n = 11\n.maxwidth 0\n"
                            + "sentences where n = 11\n.maxwidth")
        let tops = r.stdout.split(separator: "\n").filter { $0.hasPrefix("┌") }.map { displayColumns(String($0)) }
        #expect(tops.count == 3)
        #expect(tops[0] == 60 && tops[1] == 100 && tops[2] > 200, "\(tops)")
        #expect(r.stdout.hasSuffix("maxwidth: 0 (no limit)\n"))
        #expect(try rql("-c", ".maxwidth 5").status == 1)
    }

    /// `--check` runs no statement, also inside `.read`, and writes no file.
    @Test func checkRunsNothingInsideDotCommands() throws {
        let dir = try temporaryDirectory("shell-check")
        try "projects count\n".write(toFile: dir + "/inner.rql", atomically: true, encoding: .utf8)
        let r = try run(try #require(rqlPath), ["--check", "-c", ".output out.csv\n.read inner.rql\nprojects count"],
                        directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.csv"))
        let bad = try run(try #require(rqlPath), ["--check", "-c", ".read inner.rql\nnosuch count"], directory: dir)
        #expect(bad.status == 3)
    }

    @Test func bareExitIsAHint() throws {
        let r = try rql("-c", "exit")
        #expect(r.stderr.contains("'exit' is not a statement; to leave, type .quit"))
    }
}

/// `.help`: topics, functions, units, clauses; every line fits 80 columns; every function example runs.
@Suite("help inside")
struct HelpTests {
    @Test func topicsAndEveryMetaCommand() throws {
        let r = try rql("-c", ".help")
        for command in [".output", ".once", ".param", ".exit", ".echo", ".bail", ".show", ".maxwidth", ".wrap",
                        ".functions", ".tables", ".mode"] {
            #expect(r.stdout.contains(command), "\(command)")
        }
        #expect(r.stdout.contains(".help units"))
    }

    @Test func helpOnAFunctionAUnitAndAClause() throws {
        let share = try rql("-c", ".help share")
        #expect(share.stdout.hasPrefix("share(part, whole)    (占比, 比重)\n"))
        #expect(share.stdout.contains("example: share(25亿元, 200亿元)  →  12.5%"))
        #expect(try rql("-c", ".help 增速").stdout.hasPrefix("growth(new, old)"))
        let units = try rql("-c", ".help units")
        #expect(units.stdout.contains("亿元") && units.stdout.contains("百分点"))
        #expect(try rql("-c", ".help where").stdout.hasPrefix("where CONDITION"))
        #expect(try rql("-c", ".help shaer").stdout.contains("did you mean 'share'?"))
    }

    @Test func everyExampleRuns() throws {
        let r = try rql("-c", ".functions")
        let names = r.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("(") && !$0.hasPrefix("      ") }
            .compactMap { $0.dropFirst(2).split(separator: "(").first.map(String.init) }
        #expect(names.count >= 17)
        for name in names {
            let help = try rql("-c", ".help \(name)").stdout
            let line = try #require(help.split(separator: "\n").first { $0.contains("example: ") })
            let parts = line.components(separatedBy: "example: ")[1].components(separatedBy: "  →  ")
            let run = try rql("-c", parts[0])
            #expect(run.status == 0, "\(parts[0]): \(run.stderr)")
            #expect(run.stdout.contains(parts[1]), "\(parts[0]) gives \(run.stdout), not \(parts[1])")
        }
    }

    @Test func helpFitsEightyColumns() throws {
        for topic in ["", "functions", "units", "clauses", "commands", "share", "where", "output"] {
            let r = try rql("-c", ".help \(topic)")
            for line in r.stdout.split(separator: "\n") {
                #expect(displayColumns(String(line)) <= 80, "\(topic): \(line)")
            }
        }
    }
}

/// Terminal columns of `s` (CJK and full-width take two).
func displayColumns(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { w, u in
        let v = u.value
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        return w + (wide ? 2 : 1)
    }
}

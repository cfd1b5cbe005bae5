import Foundation
import Testing

/// The REPL under a real terminal: tmux runs `rql` in a pane; the tests type and read the screen.
@Suite("REPL", .enabled(if: tmuxAvailable, "tmux is not installed: the REPL tests need a terminal"))
struct REPLTests {
    /// Starts `rql` in tmux with its own HOME (and `environment`), waiting for the first prompt.
    func start(_ name: String, environment: String = "") throws -> (Tmux, home: String) {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("repl-" + name)
        let tmux = try Tmux(name, command: "env -u XDG_STATE_HOME -u NO_COLOR HOME=\(home) \(environment) '\(path)'")
        try tmux.waitFor("the prompt") { lastLine($0) == "rql>" }  // tmux drops trailing spaces
        return (tmux, home)
    }

    /// The last line on the screen that is not empty.
    func lastLine(_ screen: String) -> String {
        screen.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func chineseQuery() throws {
        let (tmux, _) = try start("chinese")
        defer { tmux.kill() }
        try tmux.type("项目 其中 领域 = 工业 且 状态 = 在建 合计 年度计划投资")
        try tmux.keys("Enter")
        try tmux.waitFor("168.52亿元")
        try tmux.type("projects by status sum invest2024 as plan")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("2 rows")
        #expect(screen.contains("300.96亿元"))
    }

    /// `.report DIR` says what it loaded in one line, however many reports the directory holds, and leaves no
    /// progress line behind.
    @Test func reportDirectorySaysWhatItLoaded() throws {
        let dir = try temporaryDirectory("repl-reports")
        let json = try String(contentsOfFile: builtinReportJSON, encoding: .utf8)
        for (k, (region, year)) in [("甲县", "2022"), ("乙县", "2022"), ("丙县", "2022"), ("甲县", "2023"), ("乙县", "2023"),
                                    ("丙县", "2023")].enumerated() {
            try json.replacingOccurrences(of: "\"region\": \"泉港区\"", with: "\"region\": \"\(region)\"")
                .replacingOccurrences(of: "\"reportYear\": \"2023\"", with: "\"reportYear\": \"\(year)\"")
                .write(toFile: dir + "/r\(k).json", atomically: true, encoding: .utf8)
        }
        let (tmux, _) = try start("report-dir")
        defer { tmux.kill() }
        try tmux.type(".report \(dir)")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("loaded 6 reports (3 regions, 2022–2023); names bound by let are cleared")
        #expect(!screen.contains("loading reports"))
        try tmux.type("projects where sector = 工业 and status = 在建 by year sum invest2024")
        try tmux.keys("Enter")
        try tmux.waitFor("2 rows")
        #expect(try tmux.screen().contains("505.56亿元"))   // 3 regions × 168.52亿元 each year
    }

    @Test func tabCompletesKnownValues() throws {
        let (tmux, _) = try start("tab")
        defer { tmux.kill() }
        try tmux.type("projects where sector = 工")
        try tmux.keys("Tab")
        try tmux.waitFor("sector = 工业")
        try tmux.type(" and status = 在建 sum invest2024")
        try tmux.keys("Enter")
        try tmux.waitFor("168.52亿元")
        try tmux.type("项目 其中 领域 = 交")
        try tmux.keys("Tab")
        try tmux.waitFor("领域 = 交通港航")
        try tmux.keys("C-c")
        try tmux.waitFor("a fresh prompt") { lastLine($0) == "rql>" }
        try tmux.type("projects where sec")
        try tmux.keys("Tab")
        try tmux.waitFor("projects where sector")
    }

    @Test func ctrlCAbandonsTheInput() throws {
        let (tmux, _) = try start("ctrlc")
        defer { tmux.kill() }
        try tmux.type("projects where sector = 工业")
        try tmux.waitFor("projects where sector = 工业")
        try tmux.keys("C-c")
        try tmux.waitFor("a fresh prompt") { lastLine($0) == "rql>" }
        #expect(tmux.isAlive)
        // In a continuation too; the abandoned lines do not run.
        try tmux.type("projects where")
        try tmux.keys("Enter")
        try tmux.waitFor("the continuation prompt") { lastLine($0) == "...>" }
        try tmux.keys("C-c")
        try tmux.waitFor("a fresh prompt") { lastLine($0) == "rql>" }
        try tmux.type("indicators where name = 地区生产总值 select growth")
        try tmux.keys("Enter")
        try tmux.waitFor("-9.6%")
    }

    @Test func multiLineStatementIsOneHistoryEntry() throws {
        let (tmux, home) = try start("multiline")
        defer { tmux.kill() }
        try tmux.type("projects where")
        try tmux.keys("Enter")
        try tmux.waitFor("the continuation prompt") { lastLine($0) == "...>" }
        try tmux.type("sector = 工业 and")
        try tmux.keys("Enter")
        try tmux.waitFor("...> sector = 工业 and\n...>")
        try tmux.type("status = 在建 sum invest2024")
        try tmux.keys("Enter")
        try tmux.waitFor("168.52亿元")
        let history = try String(contentsOfFile: home + "/.rql_history", encoding: .utf8)
        #expect(history == "projects where\\nsector = 工业 and\\nstatus = 在建 sum invest2024\n")
        // Up arrow brings back the whole statement.
        try tmux.keys("Up")
        try tmux.waitFor("sum invest2024") { $0.components(separatedBy: "sum invest2024").count == 3 }
    }

    @Test func unknownMetaCommandSuggests() throws {
        let (tmux, _) = try start("meta")
        defer { tmux.kill() }
        try tmux.type(".colections")
        try tmux.keys("Enter")
        try tmux.waitFor("unknown command '.colections' (did you mean '.collections'?)")
        try tmux.type(".schema projects")
        try tmux.keys("Enter")
        try tmux.waitFor("年度计划投资")
    }

    @Test func ctrlDLeavesAndHistoryIsWritten() throws {
        let (tmux, home) = try start("ctrld")
        defer { tmux.kill() }
        try tmux.type("projects count")
        try tmux.keys("Enter")
        try tmux.waitFor("12")
        try tmux.keys("C-d")
        #expect(tmux.waitForExit(), "rql is still running after Ctrl-D")
        let history = try String(contentsOfFile: home + "/.rql_history", encoding: .utf8)
        #expect(history == "projects count\n")
    }

    @Test func historyUnderXDGStateHome() throws {
        let state = try temporaryDirectory("xdg-state")
        let (tmux, home) = try start("xdg", environment: "XDG_STATE_HOME=\(state)")
        defer { tmux.kill() }
        try tmux.type("check")
        try tmux.keys("Enter")
        try tmux.waitFor("totals")
        let history = try String(contentsOfFile: state + "/rql/history", encoding: .utf8)
        #expect(history == "check\n")
        #expect(!FileManager.default.fileExists(atPath: home + "/.rql_history"))
    }

    @Test func unwritableHistoryIsAWarning() throws {
        let (tmux, _) = try start("nohistory", environment: "XDG_STATE_HOME=/proc/rql-cannot-write")
        defer { tmux.kill() }
        try tmux.type("projects count")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("12\n")
        #expect(screen.contains("rql: warning: cannot save history"))
        try tmux.type("indicators count")
        try tmux.keys("Enter")
        let after = try tmux.waitFor("indicators count\n12\n")
        #expect(after.components(separatedBy: "warning").count == 2, "the warning is given once")
    }

    /// Without HOME (and XDG_STATE_HOME) there is nowhere to keep history: one warning, and the REPL goes on.
    @Test func noHomeIsAWarning() throws {
        let path = try #require(rqlPath)
        let tmux = try Tmux("nohome", command: "env -u XDG_STATE_HOME -u HOME -u NO_COLOR '\(path)'")
        defer { tmux.kill() }
        let screen = try tmux.waitFor("the prompt") { lastLine($0) == "rql>" }
        #expect(screen.contains("rql: warning: neither XDG_STATE_HOME nor HOME is an absolute path; history will not be saved"),
                "\(screen)")
        try tmux.type("projects count")
        try tmux.keys("Enter")
        try tmux.waitFor("projects count\n12\n")
    }

    @Test func colourOnATerminalUnlessNoColor() throws {
        let path = try #require(rqlPath)
        let coloured = try Tmux("colour", command: "sh -c \"env -u NO_COLOR '\(path)' -c 'projects where secter = 1'; sleep 30\"")
        defer { coloured.kill() }
        try coloured.waitFor("escape sequences", escapes: true) { $0.contains("secter") && $0.contains("\u{1B}[") }
        let plain = try Tmux("nocolour", command: "sh -c \"NO_COLOR=1 '\(path)' -c 'projects where secter = 1'; sleep 30\"")
        defer { plain.kill() }
        let screen = try plain.waitFor("the error", escapes: true) { $0.contains("secter") }
        #expect(!screen.contains("\u{1B}[1;31m"), "NO_COLOR is set: \(screen)")
    }
}

import Foundation
import Testing

/// The REPL's own edges: tables within an 80-column terminal, Ctrl-D inside a statement, bare words, `.exit N`.
@Suite("REPL shell", .enabled(if: tmuxAvailable, "tmux is not installed: the REPL tests need a terminal"))
struct REPLShellTests {
    /// Starts `rql`; with `hold`, the pane stays open for 5 seconds after it ends, to be read.
    func start(_ name: String, width: Int = 80, hold: Bool = false) throws -> Tmux {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("shell-" + name)
        let command = "env -u XDG_STATE_HOME -u COLUMNS -u NO_COLOR HOME=\(home) LANG=C.UTF-8 '\(path)'"
        let tmux = try Tmux(name, command: hold ? "sh -c \"\(command); sleep 5\"" : command, width: width)
        try tmux.waitFor("the prompt") { $0.split(separator: "\n").last == "rql>" }
        return tmux
    }

    /// `.collections`, a `sentences` table and `.schema` fit an 80-column terminal: every table line is as wide
    /// as its top border, at most 80 columns, and long cells are cut with `…`.
    @Test func tablesFitEightyColumns() throws {
        let tmux = try start("fit80")
        defer { tmux.kill() }
        for (command, marker) in [(".collections", "10 rows"), ("sentences where n > 10 top 5", "5 rows"),
                                  (".schema facts", " rows")] {
            try tmux.keys("C-l")
            try tmux.type(command)
            try tmux.keys("Enter")
            let screen = try tmux.waitFor(marker)
            let lines = screen.split(separator: "\n").map(String.init)
            let top = try #require(lines.first { $0.hasPrefix("┌") })
            #expect(displayColumns(top) <= 80, "\(command): \(top)")
            for line in lines where line.hasPrefix("│") || line.hasPrefix("├") || line.hasPrefix("└") {
                #expect(displayColumns(line) == displayColumns(top), "\(command): \(line)")
            }
            #expect(screen.contains("…"), "\(command): long cells are cut")
        }
        // .wrap on: the cells wrap inside their column instead.
        try tmux.keys("C-l")
        try tmux.type(".wrap on")
        try tmux.keys("Enter")
        try tmux.type("sentences where n = 11")
        try tmux.keys("Enter")
        let wrapped = try tmux.waitFor("1 row")
        #expect(!wrapped.contains("…"))
        #expect(wrapped.split(separator: "\n").filter { $0.hasPrefix("│    │") }.count >= 2)
    }

    @Test func ctrlDInAStatementSaysItDiscardedIt() throws {
        let tmux = try start("discard", hold: true)
        defer { tmux.kill() }
        try tmux.type("projects where")
        try tmux.keys("Enter")
        try tmux.waitFor("the continuation prompt") { $0.split(separator: "\n").last == "...>" }
        try tmux.keys("C-d")
        try tmux.waitFor("(the unfinished statement was discarded)")
    }

    @Test func bareExitQuitHelpAnswerWithAHint() throws {
        let tmux = try start("bare")
        defer { tmux.kill() }
        try tmux.type("exit")
        try tmux.keys("Enter")
        try tmux.waitFor("to leave, type .quit (or .exit, or Ctrl-D)")
        try tmux.type("help")
        try tmux.keys("Enter")
        try tmux.waitFor("type .help for help")
        #expect(!(try tmux.screen()).contains("unknown collection"))
        #expect(tmux.isAlive)
    }

    /// The banner says what is loaded; `.exit 3` leaves the REPL with status 3.
    @Test func bannerAndExitStatus() throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("shell-exit")
        let status = home + "/status"
        let tmux = try Tmux("exit3", command: "sh -c \"HOME=\(home) LANG=C.UTF-8 '\(path)'; echo \\$? > \(status); sleep 5\"")
        defer { tmux.kill() }
        try tmux.waitFor("ReportQL 0.1.0 · 泉港区 2023")
        try tmux.type(".exit 3")
        try tmux.keys("Enter")
        var text = ""
        for _ in 0..<100 where text.isEmpty {
            text = (try? String(contentsOfFile: status, encoding: .utf8)) ?? ""
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(text == "3\n")
    }

    /// `.output FILE` in the REPL: the results go to the file, without the terminal's colours; `.output` alone
    /// brings them back to the screen.
    @Test func outputFileFromTheREPL() throws {
        let tmux = try start("output-file", width: 120)
        defer { tmux.kill() }
        let dir = try temporaryDirectory("shell-outfile")
        try tmux.type(".output \(dir)/plan.txt")
        try tmux.keys("Enter")
        try tmux.type("projects by status sum invest2024 as plan")
        try tmux.keys("Enter")
        try tmux.type(".output")
        try tmux.keys("Enter")
        try tmux.type("projects by status count")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("2 rows")
        #expect(!screen.contains("300.96亿元"))
        let text = try String(contentsOfFile: dir + "/plan.txt", encoding: .utf8)
        #expect(text.contains("│ 在建   │ 300.96亿元 │"), "\(text)")
        #expect(!text.contains("\u{1B}"))
        #expect(try tmux.screen(escapes: true).contains("\u{1B}["))   // the screen itself is coloured
    }

    /// Tab after `.` offers the meta-commands; after `.format ` their arguments; `.schema` takes a `let` name.
    @Test func metaCommandCompletionAndLetSchema() throws {
        let tmux = try start("meta-complete", width: 120)
        defer { tmux.kill() }
        try tmux.type("let big = projects where total > 50亿元")
        try tmux.keys("Enter")
        try tmux.type(".sch")
        try tmux.keys("Tab")
        try tmux.waitFor("rql> .schema")
        try tmux.type("bi")
        try tmux.keys("Tab")
        try tmux.waitFor("rql> .schema big")
        try tmux.keys("Enter")
        try tmux.waitFor("big (bound by let)")
        try tmux.type(".format j")
        try tmux.keys("Tab")
        try tmux.waitFor("rql> .format json")
    }
}

import Foundation
import Testing

/// Line editing with Chinese text, each keystroke sequence of issue #15 in a real terminal (tmux).
@Suite("line editing with CJK", .enabled(if: tmuxAvailable, "tmux is not installed: the REPL tests need a terminal"))
struct LineEditingTests {
    /// Starts `rql` in tmux with its own HOME holding `history`, waiting for the first prompt.
    func start(_ name: String, history: [String] = [], width: Int = 120, environment: String = "",
               command: String? = nil) throws -> Tmux {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("edit-" + name)
        if !history.isEmpty {
            try (history.joined(separator: "\n") + "\n").write(toFile: home + "/.rql_history", atomically: true,
                                                               encoding: .utf8)
        }
        let tmux = try Tmux(name, command: command ?? "env -u XDG_STATE_HOME HOME=\(home) LANG=C.UTF-8 \(environment) '\(path)'",
                            width: width)
        try tmux.waitFor("the prompt") { lastLine($0) == "rql>" }
        return tmux
    }

    func lastLine(_ screen: String) -> String {
        screen.split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Ctrl-R, then 工, then 业: the search grows to 工业 and finds the entry; Enter runs it unchanged.
    /// (libedit's own search took 业, U+4E1A, for Ctrl-Z by its low byte and inserted it: `= 业工业`.)
    @Test func reverseSearchWithChineseInput() throws {
        let tmux = try start("search", history: ["projects where sector = 工业 sum invest2024", "projects count"])
        defer { tmux.kill() }
        try tmux.keys("C-r")
        try tmux.waitFor("(search '')")
        try tmux.type("工")
        try tmux.waitFor("(search '工') projects where sector = 工业 sum invest2024")
        try tmux.type("业")
        try tmux.waitFor("(search '工业') projects where sector = 工业 sum invest2024")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("181.56亿元")
        #expect(screen.contains("rql> projects where sector = 工业 sum invest2024"))
        #expect(!screen.contains("业工业"))
        // Ctrl-G gives the line back as it was; a search that finds nothing says so.
        try tmux.type("projects")
        try tmux.keys("C-r")
        try tmux.type("不存在")
        try tmux.waitFor("(failed search '不存在')")
        try tmux.keys("C-g")
        try tmux.waitFor("the line as it was") { lastLine($0) == "rql> projects" }
    }

    /// Ctrl-D and Delete over a CJK character delete it, and the cursor stays where the text says.
    @Test func forwardDeleteOverCJK() throws {
        let tmux = try start("delete")
        defer { tmux.kill() }
        try tmux.type("项目 工业")
        try tmux.keys("C-a")
        try tmux.keys("C-d")
        try tmux.waitFor("one character deleted") { lastLine($0) == "rql> 目 工业" }
        #expect(try tmux.cursor().x == 5)
        try tmux.keys("Right")
        try tmux.keys("DC")
        try tmux.waitFor("the space deleted") { lastLine($0) == "rql> 目工业" }
        #expect(try tmux.cursor().x == 7)   // after 目: 5 + 2 columns
        try tmux.keys("DC")
        try tmux.waitFor("工 deleted") { lastLine($0) == "rql> 目业" }
        #expect(try tmux.cursor().x == 7)
        try tmux.keys("End")
        try tmux.type(" count")
        try tmux.keys("C-a", "C-k")
        try tmux.type("projects count")
        try tmux.keys("Enter")
        try tmux.waitFor("12")
        // Ctrl-D on an empty line still leaves.
        try tmux.keys("C-d")
        #expect(tmux.waitForExit())
    }

    /// The completion list with CJK candidates is in columns aligned by display width.
    @Test func completionListAlignedByDisplayWidth() throws {
        let tmux = try start("complete-list")
        defer { tmux.kill() }
        try tmux.type("项目 其中 领域 = ")
        try tmux.keys("Tab")
        let screen = try tmux.waitFor("交通港航")
        let line = try #require(screen.split(separator: "\n").first { $0.contains("交通港航") }).description
        // Every candidate starts at a multiple of the widest candidate's width plus 2 (8 + 2 columns).
        var column = 0
        var starts: [Int] = []
        var previousSpace = true
        for c in line {
            if c != " " && previousSpace { starts.append(column) }
            previousSpace = c == " "
            column += c.isASCII ? 1 : 2
        }
        #expect(starts.count >= 3)
        #expect(starts.allSatisfy { $0 % 10 == 0 }, "\(line): \(starts)")
    }

    /// A CJK character that does not fit at the end of a screen line goes to the next, and the cursor follows
    /// it there, column for column.
    @Test func caretWhenCJKWraps() throws {
        let tmux = try start("wrap", width: 60)
        defer { tmux.kill() }
        try tmux.type(String(repeating: "x", count: 54) + "工业")   // "rql> " + 54 = 59 columns: 工 cannot fit
        try tmux.waitFor("the wrapped line") { $0.contains("\n工业") }
        let end = try tmux.cursor()
        #expect(end.x == 4)
        try tmux.keys("Left")
        #expect(try tmux.waitForCursor(x: 2, y: end.y))
        try tmux.keys("Left")
        #expect(try tmux.waitForCursor(x: 0, y: end.y))
        try tmux.keys("Left")
        #expect(try tmux.waitForCursor(x: 58, y: end.y - 1))
    }

    /// After Ctrl-Z and `fg` the prompt and the line are drawn again, and editing goes on.
    @Test func redrawAfterSuspend() throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("edit-suspend")
        let tmux = try Tmux("suspend", command: "env -u XDG_STATE_HOME HOME=\(home) LANG=C.UTF-8 PS1='$ ' sh -i")
        defer { tmux.kill() }
        try tmux.waitFor("the shell") { $0.contains("$") }
        try tmux.type("'\(path)'")
        try tmux.keys("Enter")
        try tmux.waitFor("the prompt") { lastLine($0) == "rql>" }
        try tmux.type("projects where sector = 工业")
        try tmux.waitFor("rql> projects where sector = 工业")
        try tmux.keys("C-z")
        try tmux.waitFor("the shell again") { lastLine($0) == "$" }
        try tmux.type("fg")
        try tmux.keys("Enter")
        try tmux.waitFor("the line drawn again") { lastLine($0) == "rql> projects where sector = 工业" }
        try tmux.type(" sum invest2024")
        try tmux.keys("Enter")
        try tmux.waitFor("181.56亿元")
    }

    /// Without libedit, a plain line reader and a one-line notice; queries still run.
    @Test func plainReaderWithoutLibedit() throws {
        let tmux = try start("plain", environment: "RQL_NO_LIBEDIT=1")
        defer { tmux.kill() }
        #expect(try tmux.screen().contains("libedit (libedit.so.2) is not installed"))
        try tmux.type("projects where sector = 工业 sum invest2024")
        try tmux.keys("Enter")
        try tmux.waitFor("181.56亿元")
        try tmux.keys("C-d")
        #expect(tmux.waitForExit())
    }
}

extension Tmux {
    /// Polls until the cursor is at (x, y).
    func waitForCursor(x: Int, y: Int, timeout: Double = 5) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let c = try cursor()
            if c.x == x && c.y == y { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let c = try cursor()
        Issue.record("cursor at \(c), not (\(x), \(y))")
        return false
    }
}

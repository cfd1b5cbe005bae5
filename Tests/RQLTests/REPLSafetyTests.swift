import Foundation
import Testing

/// The REPL against what happens around it (issue #14, items 6 and 8): another REPL sharing its history,
/// SIGTERM and SIGHUP while it waits at the prompt.
@Suite("REPL safety", .enabled(if: tmuxAvailable, "tmux is not installed: the REPL tests need a terminal"))
struct REPLSafetyTests {
    /// Two REPLs typing 400 entries each into one history at the same time: all 800 are kept.
    @Test func twoREPLsShareOneHistory() throws {
        let path = try #require(rqlPath)
        let state = try temporaryDirectory("repl-shared-history")
        let history = state + "/rql/history"
        var sessions: [Tmux] = []
        defer { sessions.forEach { $0.kill() } }
        for name in ["a", "b"] {
            let tmux = try Tmux("shared-\(name)", command: "env -u NO_COLOR XDG_STATE_HOME=\(state) '\(path)'")
            try tmux.waitFor("the prompt") { $0.split(separator: "\n").last == "rql>" }
            sessions.append(tmux)
        }
        for (tmux, name) in zip(sessions, ["a", "b"]) {
            let lines = (0..<400).map { "let \(name)\($0) = \($0)\n" }.joined()
            let file = state + "/input-\(name)"
            try lines.write(toFile: file, atomically: true, encoding: .utf8)
            try tmux.tmux(["load-buffer", "-b", name, file])
        }
        // Pasted into both at once.
        for (tmux, name) in zip(sessions, ["a", "b"]) {
            try tmux.tmux(["paste-buffer", "-b", name, "-t", tmux.name])
        }
        let deadline = Date().addingTimeInterval(90)
        var entries: [String] = []
        while Date() < deadline {
            entries = ((try? String(contentsOfFile: history, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            if entries.count >= 800 { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(entries.count == 800)
        #expect(Set(entries) == Set((0..<400).flatMap { ["let a\($0) = \($0)", "let b\($0) = \($0)"] }))
        // Each REPL's own entries in the order it typed them.
        #expect(entries.filter { $0.hasPrefix("let a") } == (0..<400).map { "let a\($0) = \($0)" })
    }

    /// SIGTERM or SIGHUP at the prompt: the terminal gets its echo back, and what was entered is in the history.
    @Test(arguments: ["TERM", "HUP"])
    func terminationRestoresTheTerminal(_ signal: String) throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("repl-sig-\(signal)")
        let tmux = try Tmux("sig-\(signal)", command:
            "sh -c \"env -u XDG_STATE_HOME -u NO_COLOR HOME=\(home) '\(path)'; echo status=\\$?; stty -a; sleep 30\"")
        defer { tmux.kill() }
        try tmux.waitFor("the prompt") { $0.split(separator: "\n").last == "rql>" }
        try tmux.type("projects count")
        try tmux.keys("Enter")
        try tmux.waitFor("12")
        try tmux.type("unfinished")  // at the prompt, mid-line
        let shell = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_pid}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let child = try run(try #require(which("pgrep")), ["-P", shell]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pid_t(child), "rql's pid under \(shell): '\(child)'")
        kill(pid, signal == "TERM" ? SIGTERM : SIGHUP)
        let screen = try tmux.waitFor("stty's report") { $0.contains("status=") && $0.contains("icanon") }
        #expect(screen.contains("status=\(signal == "TERM" ? 143 : 129)"), "\(screen)")
        let modes = screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        #expect(modes.contains("echo") && !modes.contains("-echo"), "\(screen)")
        #expect(modes.contains("icanon") && !modes.contains("-icanon"), "\(screen)")
        let saved = try String(contentsOfFile: home + "/.rql_history", encoding: .utf8)
        #expect(saved == "projects count\n")
    }

    /// The REPL's own lines show data's control characters escaped too: the banner names the report's region.
    @Test func bannerAndResultsShowEscapes() throws {
        let path = try #require(rqlPath)
        let dir = try temporaryDirectory("repl-evil")
        let json = try String(contentsOfFile: builtinReportJSON, encoding: .utf8)
            .replacingOccurrences(of: "\"region\": \"泉港区\"", with: #""region": "泉\u001b]0;pwned\u0007港\u001b[2J区""#)
            .replacingOccurrences(of: "\"sector\": \"交通港航\"", with: #""sector": "交通\u001b[7m港航""#)
        try json.write(toFile: dir + "/evil.json", atomically: true, encoding: .utf8)
        let tmux = try Tmux("repl-evil", command: "env -u NO_COLOR HOME=\(dir) '\(path)' --report \(dir)/evil.json")
        defer { tmux.kill() }
        let banner = try tmux.waitFor("the banner") { $0.contains("rql>") }
        #expect(banner.contains("泉\\u{1b}]0;pwned\\u{7}港\\u{1b}[2J区"), "\(banner)")
        try tmux.type("projects by sector count")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("rows")
        #expect(screen.contains("│ 交通\\u{1b}[7m港航"), "\(screen)")
        // Nothing was obeyed: no attribute on the screen.
        #expect(!(try tmux.screen(escapes: true)).contains("\u{1B}[7m"))
    }
}

import Foundation
import Testing
@testable import rql

/// The screen's height (`LINES`, else the window size) sets how many rows a REPL table shows, so the header of
/// a long result stays in sight; absurd values are clamped like `COLUMNS` (issue #14, item 8).
@Suite("Screen height")
struct ScreenHeightTests {
    /// `LINES` and the rows of `sentences` (260) the REPL shows: the screen's lines less 7 (the frame, the
    /// footer, the statement and the next prompt); absurd values clamped to 10–1000 lines, values that are not
    /// a positive number ignored (the pane is 40 lines high).
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed: the REPL tests need a terminal"), arguments: [
        ("20", "260 rows, first 13 shown (247 more; .maxrows 0 shows all)"),
        ("3", "260 rows, first 3 shown (257 more; .maxrows 0 shows all)"),
        ("9223372036854775807", "\n260 rows\n"),
        ("99999999999999999999999", "\n260 rows\n"),
        ("-5", "260 rows, first 33 shown (227 more; .maxrows 0 shows all)"),
        ("abc", "260 rows, first 33 shown (227 more; .maxrows 0 shows all)"),
        ("0", "260 rows, first 33 shown (227 more; .maxrows 0 shows all)"),
    ])
    func replTablesFitTheScreen(lines: String, footer: String) throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("lines-\(lines.prefix(8))")
        let tmux = try Tmux("lines-\(lines.prefix(8))", command:
            "exec env -u XDG_STATE_HOME -u NO_COLOR -u COLUMNS HOME=\(home) LINES=\(lines) '\(path)'")
        defer { tmux.kill() }
        try tmux.waitFor("the prompt") { $0.split(separator: "\n").last == "rql>" }
        try tmux.type("sentences select n")
        try tmux.keys("Enter")
        try tmux.waitFor(footer)
        #expect(tmux.isAlive)
    }

    /// `.maxrows` says where its number comes from, and a number set by hand replaces the screen's.
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed: the REPL tests need a terminal"))
    func maxrowsSaysItFollowsTheScreen() throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("lines-show")
        let tmux = try Tmux("lines-show", command: "exec env -u XDG_STATE_HOME -u NO_COLOR HOME=\(home) LINES=30 '\(path)'")
        defer { tmux.kill() }
        try tmux.waitFor("the prompt") { $0.split(separator: "\n").last == "rql>" }
        try tmux.type(".maxrows")
        try tmux.keys("Enter")
        try tmux.waitFor("maxrows: 23 (the screen's)")
        try tmux.type(".maxrows 5")
        try tmux.keys("Enter")
        try tmux.type("sentences select n")
        try tmux.keys("Enter")
        try tmux.waitFor("260 rows, first 5 shown")
    }

    /// Outside the REPL nothing is cut to the screen, and no `LINES` value breaks anything.
    @Test func absurdLinesAreHarmless() throws {
        for lines in ["9223372036854775807", "99999999999", "0", "-5", "abc", "3"] {
            let r = try rql("-c", "sentences select n", "-c", "projects by sector sum total chart",
                            environment: ["LINES": lines])
            #expect(r.status == 0, "LINES=\(lines): \(r.stderr)")
            #expect(r.stdout.contains("\n260 rows\n"), "LINES=\(lines)")
        }
        #expect(Terminal.clamped("9223372036854775807", to: Terminal.heightRange) == 1000)
        #expect(Terminal.clamped("3", to: Terminal.heightRange) == 10)
        #expect(Terminal.clamped("-5", to: Terminal.heightRange) == nil)
    }
}

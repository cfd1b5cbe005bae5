import Foundation
import Testing

/// Ctrl-C while a statement runs. The statement below runs for many seconds (a thousand nested `.*` over every
/// sentence, which never match: linear time, but long); the tests pass only if SIGINT ends it.
let longStatement = "sentences where text matches '(.*){1000}X' count"

@Suite("Interrupt", .enabled(if: tmuxAvailable, "tmux is not installed: the REPL tests need a terminal"))
struct InterruptTests {
    /// In the REPL: `interrupted`, the prompt again, and the session (its `let` names) kept.
    @Test func ctrlCEndsTheStatementAndKeepsTheSession() throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("repl-interrupt")
        let tmux = try Tmux("interrupt", command: "env -u XDG_STATE_HOME -u NO_COLOR HOME=\(home) '\(path)'")
        defer { tmux.kill() }
        try tmux.waitFor("the prompt") { $0.split(separator: "\n").last == "rql>" }
        try tmux.type("let answer = 41")
        try tmux.keys("Enter")
        try tmux.type(longStatement)
        try tmux.keys("Enter")
        Thread.sleep(forTimeInterval: 1)
        try tmux.keys("C-c")
        try tmux.waitFor("interrupted")
        try tmux.waitFor("the prompt after it") { $0.split(separator: "\n").last == "rql>" }
        try tmux.type("answer + 1")
        try tmux.keys("Enter")
        try tmux.waitFor("42")
    }

    /// In a script (`-c`), SIGINT ends the run with status 130, after what the earlier statements printed.
    @Test func sigintEndsAScriptWithStatus130() throws {
        let path = try #require(rqlPath)
        let dir = try temporaryDirectory("script-interrupt")
        let script = """
            '\(path)' -c 'projects count' -c "\(longStatement)" -c 'projects count' > '\(dir)/out' 2> '\(dir)/err' &
            pid=$!
            while ! grep -q . '\(dir)/out'; do sleep 0.1; done
            sleep 0.5
            kill -INT $pid
            wait $pid
            echo "status $?"
            """
        let r = try shell(script)
        #expect(r.stdout == "status 130\n")
        #expect(try String(contentsOfFile: dir + "/out", encoding: .utf8) == "12\n")
        #expect(try String(contentsOfFile: dir + "/err", encoding: .utf8) == "interrupted\n")
    }

    /// Standard input that stays open and quiet: SIGINT ends the wait for the next statement (status 130).
    @Test func sigintEndsTheWaitForStandardInput() throws {
        let path = try #require(rqlPath)
        let dir = try temporaryDirectory("stdin-interrupt")
        let script = """
            { echo 'projects count'; exec sleep 20; } 2>/dev/null | { sh -c 'echo $$ > "$0"; exec "$1"' '\(dir)/pid' '\(path)' \\
                > '\(dir)/out' 2> '\(dir)/err'; echo "status $?" > '\(dir)/status'; } &
            while ! grep -q . '\(dir)/out' 2>/dev/null; do sleep 0.05; done
            kill -INT $(cat '\(dir)/pid')
            while [ ! -s '\(dir)/status' ]; do sleep 0.05; done
            cat '\(dir)/status'
            """
        let r = try shell(script)
        #expect(r.stdout == "status 130\n")
        #expect(try String(contentsOfFile: dir + "/out", encoding: .utf8) == "12\n")
        #expect(try String(contentsOfFile: dir + "/err", encoding: .utf8) == "interrupted\n")
    }
}

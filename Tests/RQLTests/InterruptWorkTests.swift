import Foundation
import Testing

/// Ctrl-C while rql prints a long result, loads reports or imports them (issue #14, item 2: "every loop that
/// can run long — printing, importing, loading — checks the interrupt flag").
///
/// No test here times anything: each holds rql at the point it tests (a terminal or a pipe that takes no more
/// output, a load or an import shown under way), interrupts it there, and looks at what it did.
@Suite("Interrupting printing, loading and importing")
struct InterruptWorkTests {
    // MARK: Printing

    /// In the REPL: a 5,200-row table is being written when the terminal stops taking output (as after
    /// Ctrl-S); Ctrl-C then ends the table within a row, says `interrupted`, and the session goes on.
    @Test(.enabled(if: tmuxAvailable && procSyscallAvailable, "needs tmux and /proc/PID/syscall"))
    func ctrlCStopsALongTableInTheREPL() throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("print-interrupt-home")
        let folder = try reportFolder("print-interrupt", copies: 20)
        let tmux = try Tmux("print-interrupt", command:
            "exec env -u XDG_STATE_HOME -u NO_COLOR HOME=\(home) XDG_CACHE_HOME=\(home)/cache '\(path)' --report '\(folder)'")
        defer { tmux.kill() }
        try tmux.waitFor("the prompt", timeout: 30) { $0.split(separator: "\n").last == "rql>" }
        let pid = try tmux.panePID()
        let terminal = open(try tmux.paneTTY(), O_RDWR | O_NOCTTY)
        try #require(terminal >= 0)
        defer { close(terminal) }
        for line in [".maxrows 0", "let kept = 41"] {
            try tmux.type(line)
            try tmux.keys("Enter")
        }
        try tmux.type("sentences")
        try tmux.keys("Enter")
        // The table is being written: the terminal stops taking output, and rql waits in write(2).
        let writing = try waitForSyscall(pid, "rql writing the table") { call in
            call.count >= 4 && call[0] == "1" && call[1] == "0x1" && (Int(call[3].dropFirst(2), radix: 16) ?? 0) > 4096
        }
        tcflow(terminal, TCOOFF)
        try tmux.keys("C-c")
        // Ctrl-C interrupts the pending write (it returns what it wrote, then rql writes the rest of that piece).
        _ = try? waitForSyscall(pid, "the write interrupted", timeout: 2) { $0 != writing }
        tcflow(terminal, TCOON)
        let screen = try tmux.waitFor("interrupted, then the prompt", timeout: 20) {
            $0.contains("interrupted") && $0.split(separator: "\n").last == "rql>"
        }
        // The table stopped: its last row and its footer were never written.
        #expect(!screen.contains("5200 rows"), "\(screen)")
        #expect(!screen.contains("└"), "\(screen)")
        try tmux.type("kept + 1")
        try tmux.keys("Enter")
        try tmux.waitFor("42")
    }

    /// In a script: SIGINT while a 2,600-row table goes into a pipe ends the run with status 130 after
    /// flushing what was written; the table is cut short and the statement after it never runs.
    @Test func sigintStopsAScriptPrintingIntoAPipe() throws {
        let path = try #require(rqlPath)
        let dir = try temporaryDirectory("print-pipe-interrupt")
        let folder = try reportFolder("print-pipe", copies: 10)
        // The reader takes the first 1,000 bytes (the table has begun), then takes nothing until told: rql
        // fills the pipe and waits. SIGINT comes while it waits.
        let script = """
            cd '\(dir)'
            { sh -c 'echo $$ > pid; exec "$0" "$@"' '\(path)' --report '\(folder)' -c 'projects count' -c 'sentences' \\
                -c 'projects count' 2> err
              echo $? > status; } |
              { dd bs=1000 count=1 iflag=fullblock of=first 2>/dev/null; touch started
                while [ ! -e go ]; do sleep 0.05; done; cat > rest; } &
            while [ ! -e started ]; do sleep 0.05; done
            kill -INT $(cat pid)
            touch go
            wait
            """
        let r = try run("/bin/bash", ["-c", script], environment: ["XDG_CACHE_HOME": dir + "/cache"], timeout: 60)
        #expect(r.status == 0, "\(r.stderr)")
        let printed = try String(contentsOfFile: dir + "/first", encoding: .utf8)
            + String(contentsOfFile: dir + "/rest", encoding: .utf8)
        #expect(try String(contentsOfFile: dir + "/status", encoding: .utf8) == "130\n")
        #expect(try String(contentsOfFile: dir + "/err", encoding: .utf8) == "interrupted\n")
        #expect(printed.hasPrefix("120\n┌"))
        // The whole table is 2,600 rows of 800 bytes; what got out is about the pipe's and the writer's worth.
        #expect(printed.utf8.count < 1_000_000, "\(printed.utf8.count) bytes")
        #expect(!printed.contains("2600 rows"))
        #expect(printed.hasSuffix("│\n"), "whole rows only")
    }

    // MARK: Loading

    /// In the REPL: Ctrl-C while `.report DIR` loads a hundred reports keeps the reports loaded before and
    /// the session's names.
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed: the REPL tests need a terminal"))
    func ctrlCWhileLoadingKeepsThePreviousReports() throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("load-interrupt-home")
        let folder = try reportFolder("load-interrupt", copies: 100)
        let tmux = try Tmux("load-interrupt", command:
            "exec env -u XDG_STATE_HOME -u NO_COLOR HOME=\(home) XDG_CACHE_HOME=\(home)/cache '\(path)'")
        defer { tmux.kill() }
        try tmux.waitFor("the prompt") { $0.split(separator: "\n").last == "rql>" }
        try tmux.type("let kept = 41")
        try tmux.keys("Enter")
        try tmux.type(".report \(folder)")
        try tmux.keys("Enter")
        try tmux.waitFor("loading reports:", timeout: 30)
        try tmux.keys("C-c")
        try tmux.waitFor("interrupted, then the prompt", timeout: 20) {
            $0.contains("interrupted") && $0.split(separator: "\n").last == "rql>"
        }
        try tmux.type("projects count")
        try tmux.keys("Enter")
        try tmux.type("kept + 1")
        try tmux.keys("Enter")
        let screen = try tmux.waitFor("42")
        // The built-in report's 12 projects, not 1,200.
        #expect(screen.contains("\n12\n"), "\(screen)")
        #expect(!screen.contains("loaded 100 reports"), "\(screen)")
    }

    /// `--report DIR` with `-c`: SIGINT while the reports load ends rql with status 130, nothing run.
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed: the progress line needs a terminal"))
    func sigintWhileLoadingEndsAScriptWith130() throws {
        let path = try #require(rqlPath)
        let home = try temporaryDirectory("load-script-interrupt-home")
        let folder = try reportFolder("load-script-interrupt", copies: 100)
        let tmux = try Tmux("load-script-interrupt", command:
            "sh -c \"env XDG_CACHE_HOME=\(home)/cache '\(path)' --report '\(folder)' -c 'projects count'; echo status=\\$?; sleep 30\"")
        defer { tmux.kill() }
        try tmux.waitFor("loading reports:", timeout: 30)
        kill(try tmux.childPID(), SIGINT)
        let screen = try tmux.waitFor("the status", timeout: 20) { $0.contains("status=") }
        #expect(screen.contains("interrupted\nstatus=130"), "\(screen)")
        #expect(!screen.contains("1200"), "\(screen)")
    }

    // MARK: Importing

    /// `rql import DIR -o OUT` of twenty reports: SIGINT ends it with status 130; every model in OUT is
    /// whole, none is missing its end, and no temporary file is left.
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed: the progress line needs a terminal"))
    func sigintEndsAnImportOfManyReports() throws {
        let path = try #require(rqlPath)
        let input = try temporaryDirectory("import-interrupt-in")
        for k in 0..<20 {
            try FileManager.default.copyItem(atPath: ImportCommandTests.seed, toPath: input + "/r\(k).txt")
        }
        let out = try temporaryDirectory("import-interrupt-out") + "/models"
        let tmux = try Tmux("import-interrupt", command:
            "sh -c \"'\(path)' import '\(input)' -o '\(out)'; echo status=\\$?; sleep 30\"")
        defer { tmux.kill() }
        try tmux.waitFor("importing:", timeout: 30)
        kill(try tmux.childPID(), SIGINT)
        let screen = try tmux.waitFor("the status", timeout: 20) { $0.contains("status=") }
        #expect(screen.contains("interrupted\nstatus=130"), "\(screen)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(written.count < 20, "\(written)")
        for name in written {
            #expect(name.hasSuffix(".json") && !name.hasPrefix("."), "\(name)")
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not whole")
        }
    }

    /// `rql import REPORT -o OUT` of a long report: SIGINT ends it at once (status 130) and OUT is not
    /// written, not even in part.
    @Test func sigintEndsAnImportOfOneLongReport() throws {
        let path = try #require(rqlPath)
        let dir = try temporaryDirectory("import-one-interrupt")
        let seed = try String(contentsOfFile: ImportCommandTests.seed, encoding: .utf8)
        try String(repeating: seed, count: 40).write(toFile: dir + "/long.txt", atomically: true, encoding: .utf8)
        // The import takes many seconds; SIGINT comes once it has begun (rql is waiting in no system call).
        let script = """
            cd '\(dir)'
            '\(path)' import long.txt -o long.json 2> err &
            pid=$!
            sleep 0.5
            kill -INT $pid
            wait $pid
            echo "status $?"
            """
        let r = try shell(script)
        #expect(r.stdout == "status 130\n")
        #expect(try String(contentsOfFile: dir + "/err", encoding: .utf8) == "interrupted\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["err", "long.txt"])
    }
}

/// A folder of `copies` copies of the built-in report (260 sentences and 12 projects each).
func reportFolder(_ name: String, copies: Int) throws -> String {
    let dir = try temporaryDirectory(name)
    for k in 0..<copies {
        try FileManager.default.copyItem(atPath: builtinReportJSON, toPath: dir + "/r\(1000 + k).json")
    }
    return dir
}

/// Whether this system shows what system call a process waits in (`/proc/PID/syscall`).
let procSyscallAvailable = FileManager.default.isReadableFile(atPath: "/proc/self/syscall")

/// The system call process `pid` is in now: its number and arguments as `/proc/PID/syscall` shows them
/// (`1 0x1 0x7f… 0x10000 …` is a write of 65,536 bytes to standard output); `running` when in none.
func currentSyscall(_ pid: pid_t) -> [String] {
    let text = (try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8)) ?? ""
    return text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}

/// Polls process `pid` until the system call it is in satisfies `predicate`; returns that call.
@discardableResult
func waitForSyscall(_ pid: pid_t, _ what: String, timeout: Double = 30,
                    _ predicate: ([String]) -> Bool) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        let call = currentSyscall(pid)
        if predicate(call) { return call }
        usleep(500)
    }
    throw WaitTimeout(what: what)
}

struct WaitTimeout: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
}

extension Tmux {
    /// The process the pane runs (its command started with `exec`, this is rql).
    func panePID() throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).stdout
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// The pane's terminal device (`/dev/pts/N`).
    func paneTTY() throws -> String {
        try tmux(["display-message", "-p", "-t", name, "#{pane_tty}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The one child of the pane's shell (its command is `sh -c "rql …; …"`): rql.
    func childPID() throws -> pid_t {
        let shell = try panePID()
        let child = try run(try #require(which("pgrep")), ["-P", String(shell)]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(pid_t(child), "rql's pid under \(shell): '\(child)'")
    }
}

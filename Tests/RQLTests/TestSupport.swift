import Foundation
import Testing

/// The built `rql`: found by walking up from the test bundle's directory (the test runner is built next to it).
let rqlPath: String? = {
    var starts = [CommandLine.arguments.first ?? ""]
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { starts.append(exe) }
    for start in starts where !start.isEmpty {
        var dir = URL(fileURLWithPath: start).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("rql").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
    }
    return nil
}()

/// What a finished process left behind.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `executable` with `arguments`, feeding `input` on stdin (or nothing), in the test's environment with
/// `NO_COLOR` and `COLUMNS` unset and `extra` added. With `capture` false, output goes to /dev/null (for a
/// command that leaves a daemon behind, such as the first `tmux new-session`). Kills it and records an issue
/// when it takes longer than `timeout`.
///
/// Spawned with `posix_spawn`, not Foundation's `Process`: the child gets an empty signal mask and default
/// signal actions (test-runner threads block most signals, and a child would inherit that: Ctrl-C in a tmux
/// pane would do nothing), and it is reaped with `waitpid` here.
func run(_ executable: String, _ arguments: [String], input: String? = nil, environment extra: [String: String] = [:],
         directory: String? = nil, capture: Bool = true, timeout: Double = 20) throws -> ProcessResult {
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["COLUMNS"] = nil
    env["LANG"] = "C.UTF-8"
    // Corpus caches of the tests' folders go to the tests' own place, never the user's.
    env["XDG_CACHE_HOME"] = NSTemporaryDirectory() + "rql-tests-cache-\(getpid())"
    for (k, v) in extra { env[k] = v }

    if let directory {
        // posix_spawn_file_actions_addchdir_np is not visible from Swift: let the shell change directory.
        return try run("/bin/sh", ["-c", "cd \"$0\" && exec \"$@\"", directory, executable] + arguments, input: input,
                       environment: extra, capture: capture, timeout: timeout)
    }
    // Pipes are created close-on-exec under a lock shared by every spawn, so no other test's child inherits them
    // (a tmux server holding a pipe open would keep its reader waiting).
    spawnLock.lock()
    func makePipe() -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        pipe(&fds)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }
    let stdinPipe = makePipe(), stdoutPipe = makePipe(), stderrPipe = makePipe()

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if input != nil {
        posix_spawn_file_actions_adddup2(&actions, stdinPipe.read, 0)
    } else {
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    }
    if capture {
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe.write, 2)
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t(), defaults = sigset_t()
    sigemptyset(&empty)
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU] {
        sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    for fd in [stdinPipe.read, stdoutPipe.write, stderrPipe.write] { close(fd) }
    spawnLock.unlock()
    guard spawned == 0 else {
        for fd in [stdinPipe.write, stdoutPipe.read, stderrPipe.read] { close(fd) }
        throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL)
    }

    // Feed stdin from another thread, so a child that writes before it reads never deadlocks with us.
    let writer = Thread { [input] in
        if let input {
            let bytes = Array(input.utf8)
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeBytes { write(stdinPipe.write, $0.baseAddress! + offset, $0.count - offset) }
                if n <= 0 { break }
                offset += n
            }
        }
        close(stdinPipe.write)
    }
    writer.start()

    // Read stdout and stderr together until both end, or the deadline passes.
    var out: [UInt8] = [], err: [UInt8] = []
    var open = [stdoutPipe.read, stderrPipe.read]
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    var buffer = [UInt8](repeating: 0, count: 65536)
    while !open.isEmpty {
        let remaining = deadline.timeIntervalSinceNow
        if remaining <= 0 {
            timedOut = true
            break
        }
        var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining, 1) * 1000))
        if ready < 0 && errno != EINTR { break }
        for p in fds where p.revents != 0 {
            let n = buffer.withUnsafeMutableBytes { read(p.fd, $0.baseAddress, $0.count) }
            if n > 0 {
                if p.fd == stdoutPipe.read { out += buffer[..<n] } else { err += buffer[..<n] }
            } else if n == 0 || errno != EINTR {
                close(p.fd)
                open.removeAll { $0 == p.fd }
            }
        }
    }
    for fd in open { close(fd) }
    if timedOut {
        kill(pid, SIGKILL)
        Issue.record("\(executable) \(arguments) did not finish in \(timeout)s")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return ProcessResult(status: exitStatus, stdout: String(decoding: out, as: UTF8.self),
                         stderr: String(decoding: err, as: UTF8.self))
}

private let spawnLock = NSLock()

/// Runs the built `rql`.
func rql(_ arguments: String..., input: String? = nil, environment: [String: String] = [:],
         directory: String? = nil) throws -> ProcessResult {
    let path = try #require(rqlPath, "the rql binary was not found next to the test bundle")
    return try run(path, arguments, input: input, environment: environment, directory: directory)
}

/// Runs a shell command line (for pipes such as `rql … | head -1`).
func shell(_ command: String, environment: [String: String] = [:]) throws -> ProcessResult {
    try run("/bin/sh", ["-c", command], environment: environment)
}

/// A fresh empty directory under the temporary directory.
func temporaryDirectory(_ name: String) throws -> String {
    let path = NSTemporaryDirectory() + "rql-tests-\(getpid())-\(name)"
    try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The path of an executable on PATH, if any.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// A terminal session: `rql` running in its own tmux server (its socket in the temporary directory), typed at
/// and read back.
final class Tmux {
    let name: String
    let socket: String
    let tmux: String

    /// Starts `command` in a pane `width` columns wide (120 unless told) and 40 high.
    init(_ name: String, command: String, width: Int = 120) throws {
        self.name = name
        tmux = try #require(which("tmux"))
        socket = NSTemporaryDirectory() + "rql-tmux-\(getpid())-\(name)"
        // The first command starts the tmux server, which would hold captured output pipes open.
        _ = try run(tmux, ["-S", socket, "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", "40",
                           command], capture: false, timeout: 10)
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> ProcessResult {
        try run(tmux, ["-S", socket] + arguments, timeout: 10)
    }

    /// Presses keys (tmux key names: `Enter`, `Tab`, `C-c`, `C-d`).
    func keys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// The screen as text (`escapes`: with colour escape sequences).
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : [])).stdout
    }

    /// Where the cursor is: column and row, from 0.
    func cursor() throws -> (x: Int, y: Int) {
        let text = try tmux(["display-message", "-p", "-t", name, "#{cursor_x} #{cursor_y}"]).stdout
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : (-1, -1)
    }

    /// Whether the session (its program) is still running.
    var isAlive: Bool {
        (try? tmux(["has-session"]).status == 0) ?? false
    }

    /// Polls the screen until `predicate` holds; returns the last screen. Records an issue on timeout.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 8, escapes: Bool = false,
                 sourceLocation: SourceLocation = #_sourceLocation,
                 _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(escapes: escapes)
            if predicate(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); the screen:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// Waits until the text appears on the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> String {
        try waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the program has ended.
    func waitForExit(timeout: Double = 8) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isAlive { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func kill() {
        _ = try? tmux(["kill-server"])
        unlink(socket)
    }

    deinit { kill() }
}

/// Whether tmux tests can run.
let tmuxAvailable = which("tmux") != nil

@preconcurrency import CLibEdit
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Line editing with libedit's readline interface: prompts, history navigation, Tab completion, and
/// Ctrl-C that abandons the line instead of ending the process. The only file that sees libedit.
///
/// Facts this relies on (libedit 3.1):
/// - without `setlocale`, libedit drops multibyte (Chinese) input, so the locale is set first, and to
///   `C.UTF-8` when the environment gives no UTF-8 one;
/// - libedit's own signal handling re-raises SIGINT after restoring the terminal, killing the process, so it
///   is turned off (`rl_catch_signals = 0`) and a SIGINT handler installed without `SA_RESTART`: the pending
///   `read` fails with EINTR, ``readCharacter`` reports end of input, and ``read(prompt:)`` sees the flag;
/// - `rl_getc_function` replaces libedit's reader, so it decodes UTF-8 itself and hands back code points;
/// - a C callback cannot capture context, so the completion provider is a static;
/// - the completion callback sets `rl_attempted_completion_over`, or Tab falls back to file names;
///   its `start` and `end` count characters (code points), not bytes.
final class LineEditor {
    /// What reading a line gave.
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the input ended.
        case end
    }

    /// Completion for the line `line` with the cursor at UTF-8 offset `cursor`: where the replaced text
    /// starts (a UTF-8 offset) and the candidates. Nil lets libedit complete file names instead.
    typealias CompletionProvider = (_ line: String, _ cursor: Int) -> (replaceFrom: Int, candidates: [String])?

    nonisolated(unsafe) static var completionProvider: CompletionProvider?

    /// Set up libedit once, with `history` (oldest first) for the arrow keys.
    init(history: [String]) {
        Self.setUTF8Locale()
        Self.installInterruptHandler()
        rl_catch_signals = 0
        rl_readline_name = UnsafePointer(strdup("rql"))
        rl_getc_function = readCharacter
        // Words end at spaces, quotes, brackets and operators; `.` and `$` stay inside them (`.schema`, `$name`).
        let breaks = " \t\n\"'(),=<>!;+*，（）；"
        rl_basic_word_break_characters = UnsafePointer(strdup(breaks))
        rl_completer_word_break_characters = strdup(breaks)
        rl_initialize()
        rl_attempted_completion_function = complete
        using_history()
        stifle_history(Int32(History.limit))
        for entry in history { add_history(entry) }
    }

    /// Reads one line after `prompt`.
    func read(prompt: String) -> Input {
        interrupted.store(false, ordering: .relaxed)
        guard let raw = readline(prompt) else {
            if interrupted.load(ordering: .relaxed) {
                fputs("^C\n", stdout)
                fflush(stdout)
                return .interrupted
            }
            fputs("\n", stdout)
            fflush(stdout)
            return .end
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    /// Adds an entry for the up and down arrows (a multi-line statement is one entry).
    func addHistory(_ entry: String) {
        add_history(entry)
    }

    // MARK: Private API

    private static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            interrupted.store(true, ordering: .relaxed)
            statementInterrupt.request()  // a statement running now stops (see Interrupt.swift)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a pending read fails with EINTR
        sigaction(SIGINT, &action, nil)
        // A parent may have left SIGINT blocked (signal masks are inherited); Ctrl-C must reach the handler.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }
}

/// Set by SIGINT; a lock-free atomic, safe to store from a signal handler.
private let interrupted = Atomic<Bool>(false)

/// libedit's character reader: one UTF-8 character from the terminal as a code point, or -1 at end of input
/// and on Ctrl-C.
private func readCharacter(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    func byte() -> UInt8? {
        var b: UInt8 = 0
        while true {
            let n = read(0, &b, 1)
            if n == 1 { return b }
            if n < 0 && errno == EINTR && !interrupted.load(ordering: .relaxed) { continue }
            return nil
        }
    }
    guard let lead = byte() else { return -1 }
    let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 1
    var scalar = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> length)
    for _ in 1..<length {
        guard let next = byte() else { return -1 }
        scalar = scalar << 6 | UInt32(next & 0x3F)
    }
    return Int32(bitPattern: scalar)
}

/// libedit's completion callback: asks the provider, then rewrites the candidates to replace the word libedit
/// chose (from `start`), and returns them the readline way: the common prefix first, then every match.
private func complete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    guard let provider = LineEditor.completionProvider, let buffer = rl_line_buffer else { return nil }
    let line = String(cString: buffer)
    let scalars = Array(line.unicodeScalars)
    func utf8Offset(_ characters: Int32) -> Int {
        scalars.prefix(Int(max(0, characters))).reduce(0) { $0 + UTF8.width($1) }
    }
    let wordStart = utf8Offset(start), cursor = utf8Offset(end)
    guard let (from, candidates) = provider(line, cursor) else {
        rl_attempted_completion_over = 0  // file names
        return nil
    }
    let bytes = Array(line.utf8)
    var matches: [String]
    if from >= wordStart {
        let lead = String(decoding: bytes[wordStart..<min(from, bytes.count)], as: UTF8.self)
        matches = candidates.map { lead + $0 }
    } else {
        let extra = String(decoding: bytes[from..<min(wordStart, bytes.count)], as: UTF8.self)
        matches = candidates.compactMap { $0.hasPrefix(extra) ? String($0.dropFirst(extra.count)) : nil }
    }
    guard !matches.isEmpty else { return nil }
    var common = matches[0]
    for m in matches.dropFirst() {
        common = String(zip(common, m).prefix { $0 == $1 }.map(\.0))
    }
    let list = matches.count == 1 ? matches : [common] + matches
    // libedit frees the array and its strings with free(3): allocate them with malloc.
    let raw = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (list.count + 1))!
    let result = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: list.count + 1)
    for (i, m) in list.enumerated() { result[i] = strdup(m) }
    result[list.count] = nil
    return result
}

@preconcurrency import CLibEdit
import ReportModel
import ReportQL
import Synchronization
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Line editing with libedit's native wide-character interface (`el_wgets`, wide history), loaded at run
/// time (``LibEdit``); where libedit is absent, a plain line reader and a one-line notice. The only file that
/// drives libedit.
///
/// Facts this relies on (libedit 3.1):
/// - without `setlocale`, libedit drops multibyte (Chinese) input, so the locale is set first, and `LC_CTYPE`
///   to `C.UTF-8` when the environment gives no UTF-8 one;
/// - libedit's signal handling (`EL_SIGNAL`) re-raises SIGINT after restoring the terminal, killing the
///   process, so it stays off and a SIGINT handler is installed without `SA_RESTART`: the pending `read` fails
///   with EINTR, the character reader reports an error, `el_wgets` returns nil and ``read(prompt:)`` sees the
///   flag. SIGCONT (after Ctrl-Z and `fg`) is caught the same way: the reader puts the terminal back in the
///   editor's mode and redraws the prompt and the line;
/// - libedit's incremental search looks the typed character up in its key map by its low byte, so a CJK
///   character can end the search (`业` is U+4E1A, and 0x1A is Ctrl-Z): Ctrl-R is rql's own search
///   (``ReverseSearch``); Tab is rql's own completion, its list aligned by display width; forward delete
///   (Ctrl-D, Delete) is rql's own and redraws the whole line;
/// - C callbacks cannot capture context, so the editor they work on is a static (``current``).
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
    /// starts (a UTF-8 offset) and the candidates. Nil candidates ask for file names.
    typealias CompletionProvider = (_ line: String, _ cursor: Int) -> (replaceFrom: Int, candidates: [String]?)?

    nonisolated(unsafe) static var completionProvider: CompletionProvider?
    /// The editor libedit's callbacks work on.
    nonisolated(unsafe) static var current: LineEditor?

    let lib: LibEdit?
    private(set) var editLine: OpaquePointer?
    private var historyHandle: OpaquePointer?
    /// The history entries, oldest first (for Ctrl-R).
    private(set) var entries: [String]
    /// The prompt libedit shows now, as a C string.
    private var promptText: UnsafeMutablePointer<CChar>?
    var search: ReverseSearch?
    /// The prompt ``read(prompt:)`` was given.
    private(set) var prompt = ""

    /// Sets up libedit once, with `history` (oldest first) for the arrow keys and Ctrl-R; prints a one-line
    /// notice when libedit is not installed.
    init(history: [String]) {
        entries = history
        Self.setUTF8Locale()
        Self.installSignalHandlers()
        lib = LibEdit.load()
        Self.current = self
        guard let lib else {
            let notice = "rql: libedit (libedit.so.2) is not installed: no line editing, history keys or completion; "
                + "apt-get install libedit2 adds them\n"
            Writer.standardError.write(notice)
            Writer.standardError.flush()
            return
        }
        guard let el = lib.elInit("rql", stdin, stdout, stderr) else { return }
        editLine = el
        _ = rql_el_set_str(lib.elSet, el, Int32(RQL_EL_EDITOR), "emacs")
        _ = rql_el_set_int(lib.elSet, el, Int32(RQL_EL_SIGNAL), 0)
        _ = rql_el_set_prompt(lib.elSet, el) { _ in LineEditor.current?.promptText }
        _ = rql_el_set_getc(lib.elSet, el, readWideCharacter)
        if let h = lib.historyWinit() {
            historyHandle = h
            var event = HistEventW()
            _ = rql_history_int(lib.historyW, h, &event, Int32(RQL_H_SETSIZE), Int32(History.limit))
            for entry in history {
                let wide = wideString(entry)
                _ = rql_history_str(lib.historyW, h, &event, Int32(RQL_H_ENTER), wide)
            }
            _ = rql_el_set_hist(lib.elWset, el, lib.historyW, h)
        }
        _ = rql_el_addfn(lib.elSet, el, "rql-complete", "complete the word", completeCommand)
        _ = rql_el_addfn(lib.elSet, el, "rql-search", "search the history backwards", searchCommand)
        _ = rql_el_addfn(lib.elSet, el, "rql-delete-or-eof", "delete the next character; end on an empty line",
                         deleteOrEndCommand)
        _ = rql_el_addfn(lib.elSet, el, "rql-delete", "delete the next character", deleteCommand)
        _ = rql_el_bind(lib.elSet, el, "^I", "rql-complete")
        _ = rql_el_bind(lib.elSet, el, "^R", "rql-search")
        _ = rql_el_bind(lib.elSet, el, "^D", "rql-delete-or-eof")
        _ = rql_el_bind(lib.elSet, el, "\\e[3~", "rql-delete")
    }

    /// Reads one line after `prompt`.
    func read(prompt: String) -> Input {
        interrupted.store(false, ordering: .relaxed)
        editorMode.invalidate()
        guard let lib, let el = editLine else { return readPlain(prompt: prompt) }
        self.prompt = prompt
        setPrompt(prompt)
        search = nil
        var count: Int32 = 0
        let raw = lib.elWgets(el, &count)
        if let search {
            search.finish(self)
            self.search = nil
        }
        setPrompt(prompt)
        guard let raw, count > 0 else {
            if interrupted.load(ordering: .relaxed) {
                fputs("^C\n", stdout)
                fflush(stdout)
                return .interrupted
            }
            fputs("\n", stdout)
            fflush(stdout)
            return .end
        }
        var line = string(wide: raw, upTo: raw + Int(count))
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds an entry for the up and down arrows and Ctrl-R (a multi-line statement is one entry).
    func addHistory(_ entry: String) {
        entries.append(entry)
        if entries.count > History.limit { entries.removeFirst(entries.count - History.limit) }
        guard let lib, let h = historyHandle else { return }
        var event = HistEventW()
        _ = rql_history_str(lib.historyW, h, &event, Int32(RQL_H_ENTER), wideString(entry))
    }

    func setPrompt(_ text: String) {
        free(promptText)
        promptText = strdup(text)
    }

    // MARK: The line being edited

    /// The line and the cursor (in characters, code points).
    func currentLine() -> (text: String, cursor: Int) {
        guard let lib, let el = editLine, let info = lib.elWline(el) else { return ("", 0) }
        let text = string(wide: info.pointee.buffer, upTo: info.pointee.lastchar)
        return (text, info.pointee.cursor - info.pointee.buffer)
    }

    /// Replaces the whole line with `text`, the cursor at its end.
    func replaceLine(_ text: String) {
        guard let lib, let el = editLine else { return }
        let (old, cursor) = currentLine()
        let length = old.unicodeScalars.count
        _ = lib.elCursor(el, Int32(length - cursor))
        lib.elDeletestr(el, Int32(length))
        _ = lib.elWinsertstr(el, wideString(text))
    }

    /// Puts `scalar` back to be read as typed.
    func push(_ scalar: Int32) {
        guard let lib, let el = editLine else { return }
        lib.elWpush(el, [scalar, 0])
    }

    // MARK: Without libedit

    /// The line after `prompt`, read as the terminal gives it (its own line editing: backspace, Ctrl-U).
    private func readPlain(prompt: String) -> Input {
        fputs(prompt, stdout)
        fflush(stdout)
        var bytes: [UInt8] = []
        while true {
            var b: UInt8 = 0
            let n = Glibc.read(0, &b, 1)
            if n == 1 {
                if b == 0x0A { return .line(String(decoding: bytes, as: UTF8.self)) }
                bytes.append(b)
                continue
            }
            if n < 0 && errno == EINTR {
                if interrupted.load(ordering: .relaxed) {
                    fputs("^C\n", stdout)
                    fflush(stdout)
                    return .interrupted
                }
                continue
            }
            if !bytes.isEmpty { return .line(String(decoding: bytes, as: UTF8.self)) }
            fputs("\n", stdout)
            fflush(stdout)
            return .end
        }
    }

    // MARK: Set-up

    private static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static func installSignalHandlers() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            interrupted.store(true, ordering: .relaxed)
            statementInterrupt.request()  // a statement running now stops (see Interrupt.swift)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a pending read fails with EINTR
        sigaction(SIGINT, &action, nil)
        var resume = sigaction()
        resume.__sigaction_handler.sa_handler = { _ in continued.store(true, ordering: .relaxed) }
        sigemptyset(&resume.sa_mask)
        resume.sa_flags = 0
        sigaction(SIGCONT, &resume, nil)
        // A parent may have left SIGINT blocked (signal masks are inherited); Ctrl-C must reach the handler.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGCONT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}

/// Set by SIGINT; a lock-free atomic, safe to store from a signal handler.
private let interrupted = Atomic<Bool>(false)
/// Set by SIGCONT: the process was stopped (Ctrl-Z) and continued (`fg`).
private let continued = Atomic<Bool>(false)

/// The terminal mode libedit set for editing, kept so that it can be put back after Ctrl-Z and `fg`.
private final class EditorMode: @unchecked Sendable {
    var saved = termios()
    var valid = false
    func invalidate() { valid = false }
    func remember() {
        if !valid { valid = tcgetattr(0, &saved) == 0 }
    }
    func restore() {
        if valid { tcsetattr(0, TCSADRAIN, &saved) }
    }
}
private let editorMode = EditorMode()

/// One UTF-8 character from the terminal as a code point; nil at the end of the input and on Ctrl-C.
/// After Ctrl-Z and `fg`, puts the terminal back in the editor's mode and redraws the line.
func readCharacter() -> Int32? {
    func byte() -> UInt8? {
        editorMode.remember()
        var b: UInt8 = 0
        while true {
            let n = read(0, &b, 1)
            if n == 1 { return b }
            if n < 0 && errno == EINTR {
                if interrupted.load(ordering: .relaxed) { return nil }
                if continued.exchange(false, ordering: .relaxed) {
                    editorMode.restore()
                    if let editor = LineEditor.current, let lib = editor.lib, let el = editor.editLine {
                        fputs("\r", stdout)
                        fflush(stdout)
                        _ = rql_el_set_none(lib.elSet, el, Int32(RQL_EL_REFRESH))
                    }
                }
                continue
            }
            return nil
        }
    }
    guard let lead = byte() else { return nil }
    let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 1
    var scalar = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> length)
    for _ in 1..<length {
        guard let next = byte() else { return nil }
        scalar = scalar << 6 | UInt32(next & 0x3F)
    }
    return Int32(bitPattern: scalar)
}

/// libedit's character reader (`EL_GETCFN`): 1 and the character, 0 at the end of the input, -1 on Ctrl-C.
/// While Ctrl-R searches, every key goes to the search (through the Ctrl-R command).
private func readWideCharacter(_ el: OpaquePointer?, _ out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    guard let c = readCharacter() else { return interrupted.load(ordering: .relaxed) ? -1 : 0 }
    if let editor = LineEditor.current, let search = editor.search, search.active {
        search.pendingKey = c
        out?.pointee = 0x12  // Ctrl-R: the search command takes the key
        return 1
    }
    out?.pointee = c
    return 1
}

private func searchCommand(_ el: OpaquePointer?, _ ch: Int32) -> UInt8 {
    guard let editor = LineEditor.current else { return UInt8(RQL_CC_ERROR) }
    if editor.search == nil || editor.search?.active == false {
        let search = ReverseSearch(editor: editor)
        editor.search = search
        return search.start(editor)
    }
    return editor.search?.step(editor) ?? UInt8(RQL_CC_ERROR)
}

private func completeCommand(_ el: OpaquePointer?, _ ch: Int32) -> UInt8 {
    guard let editor = LineEditor.current else { return UInt8(RQL_CC_ERROR) }
    return TabCompletion.complete(editor)
}

private func deleteOrEndCommand(_ el: OpaquePointer?, _ ch: Int32) -> UInt8 {
    guard let editor = LineEditor.current else { return UInt8(RQL_CC_ERROR) }
    if editor.currentLine().text.isEmpty { return UInt8(RQL_CC_EOF) }
    return deleteNext(editor)
}

private func deleteCommand(_ el: OpaquePointer?, _ ch: Int32) -> UInt8 {
    guard let editor = LineEditor.current else { return UInt8(RQL_CC_ERROR) }
    return deleteNext(editor)
}

/// Deletes the character after the cursor and redraws the whole line (libedit's own redraw after a forward
/// delete of a double-width character leaves the cursor a column off).
private func deleteNext(_ editor: LineEditor) -> UInt8 {
    guard let lib = editor.lib, let el = editor.editLine else { return UInt8(RQL_CC_ERROR) }
    let (text, cursor) = editor.currentLine()
    guard cursor < text.unicodeScalars.count else { return UInt8(RQL_CC_ERROR) }
    _ = lib.elCursor(el, 1)
    lib.elDeletestr(el, 1)
    return UInt8(RQL_CC_REDISPLAY)
}

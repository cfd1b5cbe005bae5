@preconcurrency import CLibEdit

/// Ctrl-R: search the history backwards as you type, the way readline does, right for CJK input.
///
/// The prompt shows what is searched (`(search '工业') `) and the line the newest entry that contains it.
/// Typing extends the search, Backspace shortens it, Ctrl-R finds the next older match, Enter runs the line,
/// Ctrl-G gives back the line as it was, and any other key ends the search on the found line and then does
/// what it does. Each key reaches the Ctrl-R command (the character reader hands it over), which updates the
/// line and asks libedit to redraw.
final class ReverseSearch {
    /// Still searching.
    var active = true
    /// The key typed during the search, for ``step(_:)``.
    var pendingKey: Int32?
    private var query = ""
    /// The entry shown, an index into the editor's entries.
    private var found: Int?
    private let original: String
    private var failed = false

    init(editor: LineEditor) {
        original = editor.currentLine().text
    }

    func start(_ editor: LineEditor) -> UInt8 {
        show(editor)
        return UInt8(RQL_CC_REDISPLAY)
    }

    func step(_ editor: LineEditor) -> UInt8 {
        guard let key = pendingKey else { return UInt8(RQL_CC_NORM) }
        pendingKey = nil
        switch key {
        case 0x12:  // Ctrl-R: the next older match
            find(editor, before: found ?? editor.entries.count)
        case 0x7F, 0x08:  // Backspace
            if !query.isEmpty { query.removeLast() }
            find(editor, before: editor.entries.count)
        case 0x0D, 0x0A:  // Enter: run the found line (shown first with the normal prompt)
            finish(editor)
            editor.push(key)
            return UInt8(RQL_CC_REDISPLAY)
        case 0x07:  // Ctrl-G: back to the line as it was
            finish(editor)
            editor.replaceLine(original)
            return UInt8(RQL_CC_REDISPLAY)
        case 0x20...:
            if let scalar = Unicode.Scalar(UInt32(bitPattern: key)) {
                query.unicodeScalars.append(scalar)
            }
            find(editor, before: (found ?? editor.entries.count - 1) + 1)
        default:  // any other key ends the search, then acts
            finish(editor)
            editor.push(key)
            return UInt8(RQL_CC_REDISPLAY)
        }
        show(editor)
        return UInt8(RQL_CC_REDISPLAY)
    }

    /// The newest entry before index `limit` that contains the query.
    private func find(_ editor: LineEditor, before limit: Int) {
        guard !query.isEmpty else {
            failed = false
            return
        }
        var i = min(limit, editor.entries.count) - 1
        while i >= 0 {
            if editor.entries[i].contains(query) {
                found = i
                failed = false
                return
            }
            i -= 1
        }
        failed = true
    }

    private func show(_ editor: LineEditor) {
        editor.setPrompt(failed ? "(failed search '\(query)') " : "(search '\(query)') ")
        editor.replaceLine(found.map { editor.entries[$0] } ?? original)
    }

    /// Ends the search: the normal prompt comes back (the REPL sets it again).
    func finish(_ editor: LineEditor) {
        active = false
        editor.setPrompt(editor.prompt)
    }
}

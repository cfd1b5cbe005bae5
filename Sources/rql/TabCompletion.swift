@preconcurrency import CLibEdit
import ReportQL
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Tab: completes the word before the cursor from ``LineEditor/completionProvider`` (or file names).
/// One candidate is inserted whole (with a space after a finished word); several insert what they share,
/// and when that adds nothing they are listed below the line in columns aligned by display width.
enum TabCompletion {
    static func complete(_ editor: LineEditor) -> UInt8 {
        let (line, cursor) = editor.currentLine()
        let scalars = Array(line.unicodeScalars)
        let cursorOffset = scalars.prefix(cursor).reduce(0) { $0 + UTF8.width($1) }
        guard let provider = LineEditor.completionProvider,
              let (from, given) = provider(line, cursorOffset) else { return UInt8(RQL_CC_ERROR) }
        let bytes = Array(line.utf8)
        let from8 = min(max(0, from), cursorOffset)
        let typed = String(decoding: bytes[from8..<cursorOffset], as: UTF8.self)
        let candidates = given ?? fileNames(typed)
        guard !candidates.isEmpty else { return UInt8(RQL_CC_ERROR) }
        let common = candidates.dropFirst().reduce(candidates[0]) { a, b in
            String(zip(a, b).prefix { $0 == $1 }.map(\.0))
        }
        if candidates.count == 1 {
            let word = candidates[0]
            let finished = !(word.hasSuffix("(") || word.hasSuffix("/") || word.hasSuffix("."))
            replace(editor, typedCount: typed.unicodeScalars.count, with: word + (finished ? " " : ""))
            return UInt8(RQL_CC_REDISPLAY)
        }
        if common.count > typed.count || (common != typed && common.count >= typed.count) {
            replace(editor, typedCount: typed.unicodeScalars.count, with: common)
            return UInt8(RQL_CC_REDISPLAY)
        }
        let width = Terminal.width()
        fputs("\n" + columns(candidates, width: width), stdout)
        fflush(stdout)
        return UInt8(RQL_CC_REDISPLAY)
    }

    /// Replaces the `typedCount` characters before the cursor with `text`.
    private static func replace(_ editor: LineEditor, typedCount: Int, with text: String) {
        guard let lib = editor.lib, let el = editor.editLine else { return }
        lib.elDeletestr(el, Int32(typedCount))
        _ = lib.elWinsertstr(el, wideString(text))
    }

    /// The candidates in columns, down then across, each padded by display width; at most 100 of them.
    static func columns(_ candidates: [String], width: Int) -> String {
        let shown = Array(candidates.prefix(100))
        let cell = (shown.map(displayWidth).max() ?? 0) + 2
        let perLine = max(1, width / max(1, cell))
        let lines = (shown.count + perLine - 1) / perLine
        var out = ""
        for row in 0..<lines {
            var text = ""
            for col in 0..<perLine {
                let i = col * lines + row
                guard i < shown.count else { break }
                let last = col == perLine - 1 || (col + 1) * lines + row >= shown.count
                text += last ? shown[i] : shown[i].padded(to: cell)
            }
            out += text + "\n"
        }
        if candidates.count > shown.count { out += "… and \(candidates.count - shown.count) more\n" }
        return out
    }

    /// File and directory names that complete `typed` (a path), directories with `/`.
    static func fileNames(_ typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let directory = slash.map { String(typed[...$0]) } ?? ""
        let stem = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let listed = directory.isEmpty ? "." : Files.expandingTilde(directory)
        guard let names = try? FileSystem.list(listed) else { return [] }
        return names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.map {
            directory + $0 + (FileSystem.isDirectory(listed + "/" + $0) ? "/" : "")
        }
    }
}

// The public face of the syntax: what a front end (completion, a REPL deciding whether an entry is
// finished) asks about the language.

/// What a front end needs to know about ReportQL's syntax.
public enum Syntax {
    /// Every keyword and Chinese alias, for completion: `where`, `其中`, `筛选`, `by`, `按`, …
    public static let keywords: [String] = Keyword.allCases.flatMap { [$0.rawValue] + $0.aliases }

    /// Whether `text` is a finished entry.
    ///
    /// False while a bracket is open, a quoted text is unterminated, or the last token is one that needs
    /// something after it: a binary operator, a comma, or a keyword such as `where`, `by`, `and`, `in`, `let`
    /// (or their Chinese aliases). The REPL uses this to continue a statement on the next line.
    public static func isComplete(_ text: String) -> Bool {
        let tokens = Lexer.tokenize(text)
        guard let end = tokens.last, end.depth == 0 else { return false }
        if tokens.contains(where: { $0.kind == .error(.unterminatedText) }) { return false }
        guard let last = tokens.last(where: { $0.kind != .newline && $0.kind != .end }) else { return true }
        return last.kind.canEndStatement
    }

    /// Whether a line that starts with `text`, after a finished entry, begins a new statement (`projects`,
    /// `let`) rather than continuing the entry (`where …`, `and …`, as a script reads it); nil when `text` holds
    /// no token (a blank line, a comment). A reader of streamed input uses it to run a statement only once the
    /// line after it shows that it has ended.
    public static func beginsStatement(_ text: String) -> Bool? {
        let tokens = Lexer.tokenize(text)
        guard let first = tokens.first(where: { $0.kind != .newline && $0.kind != .end }) else { return nil }
        return first.kind.canBeginStatement
    }
}

import ReportModel

/// A range of source text, as UTF-8 byte offsets.
public struct SourceRange: Sendable, Hashable {
    /// UTF-8 offset of the first byte.
    public var start: Int
    /// UTF-8 offset just past the last byte; never before ``start``.
    public var end: Int

    /// The range `start..<end`; an `end` before `start` makes an empty range at `start`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }
}

/// A named piece of source text: a script file, `<command>`, `<stdin>`, or a REPL entry.
public struct SourceFile: Sendable {
    /// The name messages give the source before `:LINE:COL`: a path, `<query>`, `<stdin>`.
    public var name: String
    /// The source text.
    public var text: String
    /// Where the text starts in its file: line 1 of a REPL entry may be line 40 of the session.
    public var firstLine: Int
    let bytes: [UInt8]
    let lineStarts: [Int]

    /// Source `text` named `name`; messages number its first line `firstLine`.
    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        self.bytes = Array(text.utf8)
        self.lineStarts = Lines.starts(of: bytes)
    }

    /// 0-based line index holding byte `offset`.
    func lineIndex(of offset: Int) -> Int {
        Lines.line(of: offset, starts: lineStarts) - 1
    }

    /// The text of 0-based line `index`, without its line break.
    func lineText(_ index: Int) -> String {
        let s = lineStarts[index]
        var e = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        while e > s, bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D { e -= 1 }
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    /// 1-based line and column (columns count characters) of byte `offset`.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let (line, column) = Lines.location(of: offset, in: bytes, starts: lineStarts)
        return (line + firstLine - 1, column)
    }
}

/// A problem found in a statement, with the range it concerns and, where one exists, what was probably meant.
public struct Diagnostic: Error, Sendable, Hashable {
    /// How serious a diagnostic is. Only an error stops a statement.
    public enum Severity: String, Sendable, Hashable {
        /// Printed before the message as `error:`, `warning:` or `note:`.
        case error, warning, note
    }

    /// How serious it is: `.error` unless the reporter says otherwise.
    public var severity: Severity
    /// What is wrong, in one line: `unknown field 'secter' in projects`.
    public var message: String
    /// The source the diagnostic concerns; the rendered caret underlines it.
    public var range: SourceRange
    /// A suggestion such as `did you mean 'sector'?`, printed as `help:` under the caret.
    public var help: String?
    /// The kind of problem, stable across releases (``ErrorCode``): what a program matches on, not the message.
    public var code: ErrorCode

    /// A diagnostic saying `message` about `range`, with a `help` suggestion if there is one. Without a
    /// `code`, the code is worked out from the message (``ErrorCode/classify(_:default:)``).
    public init(_ message: String, at range: SourceRange, help: String? = nil, severity: Severity = .error,
                code: ErrorCode? = nil) {
        self.severity = severity
        // A message quotes the source (`unknown collection '…'`): a 10 MB word is kept to its ends.
        self.message = Self.shortened(message)
        self.range = range
        self.help = help.map { Self.shortened($0) }
        self.code = code ?? ErrorCode.classify(self.message, default: .check)
    }

    /// `FILE:LINE:COL: error: message`, the source line, a caret under the range placed by display width
    /// (a CJK character is two columns wide), and the help line. Plain text: `style` may decorate each part
    /// (``DiagnosticPart``), as `rql` does with terminal colours; the default leaves every part as it is.
    public func rendered(in file: SourceFile, style: (DiagnosticPart, String) -> String = { $1 }) -> String {
        let (line, column) = file.location(of: range.start)
        // Text from the source or the data is shown with its control characters escaped (terminalSafe), and
        // the caret is placed by the width of what is shown. A long line is shown as a window around the
        // range, and long text quoted in the message is shortened, so the cost stays linear in the source
        // and a 10 MB word is not printed three times over.
        var out = style(.location, "\(terminalSafe(file.name)):\(line):\(column):") + " "
        out += style(.severity, "\(severity.rawValue):") + " " + style(.message, terminalSafe(message)) + "\n"
        let li = file.lineIndex(of: min(range.start, file.bytes.count))
        let lineStart = file.lineStarts[li]
        var lineEnd = li + 1 < file.lineStarts.count ? file.lineStarts[li + 1] : file.bytes.count
        while lineEnd > lineStart, file.bytes[lineEnd - 1] == 0x0A || file.bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let start = min(max(range.start, lineStart), lineEnd)
        let spanEnd = max(start, min(range.end, lineEnd))
        // The window: the whole line when it is short, else up to `Self.context` bytes either side of the
        // range's start (and of the range itself, at most that much), cut at character boundaries.
        var from = lineStart, to = lineEnd
        if lineEnd - lineStart > 4 * Self.context {
            from = file.characterBoundary(max(lineStart, start - Self.context), within: lineStart..<lineEnd)
            to = file.characterBoundary(min(lineEnd, min(spanEnd, start + Self.context) + Self.context), within: lineStart..<lineEnd)
        }
        func shown(_ a: Int, _ b: Int) -> String {
            terminalSafe(String(decoding: file.bytes[a..<max(a, b)], as: UTF8.self).replacingTabs())
        }
        let before = from > lineStart ? "…" : "", after = to < lineEnd ? "…" : ""
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        out += " \(gutter) | \(before)\(shown(from, to))\(after)\n"
        let prefixWidth = displayWidth(before + shown(from, start))
        let spanWidth = displayWidth(shown(start, min(spanEnd, to)))
        out += " \(pad) | \(String(repeating: " ", count: prefixWidth))"
        out += style(.caret, String(repeating: "^", count: max(1, spanWidth))) + "\n"
        if let help {
            out += " \(pad) = " + style(.helpLabel, "help:") + " \(terminalSafe(help))\n"
        }
        return out
    }

    /// Bytes of a long line shown on either side of a diagnostic's range.
    static let context = 200

    /// `text` with its middle cut (`…`) when it is longer than a line of a terminal could ever show usefully.
    static func shortened(_ text: String, limit: Int = 2000) -> String {
        guard text.utf8.count > limit else { return text }
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > limit else { return text }
        let keep = limit / 2
        var out = String.UnicodeScalarView(scalars[..<keep])
        out.append("…")
        out.append(contentsOf: scalars[(scalars.count - keep)...])
        return String(out)
    }
}

extension SourceFile {
    /// `offset` moved back to the start of the UTF-8 sequence it is in, and kept within `bounds`.
    func characterBoundary(_ offset: Int, within bounds: Range<Int>) -> Int {
        var o = min(max(offset, bounds.lowerBound), bounds.upperBound)
        while o > bounds.lowerBound, o < bounds.upperBound, bytes[o] & 0xC0 == 0x80 { o -= 1 }
        return o
    }
}

/// The parts of a rendered diagnostic a front end may decorate (``Diagnostic/rendered(in:style:)``).
public enum DiagnosticPart: Sendable, Hashable {
    /// `FILE:LINE:COL:`.
    case location
    /// `error:`, `warning:` or `note:`.
    case severity
    /// The message.
    case message
    /// The `^^^` under the range.
    case caret
    /// `help:` before the suggestion.
    case helpLabel
}

/// The errors of one statement (all of them, not only the first).
public struct CompileErrors: Error, Sendable {
    /// Every problem the parser or checker found in the statement, not only the first.
    public var diagnostics: [Diagnostic]
    /// The source the diagnostics' ranges refer to.
    public var file: SourceFile

    /// The errors `diagnostics`, found in `file`.
    public init(_ diagnostics: [Diagnostic], in file: SourceFile) {
        self.diagnostics = diagnostics
        self.file = file
    }

    /// Every diagnostic, rendered one after another; `style` as in ``Diagnostic/rendered(in:style:)``.
    public func rendered(style: (DiagnosticPart, String) -> String = { $1 }) -> String {
        diagnostics.map { $0.rendered(in: file, style: style) }.joined()
    }
}

/// A failure while a checked statement runs (division by zero, overflow, mixed units in a varying column,
/// cancellation, an exceeded budget), with the range of the expression that failed.
public struct RuntimeError: Error, Sendable {
    /// What failed: the message and the range of the expression that failed.
    public var diagnostic: Diagnostic
    /// The source of the statement that failed.
    public var file: SourceFile

    /// The error as `rql` prints it: `FILE:LINE:COL: error: message`, the line and a caret.
    /// `style` as in ``Diagnostic/rendered(in:style:)``.
    public func rendered(style: (DiagnosticPart, String) -> String = { $1 }) -> String {
        diagnostic.rendered(in: file, style: style)
    }
}

extension String {
    func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}

/// Columns a string takes on a terminal: CJK and full-width characters take two, combining marks none.
public func displayWidth(_ s: String) -> Int {
    var w = 0
    for c in s {
        w += characterWidth(c)
    }
    return w
}

/// Columns one character takes on a terminal.
public func characterWidth(_ c: Character) -> Int {
    guard let s = c.unicodeScalars.first else { return 0 }
    let v = s.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x1100 { return 1 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
        || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
        || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
        || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v) {
        return 2
    }
    if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
    return 1
}

/// Errors describe themselves: `"\(error)"`, `print(error)` and, through the `ReportQLFoundation` module the
/// `ReportQL` product links, `error.localizedDescription` all give the text `rql` prints
/// (`<query>:1:16: error: unknown field 'secter' in projects`, the line, a caret and the help).
extension CompileErrors: CustomStringConvertible {
    /// Every diagnostic rendered as plain text: ``rendered(style:)``.
    public var description: String { rendered() }

    /// The code of the first error (``ErrorCode``).
    public var code: ErrorCode { diagnostics.first?.code ?? .check }

    /// The range of the first error in ``file``.
    public var range: SourceRange { diagnostics.first?.range ?? SourceRange(0, 0) }
}

extension RuntimeError: CustomStringConvertible {
    /// The error rendered as plain text: ``rendered(style:)``.
    public var description: String { rendered() }

    /// What failed, as a stable code (``ErrorCode``): cancelled, past the deadline, division by zero …
    public var code: ErrorCode { diagnostic.code }

    /// The range of the expression that failed, in ``file``.
    public var range: SourceRange { diagnostic.range }

    /// The one-line message: `division by zero`.
    public var message: String { diagnostic.message }
}

extension Diagnostic: CustomStringConvertible {
    /// `error: message` and the help, without a source to place them in (``rendered(in:style:)`` places them).
    public var description: String {
        "\(severity.rawValue): \(message)" + (help.map { " (help: \($0))" } ?? "")
    }
}

extension SourceRange: CustomStringConvertible {
    /// `15..<21`: the UTF-8 offsets.
    public var description: String { "\(start)..<\(end)" }
}

extension SourceFile: CustomStringConvertible {
    /// The file's name (`<query>`), not its bytes.
    public var description: String { name }
}

import ReportQL

// Terminal colours for diagnostics: the library renders plain text (Diagnostic.rendered(in:style:)) and `rql`
// colours its parts when standard error is a terminal.

extension Terminal {
    /// A diagnostic's part in ANSI colour: the location and message bold, `error:` and the caret red,
    /// `help:` cyan.
    static func diagnosticColor(_ part: DiagnosticPart, _ text: String) -> String {
        let code = switch part {
        case .location, .message: "1"
        case .severity, .caret: "1;31"
        case .helpLabel: "1;36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

/// Text from data made safe to print on a terminal.
///
/// A report, a CSV file or a query can hold characters a terminal obeys rather than shows: C0 controls
/// (`ESC [ 2 J` clears the screen, `ESC ] 0 ; … BEL` retitles the window, NUL), DEL, C1 controls, and the
/// bidirectional formatting characters that reorder what follows (U+200E/F, U+202A–E, U+2066–9), and the
/// line and paragraph separators U+2028/9. Each is shown as its escape, `\u{1b}`, so the reader sees that
/// it is there and nothing is obeyed. Everything else is left alone.
///
/// The one place that decides it: `rql`'s table, chart, Markdown and REPL output and ``Diagnostic``'s
/// rendering all call it, and measure the width of what it returns (`\u{1b}` is six columns). CSV and JSON
/// output keep the data exact (JSON escapes these characters as `\u001b`).
public func terminalSafe(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isTerminalControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
        if isTerminalControl(scalar) {
            out += "\\u{" + String(scalar.value, radix: 16) + "}"
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Whether `scalar` is one a terminal would act on instead of showing (see ``terminalSafe(_:)``).
public func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
}

import ReportQL

/// Prose (help, messages) fitted to a width: a line too long is broken at its last space that fits, and its
/// continuation lines are indented two columns more than the line itself. A word longer than the width
/// stays whole.
func wrapText(_ text: String, width: Int) -> String {
    var out = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var rest = String(line)
        let indent = String(repeating: " ", count: rest.prefix { $0 == " " }.count + 2)
        var first = true
        while displayWidth(rest) > width {
            var used = 0
            var lastSpace: String.Index?
            var index = rest.startIndex
            let leading = rest.prefix { $0 == " " }.endIndex
            while index < rest.endIndex {
                let w = characterWidth(rest[index])
                if used + w > width { break }
                if rest[index] == " " && index > leading { lastSpace = index }
                used += w
                index = rest.index(after: index)
            }
            guard let space = lastSpace else { break }
            out += rest[..<space] + "\n"
            rest = indent + rest[rest.index(after: space)...].drop { $0 == " " }
            first = false
        }
        _ = first
        out += rest + "\n"
    }
    out.removeLast()
    return out
}

/// A diagnostic fitted to a width: its message and help lines wrapped like prose; the quoted source line and
/// its caret line (` 12 | …`, `    | ^^^`) kept whole, so the caret stays under what it points at.
func wrapDiagnostic(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        let gutter = line.drop { $0 == " " || $0.isASCII && $0.isNumber }
        return gutter.hasPrefix("|") ? String(line) : wrapText(String(line), width: width)
    }.joined(separator: "\n")
}

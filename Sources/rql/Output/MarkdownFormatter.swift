import ReportQL

/// A GitHub-flavoured Markdown table: its columns and their alignment follow the query's column types, never
/// the rows; numbers right-aligned with their units, `|` escaped, line breaks as `<br>`, control and bidi-format
/// characters escaped (``terminalSafe(_:)``: Markdown is read by people, like the table). A scalar is its value
/// alone; provenance quotes are a list with the quoted words in bold.
enum MarkdownFormatter {
    static func format(_ result: QueryResult) -> String {
        switch result {
        case .scalar(let value, let skipped):
            return escape(value.description) + "\n" + (skipped > 0 ? "\n(skipped \(skipped) missing)\n" : "")
        case .table(let table):
            return format(table)
        case .bound:
            return ""
        case .sources(let quotes):
            return quotes.map { q in
                let chars = Array(q.sentence)
                let lo = min(max(0, q.highlight.lowerBound), chars.count)
                let hi = min(max(lo, q.highlight.upperBound), chars.count)
                let sentence = escape(String(chars[..<lo])) + "**" + escape(String(chars[lo..<hi])) + "**"
                    + escape(String(chars[hi...]))
                let title = q.sectionTitle.isEmpty ? "" : " " + escape(q.sectionTitle)
                return "- \(escape(q.section))\(title), line \(q.line): \(sentence)\n"
            }.joined()
        case .checks(let checks):
            let mismatches = checks.filter { !$0.matches }.count
            return format(ResultTable(checks: checks)) + "\n\(mismatches) of \(checks.count) differ\n"
        }
    }

    static func format(_ table: ResultTable) -> String {
        guard !table.columns.isEmpty else { return "" }
        let numeric = table.columns.map { if case .number = $0.type { true } else { false } }
        var out = "| " + table.columns.map { escape($0.name) }.joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in table.rows {
            out += "| " + row.map { escape($0.description) }.joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Cell text that cannot break the table: `|` and `\` escaped, line breaks as `<br>`, then control
    /// characters escaped.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(c)
            }
        }
        return terminalSafe(out)
    }
}

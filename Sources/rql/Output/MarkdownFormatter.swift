import ReportQL

/// A GitHub-flavoured Markdown table: its columns and their alignment follow the query's column types, never
/// the rows; numbers right-aligned with their units, `|` escaped, line breaks as `<br>`, control and bidi-format
/// characters escaped (``terminalSafe(_:)``: Markdown is read by people, like the table). A scalar is its value
/// alone; provenance quotes are a list with the quoted words in bold.
enum MarkdownFormatter {
    static func format(_ result: QueryResult) -> String {
        RenderOutput.collect { format(result, into: $0) }
    }

    /// The result written a row (or a quote) at a time; stops within a row once `out` is stopped.
    static func format(_ result: QueryResult, into out: RenderOutput) {
        switch result {
        case .scalar(let value, let skipped):
            out.write(escape(value.description) + "\n" + (skipped > 0 ? "\n(skipped \(skipped) missing)\n" : ""))
        case .table(let table):
            format(table, into: out)
        case .bound:
            break
        case .sources(let quotes):
            for q in quotes {
                if out.stopped { return }
                let chars = Array(q.sentence)
                let lo = min(max(0, q.highlight.lowerBound), chars.count)
                let hi = min(max(lo, q.highlight.upperBound), chars.count)
                let sentence = escape(String(chars[..<lo])) + "**" + escape(String(chars[lo..<hi])) + "**"
                    + escape(String(chars[hi...]))
                let title = q.sectionTitle.isEmpty ? "" : " " + escape(q.sectionTitle)
                out.write("- \(escape(q.section))\(title), line \(q.line): \(sentence)\n")
            }
        case .checks(let checks):
            let mismatches = checks.filter { !$0.matches }.count
            format(ResultTable(checks: checks), into: out)
            if !out.stopped { out.write("\n\(mismatches) of \(checks.count) differ\n") }
        }
    }

    static func format(_ table: ResultTable) -> String {
        RenderOutput.collect { format(table, into: $0) }
    }

    static func format(_ table: ResultTable, into out: RenderOutput) {
        guard !table.columns.isEmpty else { return }
        let numeric = table.columns.map { if case .number = $0.type { true } else { false } }
        out.write("| " + table.columns.map { escape($0.name) }.joined(separator: " | ") + " |\n")
        out.write("|" + numeric.map { $0 ? " ---: " : " --- " }.joined(separator: "|") + "|\n")
        for row in table.rows {
            if out.stopped { return }
            out.write("| " + row.map { escape($0.description) }.joined(separator: " | ") + " |\n")
        }
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

import ReportModel
import ReportQL

/// The terminal format: a box-drawn table aligned by display width, numbers right-aligned with their units,
/// text left-aligned, missing values empty, and a footer with the row count.
///
/// ```
/// ┌────────┬────────────┐
/// │ status │       plan │
/// ├────────┼────────────┤
/// │ 在建   │ 300.96亿元 │
/// │ 预备   │  22.10亿元 │
/// └────────┴────────────┘
/// 2 rows
/// ```
enum TableFormatter {
    /// How a result reads on a terminal.
    struct Options: Sendable {
        /// Rows printed before the rest are summarised in the footer; nil for all.
        var maxRows: Int?
        /// ANSI bold headers and highlighted quotes.
        var color = false
        /// Highlight quotes with terminal attributes rather than `【…】`.
        var terminal = false
        /// When set, a quote's sentence is cut to about this many columns around the quote.
        var width: Int?
        /// When set, a table is at most this many columns wide (see ``ColumnFit``).
        var maxWidth: Int?
        /// Wrap a cell too long for its column onto more lines instead of cutting it with `…`.
        var wrap = false

        init(maxRows: Int? = nil, color: Bool = false, terminal: Bool = false, width: Int? = nil,
             maxWidth: Int? = nil, wrap: Bool = false) {
            self.maxRows = maxRows
            self.color = color
            self.terminal = terminal
            self.width = width
            self.maxWidth = maxWidth
            self.wrap = wrap
        }
    }

    /// Any result: a scalar as its value alone (and `(skipped N missing)` when an aggregate passed over
    /// missing values), a table, provenance quotes, or reconciliation checks. A `let` prints nothing.
    static func format(_ result: QueryResult, options: Options = Options()) -> String {
        RenderOutput.collect { format(result, options: options, into: $0) }
    }

    /// ``format(_:options:)`` written to `out` as it is made; stops within a row once `out` is stopped.
    static func format(_ result: QueryResult, options: Options = Options(), into out: RenderOutput) {
        switch result {
        case .scalar(let value, let skipped):
            out.write(value.cellText + "\n")
            if skipped > 0 { out.write("(skipped \(skipped) missing)\n") }
        case .table(let table):
            format(table, options: options, into: out)
        case .bound:
            break
        case .sources(let quotes):
            formatSources(quotes, options: options, into: out)
        case .checks(let checks):
            formatChecks(checks, options: options, into: out)
        }
    }

    /// A table in a box, every line the same display width, then the footer.
    static func format(_ table: ResultTable, options: Options = Options()) -> String {
        RenderOutput.collect { format(table, options: options, into: $0) }
    }

    /// ``format(_:options:)`` written to `out` a row at a time. The cells are measured first (the box needs
    /// every width), then written; both passes stop within a row once `out` is stopped.
    static func format(_ table: ResultTable, options: Options = Options(), into out: RenderOutput) {
        let total = table.rows.count
        let shown = options.maxRows.map { max(0, min($0, total)) } ?? total
        let numeric = table.columns.indices.map { table.isNumeric($0) }
        let headers = table.columns.map { $0.name.truncatedLine }
        var cells: [[String]] = []
        cells.reserveCapacity(shown)
        var widths = headers.map(displayWidth)
        var cellWidths = numeric.map { _ in 0 }
        for row in table.rows.prefix(shown) {
            if out.stopped { return }
            let texts = row.map(\.cellText)
            for (i, cell) in texts.enumerated() { cellWidths[i] = max(cellWidths[i], displayWidth(cell)) }
            cells.append(texts)
        }
        for i in widths.indices { widths[i] = max(widths[i], cellWidths[i]) }
        if let limit = options.maxWidth {
            widths = ColumnFit.fit(widths, cellWidths: cellWidths, numeric: numeric, limit: limit)
        }
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        let bold = options.color ? "\u{1B}[1m" : "", reset = options.color ? "\u{1B}[0m" : ""
        if table.columns.isEmpty {
            out.write("(no columns)\n" + rowCount(total) + "\n")
            return
        }
        /// One table row: each cell fitted to its column (cut, or wrapped onto more lines), then the lines.
        func line(_ row: [String], header: Bool) -> String {
            let parts = row.enumerated().map { i, cell in ColumnFit.lines(cell, width: widths[i], wrap: options.wrap) }
            let height = parts.map(\.count).max() ?? 1
            var text = ""
            for k in 0..<height {
                text += "│" + parts.enumerated().map { i, lines in
                    let piece = k < lines.count ? lines[k] : ""
                    let padded = piece.padded(to: widths[i], alignRight: numeric[i])
                    return " " + (header ? bold + padded + reset : padded) + " "
                }.joined(separator: "│") + "│\n"
            }
            return text
        }
        out.write(rule("┌", "┬", "┐") + line(headers, header: true) + rule("├", "┼", "┤"))
        for row in cells {
            if out.stopped { return }
            out.write(line(row, header: false))
        }
        out.write(rule("└", "┴", "┘"))
        if shown < total {
            out.write("\(rowCount(total)), first \(shown) shown (\(total - shown) more; .maxrows 0 shows all)\n")
        } else {
            out.write(rowCount(total) + "\n")
        }
    }

    /// Each quote: its section id and title and line, then the sentence with the quoted words highlighted
    /// (inverse on a terminal, `【…】` otherwise). With a width, the sentence around the quote is cut to fit.
    static func formatSources(_ quotes: [SourceQuote], options: Options = Options()) -> String {
        RenderOutput.collect { formatSources(quotes, options: options, into: $0) }
    }

    static func formatSources(_ quotes: [SourceQuote], options: Options = Options(), into out: RenderOutput) {
        if quotes.isEmpty {
            out.write("no sources\n")
            return
        }
        let bold = options.color ? "\u{1B}[1m" : "", reset = options.color ? "\u{1B}[0m" : ""
        for q in quotes {
            if out.stopped { return }
            let title = q.sectionTitle.isEmpty || q.sectionTitle == q.section ? "" : " " + q.sectionTitle
            out.write("\(bold)\((q.section + title).truncatedLine)\(reset) · line \(q.line)\n")
            out.write("  " + highlighted(q.sentence, q.highlight, terminal: options.terminal,
                                         width: options.width.map { $0 - 2 }) + "\n")
        }
        out.write(quotes.count == 1 ? "1 source\n" : "\(quotes.count) sources\n")
    }

    /// `sentence` with the characters in `range` marked, on one line. With `width`, the text before and after
    /// the quote is cut (`…`) so the line fits in about that many columns; the quote itself is never cut.
    static func highlighted(_ sentence: String, _ range: Range<Int>, terminal: Bool, width: Int? = nil) -> String {
        // The range counts the sentence's characters: cut first, then make each part one safe line.
        let chars = Array(sentence)
        let lo = min(max(0, range.lowerBound), chars.count), hi = min(max(lo, range.upperBound), chars.count)
        let (open, close) = terminal ? ("\u{1B}[1;7m", "\u{1B}[0m") : ("【", "】")
        guard lo < hi else { return sentence.truncatedLine }
        var before = String(chars[..<lo]).truncatedLine, after = String(chars[hi...]).truncatedLine
        let quote = String(chars[lo..<hi]).truncatedLine
        if let width {
            let room = max(0, width - displayWidth(quote) - (terminal ? 0 : 4))
            let afterRoom = max(room / 2, room - displayWidth(before))
            after = after.truncated(toWidth: max(1, afterRoom))
            before = String(String(before.reversed()).truncated(toWidth: max(1, room - displayWidth(after))).reversed())
        }
        return before + open + quote + close + after
    }

    /// The checks as a table, mismatches first, then a summary line.
    static func formatChecks(_ checks: [Reconciliation], options: Options = Options()) -> String {
        RenderOutput.collect { formatChecks(checks, options: options, into: $0) }
    }

    static func formatChecks(_ checks: [Reconciliation], options: Options = Options(), into out: RenderOutput) {
        let table = ResultTable(checks: checks)
        var plain = options
        plain.maxRows = nil
        let mismatches = checks.filter { !$0.matches }.count
        let summary = mismatches == 0
            ? "all \(checks.count) totals agree with their parts\n"
            : "\(mismatches) of \(checks.count) totals differ from the sum of their parts\n"
        format(table, options: plain, into: out)
        if !out.stopped { out.write(summary) }
    }
}

extension String {
    /// The text with line breaks shown as `↵`, so it stays on one line, and any other control or
    /// bidi-format character escaped (``terminalSafe(_:)``).
    var truncatedLine: String {
        guard contains(where: \.isNewline) else { return terminalSafe(self) }
        return terminalSafe(String(map { $0.isNewline ? "↵" : $0 }))
    }
}

extension ResultTable {
    /// Reconciliations as a table: what / stated / computed / difference / ✓ or ✗, mismatches first.
    init(checks: [Reconciliation]) {
        let ordered = checks.filter { !$0.matches } + checks.filter(\.matches)
        self.init(
            columns: [
                ResultColumn(name: "what", type: .text),
                ResultColumn(name: "stated", type: .number(nil)),
                ResultColumn(name: "computed", type: .number(nil)),
                ResultColumn(name: "difference", type: .number(nil)),
                ResultColumn(name: "ok", type: .text),
            ],
            rows: ordered.map { c in
                [.text(c.what), .number(c.stated), .number(c.computed), .number(c.difference),
                 .text(c.matches ? "✓" : "✗")]
            })
    }

    /// Provenance quotes as a table, for the machine-readable formats.
    init(sources: [SourceQuote]) {
        self.init(
            columns: [
                ResultColumn(name: "collection", type: .text),
                ResultColumn(name: "row", type: .number(.ratio)),
                ResultColumn(name: "section", type: .text),
                ResultColumn(name: "title", type: .text),
                ResultColumn(name: "line", type: .number(.ratio)),
                ResultColumn(name: "sentence", type: .text),
                ResultColumn(name: "quote", type: .text),
            ],
            rows: sources.map { q in
                let chars = Array(q.sentence)
                let lo = Swift.min(Swift.max(0, q.highlight.lowerBound), chars.count)
                let hi = Swift.min(Swift.max(lo, q.highlight.upperBound), chars.count)
                return [.text(q.collection), .number(Quantity(ExactDecimal(q.row))), .text(q.section),
                        .text(q.sectionTitle), .number(Quantity(ExactDecimal(q.line))), .text(q.sentence),
                        .text(String(chars[lo..<hi]))]
            })
    }
}

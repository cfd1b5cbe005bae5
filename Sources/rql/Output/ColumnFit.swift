import ReportQL

/// Fitting a table into a width: which columns give up room, and how a cell is cut or wrapped.
///
/// The table's border takes 3 columns per column plus 1. When the natural widths exceed the limit, the widest
/// text column shrinks one column at a time (so the widest text columns shrink first and end up equal), down to
/// 4 columns each; then a number column's header gives up what its values do not need. A number is never cut:
/// when numbers alone exceed the limit, the table is wider than asked.
enum ColumnFit {
    /// The narrowest a text column becomes.
    static let minimumText = 4

    static func fit(_ widths: [Int], cellWidths: [Int], numeric: [Bool], limit: Int) -> [Int] {
        var widths = widths
        var excess = widths.reduce(0, +) + 3 * widths.count + 1 - limit
        guard excess > 0 else { return widths }
        func floor(_ i: Int) -> Int {
            numeric[i] ? max(1, cellWidths[i]) : min(widths[i], minimumText)
        }
        // Text columns first, then number columns' headers.
        for pass in [false, true] {
            while excess > 0 {
                var widest: Int?
                for i in widths.indices where numeric[i] == pass && widths[i] > floor(i) {
                    if widest.map({ widths[i] > widths[$0] }) ?? true { widest = i }
                }
                guard let i = widest else { break }
                // Shrink the widest to the next-widest (or by what is left to give), at least one column.
                let next = widths.indices.filter { $0 != i && numeric[$0] == pass }.map { widths[$0] }
                    .filter { $0 <= widths[i] }.max() ?? floor(i)
                let step = max(1, min(excess, widths[i] - max(next, floor(i))))
                widths[i] -= step
                excess -= step
            }
        }
        return widths
    }

    /// `text` in a column `width` wide: one line cut with `…`, or (with `wrap`) as many lines as it takes,
    /// broken at a space when there is one in the line, else between characters.
    static func lines(_ text: String, width: Int, wrap: Bool) -> [String] {
        guard displayWidth(text) > width else { return [text] }
        guard wrap, width >= 2 else { return [text.truncated(toWidth: width)] }
        var lines: [String] = []
        var current = ""
        var used = 0
        var lastSpace: String.Index?
        for c in text {
            let w = characterWidth(c)
            if used + w > width {
                if let space = lastSpace, space > current.startIndex {
                    let rest = String(current[current.index(after: space)...])
                    lines.append(String(current[..<space]))
                    current = rest
                    used = displayWidth(rest)
                } else {
                    lines.append(current)
                    current = ""
                    used = 0
                }
                lastSpace = nil
            }
            if c == " " { lastSpace = current.endIndex }
            current.append(c)
            used += w
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

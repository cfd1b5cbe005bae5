import ReportModel
import ReportQL

// Helpers every formatter shares: how a value reads in a cell, which columns are numeric, padding by
// display width (a CJK character takes two terminal columns).

extension Value {
    /// The value as one line of cell text: line breaks and tabs shown as visible marks so a cell never
    /// breaks the table's rows, and any other control or bidi-format character escaped (``terminalSafe(_:)``).
    var cellText: String {
        let s = description
        guard s.contains(where: { $0.isNewline || $0 == "\t" }) else { return terminalSafe(s) }
        return terminalSafe(String(s.map { $0.isNewline ? "↵" : $0 == "\t" ? " " : $0 }))
    }
}

extension ResultTable {
    /// Whether column `index` holds numbers: typed as a number, or every present value is one.
    func isNumeric(_ index: Int) -> Bool {
        if case .number = columns[index].type { return true }
        var sawNumber = false
        for row in rows {
            switch row[index] {
            case .number: sawNumber = true
            case .missing: continue
            default: return false
            }
        }
        return sawNumber
    }

    /// The distinct units of the present values of column `index`, in order of first appearance.
    func units(_ index: Int) -> [Unit] {
        var seen: [Unit] = []
        for row in rows {
            if let q = row[index].quantity, !seen.contains(q.unit) { seen.append(q.unit) }
        }
        return seen
    }
}

extension String {
    /// The string padded with spaces to `width` terminal columns, on the right (`alignRight` false) or the left.
    func padded(to width: Int, alignRight: Bool = false) -> String {
        let pad = width - displayWidth(self)
        guard pad > 0 else { return self }
        let spaces = String(repeating: " ", count: pad)
        return alignRight ? spaces + self : self + spaces
    }

    /// The string cut to at most `width` terminal columns, ending in `…` when cut.
    func truncated(toWidth width: Int) -> String {
        guard displayWidth(self) > width else { return self }
        var out = ""
        var used = 0
        for c in self {
            let w = characterWidth(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}

/// `1 row`, `12 rows`.
func rowCount(_ n: Int) -> String {
    n == 1 ? "1 row" : "\(n) rows"
}

import ReportQL

/// Horizontal bar charts of grouped results: one text column of labels and one or more number columns.
///
/// Bars are Unicode blocks in eighths of a column (`█` and `▏▎▍▌▋▊▉`), scaled so the longest bar fills the
/// width left after the labels and values. Each value is printed beside its bar. When a column has negative
/// values, the chart gets an axis `│`: negative bars grow to its left (in half columns, `▐`), positive ones
/// to its right, on one scale.
///
/// ```
/// plan
/// 在建 │██████████████████████████████████████████████ 300.96亿元
/// 预备 │███▍ 22.10亿元
/// ```
enum Chart {
    /// Whether `table` is a grouped result a chart can show: exactly one text column, the rest numbers.
    static func canDraw(_ table: ResultTable) -> Bool {
        guard table.columns.count >= 2, !table.rows.isEmpty else { return false }
        var text = 0
        for i in table.columns.indices {
            if table.isNumeric(i) { continue }
            if case .bool = table.columns[i].type { return false }
            if table.rows.contains(where: { $0[i].bool != nil }) { return false }
            text += 1
        }
        return text == 1
    }

    /// Draws `table` the way `presentation` asks (bars, lines or sparklines); false when it draws nothing and
    /// the table should be printed instead (a result that is not a table of groups, for the bars).
    static func draw(_ table: ResultTable, presentation: Presentation, width: Int,
                     tableOptions: TableFormatter.Options, into out: RenderOutput) -> Bool {
        switch presentation.style {
        case .line:
            SeriesChart.line(table, width: width, into: out)
        case .automatic where presentation.series:
            SeriesChart.line(table, width: width, into: out)
        case .spark:
            switch SeriesChart.withSparklines(table) {
            case .success(let (withTrend, legend)):
                TableFormatter.format(withTrend, options: tableOptions, into: out)
                if !out.stopped { out.write(legend + "\n") }
            case .failure(let refusal):
                TableFormatter.format(table, options: tableOptions, into: out)
                out.write("(no sparklines: \(refusal.reason))\n")
            }
        case .automatic, .bar:
            guard canDraw(table) else { return false }
            draw(table, width: width, into: out)
        }
        return true
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The chart of every number column of `table`, each under its column name, fitted to `width` columns.
    static func draw(_ table: ResultTable, width: Int) -> String {
        RenderOutput.collect { draw(table, width: width, into: $0) }
    }

    /// The chart written a line at a time; stops within a line once `out` is stopped.
    static func draw(_ table: ResultTable, width: Int, into out: RenderOutput) {
        guard let labelColumn = table.columns.indices.first(where: { !table.isNumeric($0) }) else { return }
        var labels: [String] = []
        labels.reserveCapacity(table.rows.count)
        for row in table.rows {
            if out.stopped { return }
            labels.append(row[labelColumn].cellText)
        }
        for column in table.columns.indices where column != labelColumn {
            if out.stopped { return }
            out.write(table.columns[column].name.truncatedLine + "\n")
            bars(labels: labels, values: table.rows.map { $0[column] }, width: width, into: out)
        }
    }

    /// One chart: a line per label.
    static func bars(labels: [String], values: [Value], width: Int) -> String {
        RenderOutput.collect { bars(labels: labels, values: values, width: width, into: $0) }
    }

    static func bars(labels: [String], values: [Value], width: Int, into out: RenderOutput) {
        // Scale in one unit: convert each quantity to the first unit of its dimension.
        guard let unit = values.lazy.compactMap(\.quantity).first?.unit else {
            for label in labels {
                if out.stopped { return }
                out.write(label + "\n")
            }
            return
        }
        var magnitudes: [Double?] = []
        for v in values {
            if out.stopped { return }
            guard let q = v.quantity else {
                magnitudes.append(nil)
                continue
            }
            guard let converted = try? q.converted(to: unit), let d = Double(converted.value.description) else {
                out.write("  (not drawn: the values are in units that do not convert to one another)\n")
                return
            }
            magnitudes.append(d)
        }
        var texts: [String] = []
        texts.reserveCapacity(values.count)
        for v in values {
            if out.stopped { return }
            texts.append(v.cellText)
        }
        let labelWidth = min(labels.map(displayWidth).max() ?? 0, max(8, width / 3))
        let valueWidth = texts.map(displayWidth).max() ?? 0
        let area = max(10, width - labelWidth - valueWidth - 3)
        let positive = magnitudes.compactMap { $0 }.filter { $0 > 0 }.max() ?? 0
        let negative = -(magnitudes.compactMap { $0 }.filter { $0 < 0 }.min() ?? 0)
        let span = positive + negative
        let scale = span > 0 ? Double(area) / span : 0
        let left = negative > 0 ? Int((negative * scale).rounded(.up)) : 0
        for (i, label) in labels.enumerated() {
            if out.stopped { return }
            var line = label.truncated(toWidth: labelWidth).padded(to: labelWidth) + " "
            let m = magnitudes[i] ?? 0
            if negative > 0 {
                // Half-column steps to the left of the axis.
                let halves = m < 0 ? max(1, Int((-m * scale * 2).rounded())) : 0
                let bar = (halves % 2 == 1 ? "▐" : "") + String(repeating: "█", count: halves / 2)
                line += bar.padded(to: left, alignRight: true)
            }
            line += "│"
            if m > 0 {
                let e = max(1, Int((m * scale * 8).rounded()))
                line += String(repeating: "█", count: e / 8) + eighths[e % 8]
            }
            if !texts[i].isEmpty { line += " " + texts[i] }
            out.write(line + "\n")
        }
    }
}

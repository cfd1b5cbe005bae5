import ReportModel
import ReportQL

/// Series in the terminal: a line per row over the number columns (`chart` after `pivot`, or `chart line`),
/// and sparklines (`chart spark`).
///
/// The line chart has a y axis of round ticks with their unit, the x axis labelled with the column names (the
/// years after a pivot), a marker per row (`●○◆◇■□▲△▼▽`) joined by `·` (up to ``maxJoined`` rows), and a legend. A missing value is a gap:
/// no marker, and the line does not cross it. Labels are aligned by display width and the whole chart fits
/// `width` columns.
///
/// ```
///  9% ┤                        ●
///  8% ┤                ·······
///  …
///     └───────┬───────────┬───────────┬
///           2022        2023        2024
/// ● 泉港区  ○ 惠安县
/// ```
enum SeriesChart {
    static let markers: [Character] = ["●", "○", "◆", "◇", "■", "□", "▲", "△", "▼", "▽"]
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Plot rows of a line chart.
    static let height = 10
    /// Columns between two points at most: a few points are not stretched across a wide terminal.
    static let maxStep = 12
    /// Rows whose points are joined by lines; a chart of more rows shows their points only.
    static let maxJoined = 4

    // MARK: Line chart

    static func line(_ table: ResultTable, width: Int) -> String {
        RenderOutput.collect { line(table, width: width, into: $0) }
    }

    /// The line chart of `table`, or a line saying why it is not drawn.
    static func line(_ table: ResultTable, width: Int, into out: RenderOutput) {
        switch ChartData.read(table) {
        case .failure(let refusal):
            out.write("(not drawn as lines: \(refusal.reason))\n")
        case .success(let data):
            line(data, width: width, into: out)
        }
    }

    static func line(_ data: ChartData, width: Int, into out: RenderOutput) {
        guard let range = data.range else {
            out.write("(not drawn as lines: every value is missing)\n")
            return
        }
        let drawn = Array(data.rows.prefix(markers.count))
        let ticks = Ticks(low: range.min, high: range.max, count: 5)
        let tickLabels = ticks.values.map { ticks.label($0, unit: data.unit) }
        let labelWidth = tickLabels.map(displayWidth).max() ?? 0
        let n = data.points.count
        let available = max(10, width - labelWidth - 2)
        let plotWidth = n == 1 ? min(available, 3) : min(available, (n - 1) * maxStep + 1)
        func x(_ i: Int) -> Int { n == 1 ? plotWidth / 2 : (i * (plotWidth - 1) + (n - 1) / 2) / (n - 1) }
        let span = ticks.high - ticks.low
        func row(_ v: Double) -> Int {
            let r = Int(((ticks.high - v) / span * Double(height - 1)).rounded())
            return min(height - 1, max(0, r))
        }
        var grid = Array(repeating: Array(repeating: Character(" "), count: plotWidth), count: height)
        // The joining dots first, then the markers over them. More rows than `maxJoined` would cover the plot in
        // dots that no one could tell apart: they get their points only.
        for series in drawn where drawn.count <= maxJoined {
            if out.stopped { return }
            for i in 0..<max(0, n - 1) {
                guard let a = series.values[i], let b = series.values[i + 1] else { continue }
                let x0 = x(i), x1 = x(i + 1)
                guard x1 > x0 else { continue }
                for column in x0..<x1 {
                    let here = a + (b - a) * Double(column - x0) / Double(x1 - x0)
                    let there = a + (b - a) * Double(column + 1 - x0) / Double(x1 - x0)
                    let r0 = row(here), r1 = row(there)
                    // Steep stretches fill the rows between, so the line has no holes.
                    let rows = column == x0 ? r1...r1 : min(r0, r1)...max(r0, r1)
                    for r in rows where grid[r][column] == " " { grid[r][column] = "·" }
                }
            }
        }
        var overlap = false
        var placed: [[Int?]] = Array(repeating: Array(repeating: nil, count: plotWidth), count: height)
        for (s, series) in drawn.enumerated() {
            for (i, v) in series.values.enumerated() {
                guard let v else { continue }
                let r = row(v), c = x(i)
                // A point on another's cell moves a column aside when it can; else the cell says `*`.
                if let free = [c, c + 1, c - 1].first(where: { $0 >= 0 && $0 < plotWidth && (placed[r][$0] ?? s) == s }) {
                    grid[r][free] = markers[s]
                    placed[r][free] = s
                } else {
                    grid[r][c] = "*"
                    overlap = true
                }
            }
        }
        // Each tick's label on the row nearest its value; the other rows get the bare axis.
        var rowLabels = Array(repeating: "", count: height)
        for (k, v) in ticks.values.enumerated() {
            let r = row(v)
            if rowLabels[r].isEmpty { rowLabels[r] = tickLabels[k] }
        }
        for r in 0..<height {
            if out.stopped { return }
            let axis = rowLabels[r].isEmpty ? "│" : "┤"
            let line = rowLabels[r].padded(to: labelWidth, alignRight: true) + " " + axis + String(grid[r])
            out.write(trimmedRight(line) + "\n")
        }
        var base = Array(repeating: Character("─"), count: plotWidth)
        for i in 0..<n { base[x(i)] = "┬" }
        out.write(String(repeating: " ", count: labelWidth + 1) + "└" + String(base) + "\n")
        out.write(axisLabels(data.points.map(\.cellLine), at: (0..<n).map { labelWidth + 2 + x($0) }, width: width) + "\n")
        var items = drawn.enumerated().map { "\(markers[$0.offset]) \($0.element.label.cellLine)" }
        if overlap { items.append("* several") }
        for line in wrapItems(items, width: width) {
            if out.stopped { return }
            out.write(line + "\n")
        }
        if drawn.count > maxJoined {
            note("(points only, as there are more than \(maxJoined) rows: 'chart spark' gives each row its own line)", width, out)
        }
        if data.rows.count > drawn.count {
            note("(the first \(drawn.count) of \(data.rows.count) rows drawn; keep fewer with where or top)", width, out)
        }
    }

    /// The x axis's labels centred on their columns; a label that would run into the one before is left out.
    static func axisLabels(_ labels: [String], at centres: [Int], width: Int) -> String {
        var line = ""
        var used = 0
        for (label, centre) in zip(labels, centres) {
            let w = displayWidth(label)
            let start = max(used == 0 ? 0 : used + 1, centre - w / 2)
            guard start + w <= max(width, centre + 1) else { continue }
            if start < centre - w / 2 && used > 0 { continue }
            line += String(repeating: " ", count: start - used) + label
            used = start + w
        }
        return line
    }

    /// Legend items, two spaces apart, wrapped to `width` by display width.
    static func wrapItems(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for item in items {
            let piece = item.truncated(toWidth: max(4, width))
            if current.isEmpty {
                current = piece
            } else if displayWidth(current) + 2 + displayWidth(piece) <= width {
                current += "  " + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A note under the chart, its words wrapped to `width`.
    static func note(_ text: String, _ width: Int, _ out: RenderOutput) {
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && displayWidth(line) + 1 + displayWidth(String(word)) > width {
                out.write(line + "\n")
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { out.write(line + "\n") }
    }

    static func trimmedRight(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }

    // MARK: Sparklines

    /// `table` with a `trend` column after its labels: a sparkline per row over its number columns, on one scale
    /// for every row (so rows compare), a blank where a value is missing. Nil (with the reason) when the table
    /// has no series to draw.
    static func withSparklines(_ table: ResultTable) -> Result<(ResultTable, legend: String), ChartRefusal> {
        let data: ChartData
        switch ChartData.read(table) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let d): data = d
        }
        guard let range = data.range else { return .failure(ChartRefusal("every value is missing")) }
        let sparks = data.rows.map { sparkline($0.values, low: range.min, high: range.max) }
        let labelCount = table.columns.indices.filter { !data.numberColumns.contains($0) }.count
        var columns = table.columns
        columns.insert(ResultColumn(name: "trend", type: .text), at: labelCount)
        let rows = zip(table.rows, sparks).map { row, spark in
            var row = row
            row.insert(.text(spark), at: labelCount)
            return row
        }
        let low = ChartValue.text(range.min, unit: data.unit), high = ChartValue.text(range.max, unit: data.unit)
        let legend = "trend: \(levels[0]) \(low) … \(levels[levels.count - 1]) \(high) on one scale; a blank is missing"
        return .success((ResultTable(columns: columns, rows: rows), legend))
    }

    /// `▁▃▆█`: a block per value between `low` and `high`, a space for a missing one.
    static func sparkline(_ values: [Double?], low: Double, high: Double) -> String {
        String(values.map { v -> Character in
            guard let v else { return " " }
            guard high > low else { return levels[3] }
            let level = Int(((v - low) / (high - low) * Double(levels.count - 1)).rounded())
            return levels[min(levels.count - 1, max(0, level))]
        })
    }
}

/// A drawn value as text, for a legend: the shortest decimal that reads back the same, with the unit.
enum ChartValue {
    static func text(_ value: Double, unit: Unit) -> String {
        for decimals in 0...6 {
            let s = formatFixed(value, decimals: decimals)
            if let back = Double(s), abs(back - value) <= abs(value) * 1e-12 { return s + unit.symbol }
        }
        return formatFixed(value, decimals: 6) + unit.symbol
    }
}

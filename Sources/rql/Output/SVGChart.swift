import ReportModel
import ReportQL

/// A chart as an SVG file (`.once chart.svg`, `.output x.svg`, `--format svg`): horizontal bars, or a line per
/// row when the statement asks for lines (`chart line`, `chart` after `pivot`).
///
/// Axes with round ticks and their unit, tick labels, the row labels and the title (the statement) in a font list
/// with CJK fallbacks, every text escaped for XML (control characters become their visible pictures, `␀`…),
/// missing values as gaps, the exact value beside each bar and in each point's tooltip. Deterministic: the same
/// result gives the same bytes.
enum SVGChart {
    static let font = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"
    static let colors = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                         "#9c755f", "#bab0ac"]
    static let width = 760.0
    static let fontSize = 13.0

    /// Why `result` cannot be an SVG chart, or nil when it can.
    static func refusal(_ result: QueryResult) -> String? {
        guard case .table(let table) = result else { return "an SVG is a chart, and this result is not a table" }
        switch ChartData.read(table) {
        case .failure(let refusal): return "an SVG is a chart, and this result cannot be drawn: \(refusal.reason)"
        case .success(let data): return data.range == nil ? "every value is missing" : nil
        }
    }

    /// Writes the SVG of `result`; a result that is not a chart (see ``refusal(_:)``) writes nothing.
    static func render(_ result: QueryResult, presentation: Presentation, title: String, into out: RenderOutput) {
        guard case .table(let table) = result, case .success(let data) = ChartData.read(table) else { return }
        // A line at a time, so Ctrl-C ends a long chart's output within a row like every other format's.
        let lines = svg(data, lines: wantsLines(presentation), title: title).split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines.dropLast() {
            if out.stopped { return }
            out.write(line + "\n")
        }
    }

    static func wantsLines(_ p: Presentation) -> Bool {
        switch p.style {
        case .line, .spark: true
        case .bar: false
        case .automatic: p.series
        }
    }

    static func svg(_ data: ChartData, lines: Bool, title: String) -> String {
        lines ? lineChart(data, title: title) : barChart(data, title: title)
    }

    // MARK: Bars

    static func barChart(_ data: ChartData, title: String) -> String {
        let rowHeight = 24.0, panelGap = 36.0
        let labelWidth = min(260, textWidth(data.rows.map(\.label).max { textWidth($0) < textWidth($1) } ?? "") + 12)
        let valueWidth = textWidth(data.rows.flatMap(\.texts).max { textWidth($0) < textWidth($1) } ?? "") + 12
        let left = 16 + labelWidth, right = width - 16 - valueWidth
        var body = ""
        var y = 56.0
        for (k, name) in data.points.enumerated() {
            let values = data.rows.map { $0.values[k] }
            let present = values.compactMap { $0 }
            let ticks = Ticks(low: min(0, present.min() ?? 0), high: max(0, present.max() ?? 1), count: 6)
            func x(_ v: Double) -> Double { left + (v - ticks.low) / (ticks.high - ticks.low) * (right - left) }
            let unit = data.unit.symbol.isEmpty ? "" : "（\(data.unit.symbol)）"
            body += text(name + unit, x: 16, y: y, size: fontSize + 1, weight: "bold")
            y += 12
            let top = y, bottom = y + Double(data.rows.count) * rowHeight
            for t in ticks.values {
                body += "<line x1=\"\(n(x(t)))\" y1=\"\(n(top))\" x2=\"\(n(x(t)))\" y2=\"\(n(bottom))\" stroke=\"#e0e0e0\"/>\n"
                body += text(ticks.label(t, unit: data.unit), x: x(t), y: bottom + 16, anchor: "middle", size: fontSize - 2, fill: "#555")
            }
            for (i, row) in data.rows.enumerated() {
                let cy = top + Double(i) * rowHeight
                body += text(row.label, x: left - 8, y: cy + rowHeight * 0.68, anchor: "end")
                guard let v = values[i] else {
                    body += text("（缺失 missing）", x: x(0) + 4, y: cy + rowHeight * 0.68, size: fontSize - 2, fill: "#999")
                    continue
                }
                let x0 = min(x(0), x(v)), x1 = max(x(0), x(v))
                body += "<rect x=\"\(n(x0))\" y=\"\(n(cy + 4))\" width=\"\(n(max(0.5, x1 - x0)))\" height=\"\(n(rowHeight - 8))\" fill=\"\(colors[0])\"><title>\(escape(row.label + " " + row.texts[k]))</title></rect>\n"
                body += text(row.texts[k], x: x1 + 4, y: cy + rowHeight * 0.68, size: fontSize - 1)
            }
            body += "<line x1=\"\(n(x(0)))\" y1=\"\(n(top))\" x2=\"\(n(x(0)))\" y2=\"\(n(bottom))\" stroke=\"#333\"/>\n"
            body += "<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"#333\"/>\n"
            y = bottom + 16 + panelGap
        }
        return document(body, title: title, height: y)
    }

    // MARK: Lines

    static func lineChart(_ data: ChartData, title: String) -> String {
        guard let range = data.range else { return document("", title: title, height: 60) }
        let ticks = Ticks(low: range.min, high: range.max, count: 6)
        let tickLabels = ticks.values.map { ticks.label($0, unit: data.unit) }
        let left = 24 + (tickLabels.map(textWidth).max() ?? 0), top = 64.0, plotHeight = 320.0
        let legendWidth = min(220, (data.rows.map { textWidth($0.label) }.max() ?? 0) + 40)
        let right = width - 16 - legendWidth, bottom = top + plotHeight
        let count = data.points.count
        func x(_ i: Int) -> Double { count == 1 ? (left + right) / 2 : left + 16 + Double(i) * (right - left - 32) / Double(count - 1) }
        func y(_ v: Double) -> Double { bottom - (v - ticks.low) / (ticks.high - ticks.low) * plotHeight }
        var body = ""
        for (t, label) in zip(ticks.values, tickLabels) {
            body += "<line x1=\"\(n(left))\" y1=\"\(n(y(t)))\" x2=\"\(n(right))\" y2=\"\(n(y(t)))\" stroke=\"#e0e0e0\"/>\n"
            body += text(label, x: left - 6, y: y(t) + 4, anchor: "end", size: fontSize - 2, fill: "#555")
        }
        body += "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(bottom))\" stroke=\"#333\"/>\n"
        body += "<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"#333\"/>\n"
        for (i, point) in data.points.enumerated() {
            body += "<line x1=\"\(n(x(i)))\" y1=\"\(n(bottom))\" x2=\"\(n(x(i)))\" y2=\"\(n(bottom + 5))\" stroke=\"#333\"/>\n"
            body += text(point, x: x(i), y: bottom + 20, anchor: "middle", size: fontSize - 1)
        }
        if !data.unit.symbol.isEmpty {
            body += text(data.unit.symbol, x: left, y: top - 10, anchor: "middle", size: fontSize - 1, fill: "#555")
        }
        for (s, row) in data.rows.enumerated() {
            let color = colors[s % colors.count]
            // One path; a missing value breaks it (a new `M`), so a gap is never bridged.
            var path = "", pen = false
            for (i, v) in row.values.enumerated() {
                guard let v else { pen = false; continue }
                path += (pen ? " L" : (path.isEmpty ? "M" : " M")) + "\(n(x(i))),\(n(y(v)))"
                pen = true
            }
            body += "<g class=\"series\" data-label=\"\(escape(row.label))\">\n"
            if path.contains("L") {
                body += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>\n"
            }
            for (i, v) in row.values.enumerated() {
                guard let v else { continue }
                body += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(v)))\" r=\"3.5\" fill=\"\(color)\"><title>\(escape(row.label + " " + data.points[i] + " " + row.texts[i]))</title></circle>\n"
            }
            body += "</g>\n"
            let ly = top + 8 + Double(s) * 20
            body += "<line x1=\"\(n(right + 16))\" y1=\"\(n(ly - 4))\" x2=\"\(n(right + 36))\" y2=\"\(n(ly - 4))\" stroke=\"\(color)\" stroke-width=\"2\"/>\n"
            body += text(row.label, x: right + 42, y: ly, size: fontSize - 1)
        }
        let height = max(bottom + 40, top + 8 + Double(data.rows.count) * 20 + 16)
        return document(body, title: title, height: height)
    }

    // MARK: Pieces

    static func document(_ body: String, title: String, height: Double) -> String {
        let heading = title.split(whereSeparator: \.isNewline).joined(separator: " ")
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))" font-family="\(escape(font))" font-size="\(n(fontSize))">
        <title>\(escape(heading))</title>
        <rect width="100%" height="100%" fill="white"/>

        """ + text(heading, x: 16, y: 28, size: fontSize + 3, weight: "bold") + body + "</svg>\n"
    }

    static func text(_ s: String, x: Double, y: Double, anchor: String = "start", size: Double = fontSize,
                     weight: String? = nil, fill: String = "#222") -> String {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if size != fontSize { attributes += " font-size=\"\(n(size))\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        return "<text \(attributes) fill=\"\(fill)\">\(escape(s))</text>\n"
    }

    /// Text as XML character data or an attribute value: `& < > "` as entities, and the characters XML 1.0
    /// cannot hold at all (C0 controls but tab and line breaks, DEL and C1 controls, U+FFFE/U+FFFF) as visible
    /// marks: `␀`…`␟`, `␡`, `�`.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x09, 0x0A, 0x0D: out += " "
            case 0..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: out += "\u{2421}"
            case 0x80...0x9F, 0xFFFE, 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A coordinate with at most one decimal (`12`, `12.5`).
    static func n(_ v: Double) -> String {
        let s = formatFixed(v, decimals: 1)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }

    /// About how wide `s` is drawn, in pixels: a CJK character a full em, others a little over half.
    static func textWidth(_ s: String) -> Double {
        Double(displayWidth(s)) * fontSize * 0.55
    }
}

import Foundation
import ReportModel
import ReportQL
import Testing
@testable import rql

/// Series in the terminal: `chart` after `pivot` (a line per row), `chart line`, `chart spark`.
@Suite("series charts")
struct SeriesChartTests {
    /// Growth per region over four years, one missing (宝城县 2023), CJK and ASCII labels.
    static let growth = ResultTable(
        columns: [ResultColumn(name: "region", type: .text), ResultColumn(name: "2022", type: .number(.ratio)),
                  ResultColumn(name: "2023", type: .number(.ratio)), ResultColumn(name: "2024", type: .number(.ratio)),
                  ResultColumn(name: "2025", type: .number(.ratio))],
        rows: [[.text("安城县"), q("3%"), q("5%"), q("7%"), q("9%")],
               [.text("宝城县"), q("9%"), .missing, q("5%"), q("3%")],
               [.text("Anxi"), q("6%"), q("6%"), q("6%"), q("6%")]])

    static func lines(_ table: ResultTable, width: Int) -> [String] {
        SeriesChart.line(table, width: width).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func linesFitTheWidthWithUnitsOnTheAxis() {
        for width in [30, 40, 80, 120] {
            let lines = Self.lines(Self.growth, width: width)
            for line in lines { #expect(displayWidth(line) <= width, "'\(line)' is wider than \(width)") }
            // Ticks carry the unit: 2%, 4%, … 10% on the axis.
            let ticks = lines.prefix(SeriesChart.height).compactMap { $0.split(separator: "┤").first.map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter { !$0.isEmpty && !$0.contains("│") }
            #expect(ticks == ["10%", "8%", "6%", "4%", "2%"], "\(lines.joined(separator: "\n"))")
            // The axis stands in one terminal column on every plot row.
            let axes = Set(lines.prefix(SeriesChart.height).map { displayWidth(String($0.prefix { $0 != "┤" && $0 != "│" })) })
            #expect(axes.count == 1)
            // The legend names every row with its marker, CJK and ASCII alike.
            let legend = lines.drop { !$0.hasPrefix("●") }.joined(separator: "  ")
            #expect(legend.contains("● 安城县") && legend.contains("○ 宝城县") && legend.contains("◆ Anxi"))
        }
    }

    @Test func pointsStandWhereTheirValuesAre() {
        let lines = Self.lines(Self.growth, width: 80)
        let plot = Array(lines.prefix(SeriesChart.height))
        let base = lines[SeriesChart.height]
        // The x axis has a tick per year, and each year's label is centred under its tick.
        let tickColumns = base.enumerated().filter { $0.element == "┬" }.map(\.offset)
        #expect(tickColumns.count == 4)
        let labels = lines[SeriesChart.height + 1]
        for (year, column) in zip(["2022", "2023", "2024", "2025"], tickColumns) {
            let start = try? #require(labels.range(of: year)).lowerBound
            if let start { #expect(labels.distance(from: labels.startIndex, to: start) == column - 2) }
        }
        func row(of marker: Character, at column: Int) -> Int? {
            plot.firstIndex { line in
                let chars = Array(line)
                return column < chars.count && chars[column] == marker
            }
        }
        // 安城县 climbs from 3% (near the bottom) to 9% (near the top); Anxi's 6% is level.
        let first = row(of: "●", at: tickColumns[0]), last = row(of: "●", at: tickColumns[3])
        #expect(first != nil && last != nil && first! > last!)
        let level = tickColumns.compactMap { row(of: "◆", at: $0) }
        #expect(level.count == 4 && Set(level).count == 1)
    }

    @Test func aMissingValueIsAGap() {
        let lines = Self.lines(Self.growth, width: 80)
        let plot = Array(lines.prefix(SeriesChart.height)).map(Array.init)
        let ticks = lines[SeriesChart.height].enumerated().filter { $0.element == "┬" }.map(\.offset)
        // 宝城县 (○) has no 2023: no marker in that column, and no line on either side of it.
        #expect(!plot.contains { $0.count > ticks[1] && $0[ticks[1]] == "○" })
        let only = ResultTable(columns: Self.growth.columns, rows: [Self.growth.rows[1]])
        let alone = Self.lines(only, width: 80).prefix(SeriesChart.height).map(Array.init)
        for column in (ticks[0] + 1)..<ticks[2] {
            #expect(!alone.contains { $0.count > column && $0[column] != " " }, "column \(column) is drawn across the gap")
        }
        #expect(alone.contains { $0.count > ticks[2] + 1 && $0[ticks[2] + 1] == "·" }, "2024 to 2025 is joined")
    }

    @Test func refusesWhatIsNotASeries() {
        let mixed = ResultTable(columns: [ResultColumn(name: "name", type: .text), ResultColumn(name: "a", type: .number(.money)),
                                          ResultColumn(name: "b", type: .number(.ratio))],
                                rows: [[.text("x"), q("1亿元"), q("5%")]])
        #expect(SeriesChart.line(mixed, width: 80).hasPrefix("(not drawn as lines: its values are in units that do not convert"))
        let none = ResultTable(columns: Self.growth.columns, rows: [[.text("x"), .missing, .missing, .missing, .missing]])
        #expect(SeriesChart.line(none, width: 80) == "(not drawn as lines: every value is missing)\n")
    }

    @Test func sparklinesShareOneScaleAndLeaveGaps() throws {
        let (table, legend) = try SeriesChart.withSparklines(Self.growth).get()
        #expect(table.columns.map(\.name) == ["region", "trend", "2022", "2023", "2024", "2025"])
        #expect(table.rows.map { $0[1].text } == ["▁▃▆█", "█ ▃▁", "▅▅▅▅"])
        #expect(legend == "trend: ▁ 3% … █ 9% on one scale; a blank is missing")
    }

    @Test func theStatementPicksTheStyle() throws {
        func draw(_ style: ChartStyle, series: Bool) -> String {
            let out = RenderOutput()
            _ = Chart.draw(Self.growth, presentation: Presentation(chart: true, series: series, style: style), width: 80,
                           tableOptions: TableFormatter.Options(), into: out)
            return out.text
        }
        #expect(draw(.automatic, series: true).contains("┬"))          // after pivot: lines
        #expect(draw(.automatic, series: false).hasPrefix("2022\n"))    // else bars, a chart per column
        #expect(draw(.bar, series: true).hasPrefix("2022\n"))
        #expect(draw(.line, series: false).contains("┬"))
        #expect(draw(.spark, series: true).contains("│ ▁▃▆█  │"))
    }

    /// The whole way through rql: a pivot over the analyst sample's reports drawn as lines and as sparklines.
    @Test func drawsAPivotFromTheCommandLine() throws {
        let reports = packageRoot + "Samples/Analyst/reports"
        let cache = try temporaryDirectory("series-cache")
        let r = try rql("--report", reports, "--width", "70", "-c",
                        "indicators where name = 地区生产总值 by region pivot year sum growth chart",
                        "-c", "指标 其中 名称 = 地区生产总值 按 地区 透视 年度 合计 增速 图表 迷你", environment: ["XDG_CACHE_HOME": cache])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("└─"))
        #expect(r.stdout.contains("2022") && r.stdout.contains("2025") && r.stdout.contains("● 安城县"))
        #expect(r.stdout.contains("│ 安城县 │ ▆▇▂▅  │ 7.9% │ 9.1% │ 4.4% │ 6.6% │"))
        for line in r.stdout.split(separator: "\n") { #expect(displayWidth(String(line)) <= 70) }
    }
}

/// The package root, ending in `/`.
let packageRoot: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path + "/"

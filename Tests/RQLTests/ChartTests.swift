import ReportQL
import Testing
@testable import rql

@Suite("bar charts")
struct ChartTests {
    let bySector = ResultTable(
        columns: [ResultColumn(name: "sector", type: .text), ResultColumn(name: "plan", type: .number(.money))],
        rows: [[.text("工业"), q("181.56亿元")], [.text("交通港航"), q("36.09亿元")], [.text("农林水"), q("13.63亿元")],
               [.text("社会事业"), .missing]])

    @Test func drawsOnlyGroupedResults() {
        #expect(Chart.canDraw(bySector))
        #expect(!Chart.canDraw(mixed))  // two text columns
        let numbersOnly = ResultTable(columns: [ResultColumn(name: "n", type: .number(nil))], rows: [[q("1")]])
        #expect(!Chart.canDraw(numbersOnly))
        #expect(!Chart.canDraw(ResultTable(columns: bySector.columns, rows: [])))
    }

    @Test func fitsTheWidthAndAlignsTheLabels() {
        for width in [40, 80, 120] {
            let lines = Chart.draw(bySector, width: width).split(separator: "\n").map(String.init)
            #expect(lines[0] == "plan")
            let bars = lines.dropFirst()
            #expect(bars.count == 4)
            for line in bars {
                #expect(displayWidth(line) <= width, "\(line) is wider than \(width)")
                // The axis stands in the same terminal column on every line: labels are padded by display width.
                let axis = displayWidth(String(line.prefix { $0 != "│" }))
                #expect(axis == 9)
            }
            // The longest bar fills the room left beside its label and value.
            let first = bars.first!
            #expect(displayWidth(first) == width)
            #expect(first.hasSuffix(" 181.56亿元"))
            #expect(bars.last == "社会事业 │")
        }
    }

    @Test func barsAreProportional() {
        let lines = Chart.draw(bySector, width: 80).split(separator: "\n").map(String.init)
        func eighths(_ line: String) -> Int {
            let partial = ["▏": 1, "▎": 2, "▍": 3, "▌": 4, "▋": 5, "▊": 6, "▉": 7]
            return line.reduce(0) { $0 + ($1 == "█" ? 8 : partial[String($1)] ?? 0) }
        }
        let longest = eighths(lines[1]), other = eighths(lines[2])
        // 36.09 / 181.56 of the longest, to an eighth of a column.
        let expected = Double(longest) * 36.09 / 181.56
        #expect(abs(Double(other) - expected) <= 1)
    }

    @Test func negativeValuesGrowLeftOfTheAxis() {
        let growth = ResultTable(
            columns: [ResultColumn(name: "name", type: .text), ResultColumn(name: "growth", type: .number(.ratio))],
            rows: [[.text("地区生产总值"), q("-9.6%")], [.text("农林牧渔业总产值"), q("3.6%")]])
        let lines = Chart.draw(growth, width: 60).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let axes = lines.dropFirst().map { displayWidth(String($0.prefix { $0 != "│" })) }
        #expect(axes[0] == axes[1], "the axis is shared:\n\(lines.joined(separator: "\n"))")
        let negative = lines[1].split(separator: "│", maxSplits: 1)
        #expect(negative[0].hasSuffix("█"))
        #expect(negative[1] == " -9.6%")
        #expect(lines[2].split(separator: "│", maxSplits: 1)[1].hasPrefix("█"))
        for line in lines { #expect(displayWidth(line) <= 60) }
    }

    @Test func rendererDrawsWhenTheStatementOrTheSettingAsks() {
        var options = Renderer.Options()
        let table = QueryResult.table(bySector)
        #expect(Renderer.render(table, options: options).hasPrefix("┌"))
        #expect(Renderer.render(table, presentation: Presentation(chart: true), options: options).hasPrefix("plan\n"))
        options.chart = true
        #expect(Renderer.render(table, options: options).hasPrefix("plan\n"))
        options.format = .csv
        #expect(Renderer.render(table, options: options).hasPrefix("sector,plan,plan_unit\n"))
    }
}

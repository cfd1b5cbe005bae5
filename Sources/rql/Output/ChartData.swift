import ReportModel
import ReportQL

/// A result table read as chart data: a label per row (its text columns) and a value per number column, all
/// in one unit, as `Double`s for drawing (the exact values stay in ``texts`` for what is printed).
///
/// The terminal's line chart and sparklines (`SeriesChart`) and the SVG (`SVGChart`) draw from this one reading,
/// so they agree on what is a gap (a missing value) and on the unit.
struct ChartData {
    /// One row of the table: its label (the text as it is, unescaped) and its points (nil: missing, drawn as a
    /// gap), with each point's exact text.
    struct Row {
        var label: String
        var values: [Double?]
        var texts: [String]
    }

    /// The number columns' names: the points of the x axis (the years after a pivot).
    var points: [String]
    var rows: [Row]
    /// The unit every value was converted to; ``Unit/plain`` for plain numbers.
    var unit: Unit
    /// Indexes of the number columns in the table.
    var numberColumns: [Int]

    /// Why a table cannot be drawn as series, or nil when it can: at least one text column (the labels,
    /// joined when several) before the numbers, at least one number column, numbers in units of one dimension.
    static func read(_ table: ResultTable) -> Result<ChartData, ChartRefusal> {
        guard !table.rows.isEmpty else { return .failure(.init("the result has no rows")) }
        var labelColumns: [Int] = [], numberColumns: [Int] = []
        for i in table.columns.indices {
            if table.isNumeric(i) { numberColumns.append(i); continue }
            if case .bool = table.columns[i].type { return .failure(.init("column '\(table.columns[i].name)' holds booleans")) }
            if table.rows.contains(where: { $0[i].bool != nil }) {
                return .failure(.init("column '\(table.columns[i].name)' holds booleans"))
            }
            labelColumns.append(i)
        }
        guard !numberColumns.isEmpty else { return .failure(.init("the result has no number column")) }
        guard !labelColumns.isEmpty else { return .failure(.init("the result has no text column to label its rows")) }
        let first = numberColumns.lazy.flatMap { c in table.rows.lazy.compactMap { $0[c].quantity } }.first
        let unit = first?.unit ?? .plain
        var rows: [Row] = []
        rows.reserveCapacity(table.rows.count)
        for row in table.rows {
            // As the data has it: the terminal makes it safe with `cellLine`, the SVG escapes it for XML.
            let label = labelColumns.map { row[$0].description }.joined(separator: " ")
            var values: [Double?] = [], texts: [String] = []
            for c in numberColumns {
                texts.append(row[c].description)
                guard let q = row[c].quantity else { values.append(nil); continue }
                guard let converted = try? q.converted(to: unit), let d = Double(converted.value.description) else {
                    return .failure(.init("its values are in units that do not convert to one another (\(unit.symbol.isEmpty ? "plain numbers" : unit.symbol) and \(q.unit.symbol.isEmpty ? "plain numbers" : q.unit.symbol))"))
                }
                values.append(d)
            }
            rows.append(Row(label: label, values: values, texts: texts))
        }
        return .success(ChartData(points: numberColumns.map { table.columns[$0].name }, rows: rows,
                                  unit: unit, numberColumns: numberColumns))
    }

    /// The smallest and largest present value, nil when every value is missing.
    var range: (min: Double, max: Double)? {
        let all = rows.flatMap { $0.values.compactMap { $0 } }
        guard let lo = all.min(), let hi = all.max() else { return nil }
        return (lo, hi)
    }
}

/// Why a result is not drawn: said in a line instead of the chart (never an empty picture).
struct ChartRefusal: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

extension String {
    /// A column name as one line of safe text (a name may hold any character a query wrote).
    var cellLine: String { Value.text(self).cellText }
}

/// Axis ticks: round numbers (1, 2 or 5 × 10ⁿ apart) covering `lo…hi`, about `count` of them, and the decimals
/// their labels need.
struct Ticks: Equatable {
    var values: [Double]
    var decimals: Int
    var low: Double { values.first ?? 0 }
    var high: Double { values.last ?? 1 }

    init(low: Double, high: Double, count: Int = 5) {
        var lo = low, hi = high
        if lo == hi {
            let pad = lo == 0 ? 1 : abs(lo) / 10
            lo -= pad
            hi += pad
        }
        let rough = (hi - lo) / Double(max(1, count - 1))
        var power = 1.0, exponent = 0
        while power * 10 <= rough { power *= 10; exponent += 1 }
        while power > rough { power /= 10; exponent -= 1 }
        let step = [1.0, 2.0, 5.0, 10.0].map { $0 * power }.first { $0 >= rough } ?? power * 10
        let stepExponent = step >= power * 10 ? exponent + 1 : exponent
        let start = (lo / step).rounded(.down), end = (hi / step).rounded(.up)
        var values: [Double] = []
        var k = start
        while k <= end && values.count < 50 {
            values.append(k * step)
            k += 1
        }
        self.values = values
        self.decimals = max(0, -stepExponent)
    }

    /// `7.5%`: a tick's number with the decimals of the step, and the unit.
    func label(_ value: Double, unit: Unit) -> String {
        formatFixed(value, decimals: decimals) + unit.symbol
    }
}

/// `value` with exactly `decimals` digits after the point (`-2.50`), without Foundation's formatter.
func formatFixed(_ value: Double, decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    guard scaled < 9e15 else { return value < 0 ? "-∞" : "∞" }
    let digits = String(Int64(scaled))
    let negative = value < 0 && scaled > 0
    guard decimals > 0 else { return (negative ? "-" : "") + digits }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    return (negative ? "-" : "") + padded.dropLast(decimals) + "." + padded.suffix(decimals)
}

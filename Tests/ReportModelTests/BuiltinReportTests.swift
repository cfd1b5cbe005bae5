import Testing
@testable import ReportImport
@testable import ReportModel

/// The built-in report against its own text: every quote is the report's, every figure is where the quote
/// says, and the numbers of the text that the model does not use are an explicit, short list.
@Suite struct BuiltinReportTests {
    let report = Report.builtin

    @Test func collectionsHoldWhatTheReportStates() {
        #expect(report.table("indicators")?.rowCount == 12)
        #expect(report.table("targets")?.rowCount == 10)
        #expect(report.table("projects")?.rowCount == 12)
        #expect(report.table("totals")?.rowCount == 3)
        #expect(report.table("keyprojects")?.rowCount == 3)
        #expect((report.table("named")?.rowCount ?? 0) >= 90)
        #expect((report.table("facts")?.rowCount ?? 0) >= 190)
        #expect(report.sections.count == 17)
        #expect(report.region == "泉港区")
        #expect(report.reportYear == "2023")
    }

    @Test func everyQuoteIsInTheText() throws {
        let text = Array(report.text.utf8)
        var checked = 0
        for table in report.tables {
            guard let spans = report.spans[table.name], case .text(let quotes)? = table.column("quote")?.data else { continue }
            #expect(spans.count == table.rowCount, "\(table.name)")
            for (row, span) in spans.enumerated() {
                let quote = try #require(quotes.string(at: row))
                let found = String(decoding: text[span.start..<(span.start + span.length)], as: UTF8.self)
                #expect(found == quote, "\(table.name)[\(row)]")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    @Test func indicatorFiguresAreExact() throws {
        let t = try #require(report.table("indicators"))
        guard case .text(let names)? = t.column("name")?.data, case .number(let values)? = t.column("value")?.data,
              case .number(let growth)? = t.column("growth")?.data else {
            Issue.record("indicator columns missing")
            return
        }
        let row = try #require((0..<t.rowCount).first { names.string(at: $0) == "地区生产总值" })
        #expect(values.quantity(at: row)?.description == "623.68亿元")
        #expect(growth.quantity(at: row)?.description == "-9.6%")
        let income = try #require((0..<t.rowCount).first { names.string(at: $0) == "居民人均可支配收入" })
        #expect(values.quantity(at: income)?.description == "36230元")
    }

    @Test func projectRowsAreTheSectionSevenTable() throws {
        let t = try #require(report.table("项目"))
        guard case .text(let status)? = t.column("status")?.data, case .text(let sector)? = t.column("sector")?.data,
              case .number(let invest)? = t.column("invest2024")?.data else {
            Issue.record("project columns missing")
            return
        }
        let row = try #require((0..<t.rowCount).first { status.string(at: $0) == "在建" && sector.string(at: $0) == "工业" })
        #expect(invest.quantity(at: row)?.description == "168.52亿元")
        #expect(Set((0..<t.rowCount).compactMap { sector.string(at: $0) })
                == ["工业", "交通港航", "城建环保", "商贸物流", "社会事业", "农林水"])
    }

    /// Every number token of the text that no record uses, in text order, with why it is not a figure.
    /// Adding a record that uses one of these removes it here; a new unused number must be explained here.
    @Test func numbersTheModelDoesNotUse() throws {
        let text = Array(report.text.utf8)
        // Number tokens: runs of ASCII digits with an optional fraction.
        var tokens: [(start: Int, end: Int, value: ExactDecimal)] = []
        var i = 0
        while i < text.count {
            guard (0x30...0x39).contains(text[i]) else { i += 1; continue }
            var j = i
            while j < text.count, (0x30...0x39).contains(text[j]) { j += 1 }
            if j + 1 < text.count, text[j] == 0x2E, (0x30...0x39).contains(text[j + 1]) {
                j += 1
                while j < text.count, (0x30...0x39).contains(text[j]) { j += 1 }
            }
            let s = String(decoding: text[i..<j], as: UTF8.self)
            if let v = ExactDecimal(parsing: s) { tokens.append((i, j, v)) }
            i = j
        }
        // Counts and ranks in Chinese numerals (两条道路, 位居全市第一), read by the importer's own rule.
        for f in FigureScanner.numeralFigures(in: report.text) {
            if let v = ExactDecimal(parsing: f.value) { tokens.append((f.utf8.lowerBound, f.utf8.upperBound, v)) }
        }
        tokens.sort { $0.start < $1.start }
        var used = Set<Int>()
        for table in report.tables {
            guard let spans = report.spans[table.name] else { continue }
            let numberColumns = table.columns.compactMap { c -> NumberColumn? in
                // Derived columns (line, and targets' actual and base from the linked indicator) are not in the quote.
                if case .number(let n) = c.data, !["line", "actual", "base"].contains(c.name) { return n }
                return nil
            }
            for (row, span) in spans.enumerated() {
                // A zero can come from words (与去年同期持平 is a growth of 0%), not digits.
                var wanted = numberColumns.compactMap { $0.quantity(at: row)?.value.magnitude.normalized }
                    .filter { !$0.isZero }
                for (k, t) in tokens.enumerated() where t.start >= span.start && t.end <= span.start + span.length {
                    if let w = wanted.firstIndex(of: t.value.normalized), !used.contains(k) {
                        used.insert(k)
                        wanted.remove(at: w)
                    }
                }
                #expect(wanted.isEmpty, "\(table.name)[\(row)]: figures not found in the quote: \(wanted)")
            }
        }
        let unused = tokens.indices.filter { !used.contains($0) }.map {
            String(decoding: text[tokens[$0].start..<tokens[$0].end], as: UTF8.self)
        }
        #expect(unused == Self.expectedUnused.map(\.number))
        #expect(Self.expectedUnused.count <= 80)
    }

    static let expectedUnused: [(number: String, reason: String)] = [
        ("04104", "index"),
        ("3000", "index"),
        ("2023", "index"),
        ("00033", "index"),
        ("2023", "date"),
        ("12", "date"),
        ("27", "date"),
        ("2023", "year"),
        ("2024", "year"),
        ("2023", "date"),
        ("12", "date"),
        ("27", "date"),
        ("09", "date"),
        ("09", "date"),
        ("20231219", "date"),
        ("2023", "year"),
        ("2024", "year"),
        ("2023", "year"),
        ("2023", "year"),
        ("3", "name"),
        ("1", "name"),
        ("1", "name"),
        ("1", "name"),
        ("1", "name"),
        ("1", "name"),
        ("1", "name"),
        ("1", "name"),
        ("1", "name"),
        ("2023", "year"),
        ("2023", "year"),
        ("2024", "year"),
        ("1", "date"),
        ("12", "date"),
        ("20", "threshold"),
        ("1", "name"),
        ("9", "date"),
        ("2024", "year"),
        ("50", "threshold"),
        ("505", "name"),
        ("2020", "year"),
        ("2022", "year"),
        ("2023", "year"),
        ("1", "name"),
        ("2023", "year"),
        ("2023", "year"),
        ("2023", "name"),
        ("2023", "year"),
        ("2024", "year"),
        ("2024", "year"),
        ("2024", "year"),
        ("2023", "year"),
        ("2024", "year"),
        ("2024", "year"),
        ("2024", "year"),
        ("2023", "year"),
        ("228", "name"),
        ("228", "name"),
        ("2023", "year"),
        ("2024", "year"),
        ("2023", "year"),
        ("2024", "year"),
        ("1", "name"),
        ("2024", "year"),
        ("228", "name"),
        ("5", "name"),
        ("1", "name"),
        ("505", "name"),
        ("5", "name"),
        ("2024", "year"),
        ("8", "date"),
        ("2024", "year"),
        ("2024", "year"),
        ("2024", "year"),
        ("1", "marker"),
        ("2024", "year"),
        ("2", "marker"),
        ("2024", "year"),
        ("2024", "year"),
    ]
}

import ReportModel
import ReportQL
import Testing
@testable import rql

/// A number with its unit, from how the report writes it.
func q(_ text: String) -> Value {
    .number(Quantity(parsing: text)!)
}

/// The plan of the 2024 key projects by status, as a query would give it.
let planByStatus = ResultTable(
    columns: [ResultColumn(name: "status", type: .text), ResultColumn(name: "plan", type: .number(.money))],
    rows: [[.text("在建"), q("300.96亿元")], [.text("预备"), q("22.10亿元")]])

/// Rows with CJK text of different lengths, a long Latin name, a missing value and mixed units.
let mixed = ResultTable(
    columns: [ResultColumn(name: "name", type: .text), ResultColumn(name: "增速", type: .number(nil)),
              ResultColumn(name: "note", type: .text)],
    rows: [
        [.text("地区生产总值"), q("-9.6%"), .text("下降")],
        [.text("GDP per capita"), q("3.6%"), .missing],
        [.text("农林牧渔业总产值"), .missing, .text("a|b")],
        [.text("x"), q("700次"), .text("全角ＡＢ")],
    ])

@Suite("table format")
struct TableFormatterTests {
    @Test func goldenTable() {
        let text = TableFormatter.format(planByStatus)
        #expect(text == """
            ┌────────┬────────────┐
            │ status │       plan │
            ├────────┼────────────┤
            │ 在建   │ 300.96亿元 │
            │ 预备   │   22.1亿元 │
            └────────┴────────────┘
            2 rows

            """)
    }

    @Test func everyLineHasTheSameDisplayWidth() {
        for table in [planByStatus, mixed] {
            let lines = TableFormatter.format(table).split(separator: "\n").dropLast()  // the footer
            let widths = Set(lines.map { displayWidth(String($0)) })
            #expect(widths.count == 1, "widths \(widths) in\n\(lines.joined(separator: "\n"))")
        }
    }

    @Test func numbersRightTextLeftMissingEmpty() {
        let lines = TableFormatter.format(mixed).split(separator: "\n").map(String.init)
        #expect(lines[3] == "│ 地区生产总值     │ -9.6% │ 下降     │")
        #expect(lines[4] == "│ GDP per capita   │  3.6% │          │")
        #expect(lines[5] == "│ 农林牧渔业总产值 │       │ a|b      │")
        #expect(lines[6] == "│ x                │ 700次 │ 全角ＡＢ │")
        #expect(lines.last == "4 rows")
    }

    @Test func oneRowFooter() {
        let one = ResultTable(columns: planByStatus.columns, rows: [planByStatus.rows[0]])
        #expect(TableFormatter.format(one).hasSuffix("└────────┴────────────┘\n1 row\n"))
    }

    @Test func emptyTableStillShowsItsHeader() {
        let empty = ResultTable(columns: planByStatus.columns, rows: [])
        let text = TableFormatter.format(empty)
        #expect(text.contains("│ status │ plan │"))
        #expect(text.hasSuffix("0 rows\n"))
    }

    @Test func maxRowsSaysHowManyMore() {
        let rows: [[Value]] = (1...95).map { [.text("第\($0)项"), .number(Quantity(ExactDecimal($0), .yiYuan))] }
        let table = ResultTable(columns: planByStatus.columns, rows: rows)
        let text = TableFormatter.format(table, options: .init(maxRows: 40))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 4 + 40 + 1)
        #expect(lines.contains("│ 第40项 │ 40亿元 │"))
        #expect(!lines.contains { $0.hasPrefix("│ 第41项") })
        #expect(lines.last == "95 rows, first 40 shown (55 more; .maxrows 0 shows all)")
        // No limit: every row.
        #expect(TableFormatter.format(table).split(separator: "\n").count == 4 + 95 + 1)
        // A limit the table is within: no note.
        #expect(TableFormatter.format(table, options: .init(maxRows: 95)).hasSuffix("\n95 rows\n"))
    }

    @Test func scalarIsItsValueAlone() {
        #expect(TableFormatter.format(.scalar(q("168.52亿元"), skipped: 0)) == "168.52亿元\n")
        #expect(TableFormatter.format(.scalar(q("-9.6%"), skipped: 0)) == "-9.6%\n")
        #expect(TableFormatter.format(.scalar(q("21.2亿元"), skipped: 2)) == "21.2亿元\n(skipped 2 missing)\n")
        #expect(TableFormatter.format(.scalar(.missing, skipped: 3)) == "\n(skipped 3 missing)\n")
        #expect(TableFormatter.format(.bound("x")) == "")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!TableFormatter.format(planByStatus).contains("\u{1B}"))
        let coloured = TableFormatter.format(planByStatus, options: .init(color: true))
        #expect(coloured.contains("\u{1B}[1mstatus\u{1B}[0m"))
    }

    @Test func checksMismatchesFirstThenSummary() {
        let checks = [
            Reconciliation(what: "在建项目 个数", stated: Quantity(parsing: "174个")!, computed: Quantity(parsing: "174个")!,
                           difference: Quantity(parsing: "0个")!),
            Reconciliation(what: "在建项目 总投资", stated: Quantity(parsing: "888.68亿元")!,
                           computed: Quantity(parsing: "888.69亿元")!, difference: Quantity(parsing: "0.01亿元")!),
        ]
        let text = TableFormatter.format(.checks(checks))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("what") && lines[1].contains("stated") && lines[1].contains("computed")
            && lines[1].contains("difference"))
        #expect(lines[3].hasPrefix("│ 在建项目 总投资 │") && lines[3].hasSuffix("│ ✗  │"))
        #expect(lines[4].hasPrefix("│ 在建项目 个数   │") && lines[4].hasSuffix("│ ✓  │"))
        #expect(lines.last == "1 of 2 totals differ from the sum of their parts")
        let agree = TableFormatter.format(.checks([checks[0]]))
        #expect(agree.hasSuffix("all 1 totals agree with their parts\n"))
    }

    static let quote = SourceQuote(
        collection: "projects", row: 0, section: "二(七)", sectionTitle: "扎实推进项目建设", line: 57,
        sentence: "其中:⑴工业项目72个,总投资459.13亿元,年度计划投资168.52亿元;⑵交通港航项目17个",
        highlight: 4..<38)

    @Test func sourcesBracketTheQuoteWhenNotATerminal() {
        let text = TableFormatter.format(.sources([Self.quote]))
        #expect(text == """
            二(七) 扎实推进项目建设 · line 57
              其中:⑴【工业项目72个,总投资459.13亿元,年度计划投资168.52亿元】;⑵交通港航项目17个
            1 source

            """)
    }

    @Test func sourcesHighlightOnATerminalAndFitTheWidth() {
        let text = TableFormatter.format(.sources([Self.quote]), options: .init(terminal: true, width: 50))
        let line = String(text.split(separator: "\n")[1])
        #expect(line.contains("\u{1B}[1;7m工业项目72个,总投资459.13亿元,年度计划投资168.52亿元\u{1B}[0m"))
        #expect(!line.contains("【"))
        #expect(line.contains("…"))
    }
}

@Suite("csv format")
struct CSVFormatterTests {
    @Test func aUnitColumnAfterEveryNumberColumn() {
        #expect(CSVFormatter.format(planByStatus) == "status,plan,plan_unit\n在建,300.96,亿元\n预备,22.1,亿元\n")
    }

    /// The header depends on the query's columns only: one unit, several units, no rows, all missing.
    @Test func theHeaderNeverDependsOnTheRows() {
        let column = [ResultColumn(name: "status", type: .text), ResultColumn(name: "plan", type: .number(.money))]
        let header = "status,plan,plan_unit\n"
        for rows: [[Value]] in [[[.text("a"), q("1亿元")]], [[.text("a"), q("1亿元")], [.text("b"), q("2万元")]],
                                [], [[.text("a"), .missing]]] {
            #expect(CSVFormatter.format(ResultTable(columns: column, rows: rows)).hasPrefix(header))
            #expect(MarkdownFormatter.format(ResultTable(columns: column, rows: rows))
                .hasPrefix("| status | plan |\n| --- | ---: |\n"))
        }
    }

    @Test func mixedUnitsGetAUnitColumn() {
        #expect(CSVFormatter.format(mixed) == """
            name,增速,增速_unit,note
            地区生产总值,-9.6,%,下降
            GDP per capita,3.6,%,
            农林牧渔业总产值,,,a|b
            x,700,次,全角ＡＢ

            """)
    }

    @Test func quotesFieldsThatNeedIt() {
        let table = ResultTable(
            columns: [ResultColumn(name: "a,b", type: .text)],
            rows: [[.text("plain")], [.text("comma, here")], [.text("say \"hi\"")], [.text("two\nlines")],
                   [.text("cr\rhere")], [.missing]])
        #expect(CSVFormatter.format(table)
            == "\"a,b\"\nplain\n\"comma, here\"\n\"say \"\"hi\"\"\"\n\"two\nlines\"\n\"cr\rhere\"\n\n")
    }

    @Test func plainNumbersAndScalars() {
        let table = ResultTable(columns: [ResultColumn(name: "n", type: .number(.ratio))],
                                rows: [[q("0.5")], [q("12")]])
        #expect(CSVFormatter.format(table) == "n,n_unit\n0.5,\n12,\n")
        #expect(CSVFormatter.format(.scalar(q("168.52亿元"), skipped: 0)) == "value,value_unit\n168.52,亿元\n")
        #expect(CSVFormatter.format(.scalar(.text("工业"), skipped: 0)) == "value,value_unit\n工业,\n")
    }
}

@Suite("json format")
struct JSONFormatterTests {
    @Test func tableDocument() {
        #expect(JSONFormatter.format(planByStatus) == """
            {"kind":"table","columns":[{"name":"status","type":"text"},{"name":"plan","type":"number","dimension":"money"}],\
            "rows":[["在建",{"value":"300.96","unit":"亿元"}],["预备",{"value":"22.1","unit":"亿元"}]]}

            """)
    }

    @Test func numbersAreWrittenFromTheirDecimalDigits() throws {
        // 0.1 + 0.2 in binary floating point is 0.30000000000000004; an exact decimal prints as it is.
        let a = try #require(ExactDecimal(parsing: "0.1")), b = try #require(ExactDecimal(parsing: "0.2"))
        let sum = try a.adding(b)
        #expect(JSONFormatter.format(.scalar(.number(Quantity(sum)), skipped: 0)) == """
            {"kind":"scalar","columns":[{"name":"value","type":"number","dimension":"ratio","unit":""}],\
            "rows":[[{"value":"0.3","unit":""}]],"skipped":0}

            """)
        let long = "12345678901234567890.123456789012345678"
        let text = JSONFormatter.format(.scalar(.number(Quantity(try #require(ExactDecimal(parsing: long)), .yiYuan)), skipped: 0))
        #expect(text.contains("{\"value\":\"\(long)\",\"unit\":\"亿元\"}"))
        #expect(JSONFormatter.format(.scalar(q("-0.05%"), skipped: 0)).contains("{\"value\":\"-0.05\",\"unit\":\"%\"}"))
    }

    @Test func scalarsAndOtherValues() {
        #expect(JSONFormatter.format(.scalar(q("21.2亿元"), skipped: 2)).hasSuffix("\"rows\":[[{\"value\":\"21.2\",\"unit\":\"亿元\"}]],\"skipped\":2}\n"))
        #expect(JSONFormatter.format(.scalar(.text("工业"), skipped: 0))
            == "{\"kind\":\"scalar\",\"columns\":[{\"name\":\"value\",\"type\":\"text\"}],\"rows\":[[\"工业\"]],\"skipped\":0}\n")
        #expect(JSONFormatter.format(.scalar(.missing, skipped: 0)).contains("\"rows\":[[null]]"))
        #expect(JSONFormatter.format(.scalar(.bool(true), skipped: 0)).contains("\"rows\":[[true]]"))
        #expect(JSONFormatter.format(.bound("x")) == "")
    }

    @Test func stringsAreEscaped() {
        #expect(JSONFormatter.format(.scalar(.text("a\"b\\c\nd\te\u{1}"), skipped: 0)).contains("[[\"a\\\"b\\\\c\\nd\\te\\u0001\"]]"))
    }

    @Test func missingIsNull() {
        let text = JSONFormatter.format(mixed)
        #expect(text.contains("[\"农林牧渔业总产值\",null,\"a|b\"]"))
        #expect(text.hasSuffix("}\n"))
    }
}

@Suite("markdown format")
struct MarkdownFormatterTests {
    @Test func githubTable() {
        #expect(MarkdownFormatter.format(planByStatus) == """
            | status | plan |
            | --- | ---: |
            | 在建 | 300.96亿元 |
            | 预备 | 22.1亿元 |

            """)
    }

    @Test func pipesAndLineBreaksAreEscaped() {
        let text = MarkdownFormatter.format(mixed)
        #expect(text.contains("| 农林牧渔业总产值 |  | a\\|b |"))
        #expect(MarkdownFormatter.escape("a|b\nc\\d") == "a\\|b<br>c\\\\d")
    }

    @Test func scalar() {
        #expect(MarkdownFormatter.format(.scalar(q("168.52亿元"), skipped: 0)) == "168.52亿元\n")
    }
}

@Suite("fitting a table to a width")
struct ColumnFitTests {
    /// The widest text column gives up room first; number columns keep what their values need.
    @Test func widestTextShrinksFirstNumbersNeverCut() {
        // Natural widths 10, 40, 30 (text, text, number): 80 + 3×3 + 1 = 90 columns.
        let fitted = ColumnFit.fit([10, 40, 30], cellWidths: [10, 40, 30], numeric: [false, false, true], limit: 70)
        #expect(fitted == [10, 20, 30])
        // Both text columns shrink toward each other before either goes under the other.
        #expect(ColumnFit.fit([30, 40], cellWidths: [30, 40], numeric: [false, false], limit: 47) == [20, 20])
        // A number column's header gives up only what its values do not need; values are never cut.
        #expect(ColumnFit.fit([4, 20], cellWidths: [4, 8], numeric: [false, true], limit: 10) == [4, 8])
    }

    @Test func cutOrWrapByDisplayWidth() {
        #expect(ColumnFit.lines("泉港区石化工业园区", width: 7, wrap: false) == ["泉港区…"])
        #expect(ColumnFit.lines("泉港区石化工业园区", width: 6, wrap: true) == ["泉港区", "石化工", "业园区"])
        #expect(ColumnFit.lines("the quick brown fox", width: 10, wrap: true) == ["the quick", "brown fox"])
    }
}

/// Every format stops within a row once the interrupt is raised (Ctrl-C while a long result prints).
@Suite("interrupted printing")
struct InterruptedPrintingTests {
    static let table = ResultTable(
        columns: [ResultColumn(name: "sector", type: .text), ResultColumn(name: "plan", type: .number(nil))],
        rows: (1...1000).map { [.text("第\($0)项"), .number(Quantity(ExactDecimal($0), .yiYuan))] })

    @Test(arguments: OutputFormat.allCases)
    func aRaisedInterruptEndsTheOutputWithinARow(_ format: OutputFormat) {
        var options = Renderer.Options()
        options.format = format
        let whole = Renderer.render(.table(Self.table), options: options)
        #expect(whole.split(separator: "\n").count >= 1000 || format == .json)
        let interrupt = Interrupt()
        interrupt.request()
        let out = RenderOutput(interrupt: interrupt)
        Renderer.render(.table(Self.table), options: options, into: out)
        // At most the header: no row, no footer.
        #expect(!out.text.contains("第1项"), "\(format): \(out.text.prefix(200))")
        #expect(whole.hasPrefix(out.text))
        // A chart too.
        var chart = options
        chart.chart = true
        let bars = RenderOutput(interrupt: interrupt)
        Renderer.render(.table(Self.table), options: chart, into: bars)
        #expect(!bars.text.contains("第1项"))
    }
}

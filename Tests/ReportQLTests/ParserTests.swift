import ReportModel
import Testing
@testable import ReportQL

/// The parser and printer, table-driven: source → canonical form (statements joined by `; `),
/// source → tree (an S-expression that shows the grouping), and source → diagnostics (`LINE:COL: message`).
@Suite struct ParserTests {
    // MARK: Helpers

    static func parse(_ source: String) -> ([Statement], [Diagnostic], SourceFile) {
        let file = SourceFile(name: "<test>", text: source)
        let (statements, diagnostics) = Parser.parseScript(file)
        return (statements, diagnostics, file)
    }

    /// The canonical form of every statement, or the diagnostics if there are any.
    static func canonical(_ source: String) -> String {
        let (statements, diagnostics, file) = parse(source)
        if !diagnostics.isEmpty { return diagnostics.map { render($0, file) }.joined(separator: "\n") }
        return statements.map(Printer.print).joined(separator: "; ")
    }

    /// `LINE:COL: message`, with `help: …` on the next line if there is one.
    static func render(_ diagnostic: Diagnostic, _ file: SourceFile) -> String {
        let (line, column) = file.location(of: diagnostic.range.start)
        return "\(line):\(column): \(diagnostic.message)" + (diagnostic.help.map { "\nhelp: \($0)" } ?? "")
    }

    static func tree(_ source: String) -> String {
        let (statements, diagnostics, file) = parse(source)
        if !diagnostics.isEmpty { return diagnostics.map { render($0, file) }.joined(separator: "\n") }
        return statements.map(sexpr).joined(separator: "; ")
    }

    static func sexpr(_ statement: Statement) -> String {
        switch statement.kind {
        case .letBinding(let name, let value): "(let \(name.text) \(sexpr(value)))"
        case .source(let pipeline): "(source \(sexpr(pipeline)))"
        case .check: "(check)"
        case .pipeline(let pipeline): sexpr(pipeline)
        }
    }

    static func sexpr(_ pipeline: Pipeline) -> String {
        if pipeline.clauses.isEmpty, !pipeline.chart { return sexpr(pipeline.head) }
        var parts = [sexpr(pipeline.head)] + pipeline.clauses.map(sexpr)
        if pipeline.chart { parts.append((["chart"] + pipeline.chartStyle.words.prefix(1)).joined(separator: " ")) }
        return "{" + parts.joined(separator: " | ") + "}"
    }

    static func sexpr(_ clause: Clause) -> String {
        func projections(_ items: [Projection]) -> String {
            items.map { sexpr($0.expr) + ($0.alias.map { " as \($0.text)" } ?? "") }.joined(separator: ", ")
        }
        func aggregates(_ items: [Aggregate]) -> String {
            items.map { a in
                a.function.rawValue + (a.distinct ? " distinct" : "") + (a.argument.map { " " + sexpr($0) } ?? "")
                    + (a.alias.map { " as \($0.text)" } ?? "")
            }.joined(separator: ", ")
        }
        switch clause.kind {
        case .filter(let e): return "where \(sexpr(e))"
        case .group(let keys, let aggs): return "by \(projections(keys))" + (aggs.isEmpty ? "" : " : \(aggregates(aggs))")
        case .aggregate(let aggs): return "agg \(aggregates(aggs))"
        case .sort(let keys):
            return "sort " + keys.map { sexpr($0.expr) + ($0.descending ? " desc" : " asc") }.joined(separator: ", ")
        case .top(let n): return "top \(sexpr(n))"
        case .limit(let n, let offset): return "limit \(sexpr(n))" + (offset.map { " offset \(sexpr($0))" } ?? "")
        case .select(let items): return "select \(projections(items))"
        case .join(let j):
            return (j.left ? "left join " : "join ") + sexpr(j.other) + (j.alias.map { " as \($0.text)" } ?? "") + " on "
                + j.keys.map { $0.field.text + ($0.other.map { "=" + $0.text } ?? "") }.joined(separator: ", ")
        case .window(let w):
            return "within " + w.keys.map(sexpr).joined(separator: ", ") + " : "
                + w.order.map { sexpr($0.expr) + ($0.descending ? " desc" : " asc") }.joined(separator: ", ") + " : "
                + w.calls.map { $0.function.rawValue + ($0.argument.map { " " + sexpr($0) } ?? "") + ($0.alias.map { " as \($0.text)" } ?? "") }
                    .joined(separator: ", ")
        case .pivot(let field, let aggregate): return "pivot \(sexpr(field)) : \(aggregates([aggregate]))"
        }
    }

    static func sexpr(_ expr: Expr) -> String {
        switch expr.kind {
        case .number(let value, let unit): "\(value)\(unit)"
        case .text(let text): "'\(text)'"
        case .word(let word): word
        case .bool(let value): "\(value)"
        case .missing: "missing"
        case .parameter(let name): "$\(name)"
        case .negate(let operand): "(neg \(sexpr(operand)))"
        case .not(let operand): "(not \(sexpr(operand)))"
        case .binary(let op, let left, let right): "(\(op.rawValue) \(sexpr(left)) \(sexpr(right)))"
        case .inList(let value, let items, let negated):
            "(\(negated ? "not-in" : "in") \(sexpr(value)) [\(items.map(sexpr).joined(separator: " "))])"
        case .convert(let value, let unit): "(to \(sexpr(value)) \(unit.text))"
        case .isMissing(let value, let negated): "(\(negated ? "present" : "missing") \(sexpr(value)))"
        case .call(let name, let arguments): "\(name.text)(\(arguments.map(sexpr).joined(separator: " ")))"
        case .subquery(let pipeline): "[\(sexpr(pipeline))]"
        }
    }

    // MARK: Canonical form

    static let canonicalCases: [(String, String)] = [
        // Every clause
        ("projects where sector = 工业 and status = 在建 sum invest2024",
         "projects where sector = 工业 and status = 在建 sum invest2024"),
        ("projects by status sum invest2024 as plan, count as rows",
         "projects by status sum invest2024 as plan, count as rows"),
        ("projects by sector, status", "projects by sector, status"),
        ("projects by sector as s sum total", "projects by sector as s sum total"),
        ("projects count", "projects count"),
        // join and within (#19): Chinese spellings print in English; qualified names stay bare words
        ("targets JOIN indicators ON region, name, planYear = year", "targets join indicators on region, name, planYear = year"),
        ("目标 左连接 (指标 其中 增速 > 0%) 为 结果 对应 名称 选择 结果.增速",
         "目标 left join (指标 where 增速 > 0%) as 结果 on 名称 select 结果.增速"),
        ("targets left join indicators on name select targets.growth - indicators.growth",
         "targets left join indicators on name select targets.growth - indicators.growth"),
        ("indicators within year sort growth desc rank as r, dense_rank, row_number",
         "indicators within year sort growth desc rank as r, dense_rank, row_number"),
        ("指标 组内 地区 排序 年度 上期 增速 为 去年, 下期 增速, 累计 数值, 占比 数值",
         "指标 within 地区 sort 年度 prev 增速 as 去年, next 增速, running sum 数值, share 数值"),
        ("projects within sort total row_number", "projects within sort total row_number"),
        ("projects count distinct sector as n", "projects count distinct sector as n"),
        ("projects avg a, min b, max c, median d", "projects avg a, min b, max c, median d"),
        ("projects sort a asc, b desc, c", "projects sort a, b desc, c"),
        ("projects top 10", "projects top 10"),
        ("projects limit 10 offset 5", "projects limit 10 offset 5"),
        ("projects limit 10", "projects limit 10"),
        ("projects select a, b as c, a + b as `a b`", "projects select a, b as c, a + b as `a b`"),
        ("projects by sector sum invest2024 chart", "projects by sector sum invest2024 chart"),
        ("projects chart", "projects chart"),
        ("projects by sector pivot status sum total chart line", "projects by sector pivot status sum total chart line"),
        ("projects by sector pivot status sum total chart SPARK", "projects by sector pivot status sum total chart spark"),
        ("项目 按 领域 透视 状态 合计 总投资 图表 折线", "项目 by 领域 pivot 状态 sum 总投资 chart line"),
        ("项目 按 领域 合计 总投资 图表 条形", "项目 by 领域 sum 总投资 chart bar"),
        ("项目 按 领域 合计 总投资 图表 迷你", "项目 by 领域 sum 总投资 chart spark"),
        ("projects select line, bar where line > 1 chart line", "projects select line, bar where line > 1 chart line"),
        ("projects where status = 预备 sort invest2024 desc top 10 select sector, invest2024",
         "projects where status = 预备 sort invest2024 desc top 10 select sector, invest2024"),
        ("projects sum(invest2024)", "projects sum (invest2024)"),
        // Statements
        ("let x = projects where status = 在建", "let x = projects where status = 在建"),
        ("source projects where sector = 工业", "source projects where sector = 工业"),
        ("check", "check"),
        ("LET x = 1", "let x = 1"),
        // Chinese aliases
        ("项目 其中 领域 = 工业 and 状态 = 在建 合计 年度计划投资",
         "项目 where 领域 = 工业 and 状态 = 在建 sum 年度计划投资"),
        ("令 x = 项目 筛选 a 或 b 且 c 并且 d", "let x = 项目 where a or b and c and d"),
        ("出处 项目 分组 领域 为 l 求和 a 为 s，计数 为 n", "source 项目 by 领域 as l sum a as s, count as n"),
        ("核对", "check"),
        ("项目 按 领域 平均 a, 最小 b, 最大 c, 中位数 d, 计数 去重 e",
         "项目 by 领域 avg a, min b, max c, median d, count distinct e"),
        ("项目 排序 a 升序, b 降序 前 3 限制 5 跳过 1 选择 a 显示 b",
         "项目 sort a, b desc top 3 limit 5 offset 1 select a select b"),
        ("项目 按 领域 合计 a 图表", "项目 by 领域 sum a chart"),
        ("非 a 或 不 b", "not a or not b"),
        ("a 包含 b 且 c 像 d 且 e 匹配 f", "a contains b and c like d and e matches f"),
        ("真 且 假 或 缺失", "true and false or missing"),
        ("a 换算为 万元", "a in 万元"),
        ("a 缺失", "a is missing"),
        ("a 非 缺失", "a is not missing"),
        ("最大(a, b)", "max(a, b)"),
        // Keywords are case-insensitive; words keep their case
        ("PROJECTS WHERE X = 1 SORT X DESC", "PROJECTS where X = 1 sort X desc"),
        // Operators
        ("a = b", "a = b"), ("a == b", "a = b"), ("a != b", "a != b"), ("a <> b", "a != b"), ("a ≠ b", "a != b"),
        ("a < b", "a < b"), ("a <= b", "a <= b"), ("a ≤ b", "a <= b"),
        ("a > b", "a > b"), ("a >= b", "a >= b"), ("a ≥ b", "a >= b"),
        ("a contains 'x'", "a contains 'x'"), ("a like '天辰%'", "a like '天辰%'"), ("a matches '^x'", "a matches '^x'"),
        ("a in (1, 2, 3)", "a in (1, 2, 3)"), ("a not in (工业)", "a not in (工业)"),
        ("a is missing", "a is missing"), ("a is not missing", "a is not missing"),
        ("a in 万元", "a in 万元"), ("share in %", "share in %"), ("share in ‰", "share in ‰"),
        ("a in `kW`", "a in kW"),
        ("a + b - c * d / e", "a + b - c * d / e"),
        ("-a", "-a"), ("- -a", "- -a"), ("-5", "-5"), ("not not a", "not not a"),
        // Literals
        ("100亿元 + 5% + 25个百分点 + 6.5% + 12.50 + 3‰", "100亿元 + 5% + 25个百分点 + 6.5% + 12.50 + 3‰"),
        ("'it\\'s' + \"a\\\\b\" + “工业” + 'x\\ny'", "'it\\'s' + 'a\\\\b' + '工业' + 'x\\ny'"),
        ("true or false or missing", "true or false or missing"),
        ("$limit + $年份", "$limit + $年份"),
        ("round(x, 2) + now() + max(a, b) + count(x)", "round(x, 2) + now() + max(a, b) + count(x)"),
        ("`where` = `a b`", "`where` = `a b`"),
        ("`工业` = `x`", "工业 = x"),
        // Full-width forms
        ("projects where total ＞ ５亿元", "projects where total > 5亿元"),
        ("projects\u{3000}where x ＝ １；y", "projects where x = 1; y"),
        ("sector in （工业，交通港航）", "sector in (工业, 交通港航)"),
        ("sector in (工业、交通港航)", "sector in (工业, 交通港航)"),
        ("name like “天辰%”", "name like '天辰%'"),
        ("（a ＋ b）＊ c", "(a + b) * c"),
        // Subqueries
        ("(projects where status = 在建 sum total) - 888.68", "(projects where status = 在建 sum total) - 888.68"),
        ("x where a > (y sum b)", "x where a > (y sum b)"),
        // Separators, comments, continuation lines
        ("a; b;; c", "a; b; c"),
        ("a\nb\n\nc", "a; b; c"),
        ("projects\n  where x = 1\n  sort x desc", "projects where x = 1 sort x desc"),
        ("projects where x = 1\n  and y = 2", "projects where x = 1 and y = 2"),
        ("projects where x = 1 and\n  y = 2", "projects where x = 1 and y = 2"),
        ("projects select a,\n  b", "projects select a, b"),
        ("(a\n + b\n)", "(a + b)"),
        ("# a comment\nprojects # and another\n  where x = 1 # the filter\n", "projects where x = 1"),
        ("let x = projects where status = 在建\nx sum number", "let x = projects where status = 在建; x sum number"),
        ("x = 1\n-5", "x = 1; -5"),
        ("a\r\nb", "a; b"),
        ("", ""),
        ("\n\n;\n", ""),
    ]

    @Test(arguments: canonicalCases)
    func canonicalForm(_ source: String, _ expected: String) {
        #expect(Self.canonical(source) == expected)
    }

    // MARK: Precedence

    static let treeCases: [(String, String)] = [
        ("a or b and c", "(or a (and b c))"),
        ("a and b or c", "(or (and a b) c)"),
        ("not a and b", "(and (not a) b)"),
        ("not a = b", "(not (= a b))"),
        ("a = b and c != d", "(and (= a b) (!= c d))"),
        ("a + b = c * d", "(= (+ a b) (* c d))"),
        ("a + b * c", "(+ a (* b c))"),
        ("a * b + c", "(+ (* a b) c)"),
        ("a - b - c", "(- (- a b) c)"),
        ("a / b / c", "(/ (/ a b) c)"),
        ("a - (b - c)", "(- a [(- b c)])"),
        ("-a * b", "(* (neg a) b)"),
        ("-a in 万元", "(to (neg a) 万元)"),
        ("a + b in 万元", "(to (+ a b) 万元)"),
        ("a in 万元 in 亿元", "(to (to a 万元) 亿元)"),
        ("a in 万元 > 5", "(> (to a 万元) 5)"),
        ("a > 5 in 万元", "(> a (to 5 万元))"),
        ("a in 万元 + 1", "(+ (to a 万元) 1)"),
        ("a + 1 in (1, 2)", "(in (+ a 1) [1 2])"),
        ("a in (1, 2) and b", "(and (in a [1 2]) b)"),
        ("not a in (1)", "(not (in a [1]))"),
        ("a not in (1, b + 1)", "(not-in a [1 (+ b 1)])"),
        ("a is missing or b is not missing", "(or (missing a) (present b))"),
        ("a + 1 is missing", "(missing (+ a 1))"),
        ("a contains b and c like d", "(and (contains a b) (like c d))"),
        ("(a)", "[a]"),
        ("((a))", "[[a]]"),
        ("f(a, b + 1)", "f(a (+ b 1))"),
        ("f()", "f()"),
        ("sum(a) + 1", "(+ sum(a) 1)"),
        ("base * (1 + growth)", "(* base [(+ 1 growth)])"),
        ("projects where a = 1 sum b as s, count as n", "{projects | where (= a 1) | agg sum b as s, count as n}"),
        ("projects by a, b as c sum x", "{projects | by a, b as c : sum x}"),
        ("projects sum a + b as s", "{projects | agg sum (+ a b) as s}"),
        ("projects top 1 + 2 limit 3 offset 4", "{projects | top (+ 1 2) | limit 3 offset 4}"),
        ("projects sort a + 1 desc, b", "{projects | sort (+ a 1) desc, b asc}"),
        ("projects where a sort b where c", "{projects | where a | sort b asc | where c}"),
        ("projects where sector in (工业, 交通港航) select sector, total in 万元 as 万元",
         "{projects | where (in sector [工业 交通港航]) | select sector, (to total 万元) as 万元}"),
        ("targets select name, growth - actual as gap, base * (1 + growth) as implied",
         "{targets | select name, (- growth actual) as gap, (* base [(+ 1 growth)]) as implied}"),
        ("let x = (a where b) sum c", "(let x {[{a | where b}] | agg sum c})"),
        ("source a chart", "(source {a | chart})"),
    ]

    @Test(arguments: treeCases)
    func precedence(_ source: String, _ expected: String) {
        #expect(Self.tree(source) == expected)
    }

    // MARK: Errors

    static let errorCases: [(String, String)] = [
        ("projects where", "1:15: expected an expression after 'where', found end of input"),
        ("projects 其中", "1:12: expected an expression after '其中', found end of input"),
        ("projects where\n", "2:1: expected an expression after 'where', found end of input"),
        ("projects where x = ", "1:20: expected an expression after '=', found end of input"),
        ("projects where x = 1 )", "1:22: expected end of statement, found ')'\nhelp: this ')' has no matching '('"),
        ("(a + b", "1:7: expected ')' to close '(' at 1:1, found end of input"),
        ("x where (a = 1", "1:15: expected ')' to close '(' at 1:9, found end of input"),
        ("(a b)", "1:4: expected ')' to close '(' at 1:1, found 'b'"),
        ("f(a, b", "1:7: expected ')' to close '(' at 1:2, found end of input"),
        ("a = b = c", "1:7: comparisons cannot be chained\nhelp: join them with 'and', as in a < b and b < c"),
        ("a < b in (1)", "1:7: comparisons cannot be chained\nhelp: join them with 'and', as in a < b and b < c"),
        ("projects wher x = 1", "1:10: expected end of statement, found 'wher'\nhelp: did you mean 'where'?"),
        ("projects selct x", "1:10: expected end of statement, found 'selct'\nhelp: did you mean 'select'?"),
        ("f (x)", "1:3: expected end of statement, found '('\nhelp: a function call has no space before '('"),
        ("a > 100 亿元", "1:9: expected end of statement, found '亿元'\nhelp: write a unit right after its number, as in 100亿元"),
        ("projects chart where x", "1:16: expected end of statement, found 'where'\nhelp: 'chart' comes last"),
        ("projects chart lien", "1:16: expected end of statement, found 'lien'\nhelp: did you mean 'line'? a chart is drawn as 'line', 'spark' or 'bar' (折线, 迷你, 条形), or as 'chart' alone"),
        ("projects chart line line", "1:21: expected end of statement, found 'line'\nhelp: did you mean 'like'?"),
        ("projects count x", "1:16: expected end of statement, found 'x'"),
        ("let = 5", "1:5: expected a name after 'let', found '='"),
        ("let x 5", "1:7: expected '=' after 'let x', found '5'"),
        ("let where = 5", "1:5: expected a name after 'let', found 'where'\nhelp: 'where' is a keyword; quote it with backticks: `where`"),
        ("projects select a as count", "1:22: expected a name after 'as', found 'count'\nhelp: 'count' is a keyword; quote it with backticks: `count`"),
        ("projects by a, sum x", "1:16: expected a key after ',', found 'sum'\nhelp: aggregates follow the keys without a comma, as in 'by sector sum total'"),
        ("projects sum distinct x", "1:14: expected an expression after 'sum', found 'distinct'\nhelp: only 'count' takes 'distinct'"),
        ("projects count distinct", "1:24: expected an expression after 'distinct', found end of input"),
        ("projects sum", "1:13: expected an expression after 'sum', found end of input"),
        ("projects sum x, y", "1:17: expected an aggregate (sum, avg, min, max, median, count) after ',', found 'y'"),
        ("projects sort", "1:14: expected an expression after 'sort', found end of input"),
        ("projects select", "1:16: expected an expression after 'select', found end of input"),
        ("projects select a,", "1:19: expected an expression after ',', found end of input"),
        ("projects top", "1:13: expected an expression after 'top', found end of input"),
        ("projects limit 1 offset", "1:24: expected an expression after 'offset', found end of input"),
        ("x in 5", "1:6: expected a unit or '(' after 'in', found '5'"),
        ("x 换算为 5", "1:7: expected a unit or '(' after '换算为', found '5'"),
        ("x is 5", "1:6: expected 'missing' or 'not missing' after 'is', found '5'"),
        ("x is not 5", "1:10: expected 'missing' after 'is not', found '5'"),
        ("x not in 5", "1:10: expected '(' after 'not in', found '5'"),
        ("x in ()", "1:7: expected a value in the list after '(', found ')'"),
        ("x where", "1:8: expected an expression after 'where', found end of input"),
        ("where x", "1:1: expected an expression, found 'where'"),
        (")", "1:1: expected an expression, found ')'"),
        ("a +* b", "1:4: expected an expression after '+', found '*'"),
        ("a ! b", "1:3: unexpected character '!'\nhelp: write '!=' for 'not equal', or 'not'"),
        ("a = 'abc", "1:5: unterminated text, missing closing quote"),
        ("a = `abc", "1:5: unterminated quoted name, missing closing '`'"),
        ("12abc", "1:1: a number cannot be followed directly by letters\nhelp: put a space between them, or quote the text"),
        ("x = 1234567890123456789012345678901234567890", "1:5: number too large (more than 38 digits)"),
        ("a\0", "1:2: unexpected NUL character"),
        ("a = \u{FFFD}", "1:5: invalid UTF-8 in source"),
        ("a 。", "1:3: unexpected character '。'"),
        ("x = $", "1:5: expected a parameter name after '$'"),
        ("'\\q'", "1:2: unknown escape '\\q' in text\nhelp: the escapes are \\\\ \\' \\\" \\n \\t"),
        ("工业 ＝", "1:5: expected an expression after '＝', found end of input"),
        // Positions count characters, CJK included
        ("项目 其中 领域 = ", "1:12: expected an expression after '=', found end of input"),
    ]

    @Test(arguments: errorCases)
    func error(_ source: String, _ expected: String) {
        #expect(Self.canonical(source) == expected)
    }

    // MARK: Recovery

    /// One error does not hide the next; the statements around them still parse.
    @Test func recoversAtEachStatement() {
        let source = """
        projects where = 1
        projects sort x
        projects select a b
        x = 1; y = ; z
        (a; b) + 1; w
        """
        let (statements, diagnostics, file) = Self.parse(source)
        #expect(diagnostics.map { Self.render($0, file) } == [
            "1:16: expected an expression after 'where', found '='",
            "3:19: expected end of statement, found 'b'",
            "4:12: expected an expression after '=', found ';'",
            "5:3: expected ')' to close '(' at 5:1, found ';'",
        ])
        #expect(statements.map(Printer.print) == ["projects sort x", "x = 1", "z", "w"])
    }

    @Test func twoErrorsOnTwoLines() {
        let (statements, diagnostics, file) = Self.parse("a where * 1\nb\nc sort )\nd")
        #expect(diagnostics.map { Self.render($0, file) } == [
            "1:9: expected an expression after 'where', found '*'",
            "3:8: expected an expression after 'sort', found ')'",
        ])
        #expect(statements.map(Printer.print) == ["b", "d"])
        let (kept, errors, file2) = Self.parse("a where ;b\nc sort ;d")
        #expect(errors.map { Self.render($0, file2) } == [
            "1:9: expected an expression after 'where', found ';'",
            "2:8: expected an expression after 'sort', found ';'",
        ])
        #expect(kept.map(Printer.print) == ["b", "d"])
    }

    @Test func aMissingQuoteDoesNotHideTheRest() {
        let (statements, diagnostics, file) = Self.parse("x = 'abc\ny = )\nz")
        #expect(diagnostics.map { Self.render($0, file) } == [
            "1:5: unterminated text, missing closing quote",
            "2:5: expected an expression after '=', found ')'",
        ])
        #expect(statements.map(Printer.print) == ["z"])
    }

    @Test func errorTokensAreReportedOncePerStatement() {
        let (statements, diagnostics, _) = Self.parse("a ! ! !\nb")
        #expect(diagnostics.count == 1)
        #expect(statements.map(Printer.print) == ["b"])
    }

    @Test func firstLineOffsetsLocations() {
        let file = SourceFile(name: "<repl>", text: "projects where", firstLine: 40)
        let (_, diagnostics) = Parser.parseScript(file)
        #expect(diagnostics.count == 1)
        #expect(file.location(of: diagnostics[0].range.start) == (40, 15))
    }

    // MARK: Nesting limits

    static let tooDeep = "expression nested too deeply (limit 200)"

    @Test func deepParentheses() {
        let (statements, diagnostics, _) = Self.parse(String(repeating: "(", count: 100_000) + "\nok")
        #expect(diagnostics.map(\.message) == [Self.tooDeep])
        #expect(statements.isEmpty)  // the open bracket swallows the rest
        let closed = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + "\nok"
        let (kept, errors, _) = Self.parse(closed)
        #expect(errors.map(\.message) == [Self.tooDeep])
        #expect(kept.map(Printer.print) == ["ok"])
    }

    @Test func deepPrefixOperators() {
        for prefix in ["not ", "-", "非 ", "- "] {
            let (statements, diagnostics, _) = Self.parse(String(repeating: prefix, count: 100_000) + "a\nok")
            #expect(diagnostics.map(\.message) == [Self.tooDeep], "\(prefix)")
            #expect(statements.map(Printer.print) == ["ok"], "\(prefix)")
        }
    }

    @Test func longOperatorChains() {
        // A flat chain of an associative operator is not nesting: it parses as a balanced tree.
        for op in [" + a", " and a", " or a", " 且 a"] {
            let (statements, diagnostics, _) = Self.parse("a" + String(repeating: op, count: 100_000))
            #expect(diagnostics.isEmpty, "\(op)")
            #expect(statements.count == 1)
        }
        // Short chains keep the tree as written; `-` is not associative, so its chains stay nested.
        let (short, _, _) = Self.parse("a + b + c")
        #expect(short.map(Printer.print) == ["a + b + c"])
        let (_, diagnostics, _) = Self.parse("a" + String(repeating: " - a", count: 100_000))
        #expect(diagnostics.map(\.message) == [Self.tooDeep])
        let (_, inList, _) = Self.parse("a in (" + Array(repeating: "1", count: 10_000).joined(separator: ", ") + ")")
        #expect(inList.isEmpty)
    }

    @Test func nestingUpToTheLimitIsFine() {
        let depth = 150
        let source = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        let (statements, diagnostics, _) = Self.parse(source)
        #expect(diagnostics.isEmpty)
        #expect(statements.map(Printer.print) == [source])
        let (nots, notErrors, _) = Self.parse(String(repeating: "not ", count: depth) + "a")
        #expect(notErrors.isEmpty)
        #expect(nots.count == 1)
    }

    @Test func garbageNeverHangsOrCrashes() {
        let alphabet: [String] = ["(", ")", ",", ";", "\n", "where", "by", "sum", "count", "distinct", "as", "in",
                                  "not", "is", "missing", "-", "+", "=", "a", "1", "5%", "'x'", "'", "`", "$",
                                  "!", "\0", "工业", "其中", "chart", "sort", "desc", "limit", "offset", "let", "check"]
        var generator = SplitMix(seed: 42)
        for _ in 0..<2_000 {
            let count = Int(generator.next() % 12) + 1
            let source = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                .joined(separator: " ")
            let (statements, diagnostics, _) = Self.parse(source)
            for diagnostic in diagnostics {
                #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= source.utf8.count, "\(source)")
            }
            // Whatever parsed prints to something that parses to the same canonical form.
            for statement in statements {
                let printed = Printer.print(statement)
                #expect(Self.canonical(printed) == printed, "\(source)")
            }
        }
    }

    // MARK: Round trips

    /// parse → print → parse gives the same tree, ranges aside.
    @Test(arguments: canonicalCases.map(\.0) + treeCases.map(\.0))
    func roundTrip(_ source: String) {
        let (statements, diagnostics, _) = Self.parse(source)
        #expect(diagnostics.isEmpty)
        let printed = statements.map(Printer.print).joined(separator: "\n")
        let (again, againDiagnostics, _) = Self.parse(printed)
        #expect(againDiagnostics.isEmpty, "\(printed)")
        #expect(again.map { $0.erasingRanges() } == statements.map { $0.erasingRanges() }, "\(printed)")
    }

    /// The printer adds parentheses exactly where precedence needs them.
    static let constructed: [(Expr, String)] = {
        func w(_ s: String) -> Expr { Expr(.word(s), SourceRange(0, 0)) }
        func b(_ op: BinaryOperator, _ l: Expr, _ r: Expr) -> Expr { Expr(.binary(op, l, r), SourceRange(0, 0)) }
        func e(_ k: ExprKind) -> Expr { Expr(k, SourceRange(0, 0)) }
        return [
            (b(.multiply, b(.add, w("a"), w("b")), w("c")), "(a + b) * c"),
            (b(.subtract, w("a"), b(.subtract, w("b"), w("c"))), "a - (b - c)"),
            (b(.equal, b(.equal, w("a"), w("b")), w("c")), "(a = b) = c"),
            (b(.and, b(.or, w("a"), w("b")), w("c")), "(a or b) and c"),
            (e(.not(b(.and, w("a"), w("b")))), "not (a and b)"),
            (b(.multiply, e(.not(w("a"))), w("b")), "(not a) * b"),
            (e(.negate(b(.add, w("a"), w("b")))), "-(a + b)"),
            (e(.negate(e(.negate(w("a"))))), "- -a"),
            (e(.convert(b(.equal, w("a"), w("b")), unit: Name("万元", range: SourceRange(0, 0)))), "(a = b) in 万元"),
            // A postfix operator takes everything before it that binds at least as tightly; a prefix one,
            // everything after it.
            (b(.add, e(.convert(w("a"), unit: Name("万元", range: SourceRange(0, 0)))), w("b")), "a in 万元 + b"),
            (b(.add, w("b"), e(.convert(w("a"), unit: Name("万元", range: SourceRange(0, 0))))), "b + (a in 万元)"),
            (b(.multiply, w("c"), b(.add, e(.convert(w("a"), unit: Name("万元", range: SourceRange(0, 0)))), w("b"))),
             "c * (a in 万元 + b)"),
            (b(.equal, e(.isMissing(w("a"), negated: false)), w("b")), "(a is missing) = b"),
            (b(.add, e(.inList(w("a"), [w("c")], negated: false)), w("b")), "a in (c) + b"),
            (b(.add, w("a"), e(.not(w("b")))), "a + not b"),
            (b(.add, b(.add, w("a"), e(.not(w("b")))), w("c")), "a + (not b) + c"),
            (b(.add, w("a"), e(.not(b(.add, w("b"), w("c"))))), "a + not b + c"),
            (e(.negate(e(.convert(w("a"), unit: Name("万元", range: SourceRange(0, 0)))))), "-(a in 万元)"),
            (e(.not(e(.convert(w("a"), unit: Name("万元", range: SourceRange(0, 0)))))), "not a in 万元"),
            (e(.isMissing(b(.equal, w("a"), w("b")), negated: false)), "(a = b) is missing"),
            (e(.inList(b(.or, w("a"), w("b")), [b(.or, w("c"), w("d"))], negated: true)), "(a or b) not in (c or d)"),
            (e(.text("工业")), "'工业'"),
            (w("工业"), "工业"),
            (w("where"), "`where`"),
            (w("WHERE"), "`WHERE`"),
            (w("a b"), "`a b`"),
            (w("2x"), "`2x`"),
            (w("项目２"), "`项目２`"),
            (e(.text("a'b\\c\nd")), "'a\\'b\\\\c\\nd'"),
            (e(.number(ExactDecimal(significand: 10052, scale: 2), unit: "亿元")), "100.52亿元"),
            (e(.call(Name("max", range: SourceRange(0, 0)), [w("a"), w("b")])), "max(a, b)"),
            (e(.call(Name("my fn", range: SourceRange(0, 0)), [])), "`my fn`()"),
        ]
    }()

    @Test(arguments: constructed)
    func printsMinimalParentheses(_ expr: Expr, _ expected: String) {
        #expect(Printer.print(expr) == expected)
        // The printed form parses back to the same canonical form.
        #expect(Self.canonical(expected) == expected)
    }

    // MARK: Ranges

    /// Every node's range covers exactly its source text: that text, parsed alone, prints the same as the node.
    @Test(arguments: canonicalCases.map(\.0) + treeCases.map(\.0) + [
        "  projects  where  x  =  1  sum  y  as  z  ",
        "令 x ＝ （项目 其中 a ＞ １）",
        "projects by a as b sum c as d, count distinct e as f sort g desc limit 1 offset 2 chart",
        "projects by a pivot b sum c chart 折线",
    ])
    func rangesAreExact(_ source: String) {
        let (statements, diagnostics, file) = Self.parse(source)
        #expect(diagnostics.isEmpty)
        let bytes = Array(source.utf8)
        func text(_ range: SourceRange) -> String {
            String(decoding: bytes[range.start..<range.end], as: UTF8.self)
        }
        var checker = RangeChecker { range, printed, kind in
            let slice = text(range)
            if slice.first == " " || slice.last == " " || slice.isEmpty {
                Issue.record("\(kind) range '\(slice)' in \(source)")
            }
            if let printed {
                #expect(Self.canonical(slice) == printed, "\(kind) in \(source)")
            }
        }
        for statement in statements {
            checker.check(statement)
            #expect(Self.canonical(text(statement.range)) == Printer.print(statement))
        }
        _ = file
    }

    @Test func rangesOfSmallNodes() {
        let source = "projects by sector as s sum invest2024 as plan where plan > 1 sort plan desc"
        let (statements, _, _) = Self.parse(source)
        guard case .pipeline(let pipeline) = statements[0].kind else { Issue.record("not a pipeline"); return }
        let bytes = Array(source.utf8)
        func text(_ range: SourceRange) -> String { String(decoding: bytes[range.start..<range.end], as: UTF8.self) }
        #expect(pipeline.clauses.map { text($0.range) } == [
            "by sector as s sum invest2024 as plan", "where plan > 1", "sort plan desc",
        ])
        guard case .group(let keys, let aggregates) = pipeline.clauses[0].kind else { return }
        #expect(text(keys[0].alias!.range) == "s")
        #expect(text(aggregates[0].range) == "sum invest2024 as plan")
        #expect(text(aggregates[0].alias!.range) == "plan")
    }
}

/// Walks a tree, calling `visit` with each node's range and, for expressions and pipelines, their printed
/// form (which the source text at the range must parse back to).
struct RangeChecker {
    var visit: (SourceRange, String?, String) -> Void

    mutating func check(_ statement: Statement) {
        switch statement.kind {
        case .letBinding(let name, let value):
            visit(name.range, nil, "name")
            check(value)
        case .source(let pipeline), .pipeline(let pipeline):
            check(pipeline)
        case .check:
            break
        }
    }

    mutating func check(_ pipeline: Pipeline) {
        visit(pipeline.range, Printer.print(pipeline), "pipeline")
        check(pipeline.head)
        for clause in pipeline.clauses {
            visit(clause.range, nil, "clause")
            switch clause.kind {
            case .filter(let e), .top(let e):
                check(e)
            case .limit(let e, let offset):
                check(e)
                if let offset { check(offset) }
            case .group(let keys, let aggregates):
                keys.forEach { check($0) }
                aggregates.forEach { check($0) }
            case .aggregate(let aggregates):
                aggregates.forEach { check($0) }
            case .sort(let keys):
                keys.forEach { check($0.expr) }
            case .select(let columns):
                columns.forEach { check($0) }
            case .join(let join):
                check(join.other)
                for key in join.keys {
                    visit(key.field.range, nil, "name")
                    if let other = key.other { visit(other.range, nil, "name") }
                }
            case .window(let window):
                window.keys.forEach { check($0) }
                window.order.forEach { check($0.expr) }
                for call in window.calls {
                    visit(call.range, nil, "window function")
                    if let argument = call.argument { check(argument) }
                }
            case .pivot(let field, let aggregate):
                check(field)
                check(aggregate)
            }
        }
    }

    mutating func check(_ projection: Projection) {
        check(projection.expr)
        if let alias = projection.alias { visit(alias.range, nil, "alias") }
    }

    mutating func check(_ aggregate: Aggregate) {
        visit(aggregate.range, nil, "aggregate")
        if let argument = aggregate.argument { check(argument) }
        if let alias = aggregate.alias { visit(alias.range, nil, "alias") }
    }

    mutating func check(_ expr: Expr) {
        visit(expr.range, Printer.print(expr), "expression")
        switch expr.kind {
        case .number, .text, .word, .bool, .missing, .parameter:
            break
        case .negate(let e), .not(let e), .isMissing(let e, _):
            check(e)
        case .binary(_, let l, let r):
            check(l)
            check(r)
        case .inList(let e, let items, _):
            check(e)
            items.forEach { check($0) }
        case .convert(let e, let unit):
            check(e)
            visit(unit.range, nil, "unit")
        case .call(let name, let arguments):
            visit(name.range, nil, "function name")
            arguments.forEach { check($0) }
        case .subquery(let pipeline):
            check(pipeline)
        }
    }
}

/// A small deterministic random number generator for the garbage test.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

// MARK: Trees without ranges

let noRange = SourceRange(0, 0)

extension Statement {
    /// The same tree with every range zero, to compare trees by shape and content.
    func erasingRanges() -> Statement {
        switch kind {
        case .letBinding(let name, let value):
            Statement(kind: .letBinding(name: name.erasingRange(), value: value.erasingRanges()), range: noRange)
        case .source(let pipeline): Statement(kind: .source(pipeline.erasingRanges()), range: noRange)
        case .check: Statement(kind: .check, range: noRange)
        case .pipeline(let pipeline): Statement(kind: .pipeline(pipeline.erasingRanges()), range: noRange)
        }
    }
}

extension Name {
    func erasingRange() -> Name { Name(text, range: noRange) }
}

extension Pipeline {
    func erasingRanges() -> Pipeline {
        Pipeline(head: head.erasingRanges(), clauses: clauses.map { $0.erasingRanges() }, chart: chart, range: noRange)
    }
}

extension Projection {
    func erasingRanges() -> Projection {
        Projection(expr: expr.erasingRanges(), alias: alias?.erasingRange())
    }
}

extension Aggregate {
    func erasingRanges() -> Aggregate {
        Aggregate(function: function, argument: argument?.erasingRanges(), distinct: distinct,
                  alias: alias?.erasingRange(), range: noRange)
    }
}

extension Clause {
    func erasingRanges() -> Clause {
        let kind: Clause.Kind = switch self.kind {
        case .filter(let e): .filter(e.erasingRanges())
        case .group(let keys, let aggregates):
            .group(keys: keys.map { $0.erasingRanges() }, aggregates: aggregates.map { $0.erasingRanges() })
        case .aggregate(let aggregates): .aggregate(aggregates.map { $0.erasingRanges() })
        case .sort(let keys): .sort(keys.map { SortKey(expr: $0.expr.erasingRanges(), descending: $0.descending) })
        case .top(let e): .top(e.erasingRanges())
        case .limit(let e, let offset): .limit(e.erasingRanges(), offset: offset?.erasingRanges())
        case .select(let columns): .select(columns.map { $0.erasingRanges() })
        case .join(let j):
            .join(Join(left: j.left, other: j.other.erasingRanges(), alias: j.alias?.erasingRange(),
                       keys: j.keys.map { JoinKey(field: $0.field.erasingRange(), other: $0.other?.erasingRange()) }))
        case .window(let w):
            .window(Window(keys: w.keys.map { $0.erasingRanges() },
                           order: w.order.map { SortKey(expr: $0.expr.erasingRanges(), descending: $0.descending) },
                           calls: w.calls.map { WindowCall(function: $0.function, argument: $0.argument?.erasingRanges(),
                                                           alias: $0.alias?.erasingRange(), range: noRange) }))
        case .pivot(let field, let aggregate): .pivot(field: field.erasingRanges(), aggregate: aggregate.erasingRanges())
        }
        return Clause(kind: kind, range: noRange)
    }
}

extension Expr {
    func erasingRanges() -> Expr {
        let kind: ExprKind = switch self.kind {
        case .number, .text, .word, .bool, .missing, .parameter: self.kind
        case .negate(let e): .negate(e.erasingRanges())
        case .not(let e): .not(e.erasingRanges())
        case .binary(let op, let l, let r): .binary(op, l.erasingRanges(), r.erasingRanges())
        case .inList(let e, let items, let negated): .inList(e.erasingRanges(), items.map { $0.erasingRanges() }, negated: negated)
        case .convert(let e, let unit): .convert(e.erasingRanges(), unit: unit.erasingRange())
        case .isMissing(let e, let negated): .isMissing(e.erasingRanges(), negated: negated)
        case .call(let name, let arguments): .call(name.erasingRange(), arguments.map { $0.erasingRanges() })
        case .subquery(let pipeline): .subquery(pipeline.erasingRanges())
        }
        return Expr(kind, noRange)
    }
}

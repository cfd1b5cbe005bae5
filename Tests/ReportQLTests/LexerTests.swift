import ReportModel
import Testing
@testable import ReportQL

/// The lexer, table-driven: source → tokens, written `w:word`, `n:number+unit`, `t:text`, `$param`,
/// `u:%`, keywords by their English name, punctuation as itself, `⏎` for a statement-ending line break,
/// `!message` for an error token.
@Suite struct LexerTests {
    static func tokens(_ source: String) -> String {
        Lexer.tokenize(source).compactMap(show).joined(separator: " ")
    }

    static func show(_ token: Token) -> String? {
        switch token.kind {
        case .word: "w:\(token.text)"
        case .number: "n:\(token.number!)\(token.text)"
        case .text: "t:\(token.text)"
        case .parameter: "$\(token.text)"
        case .unitSymbol: "u:\(token.text)"
        case .keyword(let keyword): keyword.rawValue
        case .leftParen: "("
        case .rightParen: ")"
        case .comma: ","
        case .semicolon: ";"
        case .newline: "⏎"
        case .plus: "+"
        case .minus: "-"
        case .star: "*"
        case .slash: "/"
        case .equal: "="
        case .notEqual: "!="
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        case .error(let error): "!\(error.message)"
        case .end: nil
        }
    }

    static let cases: [(String, String)] = [
        // Words, keywords, case-insensitivity, Chinese aliases
        ("projects where sector = 工业", "w:projects where w:sector = w:工业"),
        ("WHERE Where wHeRe", "where where where"),
        ("项目 其中 领域 筛选 按 分组 为 排序 升序 降序 前 限制 跳过 选择 显示 图表",
         "w:项目 where w:领域 where by by as sort asc desc top limit offset select select chart"),
        ("合计 求和 平均 最小 最大 中位数 计数 去重", "sum sum avg min max median count distinct"),
        ("或 且 并且 非 不 换算为 包含 像 匹配 真 假 缺失 令 出处 核对",
         "or and and not not in contains like matches true false missing let source check"),
        ("invest2024 _x x_1 年度计划投资 不缺失", "w:invest2024 w:_x w:x_1 w:年度计划投资 w:不缺失"),
        ("`where` `a b` `计数`", "w:where w:a b w:计数"),
        ("café μ", "w:café w:μ"),
        // Numbers and units
        ("123 12.5 0.001", "n:123 n:12.5 n:0.001"),
        ("100亿元 5% 300万元 6.5% 25个百分点 3‰", "n:100亿元 n:5% n:300万元 n:6.5% n:25个百分点 n:3‰"),
        ("100 亿元", "n:100 w:亿元"),
        ("12abc", "!a number cannot be followed directly by letters"),
        ("12.", "n:12 !unexpected character '.'"),
        ("1234567890123456789012345678901234567890", "!number too large (more than 38 digits)"),
        ("123456789012345678901234567890123456789", "!number too large (more than 38 digits)"),
        ("12345678901234567890123456789012345678 0.00000000000000000000000000000000000001", "n:12345678901234567890123456789012345678 n:0.00000000000000000000000000000000000001"),
        ("0.123456789012345678901234567890123456789", "!number has too many decimal places (limit 38)"),
        // Text
        ("'abc' \"d e\" “工业” ‘x’ 「y」", "t:abc t:d e t:工业 t:x t:y"),
        (#"'it\'s' "a\"b" 'a\\b' 'x\ny\tz'"#, "t:it's t:a\"b t:a\\b t:x\ny\tz"),
        ("'a\nb'", "t:a\nb"),
        ("'abc", "!unterminated text, missing closing quote"),
        ("a = 'abc\nb = \"x\"", "w:a = !unterminated text, missing closing quote ⏎ w:b = t:x"),
        ("a = 'abc\nb = 'x'", "w:a = t:abc\nb =  w:x !unterminated text, missing closing quote"),
        ("“a\n“b\n“c", "!unterminated text, missing closing quote ⏎ !unterminated text, missing closing quote ⏎ !unterminated text, missing closing quote"),
        (#"'\q'"#, "!unknown escape '\\q' in text"),
        ("“a’b”", "t:a’b"),
        ("`abc", "!unterminated quoted name, missing closing '`'"),
        ("``", "!empty quoted name"),
        // Parameters
        ("$limit $年份", "$limit $年份"),
        ("$ 1", "!expected a parameter name after '$' n:1"),
        // Operators
        ("+ - * / = == != <> < <= > >= ≠ ≤ ≥ − %", "+ - * / = = != != < <= > >= != <= >= - u:%"),
        ("a ! b", "w:a !unexpected character '!' w:b"),
        ("a。b", "w:a !unexpected character '。' w:b"),
        // Full-width forms
        ("（１２３．５＋４）＊５％", "( n:123.5 + n:4 ) * n:5%"),
        ("x ＝ １；y ＜ ２，z ＞ ３", "w:x = n:1 ; w:y < n:2 , w:z > n:3"),
        ("projects\u{3000}where", "w:projects where"),
        ("(工业、交通)", "( w:工业 , w:交通 )"),
        ("ｘ＇a＇", "w:ｘ t:a"),
        // Comments
        ("a # where b\nc", "w:a ⏎ w:c"),
        ("# only a comment", ""),
        ("a ＃ full-width comment", "w:a"),
        // Bad bytes
        ("a\0b", "w:a !unexpected NUL character w:b"),
        ("a\u{FFFD}b", "w:a !invalid UTF-8 in source w:b"),
        ("'a\0'", "!unexpected NUL character"),
        ("😀 ㎡", "w:😀 w:㎡"),
        ("\u{FEFF}a", "w:a"),
    ]

    @Test(arguments: cases)
    func lex(_ source: String, _ expected: String) {
        #expect(Self.tokens(source) == expected)
    }

    /// Which line breaks end a statement.
    static let lineBreaks: [(String, String)] = [
        ("a\nb", "w:a ⏎ w:b"),
        ("a\r\nb", "w:a ⏎ w:b"),
        ("a\n\n\n b", "w:a ⏎ w:b"),
        ("\n\na\n\n", "w:a"),
        // A line that begins with a clause keyword, `and`, `or`, an operator or a comma continues.
        ("projects\n  where x = 1\n  sort x", "w:projects where w:x = n:1 sort w:x"),
        ("a\n and b\n or c", "w:a and w:b or w:c"),
        ("a\n , b", "w:a , w:b"),
        ("a\n * b", "w:a * w:b"),
        ("a\n 合计 b", "w:a sum w:b"),
        ("a\n chart", "w:a chart"),
        // A line that ends with an operator, comma or keyword needing more continues.
        ("a where\n b", "w:a where w:b"),
        ("a +\n b", "w:a + w:b"),
        ("a -\n b", "w:a - w:b"),
        ("select a,\n b", "select w:a , w:b"),
        ("let\n x", "let w:x"),
        // Inside brackets line breaks never end a statement.
        ("(a\n b\n)", "( w:a w:b )"),
        // `-` and `(` can begin a statement; so can `not`, `let`, `source`, `check`.
        ("a\n-1", "w:a ⏎ - n:1"),
        ("a\n(b)", "w:a ⏎ ( w:b )"),
        ("check\nnot a", "check ⏎ not w:a"),
        ("a count\nb", "w:a count ⏎ w:b"),
        ("a sort b desc\nc", "w:a sort w:b desc ⏎ w:c"),
        // A comment does not hide a continuation.
        ("a # note\n where b", "w:a where w:b"),
        ("a where # note\n b", "w:a where w:b"),
        ("a;\nb", "w:a ; w:b"),
    ]

    @Test(arguments: lineBreaks)
    func lineBreak(_ source: String, _ expected: String) {
        #expect(Self.tokens(source) == expected)
    }

    /// Ranges are UTF-8 byte offsets into the original text, full-width characters included.
    @Test func rangesPointAtOriginalBytes() {
        let source = "工业 ＝ １２亿元 'x'"
        let ranges = Lexer.tokenize(source).map { [$0.range.start, $0.range.end] }
        // 工业 = 6 bytes, space, ＝ = 3 bytes, space, １２亿元 = 3+3+3+3, space, 'x' = 3 bytes
        #expect(ranges == [[0, 6], [7, 10], [11, 23], [24, 27], [27, 27]])
        let utf8 = Array(source.utf8)
        let lexemes = Lexer.tokenize(source).dropLast().map {
            String(decoding: utf8[$0.range.start..<$0.range.end], as: UTF8.self)
        }
        #expect(lexemes == ["工业", "＝", "１２亿元", "'x'"])
    }

    @Test func unterminatedTextPointsAtItsFirstLine() {
        let source = "a = 'abc\ndef"
        let token = Lexer.tokenize(source)[2]
        #expect(token.kind == .error(.unterminatedText))
        #expect(token.range == SourceRange(4, 8))
    }

    /// Many unterminated quotes stay linear: each line is scanned once, not to the end of the input each time.
    /// Unterminated quotes cost linear work: ten times the lines read about ten times the scalars (a lexer
    /// that looked to the end for each closing quote would read a hundred times as many).
    @Test func manyUnterminatedQuotesAreLinear() {
        func steps(_ lines: Int) -> (steps: Int, errors: Int) {
            var steps = 0
            let tokens = Lexer.tokenize(String(repeating: "x = “abc\n", count: lines), quotedSteps: &steps)
            return (steps, tokens.filter { $0.kind == .error(.unterminatedText) }.count)
        }
        let small = steps(5_000), large = steps(50_000)
        #expect(small.errors == 5_000 && large.errors == 50_000)
        #expect(small.steps > 0)
        #expect(large.steps <= small.steps * 12, "work grew \(large.steps / max(1, small.steps))× for 10× the input")
    }

    @Test func bracketDepth() {
        let tokens = Lexer.tokenize("(a; (b)")
        #expect(tokens.map(\.depth) == [0, 1, 1, 1, 2, 1, 1])
    }

    @Test func numbersAreExact() {
        let token = Lexer.tokenize("888.68亿元")[0]
        #expect(token.number == ExactDecimal(significand: 88868, scale: 2))
        #expect(token.text == "亿元")
    }

    /// Every keyword and alias is a keyword token, in any ASCII case.
    @Test func everyKeywordLexesAsAKeyword() {
        for spelling in Syntax.keywords {
            for variant in Set([spelling, spelling.uppercased()]) {
                let tokens = Lexer.tokenize(variant)
                guard case .keyword = tokens[0].kind, tokens.count == 2 else {
                    Issue.record("'\(variant)' is not one keyword token")
                    continue
                }
            }
        }
        #expect(Syntax.keywords.contains("where") && Syntax.keywords.contains("其中"))
        #expect(Set(Syntax.keywords).count == Syntax.keywords.count)
    }

    static let completeness: [(String, Bool)] = [
        ("", true),
        ("projects", true),
        ("projects where x = 1", true),
        ("check", true),
        ("projects count", true),
        ("projects sort x desc", true),
        ("projects by sector sum total chart", true),
        ("projects # where", true),
        ("a )", true),
        ("x = 1;", true),
        ("projects where", false),
        ("projects 其中", false),
        ("projects where x =", false),
        ("projects where x = 1 and", false),
        ("projects where x = 1 且", false),
        ("1 +", false),
        ("projects select a,", false),
        ("projects by", false),
        ("projects sort", false),
        ("projects top", false),
        ("projects limit 1 offset", false),
        ("projects sum", false),
        ("projects count distinct", false),
        ("projects select a as", false),
        ("total in", false),
        ("x is", false),
        ("x is not", false),
        ("not", false),
        ("let", false),
        ("let x =", false),
        ("source", false),
        ("(projects", false),
        ("(projects where (x", false),
        ("'abc", false),
        ("“abc", false),
        ("projects where # comment", false),
    ]

    @Test(arguments: completeness)
    func isComplete(_ source: String, _ complete: Bool) {
        #expect(Syntax.isComplete(source) == complete)
    }
}

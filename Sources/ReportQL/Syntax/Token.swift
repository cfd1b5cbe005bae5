import ReportModel

// The words of the language: tokens and keywords with their Chinese aliases. The public questions a front
// end asks about them are in Syntax.swift.

/// A keyword. The raw value is the English spelling; English keywords are matched case-insensitively,
/// Chinese aliases exactly. Keywords are reserved: a field named `where` is written `` `where` ``.
enum Keyword: String, CaseIterable, Sendable {
    // Statements
    case `let`, source, check
    // Clauses
    case `where`, by, `as`, sort, asc, desc, top, limit, offset, select, chart, pivot
    case join, left, on, within
    // Aggregates
    case sum, avg, min, max, median, count, distinct
    // Operators
    case or, and, not, `in`, `is`, contains, like, matches
    // Literals
    case `true`, `false`, missing

    /// The Chinese spellings of the keyword.
    var aliases: [String] {
        switch self {
        case .let: ["令"]
        case .source: ["出处"]
        case .check: ["核对"]
        case .where: ["其中", "筛选"]
        case .by: ["按", "分组"]
        case .as: ["为"]
        case .sort: ["排序"]
        case .asc: ["升序"]
        case .desc: ["降序"]
        case .top: ["前"]
        case .limit: ["限制"]
        case .offset: ["跳过"]
        case .select: ["选择", "显示"]
        case .chart: ["图表"]
        case .join: ["连接"]
        case .left: ["左连接"]
        case .on: ["对应"]
        case .within: ["组内"]
        case .pivot: ["透视"]
        case .sum: ["合计", "求和"]
        case .avg: ["平均"]
        case .min: ["最小"]
        case .max: ["最大"]
        case .median: ["中位数"]
        case .count: ["计数"]
        case .distinct: ["去重"]
        case .or: ["或"]
        case .and: ["且", "并且"]
        case .not: ["非", "不"]
        case .in: ["换算为"]
        case .is: []
        case .contains: ["包含"]
        case .like: ["像"]
        case .matches: ["匹配"]
        case .true: ["真"]
        case .false: ["假"]
        case .missing: ["缺失"]
        }
    }

    /// Every spelling, English in lower case, to its keyword.
    private static let table: [String: Keyword] = {
        var table: [String: Keyword] = [:]
        for keyword in allCases {
            table[keyword.rawValue] = keyword
            for alias in keyword.aliases { table[alias] = keyword }
        }
        return table
    }()

    /// The keyword spelled `word`, if any (`WHERE`, `where` and `其中` all give `.where`).
    init?(word: String) {
        var folded = word
        if word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
            folded = String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        guard let keyword = Keyword.table[folded] else { return nil }
        self = keyword
    }

    /// The aggregate function this keyword names, if it is one.
    var aggregate: AggregateFunction? {
        AggregateFunction(rawValue: rawValue)
    }

    /// Starts a clause of a pipeline.
    var startsClause: Bool {
        switch self {
        case .where, .by, .sort, .top, .limit, .select, .sum, .avg, .min, .max, .median, .count, .join, .left, .within, .pivot: true
        default: false
        }
    }
}

/// The kinds of token. Payloads (a word's text, a number's value) live on ``Token``.
enum TokenKind: Hashable, Sendable {
    /// A bare word (`projects`, `工业`, `invest2024`) or a backtick-quoted one (`` `where` ``).
    case word
    /// `12.5`, `100亿元`, `5%`: the value in ``Token/number``, the unit in ``Token/text``.
    case number
    /// `'…'`, `"…"`, `“…”`: the value, escapes resolved, in ``Token/text``.
    case text
    /// `$name`: the name in ``Token/text``.
    case parameter
    /// `%` or `‰` standing alone, as in `share in %`.
    case unitSymbol
    case keyword(Keyword)
    case leftParen, rightParen, comma, semicolon
    /// A line break that ends a statement (line breaks that do not are dropped by the lexer).
    case newline
    case plus, minus, star, slash
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    /// Something the lexer could not read; the parser reports it.
    case error(LexError)
    case end

    /// Whether a statement may end after this token. A line break after a token that cannot end one
    /// (`where`, `+`, `,`) continues the statement.
    var canEndStatement: Bool {
        switch self {
        case .word, .number, .text, .parameter, .unitSymbol, .rightParen, .semicolon, .newline, .error, .end:
            return true
        case .leftParen, .comma, .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater,
             .greaterEqual:
            return false
        case .keyword(let keyword):
            switch keyword {
            case .check, .asc, .desc, .chart, .count, .true, .false, .missing: return true
            default: return false
            }
        }
    }

    /// Whether a statement may begin with this token. A line that begins with one that cannot (`where`,
    /// `and`, `sum`, `,`) continues the statement of the line before.
    var canBeginStatement: Bool {
        switch self {
        case .word, .number, .text, .parameter, .leftParen, .minus, .semicolon, .newline, .error, .end:
            return true
        case .unitSymbol, .rightParen, .comma, .plus, .star, .slash, .equal, .notEqual, .less, .lessEqual,
             .greater, .greaterEqual:
            return false
        case .keyword(let keyword):
            switch keyword {
            case .let, .source, .check, .not, .true, .false, .missing: return true
            default: return false
            }
        }
    }
}

/// A token: its kind, its range in the original source bytes, and its value. Kept small (40 bytes):
/// the parser copies tokens as it recurses, once per level of nesting.
struct Token: Sendable, Hashable {
    var kind: TokenKind
    var range: SourceRange
    /// A word's text, a text's value, a parameter's name, a number's value and unit, a unit symbol.
    private var value: TokenValue
    /// How many brackets are open around the token. A `;` inside brackets does not end a statement.
    var depth: Int

    init(kind: TokenKind, range: SourceRange, text: String = "", number: ExactDecimal? = nil, depth: Int = 0) {
        self.kind = kind
        self.range = range
        self.depth = depth
        if let number {
            value = .number(number, unit: text)
        } else {
            value = text.isEmpty ? .none : .text(text)
        }
    }

    /// A word's text, a text's value, a parameter's name, a number's unit, a unit symbol; otherwise "".
    var text: String {
        switch value {
        case .none: ""
        case .text(let text): text
        case .number(_, let unit): unit
        }
    }

    /// A number's value.
    var number: ExactDecimal? {
        if case .number(let number, _) = value { return number }
        return nil
    }
}

/// A token's value, boxed so that a token stays small.
private indirect enum TokenValue: Sendable, Hashable {
    case none
    case text(String)
    case number(ExactDecimal, unit: String)
}

/// What the lexer could not read. Each becomes an error token, reported by the parser with its range.
enum LexError: Hashable, Sendable {
    /// A character that starts no token: `!`, `@`, `。`.
    case unexpectedCharacter(Unicode.Scalar)
    /// A NUL byte.
    case nul
    /// Bytes that were not UTF-8 (read as U+FFFD).
    case invalidUTF8
    /// `'abc` with no closing quote.
    case unterminatedText
    /// `` `abc `` with no closing backtick on its line.
    case unterminatedName
    /// ``` `` ```
    case emptyName
    /// `'\q'`
    case unknownEscape(Unicode.Scalar)
    /// More than 38 significant digits.
    case numberTooLarge
    /// More than 38 decimal places.
    case tooManyDecimalPlaces
    /// `12abc`
    case numberFollowedByLetters
    /// `$` not followed by a name.
    case missingParameterName

    var message: String {
        switch self {
        case .unexpectedCharacter(let c): "unexpected character '\(c)'"
        case .nul: "unexpected NUL character"
        case .invalidUTF8: "invalid UTF-8 in source"
        case .unterminatedText: "unterminated text, missing closing quote"
        case .unterminatedName: "unterminated quoted name, missing closing '`'"
        case .emptyName: "empty quoted name"
        case .unknownEscape(let c): "unknown escape '\\\(c)' in text"
        case .numberTooLarge: "number too large (more than \(ExactDecimal.maxDigits) digits)"
        case .tooManyDecimalPlaces: "number has too many decimal places (limit \(ExactDecimal.maxScale))"
        case .numberFollowedByLetters: "a number cannot be followed directly by letters"
        case .missingParameterName: "expected a parameter name after '$'"
        }
    }

    var help: String? {
        switch self {
        case .unexpectedCharacter("!"): "write '!=' for 'not equal', or 'not'"
        case .unknownEscape: "the escapes are \\\\ \\' \\\" \\n \\t"
        case .numberFollowedByLetters: "put a space between them, or quote the text"
        default: nil
        }
    }
}

import ReportModel

/// Turns tokens into statements: a recursive-descent parser for statements and clauses
/// (Parser+Clauses.swift) and a Pratt parser for expressions (Parser+Expressions.swift).
///
/// Errors are collected, not first-only. A statement with an error is left out and the parser skips to the
/// next `;` or line break outside brackets (panic mode), so one mistake does not hide the next.
///
/// Only ``at(_:)``, ``eat(_:)`` and ``expect(_:_:)`` look at and consume tokens, and every loop is guarded
/// by a ``LoopProgress`` so that no input can hang the parser.
struct Parser {
    let file: SourceFile
    let tokens: [Token]
    /// The current token. Never moves past the `.end` token.
    private(set) var index = 0
    /// The first token of the statement being parsed, so messages do not look back into the one before.
    var statementStart = 0
    var diagnostics: [Diagnostic] = []
    /// How deeply the expression being parsed is nested (brackets, prefix operators, operator chains).
    var nesting = 0

    /// The deepest expression the parser accepts: deeper input gets one error, not a stack overflow.
    static let nestingLimit = 200

    /// Parses every statement of `file`, in order, with every syntax error.
    static func parseScript(_ file: SourceFile) -> ([Statement], [Diagnostic]) {
        var parser = Parser(file: file)
        let statements = parser.parseStatements()
        return (statements, parser.diagnostics)
    }

    init(file: SourceFile) {
        self.file = file
        self.tokens = Lexer.tokenize(file.text)
    }

    // MARK: Statements

    /// `script → separator* ( statement ( separator+ statement )* separator* )? end`
    mutating func parseStatements() -> [Statement] {
        var statements: [Statement] = []
        var progress = LoopProgress()
        while progress.advanced(index) {
            while eat(.newline) != nil || eat(.semicolon) != nil {}
            if at(.end) { break }
            statementStart = index
            nesting = 0
            do {
                let statement = try parseStatement()
                try expectEndOfStatement()
                statements.append(statement)
            } catch {
                diagnostics.append(error.diagnostic)
                synchronize()
            }
        }
        return statements
    }

    /// `statement → "let" NAME "=" pipeline | "source" pipeline | "check" | pipeline`
    mutating func parseStatement() throws(ParseError) -> Statement {
        if let keyword = eat(.keyword(.let)) {
            let name = try parseName(after: keyword)
            guard eat(.equal) != nil else {
                throw unexpected("'=' after '\(lexeme(keyword)) \(lexeme(tokens[index - 1]))'")
            }
            let value = try parsePipeline()
            return Statement(kind: .letBinding(name: name, value: value), range: keyword.range.union(value.range))
        }
        if let keyword = eat(.keyword(.source)) {
            let pipeline = try parsePipeline()
            return Statement(kind: .source(pipeline), range: keyword.range.union(pipeline.range))
        }
        if let keyword = eat(.keyword(.check)) {
            return Statement(kind: .check, range: keyword.range)
        }
        let pipeline = try parsePipeline()
        return Statement(kind: .pipeline(pipeline), range: pipeline.range)
    }

    /// A statement ends at a line break, a `;` or the end of input.
    private mutating func expectEndOfStatement() throws(ParseError) {
        if at(.newline) || at(.semicolon) || at(.end) { return }
        throw unexpected("end of statement", help: helpForExtraToken())
    }

    /// Skips to just past the next `;` or line break outside brackets, or to the end.
    private mutating func synchronize() {
        var progress = LoopProgress()
        while progress.advanced(index), !at(.end) {
            let token = current
            _ = eat(token.kind)
            if token.kind == .newline || token.kind == .semicolon && token.depth == 0 { return }
        }
    }

    // MARK: Consuming tokens

    var current: Token { tokens[index] }

    /// The token after the current one.
    var next: Token { tokens[Swift.min(index + 1, tokens.count - 1)] }

    /// Whether the current token is of `kind`.
    func at(_ kind: TokenKind) -> Bool {
        current.kind == kind
    }

    /// Consumes and returns the current token if it is of `kind`.
    @discardableResult
    mutating func eat(_ kind: TokenKind) -> Token? {
        guard at(kind) else { return nil }
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// Consumes the current token if it is of `kind`; otherwise throws `expected WHAT, found …`.
    @discardableResult
    mutating func expect(_ kind: TokenKind, _ what: String, help: String? = nil) throws(ParseError) -> Token {
        if let token = eat(kind) { return token }
        throw unexpected(what, help: help)
    }

    /// Whether the current token follows the previous one with no space between (`f(`, `max(`).
    var isAdjacentToPrevious: Bool {
        index > 0 && tokens[index - 1].range.end == current.range.start
    }

    // MARK: Nesting

    /// Counts one more level of nesting at `range`; throws once the limit is passed.
    mutating func enterNesting(at range: SourceRange) throws(ParseError) {
        nesting += 1
        if nesting > Parser.nestingLimit { throw nestedTooDeeply(range) }
    }

    private func nestedTooDeeply(_ range: SourceRange) -> ParseError {
        ParseError(Diagnostic("expression nested too deeply (limit \(Parser.nestingLimit))", at: range, code: .syntax))
    }

    // MARK: Errors

    /// `expected WHAT after 'PREVIOUS', found CURRENT`, or the lexer's message if the current token is
    /// an error token.
    func unexpected(_ what: String, help: String? = nil) -> ParseError {
        let token = current
        if case .error(let error) = token.kind {
            return ParseError(Diagnostic(error.message, at: token.range, help: error.help, code: .syntax))
        }
        return ParseError(Diagnostic("expected \(what), found \(describe(token))", at: token.range, help: help, code: .syntax))
    }

    /// `expected WHAT after 'PREVIOUS', found CURRENT`, naming the previous token of the statement if any.
    func unexpected(_ what: String, after previous: Token?, help: String? = nil) -> ParseError {
        guard let previous else { return unexpected(what, help: help) }
        return unexpected("\(what) after '\(lexeme(previous))'", help: help)
    }

    /// The token before the current one, if it belongs to the statement being parsed.
    var previous: Token? {
        index > statementStart ? tokens[index - 1] : nil
    }

    /// The source text of `token`.
    func lexeme(_ token: Token) -> String {
        String(decoding: file.bytes[token.range.start..<token.range.end], as: UTF8.self)
    }

    /// How a message names `token`: `'where'`, `end of input`, `end of line`.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "end of input"
        case .newline: return "end of line"
        default:
            var text = lexeme(token)
            if text.count > 24 { text = String(text.prefix(24)) + "…" }
            return "'\(text)'"
        }
    }

    /// `1:5`: where `offset` is, for messages that point back at an earlier token.
    func location(_ offset: Int) -> String {
        let (line, column) = file.location(of: offset)
        return "\(line):\(column)"
    }

    /// What was probably meant when a statement goes on where it should have ended.
    private func helpForExtraToken() -> String? {
        let token = current
        let before = index > statementStart ? tokens[index - 1] : nil
        switch token.kind {
        case .rightParen:
            return "this ')' has no matching '('"
        case .leftParen where before?.kind == .word:
            return "a function call has no space before '('"
        case .word where before?.kind == .number && before?.text == "":
            return "write a unit right after its number, as in 100亿元"
        case .word where before?.kind == .keyword(.chart):
            let hint = didYouMean(for: token.text, among: ChartStyle.allWords).map { $0 + " " } ?? ""
            return hint + "a chart is drawn as 'line', 'spark' or 'bar' (折线, 迷你, 条形), or as 'chart' alone"
        case .word:
            if let keyword = Parser.closestKeyword(to: token.text) { return didYouMean(keyword) }
            return nil
        case .keyword where before?.kind == .keyword(.chart):
            return "'chart' comes last"
        default:
            return nil
        }
    }

    /// The keyword within a small edit distance of `word`, if there is one (`wher` → `where`).
    static func closestKeyword(to word: String) -> String? {
        var work = 0
        return closestKeyword(to: word, work: &work)
    }

    /// ``closestKeyword(to:)``, counting its work (see ``Suggestion``).
    static func closestKeyword(to word: String, work: inout Int) -> String? {
        guard word.utf8.count >= 3, word.utf8.count < 64, word.allSatisfy(\.isASCII) else { return nil }
        return Suggestion.closest(to: word, among: Keyword.allCases.map(\.rawValue),
                                  limit: { _, keyword in keyword >= 5 ? 2 : 1 }, work: &work)
    }
}

/// A syntax error that abandons the statement being parsed.
struct ParseError: Error {
    var diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}

/// Guards a parser loop: each pass must consume a token. A pass that does not is a parser bug; it asserts
/// in debug builds and ends the loop in release builds, so no input can hang the parser.
struct LoopProgress {
    private var last = -1

    mutating func advanced(_ index: Int) -> Bool {
        defer { last = index }
        if index > last { return true }
        assertionFailure("parser loop made no progress at token \(index)")
        return false
    }
}

/// How tightly an operator binds, loosest first. The parser and the printer share it.
enum Precedence: Int, Comparable {
    /// Nothing binds this loosely: the start of a whole expression.
    case none
    /// `a or b` (或)
    case or
    /// `a and b` (且, 并且)
    case and
    /// `not a` (非, 不)
    case not
    /// `a = b`, `!=`/`<>`, `<`, `<=`, `>`, `>=`, `contains` (包含), `like` (像), `matches` (匹配),
    /// `a in (…)`, `a not in (…)`, `a is missing`, `a is not missing`. Non-associative: `a = b = c` is an error.
    case comparison
    /// `a in 万元` (换算为): conversion to another unit; left-associative.
    case conversion
    /// `a + b`, `a - b`
    case term
    /// `a * b`, `a / b`
    case factor
    /// `-a`
    case unary
    /// Literals, words, calls, parameters, `( … )`.
    case primary

    static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }

    /// The next tighter level.
    var tighter: Precedence { Precedence(rawValue: rawValue + 1) ?? .primary }
}

extension Parser {
    /// Parses an expression whose operators bind at least as tightly as `minimum` (Pratt).
    mutating func parseExpression(_ minimum: Precedence = .or) throws(ParseError) -> Expr {
        var left = try parsePrefix()
        // Each operator applied deepens the tree by one: count them against the nesting limit.
        let outerNesting = nesting
        defer { nesting = outerNesting }
        var lastWasComparison = false
        var progress = LoopProgress()
        while progress.advanced(index), let precedence = infixPrecedence(), precedence >= minimum {
            if precedence == .comparison, lastWasComparison { throw chainedComparison() }
            if let op = Parser.binaryOperator(current.kind), op == .and || op == .or || op == .add {
                left = try parseChain(left, op, precedence)
                lastWasComparison = false
                continue
            }
            try enterNesting(at: tokens[index].range)
            left = try parseInfix(left, precedence)
            lastWasComparison = precedence == .comparison
        }
        return left
    }

    /// Chains of this many operands or fewer are left-deep trees, as written; longer ones are balanced.
    static let leftDeepChain = 16

    /// `a OP b OP c …` for an associative operator (`and`, `or`, `+`), read in a loop. A generated `where` of
    /// 10,000 conditions is one flat chain, not 10,000 levels of nesting: a long chain becomes a balanced tree
    /// (the same value: and, or and exact addition are associative), so its depth — what the nesting limit
    /// counts, and what the checker, evaluator and printer recurse through — is the logarithm of its length.
    private mutating func parseChain(_ first: Expr, _ op: BinaryOperator, _ precedence: Precedence) throws(ParseError) -> Expr {
        var operands = [first]
        let start = tokens[index].range
        try enterNesting(at: start)
        var progress = LoopProgress()
        while progress.advanced(index), infixPrecedence() == precedence, Parser.binaryOperator(current.kind) == op {
            eat(current.kind)
            operands.append(try parseExpression(precedence.tighter))
        }
        // The chain's own depth, against the nesting limit (one level was entered above).
        var depth = operands.count - 1
        if operands.count > Self.leftDeepChain {
            depth = 0
            while 1 << depth < operands.count { depth += 1 }
        }
        for _ in 1..<max(1, depth) { try enterNesting(at: start) }
        if operands.count <= Self.leftDeepChain {
            var left = operands[0]
            for right in operands.dropFirst() { left = Expr(.binary(op, left, right), left.range.union(right.range)) }
            return left
        }
        return Self.balanced(operands[...], op)
    }

    private static func balanced(_ operands: ArraySlice<Expr>, _ op: BinaryOperator) -> Expr {
        guard operands.count > 1, let first = operands.first, let last = operands.last else {
            return operands.first ?? Expr(.missing, SourceRange(0, 0))
        }
        let middle = operands.startIndex + operands.count / 2
        let left = balanced(operands[..<middle], op), right = balanced(operands[middle...], op)
        return Expr(.binary(op, left, right), first.range.union(last.range))
    }

    private func chainedComparison() -> ParseError {
        ParseError(Diagnostic("comparisons cannot be chained", at: current.range,
                              help: "join them with 'and', as in a < b and b < c", code: .syntax))
    }

    // MARK: Prefix rules

    // The prefix and infix rules are small functions behind small dispatchers: the parser recurses through
    // them once per bracket or operator, and a debug build gives every temporary of a function its own stack
    // slot, so one big switch would cost kilobytes of stack per level of nesting.

    /// A literal, word, parameter, call, `( … )`, `-x` or `not x`.
    private mutating func parsePrefix() throws(ParseError) -> Expr {
        switch tokens[index].kind {
        case .number, .text, .parameter, .keyword(.true), .keyword(.false), .keyword(.missing):
            return parseLiteral()
        case .word:
            return try parseWord()
        case .leftParen:
            return try parseParenthesized()
        case .minus, .keyword(.not):
            return try parsePrefixOperator()
        default:
            if atAggregateCall { return try parseAggregateCall() }
            throw expectedExpression()
        }
    }

    /// Whether the current token is an aggregate's name directly followed by `(`: `max(`.
    private var atAggregateCall: Bool {
        guard case .keyword(let keyword) = current.kind, keyword.aggregate != nil else { return false }
        return next.kind == .leftParen && next.range.start == current.range.end
    }

    private func expectedExpression() -> ParseError {
        unexpected("an expression", after: previous)
    }

    /// A number, text, parameter, `true`, `false` or `missing`.
    private mutating func parseLiteral() -> Expr {
        let token = current
        eat(token.kind)
        switch token.kind {
        case .number: return Expr(.number(token.number ?? .zero, unit: token.text), token.range)
        case .text: return Expr(.text(token.text), token.range)
        case .parameter: return Expr(.parameter(token.text), token.range)
        case .keyword(.missing): return Expr(.missing, token.range)
        default: return Expr(.bool(token.kind == .keyword(.true)), token.range)
        }
    }

    /// A word, or a call if `(` follows it directly: `projects`, `round(x, 2)`.
    private mutating func parseWord() throws(ParseError) -> Expr {
        let name = Name(current.text, range: current.range)
        eat(.word)
        if at(.leftParen), isAdjacentToPrevious {
            return try parseCall(name)
        }
        return Expr(.word(name.text), name.range)
    }

    /// `max(a, b)`: an aggregate's name directly followed by `(` is a function call, named in English.
    private mutating func parseAggregateCall() throws(ParseError) -> Expr {
        guard case .keyword(let keyword) = current.kind else {
            throw ParseError(Diagnostic("expected a function name", at: current.range, code: .syntax))
        }
        let name = Name(keyword.rawValue, range: current.range)
        eat(current.kind)
        return try parseCall(name)
    }

    /// `-x` or `not x`: the operand takes every operator that binds at least as tightly as the prefix.
    private mutating func parsePrefixOperator() throws(ParseError) -> Expr {
        let isNot = at(.keyword(.not))
        let start = current.range
        try enterNesting(at: current.range)
        defer { nesting -= 1 }
        eat(current.kind)
        let operand = try parseExpression(isNot ? .not : .unary)
        return Expr(isNot ? .not(operand) : .negate(operand), start.union(operand.range))
    }

    /// `( PIPELINE )`: a parenthesised expression, or a query used as a value.
    private mutating func parseParenthesized() throws(ParseError) -> Expr {
        let open = try expect(.leftParen, "'('")
        try enterNesting(at: open.range)
        defer { nesting -= 1 }
        let pipeline = try parsePipeline()
        let close = try expectClosing(open)
        return Expr(.subquery(pipeline), open.range.union(close.range))
    }

    /// The `)` that closes `open`, or `expected ')' to close '(' at 1:5, found …`.
    private mutating func expectClosing(_ open: Token) throws(ParseError) -> Token {
        if let close = eat(.rightParen) { return close }
        throw unexpected("')' to close '(' at \(location(open.range.start))")
    }

    /// `NAME ( [EXPR ( , EXPR )*] )`, the name already consumed.
    private mutating func parseCall(_ name: Name) throws(ParseError) -> Expr {
        let open = try expect(.leftParen, "'('")
        try enterNesting(at: open.range)
        defer { nesting -= 1 }
        var arguments: [Expr] = []
        if !at(.rightParen) {
            arguments = try parseExpressionList()
        }
        let close = try expectClosing(open)
        return Expr(.call(name, arguments), name.range.union(close.range))
    }

    /// `EXPR ( , EXPR )*`
    private mutating func parseExpressionList() throws(ParseError) -> [Expr] {
        var items: [Expr] = []
        var progress = LoopProgress()
        repeat {
            items.append(try parseExpression())
        } while progress.advanced(index) && eat(.comma) != nil
        return items
    }

    // MARK: Infix rules

    /// How tightly the current token binds as an infix operator, or nil if it is not one here.
    private func infixPrecedence() -> Precedence? {
        switch current.kind {
        case .keyword(.or): .or
        case .keyword(.and): .and
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: .comparison
        case .keyword(.contains), .keyword(.like), .keyword(.matches), .keyword(.is), .keyword(.missing): .comparison
        case .keyword(.not): next.kind == .keyword(.in) || next.kind == .keyword(.missing) ? .comparison : nil
        case .keyword(.in): next.kind == .leftParen ? .comparison : .conversion
        case .plus, .minus: .term
        case .star, .slash: .factor
        default: nil
        }
    }

    /// Applies the infix operator at the current token to `left`.
    private mutating func parseInfix(_ left: Expr, _ precedence: Precedence) throws(ParseError) -> Expr {
        switch current.kind {
        case .keyword(.in) where precedence == .conversion:
            return try parseConversion(left)
        case .keyword(.in), .keyword(.not), .keyword(.is), .keyword(.missing):
            return try parseMembershipOrMissing(left)
        default:
            return try parseBinary(left, precedence)
        }
    }

    /// `a OP b` for a binary operator at `precedence`; left-associative.
    private mutating func parseBinary(_ left: Expr, _ precedence: Precedence) throws(ParseError) -> Expr {
        guard let op = Parser.binaryOperator(current.kind) else {
            throw ParseError(Diagnostic("expected an operator", at: current.range, code: .syntax))
        }
        eat(current.kind)
        let right = try parseExpression(precedence.tighter)
        return Expr(.binary(op, left, right), left.range.union(right.range))
    }

    /// `a in 万元` (换算为)
    private mutating func parseConversion(_ left: Expr) throws(ParseError) -> Expr {
        let keyword = current
        eat(.keyword(.in))
        let unit = try parseUnit(after: keyword)
        return Expr(.convert(left, unit: unit), left.range.union(unit.range))
    }

    /// `a in (…)`, `a not in (…)`, `a is missing`, `a is not missing`, `a 缺失`, `a not missing`.
    private mutating func parseMembershipOrMissing(_ left: Expr) throws(ParseError) -> Expr {
        if eat(.keyword(.in)) != nil {
            return try parseInList(left, negated: false)
        }
        if eat(.keyword(.missing)) != nil {
            // `状态 缺失`: the Chinese word order for `is missing`.
            return Expr(.isMissing(left, negated: false), left.range.union(tokens[index - 1].range))
        }
        if eat(.keyword(.not)) != nil {
            if eat(.keyword(.in)) != nil {
                return try parseInList(left, negated: true)
            }
            let missing = try expect(.keyword(.missing), "'in' or 'missing' after 'not'")
            return Expr(.isMissing(left, negated: true), left.range.union(missing.range))
        }
        try expect(.keyword(.is), "'is'")
        let negated = eat(.keyword(.not)) != nil
        let missing = try expect(.keyword(.missing), negated ? "'missing' after 'is not'"
                                                            : "'missing' or 'not missing' after 'is'")
        return Expr(.isMissing(left, negated: negated), left.range.union(missing.range))
    }

    /// `in ( EXPR, … )` after `in` or `not in`.
    private mutating func parseInList(_ left: Expr, negated: Bool) throws(ParseError) -> Expr {
        let open = try expect(.leftParen, "'(' after '\(negated ? "not in" : "in")'")
        if at(.rightParen) {
            throw unexpected("a value in the list after '('")
        }
        let items = try parseExpressionList()
        let close = try expectClosing(open)
        return Expr(.inList(left, items, negated: negated), left.range.union(close.range))
    }

    /// The unit after `in`: a word (`万元`, `` `kW` ``) or `%` / `‰`.
    private mutating func parseUnit(after keyword: Token) throws(ParseError) -> Name {
        let token = current
        if eat(.word) != nil || eat(.unitSymbol) != nil {
            return Name(token.text, range: token.range)
        }
        throw unexpected("a unit or '(' after '\(lexeme(keyword))'")
    }

    static func binaryOperator(_ kind: TokenKind) -> BinaryOperator? {
        switch kind {
        case .keyword(.or): .or
        case .keyword(.and): .and
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        case .keyword(.contains): .contains
        case .keyword(.like): .like
        case .keyword(.matches): .matches
        case .plus: .add
        case .minus: .subtract
        case .star: .multiply
        case .slash: .divide
        default: nil
        }
    }
}

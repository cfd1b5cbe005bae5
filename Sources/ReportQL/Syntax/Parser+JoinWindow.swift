/// `join` and `within` clauses.
extension Parser {
    /// `[left] join OTHER [as NAME] on FIELD [= FIELD], …` (连接; 左连接; 对应)
    mutating func parseJoin() throws(ParseError) -> Clause {
        let start = current.range
        var left = false
        if let token = eat(.keyword(.left)) {
            left = true
            // `左连接` is one word; `left` is followed by `join`.
            if lexeme(token).lowercased() == "left" {
                _ = try expect(.keyword(.join), "'join' after 'left'", help: "a left join is written 'left join indicators on …'")
            } else {
                eat(.keyword(.join))
            }
        } else {
            eat(current.kind)
        }
        let other = try parseExpression()
        let alias = try parseJoinAlias()
        let on = try expect(.keyword(.on), "'on' and the fields to match",
                            help: "write the fields both sides share, as in 'join indicators on region, name, planYear = year'")
        var keys: [JoinKey] = []
        var end = on.range
        var progress = LoopProgress()
        repeat {
            let field = try parseName(after: keys.isEmpty ? on : previous ?? on)
            end = field.range
            var otherField: Name?
            if let eq = eat(.equal) {
                let name = try parseName(after: eq)
                otherField = name
                end = name.range
            }
            keys.append(JoinKey(field: field, other: otherField))
        } while progress.advanced(index) && eat(.comma) != nil
        return Clause(kind: .join(Join(left: left, other: other, alias: alias, keys: keys)), range: start.union(end))
    }

    /// `as NAME` after the other side of a join.
    private mutating func parseJoinAlias() throws(ParseError) -> Name? {
        guard let keyword = eat(.keyword(.as)) else { return nil }
        return try parseName(after: keyword)
    }

    /// `within KEY, … [sort KEY [asc|desc], …] WINDOW [as NAME], …` (组内)
    mutating func parseWindow() throws(ParseError) -> Clause {
        let start = current.range
        let within = current
        eat(current.kind)
        var keys: [Expr] = []
        var end = start
        var progress = LoopProgress()
        if !at(.keyword(.sort)), windowFunction() == nil {
            repeat {
                let key = try parseExpression()
                end = key.range
                keys.append(key)
            } while progress.advanced(index) && eat(.comma) != nil
        }
        var order: [SortKey] = []
        if at(.keyword(.sort)) {
            let clause = try parseSortKeys()
            order = clause.keys
            end = clause.end
        }
        var calls: [WindowCall] = []
        repeat {
            guard windowFunction() != nil else {
                throw unexpected("a window function (rank, dense_rank, row_number, prev, next, running sum, share)",
                                 after: previous ?? within,
                                 help: "as in 'within year sort growth desc rank as r'")
            }
            let call = try parseWindowCall()
            end = call.range
            calls.append(call)
        } while progress.advanced(index) && eat(.comma) != nil
        return Clause(kind: .window(Window(keys: keys, order: order, calls: calls)), range: start.union(end))
    }

    /// The window function the current word names, if any.
    func windowFunction() -> WindowFunction? {
        guard current.kind == .word else { return nil }
        let word = current.text
        if word.lowercased() == "running" { return next.kind == .keyword(.sum) ? .runningSum : nil }
        if word == WindowFunction.runningSum.chinese { return .runningSum }
        return WindowFunction.allCases.first { $0 != .runningSum && ($0.rawValue == word.lowercased() || $0.chinese == word) }
    }

    /// `rank`, `prev EXPR`, `running sum EXPR`, …, with an optional `as NAME`.
    private mutating func parseWindowCall() throws(ParseError) -> WindowCall {
        let token = current
        guard let function = windowFunction() else {
            throw unexpected("a window function")
        }
        eat(token.kind)
        var end = token.range
        if function == .runningSum, let sum = eat(.keyword(.sum)) { end = sum.range }
        var argument: Expr?
        if function.takesArgument {
            let e = try parseExpression()
            argument = e
            end = e.range
        }
        var alias: Name?
        if let keyword = eat(.keyword(.as)) {
            let name = try parseName(after: keyword)
            alias = name
            end = name.range
        }
        return WindowCall(function: function, argument: argument, alias: alias, range: token.range.union(end))
    }
}

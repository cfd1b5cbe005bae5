/// Pipelines and their clauses: `where`, `by`, aggregates, `sort`, `top`, `limit`, `select`, `chart`.
extension Parser {
    /// `pipeline → expression clause* "chart"?`
    mutating func parsePipeline() throws(ParseError) -> Pipeline {
        let head = try parseExpression()
        var clauses: [Clause] = []
        var end = head.range
        var progress = LoopProgress()
        while progress.advanced(index), let keyword = clauseKeyword() {
            let clause = try parseClause(keyword)
            end = clause.range
            clauses.append(clause)
        }
        let chart = eat(.keyword(.chart))
        var style = ChartStyle.automatic
        if chart != nil, at(.word), let named = ChartStyle(word: current.text) {
            style = named
            end = current.range
            eat(.word)
        }
        return Pipeline(head: head, clauses: clauses, chart: chart != nil, chartStyle: style,
                        range: head.range.union(style != .automatic ? end : chart?.range ?? end))
    }

    /// The current token's keyword if it starts a clause.
    private func clauseKeyword() -> Keyword? {
        guard case .keyword(let keyword) = tokens[index].kind, keyword.startsClause else { return nil }
        return keyword
    }

    /// One clause, starting at its keyword. (A dispatcher of small functions: see parsePrefix.)
    private mutating func parseClause(_ keyword: Keyword) throws(ParseError) -> Clause {
        switch keyword {
        case .where: try parseWhere()
        case .by: try parseGroup()
        case .sort: try parseSort()
        case .top: try parseTop()
        case .limit: try parseLimit()
        case .select: try parseSelect()
        case .join, .left: try parseJoin()
        case .within: try parseWindow()
        case .pivot: try parsePivot()
        default: try parseAggregateClause()
        }
    }

    /// `where EXPR` (其中, 筛选)
    private mutating func parseWhere() throws(ParseError) -> Clause {
        let start = current.range
        eat(current.kind)
        let condition = try parseExpression()
        return Clause(kind: .filter(condition), range: start.union(condition.range))
    }

    /// `by KEY [as NAME], … [AGGREGATE, …]` (按, 分组)
    private mutating func parseGroup() throws(ParseError) -> Clause {
        let start = current.range
        eat(current.kind)
        let (keys, keysEnd) = try parseProjections(isGroupKey: true)
        var aggregates: [Aggregate] = []
        if case .keyword(let next) = current.kind, next.aggregate != nil {
            aggregates = try parseAggregates()
        }
        return Clause(kind: .group(keys: keys, aggregates: aggregates),
                      range: start.union(aggregates.last?.range ?? keysEnd))
    }

    /// `AGGREGATE, …` without `by`.
    private mutating func parseAggregateClause() throws(ParseError) -> Clause {
        let start = current.range
        let aggregates = try parseAggregates()
        return Clause(kind: .aggregate(aggregates), range: start.union(aggregates.last?.range ?? start))
    }

    /// `sort EXPR [asc|desc], …` (排序; 升序, 降序)
    private mutating func parseSort() throws(ParseError) -> Clause {
        let (keys, start, end) = try parseSortKeys()
        return Clause(kind: .sort(keys), range: start.union(end))
    }

    /// `sort EXPR [asc|desc], …`: the keys, the range of `sort` and that of the last key's end.
    mutating func parseSortKeys() throws(ParseError) -> (keys: [SortKey], start: SourceRange, end: SourceRange) {
        let start = current.range
        eat(current.kind)
        var keys: [SortKey] = []
        var end = start
        var progress = LoopProgress()
        repeat {
            var expr: Expr
            if case .keyword(let k) = current.kind, k.aggregate != nil {
                // After `by … count` the column is named `count`: `sort count desc` sorts by it.
                expr = Expr(.word(lexeme(current)), current.range)
                eat(current.kind)
            } else {
                expr = try parseExpression()
            }
            end = expr.range
            var descending = false
            if let direction = eat(.keyword(.asc)) {
                end = direction.range
            } else if let direction = eat(.keyword(.desc)) {
                end = direction.range
                descending = true
            }
            keys.append(SortKey(expr: expr, descending: descending))
        } while progress.advanced(index) && eat(.comma) != nil
        return (keys, start, end)
    }

    /// `top N` (前)
    private mutating func parseTop() throws(ParseError) -> Clause {
        let start = current.range
        eat(current.kind)
        let count = try parseExpression()
        return Clause(kind: .top(count), range: start.union(count.range))
    }

    /// `limit N [offset M]` (限制; 跳过)
    private mutating func parseLimit() throws(ParseError) -> Clause {
        let start = current.range
        eat(current.kind)
        let count = try parseExpression()
        var offset: Expr?
        if eat(.keyword(.offset)) != nil {
            offset = try parseExpression()
        }
        return Clause(kind: .limit(count, offset: offset), range: start.union(offset?.range ?? count.range))
    }

    /// `select EXPR [as NAME], …` (选择, 显示)
    private mutating func parseSelect() throws(ParseError) -> Clause {
        let start = current.range
        eat(current.kind)
        let (columns, end) = try parseProjections(isGroupKey: false)
        return Clause(kind: .select(columns), range: start.union(end))
    }

    /// `EXPR [as NAME] ( , EXPR [as NAME] )*`, and the range of the last item.
    private mutating func parseProjections(isGroupKey: Bool) throws(ParseError) -> ([Projection], SourceRange) {
        var items: [Projection] = []
        var end = current.range
        var progress = LoopProgress()
        repeat {
            if isGroupKey, !items.isEmpty, case .keyword(let keyword) = current.kind, keyword.aggregate != nil,
               next.kind != .leftParen {
                throw unexpected("a key after ','",
                                 help: "aggregates follow the keys without a comma, as in 'by sector sum total'")
            }
            let expr = try parseExpression()
            end = expr.range
            let alias = try parseAlias()
            if let alias { end = alias.range }
            items.append(Projection(expr: expr, alias: alias))
        } while progress.advanced(index) && eat(.comma) != nil
        return (items, end)
    }

    /// `AGGREGATE ( , AGGREGATE )*`
    private mutating func parseAggregates() throws(ParseError) -> [Aggregate] {
        var aggregates: [Aggregate] = []
        var progress = LoopProgress()
        repeat {
            aggregates.append(try parseAggregate())
        } while progress.advanced(index) && eat(.comma) != nil
        return aggregates
    }

    /// `sum EXPR`, `avg EXPR`, `min EXPR`, `max EXPR`, `median EXPR`, `count`, `count distinct EXPR`,
    /// each with an optional `as NAME`.
    mutating func parseAggregate() throws(ParseError) -> Aggregate {
        let token = current
        guard case .keyword(let keyword) = token.kind, let function = keyword.aggregate else {
            throw unexpected("an aggregate (sum, avg, min, max, median, count)", after: previous)
        }
        eat(token.kind)
        var argument: Expr?
        var distinct = false
        if function == .count {
            if eat(.keyword(.distinct)) != nil {
                distinct = true
                argument = try parseExpression()
            }
        } else if at(.keyword(.distinct)) {
            throw unexpected("an expression after '\(lexeme(token))'", help: "only 'count' takes 'distinct'")
        } else {
            argument = try parseExpression()
        }
        let alias = try parseAlias()
        let end = alias?.range ?? argument?.range ?? token.range
        return Aggregate(function: function, argument: argument, distinct: distinct, alias: alias,
                         range: token.range.union(end))
    }

    /// `as NAME` (为), if present.
    private mutating func parseAlias() throws(ParseError) -> Name? {
        guard let keyword = eat(.keyword(.as)) else { return nil }
        return try parseName(after: keyword)
    }

    /// A name after `keyword` (`as`, `let`): a word, or any text in backticks.
    mutating func parseName(after keyword: Token) throws(ParseError) -> Name {
        let token = current
        if eat(.word) != nil {
            return Name(token.text, range: token.range)
        }
        if case .keyword = token.kind {
            let spelling = lexeme(token)
            throw unexpected("a name after '\(lexeme(keyword))'",
                             help: "'\(spelling)' is a keyword; quote it with backticks: `\(spelling)`")
        }
        throw unexpected("a name after '\(lexeme(keyword))'")
    }
}

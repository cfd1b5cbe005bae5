/// The `pivot` clause.
extension Parser {
    /// `pivot FIELD AGGREGATE` (透视): `pivot year sum growth`.
    mutating func parsePivot() throws(ParseError) -> Clause {
        let keyword = current
        eat(current.kind)
        if case .keyword(let k) = current.kind, k.aggregate != nil {
            throw unexpected("the field whose values become columns after '\(lexeme(keyword))'",
                             help: "write the field first, then the aggregate: 'pivot year sum growth'")
        }
        let field = try parseExpression()
        guard case .keyword(let k) = current.kind, k.aggregate != nil else {
            throw unexpected("an aggregate (sum, avg, min, max, median, count) after the pivot field",
                             help: "each cell is an aggregate of its rows: 'pivot year sum growth'")
        }
        let aggregate = try parseAggregate()
        return Clause(kind: .pivot(field: field, aggregate: aggregate), range: keyword.range.union(aggregate.range))
    }
}

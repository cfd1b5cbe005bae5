import ReportModel

/// The steps of `join` and `within`, as the checker resolves them for the evaluator.

/// A resolved `join`: which columns match, which of the other side's columns are kept, and every output
/// column's name.
struct JoinStep: Sendable {
    /// `left join`: every row of the pipeline kept.
    var left: Bool
    /// The other side's rows.
    var other: Plan
    /// Column pairs (this side, the other side) whose values must be equal.
    var keys: [(left: Int, right: Int)]
    /// The other side's columns in the output, after this side's (its key columns are left out).
    var rightColumns: [Int]
    /// The name and Chinese name of every output column: this side's, then ``rightColumns``.
    var names: [(name: String, alias: String?)]
    var range: SourceRange
}

/// A resolved window function.
struct TWindowCall: Sendable {
    var function: WindowFunction
    var argument: TypedExpr?
    var name: String
    var type: ValueType
    var unit: Unit?
    var range: SourceRange
}

/// A resolved `within`: the group keys, the order within a group, and the functions.
struct WindowStep: Sendable {
    var keys: [TypedExpr]
    var order: [(expr: TypedExpr, descending: Bool)]
    var calls: [TWindowCall]
    var range: SourceRange
}

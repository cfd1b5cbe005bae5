/// The syntax of `join` and `within`: rows of two collections side by side, and values computed over a row's
/// group in an order (rank, previous value, running sum, share of the group).

/// `[left] join OTHER [as NAME] on KEY, …` (连接, 左连接 … 对应): each row of the pipeline beside each row of
/// `other` whose key fields hold the same values. An inner join keeps matched rows only; `left` keeps every row
/// of the pipeline, with the other side's fields missing where nothing matched.
public struct Join: Sendable, Hashable {
    /// `left join` (左连接).
    public var left: Bool
    /// The other side: a collection, a `let` name or a parenthesised query.
    public var other: Expr
    /// `as NAME`: what the other side's fields are qualified with (`NAME.growth`) when both sides have one.
    public var alias: Name?
    /// The key pairs, matched all together.
    public var keys: [JoinKey]

    /// A join of the pipeline with `other` on `keys`.
    public init(left: Bool, other: Expr, alias: Name? = nil, keys: [JoinKey]) {
        self.left = left
        self.other = other
        self.alias = alias
        self.keys = keys
    }
}

/// `FIELD` (the same name on both sides) or `FIELD = OTHERFIELD` (this side's field, then the other's).
public struct JoinKey: Sendable, Hashable {
    /// The field of the pipeline's rows.
    public var field: Name
    /// The field of the other side; nil when it has the same name.
    public var other: Name?

    /// A key pair: `field` on this side, `other` (or `field`) on the other.
    public init(field: Name, other: Name? = nil) {
        self.field = field
        self.other = other
    }
}

/// The window functions of `within`.
public enum WindowFunction: String, Sendable, Hashable, CaseIterable {
    /// `rank` (排名): 1 + the rows before this one in the order, ties sharing a rank (1, 2, 2, 4).
    case rank
    /// `dense_rank` (密集排名): ties share a rank and no rank is skipped (1, 2, 2, 3).
    case denseRank = "dense_rank"
    /// `row_number` (行号): 1, 2, 3, … in the order, ties in row order.
    case rowNumber = "row_number"
    /// `prev EXPR` (上期): the value of the row before in the order; missing for the first.
    case prev
    /// `next EXPR` (下期): the value of the row after in the order; missing for the last.
    case next
    /// `running sum EXPR` (累计): the sum of the values so far in the order.
    case runningSum = "running sum"
    /// `share EXPR` (占比): the value as a share of its group's sum, in %.
    case share

    /// The Chinese spelling.
    public var chinese: String {
        switch self {
        case .rank: "排名"
        case .denseRank: "密集排名"
        case .rowNumber: "行号"
        case .prev: "上期"
        case .next: "下期"
        case .runningSum: "累计"
        case .share: "占比"
        }
    }

    /// Whether the function reads a value (`prev growth`), rather than the position alone (`rank`).
    public var takesArgument: Bool {
        switch self {
        case .rank, .denseRank, .rowNumber: false
        case .prev, .next, .runningSum, .share: true
        }
    }

    /// Whether the function needs an order (`share` does not).
    public var needsOrder: Bool { self != .share }
}

/// One window function with its argument and name: `rank as r`, `prev growth as before`.
public struct WindowCall: Sendable, Hashable {
    /// Which function.
    public var function: WindowFunction
    /// The value it reads; nil for `rank`, `dense_rank`, `row_number`.
    public var argument: Expr?
    /// The name given with `as` (为).
    public var alias: Name?
    /// The call's source range.
    public var range: SourceRange

    /// A call of `function` on `argument`.
    public init(function: WindowFunction, argument: Expr?, alias: Name? = nil, range: SourceRange) {
        self.function = function
        self.argument = argument
        self.alias = alias
        self.range = range
    }
}

/// `within KEY, … [sort KEY [asc|desc], …] WINDOW, …` (组内): every row kept, in its place, with one new field
/// per window function, computed over the rows that share its keys, in the order given.
public struct Window: Sendable, Hashable {
    /// The fields whose values make a group; empty: the whole table is one group.
    public var keys: [Expr]
    /// The order within each group.
    public var order: [SortKey]
    /// The functions, each a new field.
    public var calls: [WindowCall]

    /// A window over groups of `keys` in `order`.
    public init(keys: [Expr], order: [SortKey], calls: [WindowCall]) {
        self.keys = keys
        self.order = order
        self.calls = calls
    }
}

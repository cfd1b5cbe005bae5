import ReportModel

/// The syntax tree of ReportQL. Every node carries its source range; `Printer` prints a tree back to
/// canonical source, so `parse(print(tree))` gives the same tree.

/// One statement of a script.
public struct Statement: Sendable, Hashable {
    /// What a statement is.
    public enum Kind: Sendable, Hashable {
        /// `let NAME = PIPELINE`
        case letBinding(name: Name, value: Pipeline)
        /// `source PIPELINE` (出处): the report sentences behind the pipeline's figures.
        case source(Pipeline)
        /// `check` (核对): every stated total of the report recomputed from its parts.
        case check
        /// A query or an expression.
        case pipeline(Pipeline)
    }

    /// What the statement is, with its parts.
    public var kind: Kind
    /// The statement's source range.
    public var range: SourceRange

    /// A statement of `kind` covering `range`.
    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A name as written, with its range.
public struct Name: Sendable, Hashable {
    /// The name as written.
    public var text: String
    /// Where the name stands in the source.
    public var range: SourceRange

    /// The name `text`, written at `range`.
    public init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// An expression followed by clauses applied left to right (`projects where … by … sum …`).
/// An expression alone is a pipeline with no clauses; `chart` marks a result to draw as bars.
public struct Pipeline: Sendable, Hashable {
    /// What the pipeline starts from: a collection's name (a ``ExprKind/word(_:)``) or any expression.
    public var head: Expr
    /// The clauses, applied left to right, each to the result of the one before.
    public var clauses: [Clause]
    /// `chart` (图表) at the end.
    public var chart: Bool
    /// The word after `chart` (`line`, `spark`, `bar`), or ``ChartStyle/automatic``.
    public var chartStyle: ChartStyle = .automatic
    /// The pipeline's source range.
    public var range: SourceRange

    /// A pipeline of `head` followed by `clauses`.
    public init(head: Expr, clauses: [Clause], chart: Bool = false, chartStyle: ChartStyle = .automatic,
                range: SourceRange) {
        self.head = head
        self.clauses = clauses
        self.chart = chart
        self.chartStyle = chartStyle
        self.range = range
    }
}

/// An output column: an expression with an optional `as NAME`.
public struct Projection: Sendable, Hashable {
    /// The expression computed for each row (or each group).
    public var expr: Expr
    /// The name given with `as` (为): the output column's name.
    public var alias: Name?

    /// A projection of `expr`, named `alias` if given.
    public init(expr: Expr, alias: Name? = nil) {
        self.expr = expr
        self.alias = alias
    }
}

/// The aggregate functions.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    /// `sum` (合计), `avg` (平均), `min` (最小), `max` (最大), `median` (中位数), `count` (计数).
    /// The raw value is the English keyword.
    case sum, avg, min, max, median, count
}

/// `sum EXPR`, `count`, `count distinct EXPR`, … with an optional `as NAME`.
public struct Aggregate: Sendable, Hashable {
    /// Which aggregate.
    public var function: AggregateFunction
    /// nil for a bare `count`.
    public var argument: Expr?
    /// `count distinct EXPR` (去重): count different values only. Only `count` takes it.
    public var distinct: Bool
    /// The name given with `as` (为): the output column's name.
    public var alias: Name?
    /// The aggregate's source range.
    public var range: SourceRange

    /// An aggregate of `function` over `argument` (nil for a bare `count`).
    public init(function: AggregateFunction, argument: Expr?, distinct: Bool = false, alias: Name? = nil,
                range: SourceRange) {
        self.function = function
        self.argument = argument
        self.distinct = distinct
        self.alias = alias
        self.range = range
    }
}

/// `EXPR [asc|desc]`
public struct SortKey: Sendable, Hashable {
    /// The expression rows are ordered by.
    public var expr: Expr
    /// Whether `desc` (降序) was written; the order is ascending otherwise.
    public var descending: Bool

    /// A sort key on `expr`, descending if `descending`.
    public init(expr: Expr, descending: Bool) {
        self.expr = expr
        self.descending = descending
    }
}

/// One clause of a pipeline.
public struct Clause: Sendable, Hashable {
    /// What a clause does, with its parts.
    public enum Kind: Sendable, Hashable {
        /// `where EXPR` (其中)
        case filter(Expr)
        /// `by KEY, … [AGGREGATE, …]` (按): groups, then the aggregates of each group.
        case group(keys: [Projection], aggregates: [Aggregate])
        /// `AGGREGATE, …` without `by`: one value (or one row when there are several).
        case aggregate([Aggregate])
        /// `sort KEY [asc|desc], …` (排序)
        case sort([SortKey])
        /// `top N` (前)
        case top(Expr)
        /// `limit N [offset M]` (限制)
        case limit(Expr, offset: Expr?)
        /// `select EXPR [as NAME], …` (选择)
        case select([Projection])
        /// `[left] join OTHER [as NAME] on KEY, …` (连接, 左连接; 对应): see ``Join``.
        case join(Join)
        /// `within KEY, … [sort KEY, …] WINDOW, …` (组内): see ``Window``.
        case window(Window)
        /// `pivot FIELD AGGREGATE` (透视): the values of FIELD become columns, each cell the aggregate of its
        /// rows; one row per the keys of a `by` just before it, else per the other columns.
        case pivot(field: Expr, aggregate: Aggregate)
    }

    /// What the clause does.
    public var kind: Kind
    /// The clause's source range.
    public var range: SourceRange

    /// A clause of `kind` covering `range`.
    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// Binary operators, loosest first.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    /// `or` (或) and `and` (且): the loosest.
    case or, and
    /// Comparisons; the raw value is the operator as written.
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    /// `a contains b` (包含): text containment.
    case contains
    /// `a like 'pat%'` (像): `%` any run, `_` one character.
    case like
    /// `a matches 'regex'` (匹配)
    case matches
    /// Exact arithmetic, the tightest; the raw value is the operator as written.
    case add = "+", subtract = "-", multiply = "*", divide = "/"
}

/// Expressions.
public indirect enum ExprKind: Sendable, Hashable {
    /// A number as written, with its unit: `100亿元` → (100, "亿元"); `5` → (5, "").
    case number(ExactDecimal, unit: String)
    /// Quoted text.
    case text(String)
    /// A bare word: a field if one answers to it, otherwise text (`sector = 工业`), resolved by the checker.
    case word(String)
    /// `true` / `false` (真 / 假)
    case bool(Bool)
    /// `missing` (缺失): no value.
    case missing
    /// `$name`: a parameter bound at run time.
    case parameter(String)
    /// `-x`
    case negate(Expr)
    /// `not x` (非)
    case not(Expr)
    /// `a OP b`: arithmetic, a comparison, `and`, `or`, `contains`, `like`, `matches`.
    case binary(BinaryOperator, Expr, Expr)
    /// `x in (a, b, …)`; `negated` for `not in`.
    case inList(Expr, [Expr], negated: Bool)
    /// `x in 万元` (换算为): the quantity converted to another unit of its dimension.
    case convert(Expr, unit: Name)
    /// `x is missing` / `x is not missing`
    case isMissing(Expr, negated: Bool)
    /// `name(arg, …)`
    case call(Name, [Expr])
    /// `(PIPELINE)`: a parenthesised expression, or a query used as a scalar.
    case subquery(Pipeline)
}

/// An expression: what it is, and where it stands in the source.
public struct Expr: Sendable, Hashable {
    /// What the expression is, with its operands.
    public var kind: ExprKind
    /// The expression's source range.
    public var range: SourceRange

    /// An expression of `kind` covering `range`.
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

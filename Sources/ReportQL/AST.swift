/// The syntax tree of ReportQL. Every node carries its source range; `Printer` prints a tree back to
/// canonical source, so `parse(print(tree))` gives the same tree.

/// One statement of a script.
public struct Statement: Sendable, Hashable {
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

    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A name as written, with its range.
public struct Name: Sendable, Hashable {
    public var text: String
    public var range: SourceRange

    public init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// An expression followed by clauses applied left to right (`projects where … by … sum …`).
/// An expression alone is a pipeline with no clauses; `chart` marks a result to draw as bars.
public struct Pipeline: Sendable, Hashable {
    public var head: Expr
    public var clauses: [Clause]
    /// `chart` (图表) at the end.
    public var chart: Bool
    public var range: SourceRange

    public init(head: Expr, clauses: [Clause], chart: Bool = false, range: SourceRange) {
        self.head = head
        self.clauses = clauses
        self.chart = chart
        self.range = range
    }
}

/// An output column: an expression with an optional `as NAME`.
public struct Projection: Sendable, Hashable {
    public var expr: Expr
    public var alias: Name?

    public init(expr: Expr, alias: Name? = nil) {
        self.expr = expr
        self.alias = alias
    }
}

/// The aggregate functions.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    case sum, avg, min, max, median, count
}

/// `sum EXPR`, `count`, `count distinct EXPR`, … with an optional `as NAME`.
public struct Aggregate: Sendable, Hashable {
    public var function: AggregateFunction
    /// nil for a bare `count`.
    public var argument: Expr?
    public var distinct: Bool
    public var alias: Name?
    public var range: SourceRange

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
    public var expr: Expr
    public var descending: Bool

    public init(expr: Expr, descending: Bool) {
        self.expr = expr
        self.descending = descending
    }
}

/// One clause of a pipeline.
public struct Clause: Sendable, Hashable {
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
    }

    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// Binary operators, loosest first.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case or, and
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    /// `a contains b` (包含): text containment.
    case contains
    /// `a like 'pat%'` (像): `%` any run, `_` one character.
    case like
    /// `a matches 'regex'` (匹配)
    case matches
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

public struct Expr: Sendable, Hashable {
    public var kind: ExprKind
    public var range: SourceRange

    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

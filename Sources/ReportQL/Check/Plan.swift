import ReportModel

/// What the checker produces and the evaluator runs: a statement with every name resolved, every type and
/// unit known, and clauses turned into steps over columns. A plan is immutable and `Sendable`; running it
/// twice, or from many tasks at once, gives the same answer.

/// A column of the table flowing through a pipeline, as the checker sees it.
struct ShapeColumn: Sendable {
    var name: String
    var alias: String?
    var type: ValueType
    /// Left out of a plain listing (provenance fields); still selectable by name.
    var hidden: Bool
    /// The known text values (a dictionary-coded column passed through unchanged), for suggestions.
    var knownValues: [String]?
    /// The one unit of every value, when the column has one (a plain number compared with it takes it).
    var unit: Unit? = nil

    func answers(to word: String) -> Bool {
        // Lowercasing a character at most triples its UTF-8 (and a name is short): a word far longer than
        // the name cannot answer to it, and is not lowercased once per column (a 10 MB word in a `where`).
        guard word.utf8.count <= 3 * name.utf8.count + 8 else { return word == alias }
        return word == alias || word.lowercased() == name.lowercased()
    }
}

/// The static type of a statement's result.
enum ResultType: Sendable {
    case scalar(ValueType)
    case table([ShapeColumn])
    case none
}

/// A typed, resolved expression.
struct TypedExpr: Sendable {
    indirect enum Kind: Sendable {
        case constant(Value)
        /// A column of the current table, by index.
        case column(Int)
        /// A `$name` parameter.
        case parameter(String)
        /// A scalar bound by `let`.
        case binding(String)
        case negate(TypedExpr)
        case not(TypedExpr)
        case and(TypedExpr, TypedExpr)
        case or(TypedExpr, TypedExpr)
        /// + - * /
        case arithmetic(BinaryOperator, TypedExpr, TypedExpr)
        /// = != < <= > >=
        case compare(BinaryOperator, TypedExpr, TypedExpr)
        /// contains, like, matches
        case textMatch(BinaryOperator, TypedExpr, TypedExpr)
        case inList(TypedExpr, [TypedExpr], negated: Bool)
        case convert(TypedExpr, Unit)
        case isMissing(TypedExpr, negated: Bool)
        case call(FunctionDefinition, [TypedExpr])
        /// A query used as a value: evaluated once per run.
        case subquery(Plan)
    }

    var kind: Kind
    var type: ValueType
    var range: SourceRange
    /// The one unit of every value, when the checker knows it (the evaluator gives the same): a plain
    /// number beside it takes it.
    var unit: Unit?

    init(_ kind: Kind, _ type: ValueType, _ range: SourceRange, unit: Unit? = nil) {
        self.kind = kind
        self.type = type
        self.range = range
        self.unit = unit
    }
}

/// A resolved aggregate.
struct TypedAggregate: Sendable {
    var function: AggregateFunction
    var argument: TypedExpr?
    var distinct: Bool
    var name: String
    var type: ValueType
    var range: SourceRange
    /// The one unit of every value, when known.
    var unit: Unit? = nil
}

/// One step of a pipeline.
enum Step: Sendable {
    case filter(TypedExpr)
    case group(keys: [(name: String, expr: TypedExpr)], aggregates: [TypedAggregate])
    /// Aggregates over the whole table: a scalar when there is one, else a one-row table.
    case aggregate([TypedAggregate])
    /// Sort, keeping only the first `limit` rows when a `top`/`limit` follows.
    case sort(keys: [(expr: TypedExpr, descending: Bool)], limit: Int?)
    case limit(count: Int, offset: Int)
    case select([(name: String, expr: TypedExpr, hidden: Bool)])
    /// `join`: rows beside the other side's rows with the same keys (``JoinStep``).
    case join(JoinStep)
    /// `within`: every row kept, with window functions over its group (``WindowStep``).
    case window(WindowStep)
    /// One row per value of the keys, one column per value of `field` (Run/Pivot.swift).
    case pivot(keys: [(name: String, expr: TypedExpr)], field: TypedExpr, aggregate: TypedAggregate)
}

/// Where a pipeline's rows come from.
enum PlanSource: Sendable {
    /// A collection of the catalog, by its canonical name.
    case collection(String)
    /// A table bound by `let`.
    case binding(String)
    /// A table produced by a nested pipeline: `(projects where …) sort …`.
    case plan(Plan)
    /// A single value: the pipeline is an expression.
    case scalar(TypedExpr)
}

/// A checked statement, ready to run.
final class Plan: Sendable {
    enum Statement: Sendable {
        case query
        case letBinding(String)
        case source
        case check
    }

    let statement: Statement
    let source: PlanSource
    let steps: [Step]
    let resultType: ResultType
    let presentation: Presentation
    let range: SourceRange

    init(statement: Statement, source: PlanSource, steps: [Step], resultType: ResultType,
         presentation: Presentation, range: SourceRange) {
        self.statement = statement
        self.source = source
        self.steps = steps
        self.resultType = resultType
        self.presentation = presentation
        self.range = range
    }
}

/// A value bound by `let`: its type for the checker, and its value once it has run.
struct Binding: Sendable {
    var type: ResultType
    var value: Evaluated?
}

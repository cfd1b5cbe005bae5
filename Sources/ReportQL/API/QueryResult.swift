import ReportModel

/// A column of a result table.
public struct ResultColumn: Sendable, Hashable {
    /// The column's name, as a printed table heads it: a field's name, the name `as` gave, or the expression as
    /// written (`sum invest2024`).
    public var name: String
    /// The column's static type; a number column's dimension is nil when it is not fixed.
    public var type: ValueType
    /// The one unit of every number in the column, when it has one (`亿元`); nil when the units vary or the
    /// column holds no numbers.
    public var unit: Unit?

    /// A column description named `name` of type `type`, whose numbers are all in `unit` when it is given.
    public init(name: String, type: ValueType, unit: Unit? = nil) {
        self.name = name
        self.type = type
        self.unit = unit
    }
}

/// A table a query produces: named, typed columns and rows of values, independent of how it is printed.
public struct ResultTable: Sendable, Hashable {
    /// The columns, in order: their names and static types.
    public var columns: [ResultColumn]
    /// Row-major values; every row has one value per column.
    public var rows: [[Value]]

    /// A table of `columns` and row-major `rows` (one value per column in every row).
    public init(columns: [ResultColumn], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// What running a statement produced.
public enum QueryResult: Sendable, Hashable {
    /// One value. `skipped` counts the missing values an aggregate passed over.
    case scalar(Value, skipped: Int)
    /// A table: rows of a collection, the groups of a `by`, or the rows of a `select`.
    case table(ResultTable)
    /// A `let` bound a name; nothing to print.
    case bound(String)
    /// Provenance: the report sentences behind a result's figures.
    case sources([SourceQuote])
    /// Reconciliation: every stated total recomputed from its parts.
    case checks([Reconciliation])
}

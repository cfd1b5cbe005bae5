import ReportModel

/// One value a query produces: a quantity with its unit, text, a boolean, or missing.
public enum Value: Sendable, Hashable {
    /// A number with its unit, exact (``Quantity``).
    case number(Quantity)
    /// Text, as the report or the query writes it.
    case text(String)
    /// A boolean: a comparison, a logical operator or a boolean field (`estimate`).
    case bool(Bool)
    /// No value (the report does not give it). Never zero.
    case missing

    /// The quantity of a ``number(_:)``; nil for any other value, missing included.
    public var quantity: Quantity? {
        if case .number(let q) = self { return q }
        return nil
    }

    /// The string of a ``text(_:)``; nil for any other value.
    public var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    /// The boolean of a ``bool(_:)``; nil for any other value.
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// Whether this is ``missing``: the report gives no value (which is not zero).
    public var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }
}

extension Value: CustomStringConvertible {
    /// How the value prints in a table cell: `168.52亿元`, `工业`, `true`, and empty for missing.
    public var description: String {
        switch self {
        case .number(let q): return q.description
        case .text(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .missing: return ""
        }
    }
}

/// The static type of a value or column.
public enum ValueType: Sendable, Hashable, CustomStringConvertible {
    /// A number of a known dimension, or nil when it varies from row to row.
    case number(Dimension?)
    /// Text.
    case text
    /// A boolean.
    case bool
    /// A value whose type is not known until run time (a missing literal, a parameter).
    case any

    /// The type as messages name it: `number`, `number (金额(元))`, `text`, `boolean`, `any`.
    /// A ratio (a plain number or a percentage) is plain `number`.
    public var description: String {
        switch self {
        case .number(let d?): return d == .ratio ? "number" : "number (\(d))"
        case .number(nil): return "number"
        case .text: return "text"
        case .bool: return "boolean"
        case .any: return "any"
        }
    }

    init(_ f: FieldType) {
        switch f {
        case .number(let d): self = .number(d)
        case .text: self = .text
        case .bool: self = .bool
        }
    }
}

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

/// A sentence of the report that states a figure of a result.
public struct SourceQuote: Sendable, Hashable, Codable {
    /// The collection and row the quote belongs to.
    public var collection: String
    /// The 0-based index of the row in its report's collection.
    public var row: Int
    /// The section id and its title.
    public var section: String
    /// The title of ``section``; empty when the quote stands in no section.
    public var sectionTitle: String
    /// The 1-based line of the report text the quote starts on.
    public var line: Int
    /// The whole sentence around the quote.
    public var sentence: String
    /// UTF-16-free offsets: the quote's range within `sentence`, in Characters.
    public var highlight: Range<Int>

    /// A quote; `highlight` is a range of Characters within `sentence`.
    public init(collection: String, row: Int, section: String, sectionTitle: String, line: Int, sentence: String,
                highlight: Range<Int>) {
        self.collection = collection
        self.row = row
        self.section = section
        self.sectionTitle = sectionTitle
        self.line = line
        self.sentence = sentence
        self.highlight = highlight
    }
}

/// One stated total compared with the sum of its parts.
public struct Reconciliation: Sendable, Hashable, Codable {
    /// What was compared, in the report's words: `在建项目 总投资 = Σ 各领域`.
    public var what: String
    /// The figure the report states.
    public var stated: Quantity
    /// The figure recomputed exactly from its parts (or from where the report restates it).
    public var computed: Quantity
    /// The exact difference between the two; zero when they agree.
    public var difference: Quantity
    /// Whether the stated and computed figures are exactly equal.
    public var matches: Bool { difference.value.isZero }

    /// A comparison of `stated` with `computed`; `difference` is given, not recomputed.
    public init(what: String, stated: Quantity, computed: Quantity, difference: Quantity) {
        self.what = what
        self.stated = stated
        self.computed = computed
        self.difference = difference
    }
}

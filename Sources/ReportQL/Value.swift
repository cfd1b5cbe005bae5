/// One value a query produces: a quantity with its unit, text, a boolean, or missing.
public enum Value: Sendable, Hashable {
    case number(Quantity)
    case text(String)
    case bool(Bool)
    /// No value (the report does not give it). Never zero.
    case missing

    public var quantity: Quantity? {
        if case .number(let q) = self { return q }
        return nil
    }

    public var text: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

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
    case text
    case bool
    /// A value whose type is not known until run time (a missing literal, a parameter).
    case any

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
public struct ResultColumn: Sendable, Hashable, Codable {
    public var name: String
    public var type: ValueType

    public init(name: String, type: ValueType) {
        self.name = name
        self.type = type
    }
}

/// A table a query produces: named, typed columns and rows of values, independent of how it is printed.
public struct ResultTable: Sendable, Hashable, Codable {
    public var columns: [ResultColumn]
    /// Row-major values; every row has one value per column.
    public var rows: [[Value]]

    public init(columns: [ResultColumn], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// What running a statement produced.
public enum QueryResult: Sendable, Hashable, Codable {
    /// One value. `skipped` counts the missing values an aggregate passed over.
    case scalar(Value, skipped: Int)
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
    public var row: Int
    /// The section id and its title.
    public var section: String
    public var sectionTitle: String
    public var line: Int
    /// The whole sentence around the quote.
    public var sentence: String
    /// UTF-16-free offsets: the quote's range within `sentence`, in Characters.
    public var highlight: Range<Int>

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
    public var what: String
    public var stated: Quantity
    public var computed: Quantity
    public var difference: Quantity
    public var matches: Bool { difference.value.isZero }

    public init(what: String, stated: Quantity, computed: Quantity, difference: Quantity) {
        self.what = what
        self.stated = stated
        self.computed = computed
        self.difference = difference
    }
}

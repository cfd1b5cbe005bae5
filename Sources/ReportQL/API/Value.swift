import ReportModel

/// One value a query produces: a quantity with its unit, text, a boolean, or missing.
public enum Value: Sendable, Hashable {
    /// A number with its unit, exact (``Quantity``).
    case number(Quantity)
    /// Text, as the report or the query writes it. Two texts are equal when their UTF-8 bytes are (`é` U+00E9 and
    /// `e` + U+0301 are two texts; README, "Text"), not by Swift's canonical equivalence.
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

extension Value {
    /// Whether two values are the same: texts by their UTF-8 bytes (the language's rule for `=`, `in`, `by`,
    /// `count distinct`, joins), numbers and booleans as their own types compare them.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x == y
        case (.text(let x), .text(let y)): return Arithmetic.orderText(x, y) == 0
        case (.bool(let x), .bool(let y)): return x == y
        case (.missing, .missing): return true
        default: return false
        }
    }

    /// Hashes texts by their UTF-8 bytes, as ``==(_:_:)`` compares them.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .number(let q):
            hasher.combine(0 as UInt8)
            hasher.combine(q)
        case .text(let s):
            hasher.combine(1 as UInt8)
            var s = s
            s.withUTF8 { bytes in
                hasher.combine(bytes.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
        case .bool(let b):
            hasher.combine(2 as UInt8)
            hasher.combine(b)
        case .missing:
            hasher.combine(3 as UInt8)
        }
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

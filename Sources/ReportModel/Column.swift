/// The type of a field, as the checker sees it.
public enum FieldType: Sendable, Hashable, CustomStringConvertible {
    /// A number; `dimension` is nil when rows carry units of different dimensions (checked per row).
    case number(Dimension?)
    case text
    case bool

    public var description: String {
        switch self {
        case .number(let d?): return "number(\(d))"
        case .number(nil): return "number"
        case .text: return "text"
        case .bool: return "boolean"
        }
    }
}

/// Numbers stored as scaled `Int64` significands with one scale for the whole column, so a scan is a loop
/// over machine integers. Units are dictionary-coded per row when they vary.
public struct NumberColumn: Sendable {
    /// Significands at ``scale`` places; 0 where the value is missing.
    public internal(set) var values: [Int64]
    /// Decimal places of every value.
    public internal(set) var scale: Int
    /// The distinct units of the column; never empty.
    public internal(set) var units: [Unit]
    /// Per row, an index into ``units``; nil when every row has `units[0]`.
    public internal(set) var unitCodes: [UInt16]?
    /// Per row, whether the value is present; nil when none is missing.
    public internal(set) var present: [Bool]?
    /// Bounds of the values, for overflow-free summing.
    public internal(set) var minValue: Int64 = 0
    public internal(set) var maxValue: Int64 = 0
    var hasBounds = false

    public var count: Int { values.count }

    public init(unit: Unit) {
        values = []
        scale = 0
        units = [unit]
    }

    /// A column of `values` at `scale` places, all in `unit`, none missing.
    public init(values: [Int64], scale: Int, unit: Unit) {
        self.values = values
        self.scale = scale
        self.units = [unit]
        if let lo = values.min(), let hi = values.max() { minValue = lo; maxValue = hi; hasBounds = true }
    }

    /// The dimension every row shares, or nil when they differ.
    public var dimension: Dimension? {
        let d = units[0].dimension
        return units.allSatisfy { $0.dimension == d } ? d : nil
    }

    @inlinable public func isPresent(_ row: Int) -> Bool { present?[row] ?? true }

    @inlinable public func unit(at row: Int) -> Unit {
        if let codes = unitCodes { return units[Int(codes[row])] }
        return units[0]
    }

    public func quantity(at row: Int) -> Quantity? {
        guard isPresent(row) else { return nil }
        return Quantity(ExactDecimal(significand: Int128(values[row]), scale: scale), unit(at: row))
    }

    /// Appends a value (nil: missing). Widens the column's scale when the value has more places.
    /// Throws when the value cannot be held as an `Int64` significand.
    public mutating func append(_ q: Quantity?) throws(QuantityError) {
        guard let q else {
            if present == nil { present = Array(repeating: true, count: values.count) }
            present?.append(false)
            values.append(0)
            appendUnitCode(0)
            return
        }
        let v = q.value.normalized
        if v.scale > scale {
            guard let f = try? ExactDecimal.power10(v.scale - scale) else { throw .overflow }
            var widened: [Int64] = []
            widened.reserveCapacity(values.count + 1)
            for x in values {
                guard let w = Int64(exactly: Int128(x) * f) else { throw .overflow }
                widened.append(w)
            }
            values = widened
            if hasBounds {
                minValue = Int64(Int128(minValue) * f)
                maxValue = Int64(Int128(maxValue) * f)
            }
            scale = v.scale
        }
        guard let s = v.int64(atScale: scale) else { throw .overflow }
        if hasBounds {
            minValue = Swift.min(minValue, s)
            maxValue = Swift.max(maxValue, s)
        } else {
            (minValue, maxValue, hasBounds) = (s, s, true)
        }
        values.append(s)
        present?.append(true)
        if let i = units.firstIndex(of: q.unit) {
            appendUnitCode(UInt16(i))
        } else {
            if values.count == 1 && unitCodes == nil {
                units[0] = q.unit
                return
            }
            guard units.count < Int(UInt16.max) else { throw .overflow }
            units.append(q.unit)
            appendUnitCode(UInt16(units.count - 1))
        }
    }

    private mutating func appendUnitCode(_ code: UInt16) {
        if unitCodes == nil {
            if code == 0 { return }
            unitCodes = Array(repeating: 0, count: values.count - 1)
        }
        unitCodes?.append(code)
    }
}

/// Text dictionary-encoded: each row holds a small integer code into ``dictionary``, so equality with a
/// constant is an integer comparison and grouping is an array index.
public struct TextColumn: Sendable {
    /// The code that marks a missing value.
    public static let missing = UInt32.max
    public internal(set) var codes: [UInt32]
    /// Distinct values in order of first appearance.
    public internal(set) var dictionary: [String]
    var lookup: [String: UInt32]

    public var count: Int { codes.count }

    public init() {
        codes = []
        dictionary = []
        lookup = [:]
    }

    public init<S: Sequence>(_ strings: S) where S.Element == String? {
        self.init()
        for s in strings { append(s) }
    }

    public mutating func append(_ s: String?) {
        guard let s else {
            codes.append(Self.missing)
            return
        }
        if let c = lookup[s] {
            codes.append(c)
        } else {
            let c = UInt32(dictionary.count)
            dictionary.append(s)
            lookup[s] = c
            codes.append(c)
        }
    }

    /// The code of `s`, or nil when no row holds it.
    public func code(of s: String) -> UInt32? { lookup[s] }

    public func string(at row: Int) -> String? {
        let c = codes[row]
        return c == Self.missing ? nil : dictionary[Int(c)]
    }
}

/// Booleans, with missing values.
public struct BoolColumn: Sendable {
    public internal(set) var values: [Bool]
    public internal(set) var present: [Bool]?
    public var count: Int { values.count }

    public init() { values = [] }

    public mutating func append(_ b: Bool?) {
        if b == nil, present == nil { present = Array(repeating: true, count: values.count) }
        values.append(b ?? false)
        present?.append(b != nil)
    }

    public func value(at row: Int) -> Bool? {
        (present?[row] ?? true) ? values[row] : nil
    }
}

/// The storage of one column.
public enum ColumnData: Sendable {
    case number(NumberColumn)
    case text(TextColumn)
    case bool(BoolColumn)

    public var count: Int {
        switch self {
        case .number(let c): return c.count
        case .text(let c): return c.count
        case .bool(let c): return c.count
        }
    }

    public var type: FieldType {
        switch self {
        case .number(let c): return .number(c.dimension)
        case .text: return .text
        case .bool: return .bool
        }
    }
}

/// A named column: its English name, its Chinese alias, a line of documentation, and its data.
public struct Column: Sendable {
    public var name: String
    public var alias: String?
    public var doc: String
    public var data: ColumnData

    public init(name: String, alias: String? = nil, doc: String = "", data: ColumnData) {
        self.name = name
        self.alias = alias
        self.doc = doc
        self.data = data
    }

    public var type: FieldType { data.type }

    /// Whether `word` names this column, in English (any case) or by its Chinese alias.
    public func answers(to word: String) -> Bool {
        word == alias || word.lowercased() == name.lowercased()
    }
}

/// A collection: named columns of equal length.
public struct Table: Sendable {
    public var name: String
    public var alias: String?
    public var doc: String
    public var columns: [Column]

    public init(name: String, alias: String? = nil, doc: String = "", columns: [Column]) {
        self.name = name
        self.alias = alias
        self.doc = doc
        self.columns = columns
    }

    public var rowCount: Int { columns.first?.data.count ?? 0 }

    public func columnIndex(_ word: String) -> Int? {
        columns.firstIndex { $0.answers(to: word) }
    }

    public func column(_ word: String) -> Column? {
        columnIndex(word).map { columns[$0] }
    }

    public func answers(to word: String) -> Bool {
        word == alias || word.lowercased() == name.lowercased()
    }
}

// MARK: Building and gathering (used by the evaluator)

extension NumberColumn {
    /// A column from its parts. `unitCodes` and `present`, when given, have one entry per value.
    public init(values: [Int64], scale: Int, units: [Unit], unitCodes: [UInt16]?, present: [Bool]?) {
        self.values = values
        self.scale = scale
        self.units = units.isEmpty ? [.plain] : units
        self.unitCodes = unitCodes
        self.present = present
        var lo = Int64.max, hi = Int64.min
        for (i, v) in values.enumerated() where present?[i] ?? true {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        if lo <= hi { (minValue, maxValue, hasBounds) = (lo, hi, true) }
    }

    /// The rows `rows`, in that order.
    public func gathered(_ rows: [Int32]) -> NumberColumn {
        var c = self
        c.values = rows.map { values[Int($0)] }
        if let codes = unitCodes { c.unitCodes = rows.map { codes[Int($0)] } }
        if let p = present { c.present = rows.map { p[Int($0)] } }
        return c
    }

    /// Whether any value is missing.
    public var hasMissing: Bool { present?.contains(false) ?? false }
}

extension TextColumn {
    /// The rows `rows`, in that order, sharing this column's dictionary.
    public func gathered(_ rows: [Int32]) -> TextColumn {
        var c = self
        c.codes = rows.map { codes[Int($0)] }
        return c
    }
}

extension BoolColumn {
    public init(values: [Bool], present: [Bool]?) {
        self.values = values
        self.present = present
    }

    public func gathered(_ rows: [Int32]) -> BoolColumn {
        var c = self
        c.values = rows.map { values[Int($0)] }
        if let p = present { c.present = rows.map { p[Int($0)] } }
        return c
    }
}

extension ColumnData {
    public func gathered(_ rows: [Int32]) -> ColumnData {
        switch self {
        case .number(let c): return .number(c.gathered(rows))
        case .text(let c): return .text(c.gathered(rows))
        case .bool(let c): return .bool(c.gathered(rows))
        }
    }
}

extension ColumnData {
    /// The columns one after another (all of one kind; a column of another kind contributes missing values).
    public static func concatenated(_ parts: [ColumnData]) -> ColumnData {
        guard let first = parts.first else { return .text(TextColumn()) }
        switch first {
        case .number:
            var out = NumberColumn(unit: .plain)
            for part in parts {
                switch part {
                case .number(let c):
                    for i in 0..<c.count { if (try? out.append(c.quantity(at: i))) == nil { try? out.append(nil) } }
                default:
                    for _ in 0..<part.count { try? out.append(nil) }
                }
            }
            return .number(out)
        case .text:
            var out = TextColumn()
            for part in parts {
                if case .text(let c) = part {
                    for i in 0..<c.count { out.append(c.string(at: i)) }
                } else {
                    for _ in 0..<part.count { out.append(nil) }
                }
            }
            return .text(out)
        case .bool:
            var out = BoolColumn()
            for part in parts {
                if case .bool(let c) = part {
                    for i in 0..<c.count { out.append(c.value(at: i)) }
                } else {
                    for _ in 0..<part.count { out.append(nil) }
                }
            }
            return .bool(out)
        }
    }
}

/// Booleans, with missing values.
public struct BoolColumn: Sendable {
    /// The values, one a row (false where missing).
    public internal(set) var values: [Bool]
    /// Per row, whether the value is present; nil when none is missing.
    public internal(set) var present: [Bool]?
    /// Rows.
    public var count: Int { values.count }

    /// An empty column.
    public init() { values = [] }

    /// Appends a row (nil: missing).
    public mutating func append(_ b: Bool?) {
        if b == nil, present == nil { present = Array(repeating: true, count: values.count) }
        values.append(b ?? false)
        present?.append(b != nil)
    }

    /// The value of row `row`; nil when it is missing.
    public func value(at row: Int) -> Bool? {
        (present?[row] ?? true) ? values[row] : nil
    }
}

extension BoolColumn {
    /// A column of `values`; `present`, when given, says per row whether the value is there.
    public init(values: [Bool], present: [Bool]?) {
        self.values = values
        self.present = present
    }

    /// The rows `rows`, in that order.
    public func gathered(_ rows: [Int32]) -> BoolColumn {
        var c = self
        c.values = rows.map { values[Int($0)] }
        if let p = present { c.present = rows.map { p[Int($0)] } }
        return c
    }
}

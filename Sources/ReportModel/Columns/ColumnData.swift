/// The storage of one column.
public enum ColumnData: Sendable {
    /// Numbers with units.
    case number(NumberColumn)
    /// Dictionary-coded text.
    case text(TextColumn)
    /// Booleans.
    case bool(BoolColumn)

    /// Rows.
    public var count: Int {
        switch self {
        case .number(let c): return c.count
        case .text(let c): return c.count
        case .bool(let c): return c.count
        }
    }

    /// The type the checker sees.
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
    /// The English name.
    public var name: String
    /// The Chinese alias, when there is one.
    public var alias: String?
    /// One line of documentation.
    public var doc: String
    /// The values.
    public var data: ColumnData

    /// A column named `name` (and `alias`), documented by `doc`, holding `data`.
    public init(name: String, alias: String? = nil, doc: String = "", data: ColumnData) {
        self.name = name
        self.alias = alias
        self.doc = doc
        self.data = data
    }

    /// The type the checker sees.
    public var type: FieldType { data.type }

    /// Whether `word` names this column, in English (any case) or by its Chinese alias.
    public func answers(to word: String) -> Bool {
        word == alias || word.lowercased() == name.lowercased()
    }
}

extension ColumnData {
    /// The rows `rows`, in that order.
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
            if let fast = concatenatedNumbers(parts) { return .number(fast) }
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
            // Each part's codes are mapped into one dictionary, each distinct value hashed once per part, in
            // order of first appearance; values are one entry only when their bytes are equal.
            var out = TextColumn()
            var codes: [UInt32] = []
            codes.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for part in parts {
                guard case .text(let c) = part else {
                    codes.append(contentsOf: repeatElement(TextColumn.missing, count: part.count))
                    continue
                }
                var remap = [UInt32](repeating: TextColumn.missing, count: c.distinct)
                for i in 0..<c.count {
                    let code = c.storage[i]
                    if code == TextColumn.missing {
                        codes.append(code)
                        continue
                    }
                    if remap[Int(code)] == TextColumn.missing {
                        remap[Int(code)] = c.bytes.withEntry(Int(code)) { out.code(adding: $0) }
                    }
                    codes.append(remap[Int(code)])
                }
            }
            out.storage = CodeStorage(narrowing: codes, distinct: out.distinct)
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

extension ColumnData {
    /// Number columns one after another, their significands brought to one scale and their units to one list
    /// (only units some present value has, in order of first appearance); nil when a value would not fit at
    /// that scale (the caller then appends value by value).
    static func concatenatedNumbers(_ parts: [ColumnData]) -> NumberColumn? {
        var scale = 0
        for case .number(let c) in parts where c.count > 0 {
            if c.exact != nil { return nil }
            scale = Swift.max(scale, c.scale)
        }
        let total = parts.reduce(0) { $0 + $1.count }
        var values: [Int64] = []
        values.reserveCapacity(total)
        var present = [Bool]()
        var anyMissing = false
        var units: [Unit] = []
        var unitCodes: [UInt16] = []
        var anyOtherUnit = false
        for part in parts {
            guard case .number(let c) = part else {
                values.append(contentsOf: repeatElement(0, count: part.count))
                present.append(contentsOf: repeatElement(false, count: part.count))
                unitCodes.append(contentsOf: repeatElement(0, count: part.count))
                anyMissing = anyMissing || part.count > 0
                continue
            }
            guard let factor = try? ExactDecimal.power10(scale - c.scale), let f = Int64(exactly: factor) else { return nil }
            var remap = [Int](repeating: -1, count: c.units.count)
            for i in 0..<c.count {
                guard c.isPresent(i) else {
                    values.append(0)
                    present.append(false)
                    unitCodes.append(0)
                    anyMissing = true
                    continue
                }
                let (v, overflow) = c.significand(at: i).multipliedReportingOverflow(by: f)
                if overflow { return nil }
                let u = Int(c.unitCodes?[i] ?? 0)
                if remap[u] < 0 {
                    let unit = c.units[u]
                    if let k = units.firstIndex(of: unit) {
                        remap[u] = k
                    } else {
                        guard units.count < Int(UInt16.max) else { return nil }
                        units.append(unit)
                        remap[u] = units.count - 1
                    }
                }
                values.append(v)
                present.append(true)
                unitCodes.append(UInt16(remap[u]))
                anyOtherUnit = anyOtherUnit || remap[u] != 0
            }
        }
        return NumberColumn(values: values, scale: scale, units: units, unitCodes: anyOtherUnit ? unitCodes : nil,
                            present: anyMissing ? present : nil)
    }
}

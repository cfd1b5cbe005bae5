import ReportModel

/// A table flowing through a pipeline at run time: columns (shared with the catalog, never copied, until a
/// step computes new ones) and an ordered selection of their rows. A `where` only shrinks the selection.
struct Frame: Sendable {
    struct Column: Sendable {
        var name: String
        var alias: String?
        var hidden: Bool
        var data: ColumnData
    }

    var columns: [Column]
    /// The rows of the storage, in order; nil for all of them.
    var selection: [Int32]?
    var storageCount: Int
    /// The catalog collection the rows still are rows of (nil once a step computed new rows).
    var origin: String?

    var count: Int { selection?.count ?? storageCount }

    /// The storage row at position `i`.
    func row(_ i: Int) -> Int32 { selection?[i] ?? Int32(i) }

    /// The frame of the positions where `mask` is `keep`, in their order.
    func keeping(_ mask: [Bool], _ keep: Bool = true) -> Frame {
        var f = self
        f.selection = (0..<count).compactMap { i in mask[i] == keep ? row(i) : nil }
        return f
    }

    init(columns: [Column], selection: [Int32]? = nil, storageCount: Int, origin: String? = nil) {
        self.columns = columns
        self.selection = selection
        self.storageCount = storageCount
        self.origin = origin
    }

    init(table: Table, hidden: (String) -> Bool) {
        columns = table.columns.map { Column(name: $0.name, alias: $0.alias, hidden: hidden($0.name), data: $0.data) }
        selection = nil
        storageCount = table.rowCount
        origin = table.name
    }

    /// Column `i` in selection order.
    func dense(_ i: Int) -> ColumnData {
        guard let selection else { return columns[i].data }
        return columns[i].data.gathered(selection)
    }

    /// The storage rows in selection order.
    var rows: [Int32] { selection ?? (0..<Int32(storageCount)).map { $0 } }
}

/// A value a statement produced at run time.
enum Evaluated: Sendable {
    case table(Frame)
    case scalar(Value, skipped: Int)
}

/// A vector of values over a frame's rows in selection order, or one value for every row.
enum ColumnValues {
    case constant(Value)
    case number(NumberColumn)
    case text(TextColumn)
    case bool(BoolColumn)

    init(_ data: ColumnData) {
        switch data {
        case .number(let c): self = .number(c)
        case .text(let c): self = .text(c)
        case .bool(let c): self = .bool(c)
        }
    }

    func value(at i: Int) -> Value {
        switch self {
        case .constant(let v): return v
        case .number(let c): return c.quantity(at: i).map(Value.number) ?? .missing
        case .text(let c): return c.string(at: i).map(Value.text) ?? .missing
        case .bool(let c): return c.value(at: i).map(Value.bool) ?? .missing
        }
    }

    /// The vector as a column of `count` rows.
    func column(count: Int, type: ValueType) -> ColumnData {
        switch self {
        case .number(let c): return .number(c)
        case .text(let c): return .text(c)
        case .bool(let c): return .bool(c)
        case .constant(let v):
            var b = ValueBuilder(type: type, capacity: count)
            for _ in 0..<count { b.append(v) }
            return b.finish()
        }
    }
}

/// Collects values row by row into a column of the right kind.
struct ValueBuilder {
    enum Kind { case number, text, bool, undecided }
    var kind: Kind
    var number = NumberColumn(unit: .plain)
    var text = TextColumn()
    var bool = BoolColumn()
    var pendingMissing = 0
    var overflowed = false

    init(type: ValueType, capacity: Int = 0) {
        switch type {
        case .number: kind = .number
        case .text: kind = .text
        case .bool: kind = .bool
        case .any: kind = .undecided
        }
    }

    mutating func append(_ v: Value) {
        if kind == .undecided {
            switch v {
            case .missing: pendingMissing += 1; return
            case .number: kind = .number
            case .text: kind = .text
            case .bool: kind = .bool
            }
            for _ in 0..<pendingMissing { appendMissing() }
            pendingMissing = 0
        }
        switch (kind, v) {
        case (.number, .number(let q)):
            do { try number.append(q) } catch { overflowed = true; try? number.append(nil) }
        case (.text, .text(let s)): text.append(s)
        case (.bool, .bool(let b)): bool.append(b)
        case (.text, .number(let q)): text.append(q.description)
        case (.text, .bool(let b)): text.append(b ? "true" : "false")
        default: appendMissing()
        }
    }

    mutating func appendMissing() {
        switch kind {
        case .number: try? number.append(nil)
        case .text: text.append(nil)
        case .bool: bool.append(nil)
        case .undecided: pendingMissing += 1
        }
    }

    mutating func finish() -> ColumnData {
        if kind == .undecided {
            kind = .text
            for _ in 0..<pendingMissing { text.append(nil) }
        }
        switch kind {
        case .number: return .number(number)
        case .bool: return .bool(bool)
        default: return .text(text)
        }
    }
}

import ReportModel

/// Reading a result by name: `table["plan"]` is a column's values, `for row in table { row["sector"] }` reads
/// one row, and ``ResultTable/rows(as:)`` decodes the rows into the host's own `Decodable` type.
extension ResultTable: RandomAccessCollection {
    /// The first row's index, 0.
    public var startIndex: Int { 0 }
    /// The number of rows.
    public var endIndex: Int { rows.count }

    /// Row `index`, readable by column name.
    public subscript(index: Int) -> ResultRow {
        ResultRow(columns: columns, values: rows[index])
    }

    /// The values of the column named `name` (its name as printed, or matched ignoring case), top to bottom;
    /// nil when the table has no such column.
    public subscript(name: String) -> [Value]? {
        guard let c = columnIndex(name) else { return nil }
        return rows.map { $0[c] }
    }

    /// The index of the column named `name`: exactly, else ignoring case.
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex { $0.name == name } ?? columns.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    /// The rows decoded into `type`, one value per row: each property reads the column of its coding key's
    /// name. A number decodes into `Decimal` (from its exact digits), `Double`, `Int` (when whole), `String`
    /// (its digits), ``Quantity`` or ``Value``; a number's value is in its own unit (`181.56` for 181.56亿元).
    /// A missing value decodes as nil into an optional property and is an error for any other.
    ///
    /// - Throws: `DecodingError` naming the row and column that do not fit.
    public func rows<T: Decodable>(as type: T.Type) throws -> [T] {
        var out: [T] = []
        out.reserveCapacity(rows.count)
        for i in rows.indices {
            out.append(try T(from: RowDecoder(row: self[i], codingPath: [RowIndexKey(intValue: i)])))
        }
        return out
    }
}

/// One row of a ``ResultTable``: its values, readable by column name or position.
public struct ResultRow: Sendable, Hashable {
    /// The table's columns.
    public var columns: [ResultColumn]
    /// One value per column.
    public var values: [Value]

    /// A row of `values`, one for each of `columns`.
    public init(columns: [ResultColumn], values: [Value]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the column named `name` (exactly, else ignoring case); nil when there is no such column.
    public subscript(name: String) -> Value? {
        guard let c = columns.firstIndex(where: { $0.name == name })
                ?? columns.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else { return nil }
        return values[c]
    }

    /// The value of column `index`.
    public subscript(index: Int) -> Value { values[index] }

    /// The row decoded into `type`, as ``ResultTable/rows(as:)`` decodes each row.
    public func decoded<T: Decodable>(as type: T.Type) throws -> T {
        try T(from: RowDecoder(row: self, codingPath: []))
    }
}

extension QueryResult {
    /// The table of a ``table(_:)`` result; nil for any other kind.
    public var table: ResultTable? {
        if case .table(let t) = self { return t }
        return nil
    }

    /// The value of a ``scalar(_:skipped:)`` result; nil for any other kind.
    public var scalar: Value? {
        if case .scalar(let v, _) = self { return v }
        return nil
    }
}

extension Quantity {
    /// The value in the quantity's own unit as the nearest `Double` (`181.56` for 181.56亿元), read from its
    /// exact decimal digits. For exact arithmetic keep ``value`` (an ``ExactDecimal``), or read a `Decimal`.
    public var doubleValue: Double {
        Double(value.normalized.description) ?? .nan
    }

    /// The value in `unit` as the nearest `Double`; nil when `unit` is of another dimension.
    public func doubleValue(in unit: Unit) -> Double? {
        (try? converted(to: unit))?.doubleValue
    }
}

extension Value {
    /// The value of a number in its own unit as a `Double`; nil for any other value.
    public var doubleValue: Double? { quantity?.doubleValue }
}

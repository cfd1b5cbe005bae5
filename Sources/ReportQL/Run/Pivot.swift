import ReportModel

/// `pivot FIELD AGGREGATE`: the rows grouped by the row keys and the field (the columnar grouping of
/// ``Aggregation``), then spread so each value of the field is a column of its own. A cell no row falls in is
/// missing, never zero.
extension Evaluator {
    func pivot(_ frame: Frame, keys: [(name: String, expr: TypedExpr)], field: TypedExpr, aggregate: TypedAggregate,
               _ range: SourceRange) throws(RuntimeError) -> Frame {
        let agg = Aggregation(self)
        let grouped = try agg.group(frame, keys: keys + [(name: "", expr: field)], aggregates: [aggregate])
        let groups = grouped.storageCount
        let keyData = keys.indices.map { ColumnValues(grouped.columns[$0].data) }
        let fieldData = ColumnValues(grouped.columns[keys.count].data)
        let cellData = ColumnValues(grouped.columns[keys.count + 1].data)

        // The field's values: one column each, in order of value.
        let (columnOf, columnValues, columnNames) = try pivotColumns(fieldData, groups, field, agg)
        let order = columnValues.indices.sorted { Self.pivotOrder(columnValues[$0], columnValues[$1]) }
        var position = [Int](repeating: 0, count: order.count)
        for (p, c) in order.enumerated() { position[c] = p }

        // The rows: one per value of the keys, in order of first appearance.
        var rowOf: [[Value]: Int] = [:]
        var firstGroup: [Int] = []
        var cells: [[Value]] = []
        for g in 0..<groups {
            try checkpoint(every: g)
            let key = keyData.map { agg.normalizedKey($0.value(at: g)) }
            let row: Int
            if let r = rowOf[key] {
                row = r
            } else {
                row = firstGroup.count
                rowOf[key] = row
                firstGroup.append(g)
                cells.append([Value](repeating: .missing, count: order.count))
            }
            guard let c = columnOf[agg.normalizedKey(fieldData.value(at: g))] else { continue }
            cells[row][position[c]] = cellData.value(at: g)
        }

        var columns: [Frame.Column] = []
        var taken = Set<String>()
        for (k, key) in keys.enumerated() {
            var b = ValueBuilder(type: key.expr.type)
            for g in firstGroup { b.append(keyData[k].value(at: g)) }
            columns.append(Frame.Column(name: key.name, alias: nil, hidden: false, data: b.finish()))
            taken.insert(key.name)
        }
        for (p, c) in order.enumerated() {
            let name = columnNames[c].description
            if taken.contains(name) {
                throw fail("the pivot's column '\(name)' has the name of a row key", field.range,
                           help: "rename the key with 'as' in 'by'")
            }
            taken.insert(name)
            var b = ValueBuilder(type: aggregate.type)
            for (r, row) in cells.enumerated() {
                try checkpoint(every: r)
                b.append(row[p])
            }
            if b.overflowed { throw fail("a pivot cell is too large to hold exactly", range, code: .overflow) }
            columns.append(Frame.Column(name: name, alias: nil, hidden: false, data: b.finish()))
        }
        return Frame(columns: columns, storageCount: firstGroup.count)
    }

    /// The pivot's columns: each value of the field once (normalized, then as written), in order of first
    /// appearance; an error when a row has no value or there are too many.
    func pivotColumns(_ fieldData: ColumnValues, _ groups: Int, _ field: TypedExpr,
                      _ agg: Aggregation) throws(RuntimeError) -> ([Value: Int], [Value], [Value]) {
        var columnOf: [Value: Int] = [:]
        var columnValues: [Value] = []
        var columnNames: [Value] = []
        var missingField = 0
        for g in 0..<groups {
            try checkpoint(every: g)
            let v = fieldData.value(at: g)
            if case .missing = v { missingField += 1; continue }
            let k = agg.normalizedKey(v)
            if columnOf[k] == nil {
                columnOf[k] = columnValues.count
                columnValues.append(k)
                columnNames.append(v)
            }
        }
        if missingField > 0 {
            throw fail("the pivot field '\(pivotText(field.range))' is missing in some rows, so their column has no name",
                       field.range, help: "leave them out first: 'where \(pivotText(field.range)) is not missing'")
        }
        if columnValues.count > Checker.pivotColumnLimit {
            throw fail("the pivot would make \(columnValues.count) columns, more than its limit of \(Checker.pivotColumnLimit)",
                       field.range, help: "pivot on a field with fewer values, or keep fewer rows first with 'where'",
                       code: .tooManyColumns)
        }
        return (columnOf, columnValues, columnNames)
    }

    /// The order of a pivot's columns: numbers by value (by dimension first when they differ), then text in
    /// code-point order, then false before true.
    static func pivotOrder(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            if x.unit.dimension != y.unit.dimension { return "\(x.unit.dimension)" < "\(y.unit.dimension)" }
            if x.unit != y.unit { return x.unit.symbol < y.unit.symbol }
            return x.value < y.value
        case (.text(let x), .text(let y)):
            return Array(x.unicodeScalars.map(\.value)).lexicographicallyPrecedes(y.unicodeScalars.map(\.value))
        case (.bool(let x), .bool(let y)):
            return !x && y
        default:
            return rank(a) < rank(b)
        }
    }

    private static func rank(_ v: Value) -> Int {
        switch v {
        case .number: 0
        case .text: 1
        case .bool: 2
        case .missing: 3
        }
    }

    func pivotText(_ range: SourceRange) -> String {
        let bytes = context.file.bytes
        let s = min(max(0, range.start), bytes.count), e = min(max(s, range.end), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}

import ReportModel

/// Aggregates over a frame, whole or by groups. Missing values are skipped, never taken as zero, and counted.
struct Aggregation {
    let evaluator: Evaluator

    init(_ evaluator: Evaluator) {
        self.evaluator = evaluator
    }

    /// One aggregate over every row: the value and how many missing values it skipped.
    func whole(_ frame: Frame, _ a: TypedAggregate) throws(RuntimeError) -> (Value, Int) {
        let arg = try a.argument.map { e throws(RuntimeError) in try evaluator.eval(e, frame) }
        let n = frame.count
        // Fast path: the sum of a one-unit column is an integer loop.
        if a.function == .sum, !a.distinct, case .number(let c)? = arg, c.isUniform {
            return try sumOneUnit(c, a.range)
        }
        // Median, count distinct and the rest over a one-unit column or codes: the per-group kernels, one group.
        if n > 0, let arg, let skipped = missingCount(arg, n), let data = try perGroup(a, arg, Groups.single(n)) {
            return (ColumnValues(data).value(at: 0), skipped)
        }
        return try reduce(a, arg, rows: Array(0..<n))
    }

    func sumOneUnit(_ c: NumberColumn, _ range: SourceRange) throws(RuntimeError) -> (Value, Int) {
        var scan = Scan(count: c.count, selection: nil, condition: nil)
        scan.stop = { evaluator.shouldStop }
        let s = summarize(scan, c, bounds: false)
        // A scan stopped early left a partial sum: the checkpoint ends the run instead.
        try evaluator.checkpoint(range)
        if s.rows == s.missing { return (.missing, s.missing) }
        return (.number(Quantity(ExactDecimal(significand: s.total, scale: c.scale), c.units[0])), s.missing)
    }

    // MARK: Scans (Run/Engine/): aggregates that read columns block by block

    /// Whether `a` can be computed by a scan: `count`, or sum, avg, min or max of a number column of one
    /// unit.
    func canScan(_ a: TypedAggregate, _ frame: Frame) -> Bool {
        guard !a.distinct else { return false }
        guard let arg = a.argument else { return a.function == .count }
        guard [.sum, .avg, .min, .max].contains(a.function) else { return false }
        if case .column(let i) = arg.kind, case .number(let c) = frame.columns[i].data, c.isUniform { return true }
        // Column arithmetic: the expression is read block by block (Engine/ExpressionAggregates.swift).
        return ExpressionInput(arg, frame) != nil
    }

    /// Whether a grouping can be computed by a scan: one text column as the key, and aggregates that
    /// ``canScan(_:_:)``.
    func canScanGroup(_ keys: [(name: String, expr: TypedExpr)], _ aggregates: [TypedAggregate], _ frame: Frame) -> Bool {
        guard keys.count == 1, case .column(let k) = keys[0].expr.kind, case .text = frame.columns[k].data else {
            return false
        }
        // The grouped kernel reads columns only, not arithmetic.
        return aggregates.allSatisfy { a in
            canScan(a, frame) && a.argument.map { if case .column = $0.kind { return true }; return false } ?? true
        }
    }

    /// One aggregate over the rows `scan` keeps: the value and how many missing values it skipped.
    func whole(_ scan: Scan, _ a: TypedAggregate, _ frame: Frame) throws(RuntimeError) -> (Value, Int) {
        let bounds = a.function == .min || a.function == .max
        if let arg = a.argument, let input = ExpressionInput(arg, frame) {
            let s = input.summarize(scan, bounds: bounds)
            // At the scale the column-at-a-time path gives: the trailing zeros every value has dropped.
            let f = Int128(ScaledArithmetic.power10[s.zeros])
            let shift = Int64(ScaledArithmetic.power10[s.zeros])
            return (try finish(a, total: s.total / f, count: s.rows - s.missing, min: s.min / shift, max: s.max / shift,
                               scale: input.side.scale - s.zeros, unit: input.side.unit), s.missing)
        }
        guard let arg = a.argument, case .column(let i) = arg.kind, case .number(let c) = frame.columns[i].data else {
            return (.number(Quantity(ExactDecimal(countRows(scan)))), 0)
        }
        let s = summarize(scan, c, bounds: bounds)
        let present = s.rows - s.missing
        return (try finish(a, total: s.total, count: present, min: s.min, max: s.max, c), s.missing)
    }

    /// The value of sum, avg, min, max or count of `count` present values of a one-unit column, from their
    /// integer total and bounds — the same values the row-by-row ``reduce(_:_:rows:)`` gives.
    func finish(_ a: TypedAggregate, total: Int128, count: Int, min: Int64, max: Int64,
                _ c: NumberColumn) throws(RuntimeError) -> Value {
        try finish(a, total: total, count: count, min: min, max: max, scale: c.scale, unit: c.units[0])
    }

    func finish(_ a: TypedAggregate, total: Int128, count: Int, min: Int64, max: Int64,
                scale: Int, unit: Unit) throws(RuntimeError) -> Value {
        if a.function == .count { return .number(Quantity(ExactDecimal(count))) }
        guard count > 0 else { return .missing }
        switch a.function {
        case .min: return .number(Quantity(ExactDecimal(significand: Int128(min), scale: scale), unit))
        case .max: return .number(Quantity(ExactDecimal(significand: Int128(max), scale: scale), unit))
        default:
            let sum = Quantity(ExactDecimal(significand: total, scale: scale), unit)
            guard a.function == .avg else { return .number(sum) }
            do throws(Arithmetic.Failure) {
                return .number(try Arithmetic.divide(sum, Quantity(ExactDecimal(count))))
            } catch {
                throw evaluator.arithmeticFailure(error, a.range)
            }
        }
    }

    /// Rows `scan` keeps grouped by one text column (groups in order of first appearance), then the
    /// aggregates of each group: one pass for the groups and one per number column, over dictionary codes.
    func group(_ scan: Scan, _ keys: [(name: String, expr: TypedExpr)], _ aggregates: [TypedAggregate],
               _ frame: Frame) throws(RuntimeError) -> Frame {
        guard case .column(let k) = keys[0].expr.kind, case .text(let key) = frame.columns[k].data else {
            throw evaluator.fail("internal error: not a scannable grouping", keys[0].expr.range)
        }
        // Each number column once, however many aggregates read it.
        var inputs: [GroupInput] = []
        var inputOf: [Int: Int] = [:]
        for a in aggregates {
            guard let arg = a.argument, case .column(let i) = arg.kind, case .number(let c) = frame.columns[i].data else {
                continue
            }
            let bounds = a.function == .min || a.function == .max
            if let j = inputOf[i] {
                inputs[j].bounds = inputs[j].bounds || bounds
            } else {
                inputOf[i] = inputs.count
                inputs.append(GroupInput(column: c, bounds: bounds))
            }
        }
        let g = groupSums(scan, key: key.storage, inputs: inputs)
        var columns: [Frame.Column] = []
        // The key column shares the key's dictionary: its first row of each group, no `Value` per group.
        columns.append(Frame.Column(name: keys[0].name, alias: nil, hidden: false, data: .text(key.gathered(g.firstRows))))
        for a in aggregates {
            var b = ValueBuilder(type: a.type)
            if let arg = a.argument, case .column(let i) = arg.kind, let j = inputOf[i],
               case .number(let c) = frame.columns[i].data {
                for s in g.order {
                    let count = g.present[j]?[s] ?? g.rows[s]
                    b.append(try finish(a, total: g.sums[j][s], count: count, min: g.min[j].isEmpty ? 0 : g.min[j][s],
                                        max: g.max[j].isEmpty ? 0 : g.max[j][s], c))
                }
            } else {
                columns.append(Frame.Column(name: a.name, alias: nil, hidden: false,
                                            data: countColumn(g.order.map { g.rows[$0] })))
                continue
            }
            columns.append(Frame.Column(name: a.name, alias: nil, hidden: false, data: b.finish()))
        }
        return Frame(columns: columns, storageCount: g.order.count)
    }

    /// Several aggregates over every row, as a one-row table.
    func oneRow(_ frame: Frame, _ aggregates: [TypedAggregate]) throws(RuntimeError) -> Frame {
        var columns: [Frame.Column] = []
        for a in aggregates {
            let (v, _) = try whole(frame, a)
            var b = ValueBuilder(type: a.type)
            b.append(v)
            columns.append(Frame.Column(name: a.name, alias: nil, hidden: false, data: b.finish()))
        }
        return Frame(columns: columns, storageCount: 1)
    }

    /// Rows grouped by the keys (groups in order of first appearance), then the aggregates of each group:
    /// hash grouping and per-group kernels (Engine/HashGrouping.swift, Engine/GroupAggregates.swift); the
    /// row-by-row ``reduce(_:_:rows:)`` only for an aggregate they do not cover.
    func group(_ frame: Frame, keys: [(name: String, expr: TypedExpr)],
               aggregates: [TypedAggregate]) throws(RuntimeError) -> Frame {
        // A key computed from one number column groups by that column where it can (Engine/ComputedKeys.swift).
        var groupKeys: [GroupKey] = []
        for k in keys {
            if let g = groupKey(k.expr, frame) {
                groupKeys.append(g)
            } else {
                groupKeys.append(.values(try evaluator.eval(k.expr, frame)))
            }
        }
        let n = frame.count
        let grouping = try groups(groupKeys, n)
        let firstRow = grouping.firstRows()
        var columns: [Frame.Column] = []
        for (k, key) in keys.enumerated() {
            var data: ColumnData
            if case .values(let v) = groupKeys[k] {
                data = keyColumn(v, grouping, firstRow, type: key.expr.type)
            } else {
                // The key's values on the groups' first rows only.
                let rows = firstRow.map { frame.selection?[Int($0)] ?? $0 }
                let firsts = Frame(columns: frame.columns, selection: rows, storageCount: frame.storageCount,
                                   origin: frame.origin)
                let v = try evaluator.eval(key.expr, firsts)
                data = keyColumn(v, grouping, (0..<Int32(firstRow.count)).map { $0 }, type: key.expr.type)
            }
            columns.append(Frame.Column(name: key.name, alias: nil, hidden: false, data: data))
        }
        var members: [[Int]]?
        for a in aggregates {
            let arg = try a.argument.map { e throws(RuntimeError) in try evaluator.eval(e, frame) }
            if let data = try perGroup(a, arg, grouping) {
                columns.append(Frame.Column(name: a.name, alias: nil, hidden: false, data: data))
                continue
            }
            if members == nil {
                var m = [[Int]](repeating: [], count: grouping.count)
                for i in 0..<n {
                    try evaluator.checkpoint(every: i)
                    m[Int(grouping.of[i])].append(i)
                }
                members = m
            }
            var b = ValueBuilder(type: a.type)
            for (g, rows) in (members ?? []).enumerated() {
                try evaluator.checkpoint(every: g)
                b.append(try reduce(a, arg, rows: rows).0)
            }
            columns.append(Frame.Column(name: a.name, alias: nil, hidden: false, data: b.finish()))
        }
        return Frame(columns: columns, storageCount: firstRow.count)
    }

    /// Numbers of one dimension in different units group together: 1亿元 and 10000万元 are one key.
    func normalizedKey(_ v: Value) -> Value {
        guard case .number(let q) = v, !q.unit.isPlain else { return v }
        let base = Unit(symbol: "", dimension: q.unit.dimension, numerator: 1)
        if let c = try? q.converted(to: base) { return .number(Quantity(c.value.normalized, base)) }
        return v
    }

    /// One aggregate over the given rows of `arg`.
    func reduce(_ a: TypedAggregate, _ arg: ColumnValues?, rows: [Int]) throws(RuntimeError) -> (Value, Int) {
        guard let arg else {
            return (.number(Quantity(ExactDecimal(rows.count))), 0)
        }
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        var skipped = 0
        for r in rows {
            let v = arg.value(at: r)
            if v.isMissing { skipped += 1 } else { values.append(v) }
        }
        if a.distinct {
            var seen = Set<Value>()
            values = values.filter { seen.insert(normalizedKey($0)).inserted }
        }
        switch a.function {
        case .count:
            return (.number(Quantity(ExactDecimal(values.count))), skipped)
        case .min, .max:
            guard var best = values.first else { return (.missing, skipped) }
            for v in values.dropFirst() {
                let c = Arithmetic.order(v, best)
                if a.function == .min ? c < 0 : c > 0 { best = v }
            }
            return (best, skipped)
        case .sum, .avg, .median:
            var qs: [Quantity] = []
            for v in values {
                guard let q = v.quantity else { throw evaluator.fail("'\(a.function.rawValue)' needs numbers, found '\(v)'", a.range) }
                qs.append(q)
            }
            guard !qs.isEmpty else { return (.missing, skipped) }
            if a.function == .median {
                do throws(Arithmetic.Failure) {
                    var sortError: Arithmetic.Failure?
                    qs.sort { x, y in
                        do throws(Arithmetic.Failure) { return try Arithmetic.compare(x, y) < 0 } catch { sortError = error; return false }
                    }
                    if let sortError { throw sortError }
                    let mid = qs.count / 2
                    if qs.count % 2 == 1 { return (.number(qs[mid]), skipped) }
                    let s = try Arithmetic.addSubtract(qs[mid - 1], qs[mid], subtract: false)
                    return (.number(try Arithmetic.divide(s, Quantity(ExactDecimal(2)))), skipped)
                } catch {
                    throw evaluator.arithmeticFailure(error, a.range)
                }
            }
            do throws(Arithmetic.Failure) {
                var total = qs[0]
                for q in qs.dropFirst() { total = try Arithmetic.addSubtract(total, q, subtract: false) }
                if a.function == .avg {
                    total = try Arithmetic.divide(total, Quantity(ExactDecimal(qs.count)))
                }
                return (.number(total), skipped)
            } catch {
                throw evaluator.arithmeticFailure(error, a.range)
            }
        }
    }
}

/// Aggregates over a frame, whole or by groups. Missing values are skipped, never taken as zero, and counted.
struct Aggregation {
    let evaluator: Evaluator

    init(_ evaluator: Evaluator) {
        self.evaluator = evaluator
    }

    /// One aggregate over every row: the value and how many missing values it skipped.
    func whole(_ frame: Frame, _ a: TAggregate) throws(RuntimeError) -> (Value, Int) {
        let arg = try a.argument.map { e throws(RuntimeError) in try evaluator.eval(e, frame) }
        let n = frame.count
        // Fast path: the sum of a one-unit column is an integer loop.
        if a.function == .sum, !a.distinct, case .number(let c)? = arg, c.unitCodes == nil {
            return try sumOneUnit(c, a.range)
        }
        return try reduce(a, arg, rows: Array(0..<n))
    }

    func sumOneUnit(_ c: NumberColumn, _ range: SourceRange) throws(RuntimeError) -> (Value, Int) {
        var total: Int128 = 0
        var skipped = 0
        var seen = 0
        c.values.withUnsafeBufferPointer { v in
            if let present = c.present {
                for i in 0..<v.count {
                    if present[i] { total += Int128(v[i]); seen += 1 } else { skipped += 1 }
                }
            } else {
                // Int64 partial sums are exact while |value| × count stays below 2^63; flush before that.
                let bound = Swift.max(c.minValue.magnitude, c.maxValue.magnitude, 1)
                let chunk = Swift.max(1, Int(Swift.min(UInt64(1 << 62) / bound, UInt64(1 << 20))))
                var i = 0
                while i < v.count {
                    let end = Swift.min(v.count, i + chunk)
                    var partial: Int64 = 0
                    for k in i..<end { partial &+= v[k] }
                    total += Int128(partial)
                    i = end
                }
                seen = v.count
            }
        }
        if seen == 0 { return (.missing, skipped) }
        return (.number(Quantity(ExactDecimal(significand: total, scale: c.scale), c.units[0])), skipped)
    }

    /// Several aggregates over every row, as a one-row table.
    func oneRow(_ frame: Frame, _ aggregates: [TAggregate]) throws(RuntimeError) -> Frame {
        var columns: [Frame.Column] = []
        for a in aggregates {
            let (v, _) = try whole(frame, a)
            var b = ValueBuilder(type: a.type)
            b.append(v)
            columns.append(Frame.Column(name: a.name, alias: nil, hidden: false, data: b.finish()))
        }
        return Frame(columns: columns, storageCount: 1)
    }

    /// Rows grouped by the keys (groups in order of first appearance), then the aggregates of each group.
    func group(_ frame: Frame, keys: [(name: String, expr: TExpr)],
               aggregates: [TAggregate]) throws(RuntimeError) -> Frame {
        var keyVecs: [Vec] = []
        for k in keys { keyVecs.append(try evaluator.eval(k.expr, frame)) }
        let n = frame.count
        var groupOf = [Int](repeating: 0, count: n)
        var firstRow: [Int] = []
        if keyVecs.count == 1, case .text(let c) = keyVecs[0] {
            // One text key: the dictionary code is the group.
            var slot = [Int](repeating: -1, count: c.dictionary.count + 1)
            for i in 0..<n {
                let code = c.codes[i]
                let s = code == TextColumn.missing ? c.dictionary.count : Int(code)
                if slot[s] < 0 {
                    slot[s] = firstRow.count
                    firstRow.append(i)
                }
                groupOf[i] = slot[s]
            }
        } else {
            var index: [[Value]: Int] = [:]
            for i in 0..<n {
                let key = keyVecs.map { normalizedKey($0.value(at: i)) }
                if let g = index[key] {
                    groupOf[i] = g
                } else {
                    index[key] = firstRow.count
                    groupOf[i] = firstRow.count
                    firstRow.append(i)
                }
            }
        }
        var members = [[Int]](repeating: [], count: firstRow.count)
        for i in 0..<n { members[groupOf[i]].append(i) }

        var columns: [Frame.Column] = []
        for (k, key) in keys.enumerated() {
            var b = ValueBuilder(type: key.expr.type)
            for r in firstRow { b.append(keyVecs[k].value(at: r)) }
            columns.append(Frame.Column(name: key.name, alias: nil, hidden: false, data: b.finish()))
        }
        for a in aggregates {
            let arg = try a.argument.map { e throws(RuntimeError) in try evaluator.eval(e, frame) }
            var b = ValueBuilder(type: a.type)
            for rows in members {
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
    func reduce(_ a: TAggregate, _ arg: Vec?, rows: [Int]) throws(RuntimeError) -> (Value, Int) {
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

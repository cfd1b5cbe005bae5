import ReportModel

// `[where …] select …, E as x, … sort x [desc] top k` in one pass: the top k of the computed number E, read
// block by block from the columns (Engine/ExpressionTopK.swift), then the select evaluated on those k rows
// only. The answer is the unfused one — values, scale, order, ties, missing last — and so are the errors:
// E is arithmetic that cannot overflow (its interval fits 64 bits) and every other item cannot fail on a
// row, so no row left out could have raised one. Rows are counted against the budget as the unfused steps
// count them.

extension Evaluator {
    /// The fused steps from `i` (a `where`, a `select` and its `sort … top`) and how many it took; nil when
    /// the steps are not of that form.
    func selectTop(_ steps: [Step], _ i: Int, _ frame: Frame, _ range: SourceRange) throws(RuntimeError) -> (Evaluated, Int)? {
        var j = i
        var predicate: TypedExpr? = nil
        if case .filter(let p) = steps[j] {
            predicate = p
            j += 1
        }
        guard j + 1 < steps.count, case .select(let items) = steps[j], case .sort(let keys, let limit?) = steps[j + 1],
              keys.count == 1, case .column(let c) = keys[0].expr.kind, c < items.count,
              items.indices.allSatisfy({ $0 == c || Self.cannotFail(items[$0].expr) }) else { return nil }
        guard let input = ExpressionInput(items[c].expr, frame), input.side.scale <= 18 else {
            if case .arithmetic(.divide, let a, let b) = items[c].expr.kind {
                return try quotientTop(a, b, items, c, predicate, keys[0].descending, limit, frame, consumed: j + 2 - i, range)
            }
            return nil
        }
        try visit(frame.count, range)
        var condition: RowCondition? = nil
        if let predicate { condition = try self.condition(predicate, frame) }
        let top = input.top(scan(frame, condition), descending: keys[0].descending, k: limit)
        // A scan stopped early left a partial answer: the checkpoint ends the run instead.
        try checkpoint(range)
        // The rows the unfused select and sort would have read.
        if predicate != nil { try visit(top.kept, range) }
        try visit(top.kept, range)
        var f = frame
        f.selection = top.rows
        var columns: [Frame.Column] = []
        for (n, item) in items.enumerated() {
            let data: ColumnData
            if n == c, let computed = input.column(top.rows, zeros: top.zeros) {
                data = .number(computed)
            } else {
                data = try eval(item.expr, f).column(count: f.count, type: item.expr.type)
            }
            columns.append(Frame.Column(name: item.name, alias: nil, hidden: item.hidden, data: data))
        }
        return (.table(Frame(columns: columns, storageCount: f.count)), j + 2 - i)
    }
}

/// A row offered to the top k of a quotient: its quotient at 16 places, negated for a descending order (so
/// smaller is better), then its place (ties keep the rows' order).
typealias RankedQuotient = Ranked<Int128>

extension Evaluator {
    /// `[where …] select …, a / b as x, … sort x top k`: the top k of every kept row's quotient as the column
    /// path computes it (ScaledDivision.swift: 16 places, half to even; quotients past 64 bits too, in 128), and
    /// the select on those k rows only — the unfused answer, its column at the scale the whole column would have
    /// had. Quotients of column arithmetic are ranked by multiplication on the scan's threads, dividing only the
    /// rows that enter the top k (Engine/ScaledQuotient.swift); others are divided row by row. When a kept row
    /// divides by zero, or the column path does not take the quotient (an operand of varying units …), the
    /// unfused steps run from the select on (after the `where`, when there is one), and report.
    private func quotientTop(_ a: TypedExpr, _ b: TypedExpr, _ items: [(name: String, expr: TypedExpr, hidden: Bool)],
                             _ c: Int, _ predicate: TypedExpr?, _ descending: Bool, _ limit: Int, _ frame: Frame,
                             consumed: Int, _ range: SourceRange) throws(RuntimeError) -> (Evaluated, Int)? {
        if let q = ScaledQuotient(a, b, frame) {
            var condition: RowCondition? = nil
            if let predicate { condition = try self.condition(predicate, frame) }
            let top = q.top(scan(frame, condition), descending: descending, k: limit)
            // A scan stopped early left a partial answer: the checkpoint ends the run instead.
            try checkpoint(range)
            guard let top else {
                // A zero divisor: the unfused select reports it.
                guard let predicate else { return nil }
                try visit(frame.count, range)
                return (.table(try filter(frame, predicate)), 1)
            }
            // The rows the unfused where, select and sort would have read.
            if predicate != nil { try visit(frame.count, range) }
            try visit(top.kept, range)
            try visit(top.kept, range)
            return (.table(try selected(top, q.unit, mayMiss: !q.present.isEmpty, limit, items, c, frame)), consumed)
        }
        var f = frame
        if let predicate {
            try visit(frame.count, range)
            f = try filter(frame, predicate)
        }
        let n = f.count
        let stop = { self.shouldStop }
        let s = ScaledArithmetic.quotientScale
        let va = try eval(a, f), vb = try eval(b, f)
        guard let x0 = ScaledArithmetic.Operand(va), let y0 = ScaledArithmetic.Operand(vb), x0.values != nil || y0.values != nil,
              let (x, y, unit) = ScaledArithmetic.divisionOperands(x0, y0, stop: stop),
              x.scale >= 0, y.scale >= 0, x.scale <= s, y.scale <= s else {
            return predicate == nil ? nil : (.table(f), 1)
        }
        let present = ScaledArithmetic.bothPresent(x.present, y.present)
        guard let quotients = ScaledArithmetic.quotients(x, y, count: n, shift: s - x.scale + y.scale, present: present,
                                                         stop: stop) else {
            try checkpoint(range)
            return predicate == nil ? nil : (.table(f), 1)
        }
        try visit(n, range)
        try visit(n, range)
        var narrow: [Int64] = [], wide: [Int128] = []
        switch quotients {
        case .narrow(let q): narrow = q
        case .wide(let q): wide = q
        }
        let isWide = !wide.isEmpty
        // The top k, missing last; and the trailing zeros every present quotient has (a narrow column drops them).
        let rows = f.rows
        var buffer = TopBuffer<RankedQuotient>(k: limit)
        var missing: [Int32] = []
        var zeros = s
        for i in 0..<n {
            if i & 0xFFFF == 0, stop() { break }
            if let present, !present[i] {
                if missing.count < limit { missing.append(rows[i]) }
                continue
            }
            let v = isWide ? wide[i] : Int128(narrow[i])
            if !isWide {
                while zeros > 0, narrow[i] % ScaledArithmetic.power10[zeros] != 0 { zeros -= 1 }
            }
            buffer.offer(RankedQuotient(key: descending ? 0 - v : v, place: i, row: rows[i]), RankedQuotient.less)
        }
        try checkpoint(range)
        let best = buffer.finish(RankedQuotient.less).map { (quotient: descending ? 0 - $0.key : $0.key, row: $0.row) }
        let top = QuotientTop(best: best, missing: Array(missing.prefix(limit - best.count)), kept: n, wide: isWide,
                              zeros: zeros)
        return (.table(try selected(top, unit, mayMiss: present != nil, limit, items, c, frame)), consumed)
    }

    /// The select on the top rows (the best, then missing ones, k in all), its column `c` their quotients in
    /// `unit`: each at its own scale when some quotient of the whole column passes 64 bits (as the column path
    /// builds it), else at the scale the whole column would have had. `mayMiss`: a column read has missing values.
    private func selected(_ top: QuotientTop, _ unit: Unit, mayMiss: Bool, _ limit: Int,
                          _ items: [(name: String, expr: TypedExpr, hidden: Bool)], _ c: Int,
                          _ frame: Frame) throws(RuntimeError) -> Frame {
        let s = ScaledArithmetic.quotientScale
        let best = top.best
        let rows = best.map(\.row) + top.missing.prefix(limit - best.count)
        var g = frame
        g.selection = rows
        var data: ColumnData? = nil
        if top.wide {
            var builder = ValueBuilder(type: .number(nil), capacity: rows.count)
            for (q, _) in best {
                builder.append(.number(Quantity(ExactDecimal(significand: q, scale: s).normalized, unit)))
            }
            for _ in best.count..<rows.count { builder.append(.missing) }
            if !builder.overflowed { data = builder.finish() }
        } else {
            let present = mayMiss ? [Bool](repeating: true, count: best.count) + [Bool](repeating: false, count: rows.count - best.count) : nil
            let values = best.map { Int64(truncatingIfNeeded: $0.quotient) } + [Int64](repeating: 0, count: rows.count - best.count)
            data = ScaledArithmetic.column(values, scale: s, unit: unit, present: present, drop: top.zeros).map { .number($0) }
        }
        var columns: [Frame.Column] = []
        for (k, item) in items.enumerated() {
            let d: ColumnData
            if k == c, let data {
                d = data
            } else {
                d = try eval(item.expr, g).column(count: g.count, type: item.expr.type)
            }
            columns.append(Frame.Column(name: item.name, alias: nil, hidden: item.hidden, data: d))
        }
        return Frame(columns: columns, storageCount: g.count)
    }
}

import ReportModel

/// `within` at run time: rows numbered by group (by the keys' values), ordered within each group by the
/// order keys (missing last, ties in row order, as `sort` orders), then each function walks each group once.
/// Every row stays in its place; each function adds a column.
///
/// Missing values are explicit: a row whose order key is missing has no rank; `running sum` is missing from the
/// first missing value of its group on; `share` is missing for a whole group with a missing value (its sum is
/// not known); `prev`/`next` of the first/last row are missing.
extension Evaluator {
    func window(_ frame: Frame, _ step: WindowStep) throws(RuntimeError) -> Frame {
        let n = frame.count
        var keyVecs: [ColumnValues] = []
        for k in step.keys { keyVecs.append(try eval(k, frame)) }
        var orderValues: [[Value]] = []
        for k in step.order {
            let v = try eval(k.expr, frame)
            var values: [Value] = []
            values.reserveCapacity(n)
            for p in 0..<n {
                try checkpoint(every: p)
                values.append(v.value(at: p))
            }
            orderValues.append(values)
        }
        // Group numbers, in order of first appearance.
        var group = [Int](repeating: 0, count: n)
        if !keyVecs.isEmpty {
            var numbers: [[Value]: Int] = [:]
            for p in 0..<n {
                try checkpoint(every: p)
                let key = keyVecs.map { $0.value(at: p) }
                if let g = numbers[key] { group[p] = g } else { group[p] = numbers.count; numbers[key] = numbers.count }
            }
        }
        // Positions by group, then the order, then position.
        let descending = step.order.map(\.descending)
        func compareOrder(_ a: Int, _ b: Int) -> Int {
            for (k, values) in orderValues.enumerated() {
                let x = values[a], y = values[b]
                var c = Arithmetic.order(x, y)
                if descending[k], !x.isMissing, !y.isMissing { c = -c }
                if c != 0 { return c }
            }
            return 0
        }
        var stopped = false, comparisons = 0
        var order = Array(0..<n)
        order.sort { a, b in
            comparisons &+= 1
            if comparisons & 0xFFF == 0, !stopped { stopped = self.shouldStop }
            if stopped { return false }
            if group[a] != group[b] { return group[a] < group[b] }
            let c = compareOrder(a, b)
            return c != 0 ? c < 0 : a < b
        }
        try checkpoint(step.range)
        // The runs of one group in `order`.
        var runs: [Range<Int>] = []
        var s = 0
        for i in 0..<n where i + 1 == n || group[order[i + 1]] != group[order[s]] {
            runs.append(s..<(i + 1))
            s = i + 1
        }
        // Each column made dense (a joined frame gathers millions of rows a column): Ctrl-C is heard between them.
        var columns: [Frame.Column] = []
        for i in frame.columns.indices {
            try checkpoint(step.range)
            columns.append(Frame.Column(name: frame.columns[i].name, alias: frame.columns[i].alias,
                                        hidden: frame.columns[i].hidden, data: frame.dense(i)))
        }
        let missingOrder = { (p: Int) -> Bool in orderValues.contains { $0[p].isMissing } }
        for call in step.calls {
            var out = [Value](repeating: .missing, count: n)
            var argument: ColumnValues?
            if let a = call.argument { argument = try eval(a, frame) }
            for run in runs {
                try checkpoint()
                try fill(&out, call, run, order, argument, missingOrder, compareOrder)
            }
            var b = ValueBuilder(type: call.type, capacity: n)
            for (p, v) in out.enumerated() {
                try checkpoint(every: p)
                b.append(v)
            }
            if b.overflowed { throw fail("\(call.name): a value is too large to hold exactly (38 digits)", call.range) }
            columns.append(Frame.Column(name: call.name, alias: nil, hidden: false, data: b.finish()))
        }
        return Frame(columns: columns, storageCount: n)
    }

    /// One function over one group: `run` indexes `order`, the group's positions in order.
    private func fill(_ out: inout [Value], _ call: TWindowCall, _ run: Range<Int>, _ order: [Int], _ argument: ColumnValues?,
                      _ missingOrder: (Int) -> Bool, _ compare: (Int, Int) -> Int) throws(RuntimeError) {
        func number(_ i: Int) -> Value { .number(Quantity(ExactDecimal(i), .plain)) }
        switch call.function {
        case .rowNumber:
            for (k, i) in run.enumerated() { out[order[i]] = number(k + 1) }
        case .rank, .denseRank:
            var rank = 0, dense = 0
            for (k, i) in run.enumerated() {
                let p = order[i]
                if missingOrder(p) { continue }
                if k == 0 || compare(order[i - 1], p) != 0 { rank = k + 1; dense += 1 }
                out[p] = number(call.function == .rank ? rank : dense)
            }
        case .prev, .next:
            guard let argument else { return }
            for i in run {
                let j = call.function == .prev ? i - 1 : i + 1
                if run.contains(j) { out[order[i]] = argument.value(at: order[j]) }
            }
        case .runningSum:
            guard let argument else { return }
            var total: Quantity?
            for i in run {
                guard case .number(let q) = argument.value(at: order[i]) else { break }
                do { total = try total.map { t throws(Arithmetic.Failure) in try Arithmetic.addSubtract(t, q, subtract: false) } ?? q }
                catch { throw fail("running sum: \(Self.describe(error))", call.range) }
                out[order[i]] = total.map(Value.number) ?? .missing
            }
        case .share:
            guard let argument else { return }
            var total: Quantity?
            for i in run {
                guard case .number(let q) = argument.value(at: order[i]) else { return }
                do { total = try total.map { t throws(Arithmetic.Failure) in try Arithmetic.addSubtract(t, q, subtract: false) } ?? q }
                catch { throw fail("share: \(Self.describe(error))", call.range) }
            }
            guard let total else { return }
            for i in run {
                guard case .number(let q) = argument.value(at: order[i]) else { continue }
                do {
                    // × 100 first, so the quotient is rounded once, in %.
                    let hundredfold = try Arithmetic.multiply(q, Quantity(ExactDecimal(100), .plain))
                    let pct = try Arithmetic.divide(hundredfold, total)
                    out[order[i]] = .number(Quantity(pct.value.normalized, .percent))
                } catch Arithmetic.Failure.divisionByZero {
                    throw fail("share: division by zero (the group's sum is 0)", call.range)
                } catch {
                    throw fail("share: \(error)", call.range)
                }
            }
        }
    }

    static func describe(_ failure: Arithmetic.Failure) -> String {
        switch failure {
        case .mismatch(let m): m
        case .overflow: "a value too large to hold exactly (38 digits)"
        case .divisionByZero: "division by zero"
        }
    }
}

import ReportModel

/// `join` followed by the steps after it: a whole-table aggregate is computed through the join without
/// building its rows, and otherwise only the columns later steps read are gathered.
///
/// Through the join (`… join … on k count`, `sum`, `avg`, `min`, `max` of one side's number column of one
/// unit): every key id's rows are counted on both sides; a row of this side stands for as many joined rows as
/// the other side has rows with its id (a left join's unmatched row for one), a row of the other side for as
/// many as this side has. The joined count is the sum of those weights, a sum the sum of weight × value
/// (128-bit, exact), min and max those of the rows with a weight; the value is finished by the same code as
/// the scan of the joined rows (``Aggregation/finish(_:total:count:min:max:_:)``), so it is the same value at
/// the same scale, with the same number of skipped missing values.
extension Evaluator {
    /// Runs `step` and, when it can, the step after it (`rest.first`); the result and how many steps ran.
    func joined(_ frame: Frame, _ step: JoinStep, then rest: ArraySlice<Step>,
                _ range: SourceRange) throws(RuntimeError) -> (Evaluated, steps: Int) {
        var work = 0
        defer { JoinWork.counter?.add(work) }
        let (other, keys) = try joinKeys(frame, step, work: &work)
        if case .aggregate(let aggregates)? = rest.first,
           let d = try aggregatedThrough(frame, other, keys, step, aggregates, range, work: &work) {
            return (d, 2)
        }
        let read = Self.joinColumnsRead(after: rest)
        return (.table(try joinRows(frame, other, keys, step, reading: read, work: &work)), 1)
    }

    /// The joined frame's columns `steps` read before they compute new columns; nil when they keep every
    /// column (the pipeline ends with the joined rows, or a step reads every column: another `join`,
    /// `within`).
    static func joinColumnsRead(after steps: ArraySlice<Step>) -> Set<Int>? {
        var read = Set<Int>()
        func expr(_ e: TypedExpr) { Checker.columnsRead(e, into: &read) }
        func aggregate(_ a: TypedAggregate) { if let e = a.argument { expr(e) } }
        for step in steps {
            switch step {
            case .filter(let e):
                expr(e)
            case .sort(let keys, _):
                for k in keys { expr(k.expr) }
            case .limit:
                break
            case .select(let items):
                for item in items { expr(item.expr) }
                return read
            case .group(let keys, let aggregates):
                for k in keys { expr(k.expr) }
                for a in aggregates { aggregate(a) }
                return read
            case .aggregate(let aggregates):
                for a in aggregates { aggregate(a) }
                return read
            case .pivot(let keys, let field, let a):
                for k in keys { expr(k.expr) }
                expr(field)
                aggregate(a)
                return read
            case .join, .window:
                return nil
            }
        }
        return nil
    }

    /// The aggregates `aggregates` of the joined rows without building them; nil when one of them needs the
    /// rows (not `count`, `sum`, `avg`, `min`, `max` of a number column of one unit; `count` of a value;
    /// `distinct`; a left join's missing values on the other side; a sum past 128 bits).
    private func aggregatedThrough(_ frame: Frame, _ other: Frame, _ keys: JoinKeys, _ step: JoinStep,
                                   _ aggregates: [TypedAggregate], _ range: SourceRange,
                                   work: inout Int) throws(RuntimeError) -> Evaluated? {
        // Each aggregate's column: on this side (true) or the other, and which.
        var inputs: [(left: Bool, column: NumberColumn)?] = []
        for a in aggregates {
            guard !a.distinct else { return nil }
            guard let arg = a.argument else {
                guard a.function == .count else { return nil }
                inputs.append(nil)
                continue
            }
            guard [.sum, .avg, .min, .max].contains(a.function), case .column(let i) = arg.kind else { return nil }
            let leftSide = i < frame.columns.count
            let data: ColumnData
            if leftSide {
                data = frame.columns[i].data
            } else {
                let k = i - frame.columns.count
                guard k < step.rightColumns.count else { return nil }
                data = other.columns[step.rightColumns[k]].data
            }
            guard case .number(let c) = data, c.isUniform else { return nil }
            inputs.append((leftSide, c))
        }

        let (leftWeight, rightWeight, unmatched) = try joinWeights(keys, leftJoin: step.left)
        work += Int(keys.card) + keys.left.count * 3 + keys.right.count * 2
        // A left join's unmatched rows hold missing values on the other side: the joined column is built
        // differently (``gatheredWithMissing``), so its aggregates are taken from the rows.
        if unmatched > 0, inputs.contains(where: { $0.map { !$0.left } ?? false }) { return nil }
        var joinedRows: Int64 = 0
        for w in leftWeight { joinedRows += w }
        // The joined rows are visited as the join and the aggregate would visit them.
        try visit(Int(clamping: joinedRows), range)
        try visit(Int(clamping: joinedRows), range)

        let agg = Aggregation(self)
        var values: [(Value, Int)] = []
        let leftRows = frame.rows, rightRows = other.rows
        for (a, input) in zip(aggregates, inputs) {
            guard let input else {
                values.append((.number(Quantity(ExactDecimal(Int(clamping: joinedRows)))), 0))
                continue
            }
            guard let s = try weightedSummary(input.column, input.left ? leftRows : rightRows,
                                              input.left ? leftWeight : rightWeight) else { return nil }
            work += (input.left ? leftRows : rightRows).count
            guard let present = Int(exactly: s.present), let missing = Int(exactly: s.missing) else { return nil }
            values.append((try agg.finish(a, total: s.total, count: present, min: s.min, max: s.max, input.column),
                           missing))
        }
        try checkpoint(range)
        if aggregates.count == 1 { return .scalar(values[0].0, skipped: values[0].1) }
        var columns: [Frame.Column] = []
        for (a, v) in zip(aggregates, values) {
            var b = ValueBuilder(type: a.type)
            b.append(v.0)
            columns.append(Frame.Column(name: a.name, alias: nil, hidden: false, data: b.finish()))
        }
        return .table(Frame(columns: columns, storageCount: 1))
    }

    /// The joined rows each row of either side stands for: a row of this side, the other side's rows with its
    /// id (a left join's unmatched row: 1); a row of the other side, this side's rows with its id. And how
    /// many rows of this side matched nothing (kept by a left join).
    func joinWeights(_ keys: JoinKeys, leftJoin: Bool) throws(RuntimeError) -> (left: [Int64], right: [Int64], unmatched: Int) {
        let card = Int(keys.card)
        var leftCount = [Int64](repeating: 0, count: card), rightCount = [Int64](repeating: 0, count: card)
        for (p, id) in keys.left.enumerated() where id >= 0 {
            try checkpoint(every: p)
            leftCount[Int(id)] += 1
        }
        for (p, id) in keys.right.enumerated() where id >= 0 {
            try checkpoint(every: p)
            rightCount[Int(id)] += 1
        }
        var unmatched = 0
        var leftWeight = [Int64](repeating: 0, count: keys.left.count)
        for (p, id) in keys.left.enumerated() {
            try checkpoint(every: p)
            let w = id >= 0 ? rightCount[Int(id)] : 0
            if w == 0 && leftJoin { unmatched += 1; leftWeight[p] = 1 } else { leftWeight[p] = w }
        }
        var rightWeight = [Int64](repeating: 0, count: keys.right.count)
        for (p, id) in keys.right.enumerated() where id >= 0 {
            try checkpoint(every: p)
            rightWeight[p] = leftCount[Int(id)]
        }
        return (leftWeight, rightWeight, unmatched)
    }

    /// Sum, count, missing count and bounds of `column` at `rows`, each row taken `weights[p]` times (rows of
    /// weight 0 not at all); nil when the sum passes 128 bits.
    func weightedSummary(_ column: NumberColumn, _ rows: [Int32],
                                 _ weights: [Int64]) throws(RuntimeError) -> WeightedSummary? {
        var s = WeightedSummary()
        let values = column.values, present = column.present
        for (p, row) in rows.enumerated() {
            try checkpoint(every: p)
            let w = weights[p]
            if w == 0 { continue }
            let r = Int(row)
            if let present, !present[r] { s.missing += w; continue }
            let v = values[r]
            let (t, o) = s.total.addingReportingOverflow(Int128(v) * Int128(w))
            if o { return nil }
            s.total = t
            s.present += w
            s.min = Swift.min(s.min, v)
            s.max = Swift.max(s.max, v)
        }
        return s
    }
}

/// What ``Evaluator/weightedSummary(_:_:_:)`` found: the joined rows' sum, counts and bounds of one column.
struct WeightedSummary {
    var total: Int128 = 0
    var present: Int64 = 0
    var missing: Int64 = 0
    var min = Int64.max
    var max = Int64.min
}

import ReportModel

/// `join` followed by the steps after it: a whole-table aggregate is computed through the join without
/// building its rows, and otherwise only the columns later steps read are gathered.
///
/// Through the join (`… join … on k count`, `sum`, `avg`, `min`, `max` of one side's number column of one
/// unit): every key id's rows are counted on the side whose counts a weight needs (a bit an id when no id
/// repeats — 125 KB for 10⁶ ids, so the random reads of shuffled keys stay in the second-level cache — else
/// a count); a row of this side stands for as many joined rows as the other side has rows with its id (a left
/// join's unmatched row for one), a row of the other side for as many as this side has. The joined count is
/// the sum of those weights, a sum the sum of weight × value (128-bit, exact), min and max those of the rows
/// with a weight; the value is finished by the same code as the scan of the joined rows
/// (``Aggregation/finish(_:total:count:min:max:_:)``), so it is the same value at the same scale, with the
/// same number of skipped missing values. The passes over 2¹⁷ rows or more run in two parts on two threads.
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

        let leftSide = JoinSide(frame), rightSide = JoinSide(other)
        let onLeft = inputs.contains { $0?.left == true }, onRight = inputs.contains { $0?.left == false }
        // Each id's rows on either side, where a weight or the joined rows need them: a row of this side weighs
        // the other side's count of its id, a row of the other side this side's.
        let rightCount = try onLeft || step.left || !onRight ? keyCounts(keys.right, card: keys.card) : nil
        let leftCount = try onRight || step.left || !onLeft ? keyCounts(keys.left, card: keys.card) : nil
        work += keys.card + (rightCount == nil ? 0 : keys.right.count) + (leftCount == nil ? 0 : keys.left.count)
        // The joined rows from both counts (one pass over the ids), and this side's rows that matched nothing.
        var joinedRows: Int64?, unmatched: Int64 = 0
        if let leftCount, let rightCount {
            let c = Self.joinedCount(leftCount, rightCount, card: keys.card)
            unmatched = Int64(keys.left.count) - c.matchedLeft
            joinedRows = c.pairs + (step.left ? unmatched : 0)
            work += keys.card
        }
        // A left join's unmatched rows hold missing values on the other side: the joined column is built
        // differently (``gatheredWithMissing``), so its aggregates are taken from the rows.
        if step.left, unmatched > 0, onRight { return nil }

        var summaries: [WeightedSummary?] = []
        for input in inputs {
            guard let input else { summaries.append(nil); continue }
            let s = input.left
                ? try weightedSummary(input.column, leftSide, keys.left, rightCount ?? .once([]), unmatchedWeighsOne: step.left)
                : try weightedSummary(input.column, rightSide, keys.right, leftCount ?? .once([]), unmatchedWeighsOne: false)
            guard let s else { return nil }
            work += input.left ? keys.left.count : keys.right.count
            // Every row's weight summed is the joined rows (a left join's, with its unmatched rows, on this side).
            if joinedRows == nil { joinedRows = s.present + s.missing }
            summaries.append(s)
        }
        let rows = Int(clamping: joinedRows ?? 0)
        // The joined rows are visited as the join and the aggregate would visit them.
        try visit(rows, range)
        try visit(rows, range)

        let agg = Aggregation(self)
        var values: [(Value, Int)] = []
        for (a, (input, s)) in zip(aggregates, zip(inputs, summaries)) {
            guard let input, let s else {
                values.append((.number(Quantity(ExactDecimal(rows))), 0))
                continue
            }
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

    /// Rows from which a pass of an aggregate through a join runs on two threads.
    static let joinParallelFrom = 1 << 17

    /// How many of `ids` hold each id below `card` (-1: none): a bit an id while no id repeats (the usual
    /// join on a key: 10⁶ ids in 125 KB, so the random reads of the weights stay in the second-level cache),
    /// else a count an id.
    func keyCounts(_ ids: [Int32], card: Int) throws(RuntimeError) -> KeyCounts {
        if let bits = try keyBits(ids, card: card) { return .once(bits) }
        return .many(try keyCountArray(ids, card: card))
    }

    /// A bit for each id of `ids` below `card`; nil when an id repeats. Two threads each set one half of the
    /// ids' range (split at a word), reading every id: no merge.
    func keyBits(_ ids: [Int32], card: Int) throws(RuntimeError) -> [UInt64]? {
        let words = (card + 63) / 64
        var bits = [UInt64](repeating: 0, count: words)
        let parts = ids.count >= Self.joinParallelFrom && words >= 2 ? 2 : 1
        let split = words / 2 * 64
        let repeated = try inPlace(&bits) { (out: UnsafeMutableBufferPointer<UInt64>) throws(RuntimeError) -> Bool in
            try inParts(parts, rows: { _ in 0..<ids.count }, start: false) { part, range, repeated in
                // Ids in lo..<lo+width: one comparison (unsigned) for both ends and for -1.
                let lo = Int32(truncatingIfNeeded: parts == 2 && part == 1 ? split : 0)
                let width = UInt32(truncatingIfNeeded: parts == 2 && part == 0 ? split : card - Int(lo))
                if repeated { return }
                ids.withUnsafeBufferPointer { v in
                    for q in range {
                        let id = v[q]
                        guard UInt32(bitPattern: id &- lo) < width else { continue }
                        let w = Int(id) >> 6, m: UInt64 = 1 << UInt64(id & 63)
                        if out[w] & m != 0 { repeated = true; return }
                        out[w] |= m
                    }
                }
            }.contains(true)
        }
        return repeated ? nil : bits
    }

    /// How many of `ids` hold each id below `card`. Two threads each count one half of the ids' range.
    private func keyCountArray(_ ids: [Int32], card: Int) throws(RuntimeError) -> [Int32] {
        var counts = [Int32](repeating: 0, count: card)
        let parts = ids.count >= Self.joinParallelFrom && card >= 2 ? 2 : 1
        let split = card / 2
        try inPlace(&counts) { (out: UnsafeMutableBufferPointer<Int32>) throws(RuntimeError) in
            _ = try inParts(parts, rows: { _ in 0..<ids.count }, start: ()) { part, range, _ in
                let lo = Int32(truncatingIfNeeded: parts == 2 && part == 1 ? split : 0)
                let width = UInt32(truncatingIfNeeded: parts == 2 && part == 0 ? split : card - Int(lo))
                ids.withUnsafeBufferPointer { v in
                    for q in range {
                        let id = v[q]
                        if UInt32(bitPattern: id &- lo) < width { out[Int(id)] &+= 1 }
                    }
                }
            }
        }
        return counts
    }

    /// `body` with `array`'s storage, which the threads of ``inParts(_:rows:start:_:)`` write in disjoint parts.
    func inPlace<T, R>(_ array: inout [T], _ body: (UnsafeMutableBufferPointer<T>) throws(RuntimeError) -> R)
        throws(RuntimeError) -> R {
        let result = array.withUnsafeMutableBufferPointer { b -> Result<R, RuntimeError> in
            do throws(RuntimeError) { return .success(try body(b)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The joined rows (the sum over ids of the rows holding it on each side, multiplied) and this side's
    /// rows that match some row.
    static func joinedCount(_ left: KeyCounts, _ right: KeyCounts, card: Int) -> (pairs: Int64, matchedLeft: Int64) {
        func count<L: KeyWeights, R: KeyWeights>(_ l: L, _ r: R) -> (pairs: Int64, matchedLeft: Int64) {
            var pairs: Int64 = 0, matched: Int64 = 0
            for k in 0..<card {
                let a = l.weight(k), b = r.weight(k)
                pairs &+= a &* b
                matched &+= b > 0 ? a : 0
            }
            return (pairs, matched)
        }
        func count<L: KeyWeights>(_ l: L) -> (pairs: Int64, matchedLeft: Int64) {
            switch right {
            case .once(let b): return count(l, KeyBits(words: b))
            case .many(let c): return count(l, KeyCountArray(counts: c))
            }
        }
        switch left {
        case .once(let b): return count(KeyBits(words: b))
        case .many(let c): return count(KeyCountArray(counts: c))
        }
    }

    /// Sum, count, missing count and bounds of `column` at the rows of `side`, the row at position p taken
    /// `counts[ids[p]]` times (-1: no times) — or once where that is 0 and `unmatchedWeighsOne` (a left join's
    /// unmatched rows); nil when the sum passes 128 bits. Read from the narrow storage in place, in two halves
    /// on two threads when large.
    func weightedSummary(_ column: NumberColumn, _ side: JoinSide, _ ids: [Int32], _ counts: KeyCounts,
                         unmatchedWeighsOne: Bool) throws(RuntimeError) -> WeightedSummary? {
        let n = ids.count
        let parts = n >= Self.joinParallelFrom ? 2 : 1
        let present = column.present, selection = side.selection
        let lone: Int64 = unmatchedWeighsOne ? 1 : 0
        func run<T: FixedWidthInteger, W: KeyWeights>(_ values: [T], _ c: W) throws(RuntimeError) -> [WeightedSummary] {
            try inParts(parts, rows: { part in parts == 1 ? 0..<n : part == 0 ? 0..<n / 2 : n / 2..<n },
                        start: WeightedSummary()) { _, range, s in
                if s.overflowed { return }
                // A block's weights first, in a loop that does nothing else: its reads (random, when the keys are
                // shuffled) are independent of each other, so many are under way at once.
                withUnsafeTemporaryAllocation(of: Int64.self, capacity: 0x800) { weights in
                  values.withUnsafeBufferPointer { v in
                    ids.withUnsafeBufferPointer { id in
                        var b0 = range.lowerBound
                        while b0 < range.upperBound {
                            let b1 = Swift.min(range.upperBound, b0 + 0x800)
                            for q in b0..<b1 {
                                let k = id[q]
                                weights[q - b0] = k >= 0 ? c.weight(Int(k)) : 0
                            }
                            for q in b0..<b1 {
                                var w = weights[q - b0]
                                if w == 0 {
                                    w = lone
                                    if w == 0 { continue }
                                }
                                let row = selection.map { Int($0[q]) } ?? q
                                if let present, !present[row] { s.missing += w; continue }
                                let x = Int64(v[row])
                                let (t, o) = s.total.addingReportingOverflow(w == 1 ? Int128(x) : Int128(x) * Int128(w))
                                s.total = t
                                s.overflowed = s.overflowed || o
                                s.present += w
                                s.min = Swift.min(s.min, x)
                                s.max = Swift.max(s.max, x)
                            }
                            b0 = b1
                        }
                    }
                  }
                }
            }
        }
        func run<W: KeyWeights>(_ c: W) throws(RuntimeError) -> [WeightedSummary] {
            switch column.storage {
            case .i8(let a): return try run(a, c)
            case .i16(let a): return try run(a, c)
            case .i32(let a): return try run(a, c)
            case .i64(let a): return try run(a, c)
            }
        }
        let summaries: [WeightedSummary]
        switch counts {
        case .once(let b): summaries = try run(KeyBits(words: b))
        case .many(let c): summaries = try run(KeyCountArray(counts: c))
        }
        var s = WeightedSummary()
        for p in summaries {
            let (t, o) = s.total.addingReportingOverflow(p.total)
            if o || p.overflowed { return nil }
            s.total = t
            s.present += p.present
            s.missing += p.missing
            s.min = Swift.min(s.min, p.min)
            s.max = Swift.max(s.max, p.max)
        }
        return s
    }

    /// `body(part, rows, &state)` for the rows of each part (`rows(part)`) in blocks of 2¹⁶, the state
    /// starting at `start`: two parts on two threads, or one on this thread. The interrupt is asked before
    /// every block; a part that is told to stop returns early and the call throws, never answering in part.
    func inParts<S>(_ parts: Int, rows: (Int) -> Range<Int>, start: S,
                    _ body: (Int, Range<Int>, inout S) -> Void) throws(RuntimeError) -> [S] {
        func blocks(_ part: Int, _ stop: () -> Bool) -> S? {
            var s = start
            let all = rows(part)
            var p = all.lowerBound
            while p < all.upperBound {
                if stop() { return nil }
                let end = Swift.min(all.upperBound, p + 0x10000)
                body(part, p..<end, &s)
                p = end
            }
            return s
        }
        if parts == 1 {
            var stopped = false
            // On this thread the checkpoint itself is asked (it throws the interrupt, the deadline, a cancel).
            var failure: RuntimeError?
            let s = blocks(0) {
                do throws(RuntimeError) { try checkpoint() } catch { failure = error; stopped = true }
                return stopped
            }
            if let failure { throw failure }
            return s.map { [$0] } ?? []
        }
        let results = concurrentMap(parts) { part in blocks(part) { self.shouldStop } }.compactMap { $0 }
        if results.count < parts {
            try checkpoint()
            throw fail("interrupted", SourceRange(0, 0))
        }
        return results
    }
}

/// What ``Evaluator/weightedSummary(_:_:_:_:unmatchedWeighsOne:)`` found: the joined rows' sum, counts and bounds of one column.
struct WeightedSummary {
    var total: Int128 = 0
    /// The sum passed 128 bits.
    var overflowed = false
    var present: Int64 = 0
    var missing: Int64 = 0
    var min = Int64.max
    var max = Int64.min
}

/// Each id's rows on one side of a join (``Evaluator/keyCounts(_:card:)``).
enum KeyCounts {
    /// No id repeats: a bit an id, set where a row holds it.
    case once([UInt64])
    /// How many rows hold each id.
    case many([Int32])
}

/// An id's rows, read in a loop specialised for each kind of ``KeyCounts``.
protocol KeyWeights {
    /// The rows holding id `id` (0 ≤ id < the ids' bound).
    func weight(_ id: Int) -> Int64
}

/// ``KeyCounts/once(_:)``.
struct KeyBits: KeyWeights {
    let words: [UInt64]
    @inline(__always) func weight(_ id: Int) -> Int64 { Int64(truncatingIfNeeded: (words[id >> 6] >> UInt64(id & 63)) & 1) }
}

/// ``KeyCounts/many(_:)``.
struct KeyCountArray: KeyWeights {
    let counts: [Int32]
    @inline(__always) func weight(_ id: Int) -> Int64 { Int64(counts[id]) }
}

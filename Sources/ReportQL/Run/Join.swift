import ReportModel
import Synchronization

/// `join` at run time: a hash join on whole numbers. Every key pair becomes, for each row of each side, a
/// dense id (text by dictionary code, the other side's dictionary mapped onto this side's once; numbers of one
/// unit by their scaled integers; anything else by value), several keys combine into one id, the other
/// side's rows are bucketed by id (counted, then placed: no per-row allocation), and this side's rows probe
/// their bucket. Rows come out in this side's order, each with its matches in the other side's order.
extension Evaluator {
    func join(_ frame: Frame, _ step: JoinStep, reading read: Set<Int>? = nil) throws(RuntimeError) -> Frame {
        // The steps of every loop below, for ``JoinWork`` (added once per loop, not per row: no cost in the loops).
        var work = 0
        defer { JoinWork.counter?.add(work) }
        let (other, keys) = try joinKeys(frame, step, work: &work)
        return try joinRows(frame, other, keys, step, reading: read, work: &work)
    }

    /// The other side's rows and the combined key of every row of both sides.
    func joinKeys(_ frame: Frame, _ step: JoinStep, work: inout Int) throws(RuntimeError) -> (Frame, JoinKeys) {
        guard case .table(let other) = try run(step.other) else {
            throw fail("'join' needs a table on its other side", step.range)
        }
        try visit(other.count, step.range)
        let keys = try combinedKeys(frame, other, step, work: &work)
        return (other, JoinKeys(left: keys.left, right: keys.right, card: keys.card))
    }

    /// The joined rows: this side's columns, then the other side's; of those, only the columns in `read` (the
    /// columns later steps read; nil: all) are gathered, the rest left empty.
    func joinRows(_ frame: Frame, _ other: Frame, _ keys: JoinKeys, _ step: JoinStep, reading read: Set<Int>?,
                  work: inout Int) throws(RuntimeError) -> Frame {
        let matched = try matchRows((keys.left, keys.right, keys.card), frame.rows, other.rows, step, work: &work)
        work += keys.left.count
        return try joinedFrame(frame, other, step, matched, reading: read, work: &work)
    }

    /// The combined key of every row of both sides (-1: the row matches nothing — a missing key, a value the
    /// other side lacks), and the number of distinct ids.
    private func combinedKeys(_ frame: Frame, _ other: Frame, _ step: JoinStep,
                              work: inout Int) throws(RuntimeError) -> (left: [Int64], right: [Int64], card: Int64) {
        let leftRows = frame.rows, rightRows = other.rows
        var left: [Int64] = [], right: [Int64] = []
        var card: Int64 = 1
        for (k, (l, r)) in step.keys.enumerated() {
            let ids = try keyIDs(frame.columns[l].data, leftRows, other.columns[r].data, rightRows, work: &work)
            // Both cardinalities stay below 2³¹ (ids are renumbered once they pass the table's bound), so the
            // product fits.
            if k == 0 {
                (left, right) = (ids.left, ids.right)
            } else {
                combine(&left, ids.left, ids.card)
                combine(&right, ids.right, ids.card)
                work += left.count + right.count
            }
            card *= ids.card
            if card > Int64(4 * (leftRows.count + rightRows.count) + 4096) {
                // Too many combinations for a table: number those the other side has, then look this side up.
                let d = densify(right, left)
                work += right.count + left.count
                (right, left, card) = (d.left, d.right, max(d.card, 1))
            }
            try checkpoint(step.range)
        }
        return (left, right, card)
    }

    /// The matching row pairs, in this side's order, each row's matches in the other side's order; a left
    /// join's unmatched rows pair with -1.
    private func matchRows(_ keys: (left: [Int64], right: [Int64], card: Int64), _ leftRows: [Int32],
                           _ rightRows: [Int32], _ step: JoinStep,
                           work: inout Int) throws(RuntimeError) -> JoinMatches {
        let buckets = Int(keys.card)
        let right = keys.right
        // A key the other side holds once a value (the usual join on a key): one slot per id, one read a probe.
        var slot = [Int32](repeating: -1, count: buckets)
        work += buckets + right.count
        var unique = true
        for (p, id) in right.enumerated() where id >= 0 {
            if slot[Int(id)] >= 0 { unique = false; break }
            slot[Int(id)] = Int32(truncatingIfNeeded: p)
        }
        try checkpoint(step.range)
        if unique {
            return try probeSlots(keys.left, slot, leftRows, rightRows, step, work: &work)
        }
        slot = []
        return try probeBuckets(keys.left, right, buckets, leftRows, rightRows, step, work: &work)
    }

    /// The probe when the other side holds each id at most once: one slot read a row of this side.
    private func probeSlots(_ left: [Int64], _ slot: [Int32], _ leftRows: [Int32], _ rightRows: [Int32],
                            _ step: JoinStep, work: inout Int) throws(RuntimeError) -> JoinMatches {
        var m = JoinMatches(capacity: leftRows.count)
        for (p, id) in left.enumerated() {
            try checkpoint(every: p)
            if id >= 0, case let r = slot[Int(id)], r >= 0 {
                m.left.append(leftRows[p])
                m.right.append(rightRows[Int(r)])
            } else if step.left {
                m.left.append(leftRows[p])
                m.right.append(-1)
                m.unmatched = true
            }
        }
        try visit(m.left.count, step.range)
        work += left.count
        return m
    }

    /// The probe when an id may repeat on the other side: its rows bucketed by id (counts, offsets, then the
    /// rows in place), then a step per row of this side and per match.
    private func probeBuckets(_ left: [Int64], _ right: [Int64], _ buckets: Int, _ leftRows: [Int32],
                              _ rightRows: [Int32], _ step: JoinStep,
                              work: inout Int) throws(RuntimeError) -> JoinMatches {
        var m = JoinMatches(capacity: leftRows.count)
        var start = [Int32](repeating: 0, count: buckets + 1)
        for id in right where id >= 0 { start[Int(id) + 1] &+= 1 }
        for b in 0..<buckets { start[b + 1] &+= start[b] }
        var fill = start
        var placed = [Int32](repeating: 0, count: rightRows.count)
        for (p, id) in right.enumerated() where id >= 0 {
            placed[Int(fill[Int(id)])] = Int32(truncatingIfNeeded: p)
            fill[Int(id)] &+= 1
        }
        work += buckets * 2 + right.count * 2
        try checkpoint(step.range)
        // Rows out counted against the row budget so far: a bucket may hold millions of matches, so the budget
        // and the interrupt are asked per 65,536 rows out, inside a bucket too, not per probing row alone.
        var counted = 0
        for (p, id) in left.enumerated() {
            try checkpoint(every: p)
            if id >= 0 {
                let lo = Int(start[Int(id)]), hi = Int(start[Int(id) + 1])
                if lo < hi {
                    var k = lo
                    while k < hi {
                        let end = min(hi, k + 0x10000)
                        for j in k..<end {
                            m.left.append(leftRows[p])
                            m.right.append(rightRows[Int(placed[j])])
                        }
                        k = end
                        if m.left.count - counted >= 0x10000 {
                            try visit(m.left.count - counted, step.range)
                            counted = m.left.count
                        }
                    }
                    continue
                }
            }
            if step.left {
                m.left.append(leftRows[p])
                m.right.append(-1)
                m.unmatched = true
            }
        }
        try visit(m.left.count - counted, step.range)
        return m
    }

    /// The joined frame: this side's columns, then the other side's, gathered at the matched rows.
    private func joinedFrame(_ frame: Frame, _ other: Frame, _ step: JoinStep, _ m: JoinMatches,
                             reading read: Set<Int>?, work: inout Int) throws(RuntimeError) -> Frame {
        let outLeft = m.left, outRight = m.right, unmatched = m.unmatched
        // A side whose rows come out all, once each, in storage order (a join on a key both sides hold once, in
        // the same order) keeps its columns as they are: nothing is copied.
        work += outLeft.count * 2
        let leftAsIs = frame.selection == nil && Self.isIota(outLeft, frame.storageCount)
        let rightAsIs = !unmatched && other.selection == nil && Self.isIota(outRight, other.storageCount)
        try checkpoint(step.range)
        var columns: [Frame.Column] = []
        var gathered = 0
        // A column no later step reads is left empty (no row of it is ever read: ``joinColumnsRead(after:)``).
        func wanted(_ i: Int) -> Bool {
            guard let read else { return true }
            return read.contains(i)
        }
        for (i, c) in frame.columns.enumerated() {
            let name = step.names[i]
            let data = leftAsIs ? c.data : !wanted(i) ? c.data.gathered([]) : c.data.gathered(outLeft)
            if !leftAsIs && wanted(i) { gathered += 1 }
            columns.append(Frame.Column(name: name.name, alias: name.alias, hidden: c.hidden, data: data))
            if i & 7 == 7 { try checkpoint(step.range) }
        }
        for (k, r) in step.rightColumns.enumerated() {
            let c = other.columns[r]
            let name = step.names[frame.columns.count + k]
            let data: ColumnData
            if rightAsIs {
                data = c.data
            } else if !wanted(frame.columns.count + k) {
                data = c.data.gathered([])
            } else {
                data = unmatched ? gatheredWithMissing(c.data, outRight) : c.data.gathered(outRight)
                gathered += 1
            }
            columns.append(Frame.Column(name: name.name, alias: name.alias, hidden: c.hidden, data: data))
            try checkpoint(step.range)
        }
        work += outLeft.count * gathered
        return Frame(columns: columns, storageCount: outLeft.count)
    }

    /// Whether `rows` is 0, 1, …, count − 1.
    static func isIota(_ rows: [Int32], _ count: Int) -> Bool {
        guard rows.count == count else { return false }
        for (i, r) in rows.enumerated() where Int(r) != i { return false }
        return true
    }

    /// `acc × card + ids`, -1 wherever either is -1.
    private func combine(_ acc: inout [Int64], _ ids: [Int64], _ card: Int64) {
        for i in acc.indices {
            acc[i] = acc[i] < 0 || ids[i] < 0 ? -1 : acc[i] * card + ids[i]
        }
    }

    /// Dense ids 0..<card for the values of `build` (`missing` becomes -1), and the same ids for `probe` (-1
    /// where `build` lacks the value). Returned as (build, probe, card).
    private func densify(_ build: [Int64], _ probe: [Int64],
                         missing: Int64 = -1) -> (left: [Int64], right: [Int64], card: Int64) {
        var numbering: [Int64: Int64] = [:]
        numbering.reserveCapacity(build.count)
        var b = build
        for i in b.indices {
            if build[i] == missing { b[i] = -1; continue }
            let next = Int64(numbering.count)
            b[i] = numbering[b[i], default: next]
            if b[i] == next { numbering[build[i]] = next }
        }
        let p = probe.map { $0 == missing ? -1 : numbering[$0] ?? -1 }
        return (b, p, Int64(numbering.count))
    }

    /// One key pair's ids: for this side's rows `lrows` of `l` and the other side's rows `rrows` of `r`.
    private func keyIDs(_ l: ColumnData, _ lrows: [Int32], _ r: ColumnData, _ rrows: [Int32],
                        work: inout Int) throws(RuntimeError) -> (left: [Int64], right: [Int64], card: Int64) {
        work += lrows.count + rrows.count
        switch (l, r) {
        case (.text(let lc), .text(let rc)):
            // The other side's dictionary mapped onto this side's codes, once per distinct value, by bytes.
            var remap = [Int64](repeating: -1, count: rc.distinct)
            let lbytes = lc.bytes, lindex = lc.index
            for code in 0..<rc.distinct {
                remap[code] = rc.bytes.withEntry(code) { lindex.code(of: $0, in: lbytes) }.map(Int64.init) ?? -1
            }
            work += rc.distinct
            let missing = TextColumn.missing
            let lcodes = lc.codes, rcodes = rc.codes
            let left = lrows.map { row -> Int64 in
                let c = lcodes[Int(row)]
                return c == missing ? -1 : Int64(c)
            }
            let right = rrows.map { row -> Int64 in
                let c = rcodes[Int(row)]
                return c == missing || Int(c) >= remap.count ? -1 : remap[Int(c)]
            }
            return (left, right, Int64(max(lc.distinct, 1)))
        case (.number(let lc), .number(let rc)) where lc.isUniform && rc.isUniform && lc.units[0] == rc.units[0]:
            // Scaled integers at one scale; a value that does not fit at the wider scale matches nothing
            // (it cannot equal any value of the narrower column, which all fit).
            // Int64.min marks a missing or unscalable value below: a column holding it is read by value.
            if lc.minValue == .min || rc.minValue == .min { return byValue(l, lrows, r, rrows) }
            let scale = max(lc.scale, rc.scale)
            // Read in bulk (one widening pass each), then by index: no call per row.
            func scaled(_ c: NumberColumn, _ rows: [Int32]) -> [Int64] {
                var factor: Int64? = 1
                for _ in 0..<(scale - c.scale) {
                    factor = factor.flatMap { f in let (m, o) = f.multipliedReportingOverflow(by: 10); return o ? nil : m }
                }
                let values = c.values, present = c.present
                guard let factor else { return [Int64](repeating: .min, count: rows.count) }
                return rows.map { row in
                    let i = Int(row)
                    if let present, !present[i] { return Int64.min }
                    if factor == 1 { return values[i] }
                    let (v, o) = values[i].multipliedReportingOverflow(by: factor)
                    return o ? Int64.min : v
                }
            }
            let a = scaled(lc, lrows), b = scaled(rc, rrows)
            work += (a.count + b.count) * 2
            var lo = Int64.max, hi = Int64.min
            for v in a where v != .min { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            for v in b where v != .min { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            if lo > hi { (lo, hi) = (0, 0) }
            let (span, o) = hi.subtractingReportingOverflow(lo)
            if !o, span < Int64(4 * (a.count + b.count) + 4096) {
                let f = { (v: Int64) -> Int64 in v == .min ? -1 : v - lo }
                return (a.map(f), b.map(f), span + 1)
            }
            let d = densify(b, a, missing: .min)
            work += a.count + b.count
            return (d.right, d.left, d.card)
        default:
            return byValue(l, lrows, r, rrows)
        }
    }

    /// Ids by value (numbers of several units, booleans): the other side's distinct values numbered, this
    /// side's looked up. Numbers match when they are the same value in the same unit.
    private func byValue(_ l: ColumnData, _ lrows: [Int32], _ r: ColumnData,
                         _ rrows: [Int32]) -> (left: [Int64], right: [Int64], card: Int64) {
        func key(_ c: ColumnData, _ row: Int) -> Value? {
            switch c {
            case .number(let n): return n.quantity(at: row).map { .number(Quantity($0.value.normalized, $0.unit)) }
            case .text(let t): return t.string(at: row).map(Value.text)
            case .bool(let b): return b.value(at: row).map(Value.bool)
            }
        }
        var numbering: [Value: Int64] = [:]
        let right = rrows.map { row -> Int64 in
            guard let v = key(r, Int(row)) else { return -1 }
            if let id = numbering[v] { return id }
            let id = Int64(numbering.count)
            numbering[v] = id
            return id
        }
        let left = lrows.map { row -> Int64 in key(l, Int(row)).flatMap { numbering[$0] } ?? -1 }
        return (left, right, Int64(max(numbering.count, 1)))
    }

    /// The rows `rows` of `data`, missing where a row is -1 (a left join's unmatched rows).
    private func gatheredWithMissing(_ data: ColumnData, _ rows: [Int32]) -> ColumnData {
        var b = ValueBuilder(type: ValueType(data.type), capacity: rows.count)
        let v = ColumnValues(data)
        for r in rows {
            if r < 0 { b.appendMissing() } else { b.append(v.value(at: Int(r))) }
        }
        return b.finish()
    }
}

/// Every row's combined key on both sides (-1: the row matches nothing), ids below `card`.
struct JoinKeys {
    var left: [Int64]
    var right: [Int64]
    var card: Int64
}

/// The row pairs a join's probe found: this side's row, the other side's (-1: none, in a left join).
private struct JoinMatches {
    var left: [Int32] = []
    var right: [Int32] = []
    /// Some row of this side matched nothing (a left join keeps it, with missing values on the other side).
    var unmatched = false

    init(capacity: Int) {
        left.reserveCapacity(capacity)
        right.reserveCapacity(capacity)
    }
}

/// Counts the steps of joins, for tests that check a join's work grows with its rows and its matches, not
/// faster (`JoinWorkTests`: n and 10n rows). Nil — nothing counted — unless a test sets it for its task.
package final class JoinWork: Sendable {
    private let total = Mutex(0)

    package init() {}

    /// The counter of the current task, if a test set one.
    @TaskLocal package static var counter: JoinWork?

    /// The steps counted so far.
    package var steps: Int { total.withLock { $0 } }

    func add(_ n: Int) { total.withLock { $0 += n } }
}

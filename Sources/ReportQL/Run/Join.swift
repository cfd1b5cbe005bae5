import ReportModel
import Synchronization

/// `join` at run time: a hash join on whole numbers. Every row of each side gets a dense 32-bit id of its key
/// (``joinKeys(_:_:work:)``, JoinKeys.swift); when the other side holds each id once (a bit an id tells), a
/// slot an id holds its row and this side's rows read their slots; otherwise the other side's rows are
/// bucketed by id (counted, then placed: no per-row allocation) and this side's rows probe their bucket. Rows
/// come out in this side's order, each with its matches in the other side's order.
extension Evaluator {
    func join(_ frame: Frame, _ step: JoinStep, reading read: Set<Int>? = nil) throws(RuntimeError) -> Frame {
        // The steps of every loop below, for ``JoinWork`` (added once per loop, not per row: no cost in the loops).
        var work = 0
        defer { JoinWork.counter?.add(work) }
        let (other, keys) = try joinKeys(frame, step, work: &work)
        return try joinRows(frame, other, keys, step, reading: read, work: &work)
    }

    /// The joined rows: this side's columns, then the other side's; of those, only the columns in `read` (the
    /// columns later steps read; nil: all) are gathered, the rest left empty.
    func joinRows(_ frame: Frame, _ other: Frame, _ keys: JoinKeys, _ step: JoinStep, reading read: Set<Int>?,
                  work: inout Int) throws(RuntimeError) -> Frame {
        let matched = try matchRows(keys, JoinSide(frame), JoinSide(other), step, work: &work)
        work += keys.left.count
        return try joinedFrame(frame, other, step, matched, reading: read, work: &work)
    }

    /// The matching row pairs, in this side's order, each row's matches in the other side's order; a left
    /// join's unmatched rows pair with -1.
    private func matchRows(_ keys: JoinKeys, _ leftRows: JoinSide,
                           _ rightRows: JoinSide, _ step: JoinStep,
                           work: inout Int) throws(RuntimeError) -> JoinMatches {
        let buckets = keys.card
        let right = keys.right
        // A key the other side holds once a value (the usual join on a key): one slot per id, one read a probe.
        // Whether one repeats is asked of a bit an id first (a small table, in the second-level cache), so
        // the slots are only written.
        work += buckets + right.count * 2
        guard try keyBits(right, card: buckets) != nil else {
            return try probeBuckets(keys.left, right, buckets, leftRows, rightRows, step, work: &work)
        }
        var slot = [Int32](repeating: -1, count: buckets)
        let parts = right.count >= Self.joinParallelFrom && buckets >= 2 ? 2 : 1
        try inPlace(&slot) { (out: UnsafeMutableBufferPointer<Int32>) throws(RuntimeError) in
            _ = try inParts(parts, rows: { _ in 0..<right.count }, start: ()) { part, range, _ in
                // Each thread writes the slots of one half of the ids, reading every id.
                let lo = Int32(truncatingIfNeeded: parts == 2 && part == 1 ? buckets / 2 : 0)
                let width = UInt32(truncatingIfNeeded: parts == 2 && part == 0 ? buckets / 2 : buckets - Int(lo))
                right.withUnsafeBufferPointer { v in
                    for q in range {
                        let id = v[q]
                        if UInt32(bitPattern: id &- lo) < width { out[Int(id)] = Int32(truncatingIfNeeded: q) }
                    }
                }
            }
        }
        return try probeSlots(keys.left, slot, leftRows, rightRows, step, work: &work)
    }

    /// The probe when the other side holds each id at most once: one slot read a row of this side. The
    /// slots are read first, in a loop that does nothing else (in two halves on two threads when large): its
    /// reads (random, when the keys are shuffled) are independent of each other, so many are under way at
    /// once. Then the pairs, in order.
    private func probeSlots(_ left: [Int32], _ slot: [Int32], _ leftRows: JoinSide, _ rightRows: JoinSide,
                            _ step: JoinStep, work: inout Int) throws(RuntimeError) -> JoinMatches {
        let n = left.count
        var found = [Int32](repeating: -1, count: n)
        let parts = n >= Self.joinParallelFrom ? 2 : 1
        try inPlace(&found) { (out: UnsafeMutableBufferPointer<Int32>) throws(RuntimeError) in
            _ = try inParts(parts, rows: { part in parts == 1 ? 0..<n : part == 0 ? 0..<n / 2 : n / 2..<n },
                            start: ()) { _, range, _ in
                left.withUnsafeBufferPointer { ids in
                    slot.withUnsafeBufferPointer { s in
                        for q in range {
                            let id = ids[q]
                            out[q] = id >= 0 ? s[Int(id)] : -1
                        }
                    }
                }
            }
        }
        var m = JoinMatches(capacity: n)
        for (p, r) in found.enumerated() {
            try checkpoint(every: p)
            if r >= 0 {
                m.left.append(leftRows.row(p))
                m.right.append(rightRows.row(Int(r)))
            } else if step.left {
                m.left.append(leftRows.row(p))
                m.right.append(-1)
                m.unmatched = true
            }
        }
        try visit(m.left.count, step.range)
        work += left.count * 2
        return m
    }

    /// The probe when an id may repeat on the other side: its rows bucketed by id (counts, offsets, then the
    /// rows in place), then a step per row of this side and per match.
    private func probeBuckets(_ left: [Int32], _ right: [Int32], _ buckets: Int, _ leftRows: JoinSide,
                              _ rightRows: JoinSide, _ step: JoinStep,
                              work: inout Int) throws(RuntimeError) -> JoinMatches {
        var m = JoinMatches(capacity: leftRows.count)
        var start = [Int32](repeating: 0, count: buckets + 1)
        for (p, id) in right.enumerated() where id >= 0 {
            try checkpoint(every: p)
            start[Int(id) + 1] &+= 1
        }
        for b in 0..<buckets { start[b + 1] &+= start[b] }
        var fill = start
        var placed = [Int32](repeating: 0, count: rightRows.count)
        for (p, id) in right.enumerated() where id >= 0 {
            try checkpoint(every: p)
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
                            m.left.append(leftRows.row(p))
                            m.right.append(rightRows.row(Int(placed[j])))
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
                m.left.append(leftRows.row(p))
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

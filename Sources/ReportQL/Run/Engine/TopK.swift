import ReportModel

// Top k: the one top-k of the engine. ``TopBuffer`` keeps the best k of a stream under any order; the
// kernel ``topRows(_:_:descending:k:stop:)`` feeds it from a one-unit number column, and the general sort
// (several keys, computed keys) feeds it positions under its comparison.
//
// The buffer never degrades on sorted input: an entry that beats the bar (the k-th best so far) is
// appended, and when the buffer holds 2k + 64 entries it is sorted and cut back to k — O(log k) a row
// however the data is ordered, where inserting into a sorted list is O(k) a row on data sorted against
// the order. The kernel reads the column's blocks best first: one vectorised pass finds each block's best
// value, the blocks are visited in that order, and the scan ends at the first block whose best cannot
// beat the bar — a few blocks on random, ascending, descending, constant or clustered data alike.

/// The best `k` entries offered, under `less` (a total order: ties broken by the caller).
struct TopBuffer<E> {
    let k: Int
    private(set) var items: [E] = []
    /// The k-th best once k entries were kept: an entry not better than it cannot enter.
    private(set) var bar: E?

    init(k: Int) {
        self.k = k
        items.reserveCapacity(2 * k + 64)
    }

    @inline(__always)
    mutating func offer(_ e: E, _ less: (E, E) -> Bool) {
        guard k > 0 else { return }
        if let bar, !less(e, bar) { return }
        items.append(e)
        if items.count >= 2 * k + 64 { compact(less) }
    }

    /// Sorts the entries and keeps the best k.
    mutating func compact(_ less: (E, E) -> Bool) {
        items.sort(by: less)
        if items.count > k { items.removeLast(items.count - k) }
        if items.count == k, let last = items.last { bar = last }
    }

    /// The best k, best first.
    mutating func finish(_ less: (E, E) -> Bool) -> [E] {
        compact(less)
        return items
    }
}

/// A row offered to a top-k buffer: its key mapped so that smaller is better, then its place in the
/// scan (ties keep the scan's order).
struct Ranked<Key: Comparable> {
    var key: Key
    var place: Int
    var row: Int32

    @inline(__always)
    static func less(_ a: Ranked, _ b: Ranked) -> Bool {
        a.key != b.key ? a.key < b.key : a.place < b.place
    }
}

/// A row with a number or packed key (TopK, CompositeSort).
typealias RankedRow = Ranked<UInt64>

/// `x` as an unsigned key in which smaller is better: ascending order flips the sign bit, descending
/// order also inverts.
@inline(__always)
func rankKey(_ x: Int64, descending: Bool) -> UInt64 {
    let u = UInt64(bitPattern: x) ^ (1 << 63)
    return descending ? ~u : u
}

/// The first `k` kept rows in order of a one-unit number column (descending or ascending), ties in the
/// scan's order, missing values last: storage rows, in that order. Returns early (a partial answer) once
/// `stop` says so; the caller then ends the run.
func topRows(_ scan: Scan, _ column: NumberColumn, descending: Bool, k: Int, stop: () -> Bool) -> [Int32] {
    guard k > 0 else { return [] }
    switch column.storage {
    case .i8(let a): return topRows(scan, a, column.present, descending, k, stop)
    case .i16(let a): return topRows(scan, a, column.present, descending, k, stop)
    case .i32(let a): return topRows(scan, a, column.present, descending, k, stop)
    case .i64(let a): return topRows(scan, a, column.present, descending, k, stop)
    }
}

func topRows<T: FixedWidthInteger & SignedInteger>(_ scan: Scan, _ values: [T], _ present: [Bool]?,
                                                 _ descending: Bool, _ k: Int, _ stop: () -> Bool) -> [Int32] {
    var buffer = TopBuffer<RankedRow>(k: k)
    var missing: [Int32] = []
    if scan.selection == nil {
        // Positions are storage rows: blocks can be read in any order, best block first.
        values.withUnsafeBufferPointer { v in
            present.withUnsafeOptionalBufferPointer { p in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { maskBuffer in
                    guard let vals = v.baseAddress, let mask = maskBuffer.baseAddress else { return }
                    let range = scan.range
                    let blocks = (range.count + blockSize - 1) / blockSize
                    // Each block's best value (a missing value's 0 only loosens the bound).
                    var best = [UInt64](repeating: 0, count: blocks)
                    for b in 0..<blocks {
                        if b & 63 == 0, stop() { return }
                        let p0 = range.lowerBound + b * blockSize
                        let n = Swift.min(blockSize, range.upperBound - p0)
                        let x = descending ? blockMax(vals + p0, n) : blockMin(vals + p0, n)
                        best[b] = rankKey(Int64(x), descending: descending)
                    }
                    let order = (0..<blocks).sorted { best[$0] != best[$1] ? best[$0] < best[$1] : $0 < $1 }
                    for (visited, b) in order.enumerated() {
                        let p0 = range.lowerBound + b * blockSize
                        if let bar = buffer.bar, best[b] > bar.key || (best[b] == bar.key && p0 > bar.place) { break }
                        if visited & 63 == 63, stop() { return }
                        let n = Swift.min(blockSize, range.upperBound - p0)
                        scan.condition?.fill(mask, .set, p0, n, nil)
                        let hasCondition = scan.condition != nil
                        for j in 0..<n where !hasCondition || mask[j] != 0 {
                            let row = p0 + j
                            if let p, !p[row] {
                                missing.append(Int32(truncatingIfNeeded: row))
                                continue
                            }
                            buffer.offer(RankedRow(key: rankKey(Int64(vals[row]), descending: descending), place: row,
                                                   row: Int32(truncatingIfNeeded: row)), RankedRow.less)
                        }
                        if buffer.items.count >= k { buffer.compact(RankedRow.less) }
                    }
                }
            }
        }
        missing.sort()
    } else {
        // A selection (an earlier sort's order): rows in the scan's order, their place the tie-break.
        var place = 0
        var blocks = 0
        scan.forEachBlock(while: { blocks & 63 != 63 || !stop() }) { block in
            blocks += 1
            func offer(_ row: Int) {
                defer { place += 1 }
                if let present, !present[row] {
                    if missing.count < k { missing.append(Int32(truncatingIfNeeded: row)) }
                    return
                }
                buffer.offer(RankedRow(key: rankKey(Int64(values[row]), descending: descending), place: place,
                                       row: Int32(truncatingIfNeeded: row)), RankedRow.less)
            }
            switch block {
            case .dense(let start, let n, let mask):
                for j in 0..<n where mask.map({ $0[j] != 0 }) ?? true { offer(start + j) }
            case .rows(let r):
                for row in r { offer(Int(row)) }
            }
        }
    }
    let best = buffer.finish(RankedRow.less).map(\.row)
    return best + missing.prefix(k - best.count)
}

/// The largest of `n` values (vectorises).
@inline(__always)
func blockMax<T: FixedWidthInteger>(_ v: UnsafePointer<T>, _ n: Int) -> T {
    var m = T.min
    for j in 0..<n { m = Swift.max(m, v[j]) }
    return m
}

/// The smallest of `n` values (vectorises).
@inline(__always)
func blockMin<T: FixedWidthInteger>(_ v: UnsafePointer<T>, _ n: Int) -> T {
    var m = T.max
    for j in 0..<n { m = Swift.min(m, v[j]) }
    return m
}

/// The blocks of `0..<n` in one range, or in two halves (from 2¹⁸ rows on: each read on its own thread).
func blockHalves(count n: Int) -> [Range<Int>] {
    let blocks = (n + blockSize - 1) / blockSize
    return n >= 1 << 18 ? [0..<(blocks / 2), (blocks / 2)..<blocks] : [0..<blocks]
}

/// Each block's best key (`best(b)`, block `b` of `0..<n`), the halves on two threads; stops between blocks
/// once `stop` says so, the blocks not read left `unread`.
func blockBests<K>(count n: Int, unread: K, stop: () -> Bool, _ best: (Int) -> K) -> [K] {
    let halves = blockHalves(count: n)
    let parts = concurrentMap(halves.count) { h -> [K] in
        let range = halves[h]
        var out = [K](repeating: unread, count: range.count)
        for b in range {
            if (b - range.lowerBound) & 15 == 15, stop() { break }
            out[b - range.lowerBound] = best(b)
        }
        return out
    }
    return parts.count == 1 ? parts[0] : parts[0] + parts[1]
}

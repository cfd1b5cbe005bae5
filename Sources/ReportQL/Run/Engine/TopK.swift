import ReportModel

// Top k: see Scan.swift for how the block-at-a-time kernels work.

/// The first `k` kept rows in order of a one-unit number column (descending or ascending), ties in the
/// scan's order, missing values last: storage rows, in that order.
func topRows(_ scan: Scan, _ column: NumberColumn, descending: Bool, k: Int) -> [Int32] {
    let parts = inParallel(scan) { part -> TopK in
        switch column.storage {
        case .i8(let a): return topRows(part, a, column.present, descending, k)
        case .i16(let a): return topRows(part, a, column.present, descending, k)
        case .i32(let a): return topRows(part, a, column.present, descending, k)
        case .i64(let a): return topRows(part, a, column.present, descending, k)
        }
    }
    // The parts cover rows in order, so a later part's row is a later row: ties go to the earlier part.
    // Ties keep the scan's order (the order an earlier sort gave), not the storage rows' order.
    var present: [(key: Int64, position: Int, row: Int32)] = []
    var missing: [Int32] = []
    for part in parts {
        for (key, row) in zip(part.keys, part.rows) { present.append((key, present.count, row)) }
        missing += part.missing
    }
    present.sort { a, b in a.key != b.key ? (descending ? a.key > b.key : a.key < b.key) : a.position < b.position }
    let best = present.prefix(k).map(\.row)
    return best + missing.prefix(k - best.count)
}

/// The best `k` rows of one part of a scan, best first, and its first `k` rows with a missing value.
struct TopK {
    var keys: [Int64]
    var rows: [Int32]
    var missing: [Int32]
}

func topRows<T: FixedWidthInteger & SignedInteger>(_ scan: Scan, _ values: [T], _ present: [Bool]?,
                                                 _ descending: Bool, _ k: Int) -> TopK {
    guard k > 0 else { return TopK(keys: [], rows: [], missing: []) }
    // The best so far, best first. Once there are k, a row enters only when it beats the last: an equal
    // value came later, so it loses the tie.
    var keys: [Int64] = [], rows: [Int32] = []
    keys.reserveCapacity(k + 1)
    rows.reserveCapacity(k + 1)
    var missing: [Int32] = []
    var full = false
    var last: Int64 = 0
    func offer(_ x: Int64, _ row: Int32) {
        if full && (descending ? x <= last : x >= last) { return }
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if descending ? keys[mid] >= x : keys[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        keys.insert(x, at: lo)
        rows.insert(row, at: lo)
        if keys.count > k {
            keys.removeLast()
            rows.removeLast()
        }
        if keys.count == k {
            full = true
            last = keys[k - 1]
        }
    }
    if scan.selection == nil, present == nil {
        // All rows, none missing: once k rows are in, a block whose best value does not beat the last of
        // them is passed over whole — one vectorised max (or min) and no condition evaluated.
        values.withUnsafeBufferPointer { v in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { buffer in
                guard let maskBuffer = buffer.baseAddress, let vals = v.baseAddress else { return }
                var p0 = scan.range.lowerBound
                while p0 < scan.range.upperBound {
                    let n = Swift.min(blockSize, scan.range.upperBound - p0)
                    let base = vals + p0
                    if full {
                        let bound = T(truncatingIfNeeded: last)
                        if descending ? blockMax(base, n) <= bound : blockMin(base, n) >= bound {
                            p0 += n
                            continue
                        }
                    }
                    var mask: UnsafePointer<UInt8>?
                    if let condition = scan.condition {
                        condition.fill(maskBuffer, .set, p0, n, nil)
                        mask = UnsafePointer(maskBuffer)
                    }
                    // The cheap test first (against the last of the k at the block's start: a stale bound
                    // only lets more rows through to `offer`, which checks again).
                    let bound = full ? T(truncatingIfNeeded: last) : (descending ? T.min : T.max)
                    let strict = full
                    if descending {
                        for j in 0..<n where base[j] > bound || (!strict && base[j] == bound) {
                            if mask.map({ $0[j] != 0 }) ?? true { offer(Int64(base[j]), Int32(truncatingIfNeeded: p0 + j)) }
                        }
                    } else {
                        for j in 0..<n where base[j] < bound || (!strict && base[j] == bound) {
                            if mask.map({ $0[j] != 0 }) ?? true { offer(Int64(base[j]), Int32(truncatingIfNeeded: p0 + j)) }
                        }
                    }
                    p0 += n
                }
            }
        }
        return TopK(keys: keys, rows: rows, missing: [])
    }
    values.withUnsafeBufferPointer { v in
        present.withUnsafeOptionalBufferPointer { p in
            scan.forEachBlock { block in
                switch block {
                case .dense(let start, let n, let mask):
                    guard let vals = v.baseAddress else { return }
                    let base = vals + start
                    if p == nil, full {
                        // The cheap test first, against the last of the k at the block's start (a stale
                        // bound only lets more rows through to `offer`, which checks again).
                        let bound = T(truncatingIfNeeded: last)
                        for j in 0..<n where descending ? base[j] > bound : base[j] < bound {
                            if mask.map({ $0[j] != 0 }) ?? true { offer(Int64(base[j]), Int32(truncatingIfNeeded: start + j)) }
                        }
                        return
                    }
                    for j in 0..<n where mask.map({ $0[j] != 0 }) ?? true {
                        let row = start + j
                        if let p, !p[row] {
                            if missing.count < k { missing.append(Int32(truncatingIfNeeded: row)) }
                            continue
                        }
                        offer(Int64(base[j]), Int32(truncatingIfNeeded: row))
                    }
                case .rows(let r):
                    for row in r {
                        if let p, !p[Int(row)] {
                            if missing.count < k { missing.append(row) }
                            continue
                        }
                        offer(Int64(v[Int(row)]), row)
                    }
                }
            }
        }
    }
    return TopK(keys: keys, rows: rows, missing: missing)
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

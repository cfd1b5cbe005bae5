import ReportModel

// Whole-table aggregates: see Scan.swift for how the block-at-a-time kernels work.

/// What one scan of a number column found among the kept rows.
struct NumberSummary {
    /// Kept rows.
    var rows = 0
    /// Kept rows whose value is missing.
    var missing = 0
    var total: Int128 = 0
    var min = Int64.max
    var max = Int64.min
}

/// Kept rows.
func countRows(_ scan: Scan) -> Int {
    inParallel(scan, countPartRows).reduce(0, +)
}

func countPartRows(_ scan: Scan) -> Int {
    var total = 0
    scan.forEachBlock { block in
        switch block {
        case .dense(_, let n, let mask?):
            var k = 0
            for j in 0..<n { k &+= Int(mask[j]) }
            total += k
        case .dense(_, let n, nil): total += n
        case .rows(let r): total += r.count
        }
    }
    return total
}

/// Sum, bounds and counts of a one-unit number column over the kept rows: one pass, integer arithmetic.
func summarize(_ scan: Scan, _ column: NumberColumn, bounds: Bool) -> NumberSummary {
    let parts = inParallel(scan) { summarizePart($0, column, bounds: bounds) }
    var s = NumberSummary()
    for p in parts {
        s.rows += p.rows
        s.missing += p.missing
        s.total += p.total
        s.min = Swift.min(s.min, p.min)
        s.max = Swift.max(s.max, p.max)
    }
    return s
}

func summarizePart(_ scan: Scan, _ column: NumberColumn, bounds: Bool) -> NumberSummary {
    switch column.storage {
    case .i8(let a): return summarize(scan, a, column, bounds)
    case .i16(let a): return summarize(scan, a, column, bounds)
    case .i32(let a): return summarize(scan, a, column, bounds)
    case .i64(let a): return summarize(scan, a, column, bounds)
    }
}

func summarize<T: FixedWidthInteger & SignedInteger>(_ scan: Scan, _ values: [T],
                                                   _ column: NumberColumn, _ bounds: Bool) -> NumberSummary {
    var s = NumberSummary()
    // A block's partial sum fits an Int64 when |value| × blockSize does; else add into Int128 row by row.
    let bound = Swift.max(column.minValue.magnitude, column.maxValue.magnitude)
    let blockSafe = bound <= UInt64(Int64.max) / UInt64(blockSize)
    values.withUnsafeBufferPointer { v in
        let present = column.present
        present.withUnsafeOptionalBufferPointer { p in
            scan.forEachBlock { block in
                switch block {
                case .dense(let start, let n, let mask):
                    if p == nil, blockSafe, let base = v.baseAddress {
                        let (rows, sum, lo, hi) = summarizeDense(base + start, n, mask, bounds: bounds)
                        s.rows += rows
                        s.total += Int128(sum)
                        if rows > 0 {
                            s.min = Swift.min(s.min, lo)
                            s.max = Swift.max(s.max, hi)
                        }
                        return
                    }
                    for j in 0..<n where mask.map({ $0[j] != 0 }) ?? true {
                        s.rows += 1
                        if let p, !p[start + j] { s.missing += 1; continue }
                        let x = Int64(v[start + j])
                        s.total += Int128(x)
                        s.min = Swift.min(s.min, x)
                        s.max = Swift.max(s.max, x)
                    }
                case .rows(let r):
                    s.rows += r.count
                    for row in r {
                        if let p, !p[Int(row)] { s.missing += 1; continue }
                        let x = Int64(v[Int(row)])
                        s.total += Int128(x)
                        s.min = Swift.min(s.min, x)
                        s.max = Swift.max(s.max, x)
                    }
                }
            }
        }
    }
    return s
}

/// Kept rows, their sum, min and max over `v[0..<n]` (min and max only when `bounds`): separate
/// branch-free loops, so each vectorises.
@inline(__always)
func summarizeDense<T: FixedWidthInteger & SignedInteger>(_ v: UnsafePointer<T>, _ n: Int,
                                                        _ mask: UnsafePointer<UInt8>?,
                                                        bounds: Bool) -> (Int, Int64, Int64, Int64) {
    var lo = T.max, hi = T.min
    let rows: Int
    let sum: Int64
    if let mask {
        var k: UInt32 = 0
        for j in 0..<n { k &+= UInt32(mask[j]) }
        rows = Int(k)
        if rows == 0 { return (0, 0, 0, 0) }
        if T.bitWidth <= 16 {
            var s: Int32 = 0
            for j in 0..<n { s &+= Int32(v[j]) & (0 &- Int32(mask[j])) }
            sum = Int64(s)
        } else {
            var s: Int64 = 0
            for j in 0..<n { s &+= Int64(v[j]) & (0 &- Int64(mask[j])) }
            sum = s
        }
        if bounds {
            for j in 0..<n where mask[j] != 0 {
                lo = Swift.min(lo, v[j])
                hi = Swift.max(hi, v[j])
            }
        }
    } else {
        rows = n
        if T.bitWidth <= 16 {
            var s: Int32 = 0
            for j in 0..<n { s &+= Int32(v[j]) }
            sum = Int64(s)
        } else {
            var s: Int64 = 0
            for j in 0..<n { s &+= Int64(v[j]) }
            sum = s
        }
        if bounds {
            for j in 0..<n {
                lo = Swift.min(lo, v[j])
                hi = Swift.max(hi, v[j])
            }
        }
    }
    return (rows, sum, Int64(lo), Int64(hi))
}

extension Optional where Wrapped == [Bool] {
    /// The array's buffer, or nil.
    func withUnsafeOptionalBufferPointer<R, E: Error>(_ body: (UnsafeBufferPointer<Bool>?) throws(E) -> R) throws(E) -> R {
        switch self {
        case .some(let a): return try a.withUnsafeBufferPointer { p throws(E) in try body(p) }
        case .none: return try body(nil)
        }
    }
}

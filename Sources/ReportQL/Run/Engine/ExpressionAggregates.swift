import ReportModel

// `sum`, `avg`, `min` and `max` of column arithmetic (`sum(total - invest2024)`), fused with the scan: the
// expression is a `ScaledExpr` (ScaledConditions.swift) filled a block at a time into 64-bit significands and
// summed while the block is hot, never materialised as a column. Its interval is known before anything runs
// (no row can overflow), so the answer is the one the column-at-a-time path gives — including its scale: the
// largest scale a present value needs once its trailing zeros are dropped (`ScaledArithmetic.column`).

/// What one scan of a ``ScaledExpr`` found among the kept rows.
struct ExpressionSummary {
    /// Kept rows.
    var rows = 0
    /// Kept rows where a column the expression reads is missing.
    var missing = 0
    var total: Int128 = 0
    var min = Int64.max
    var max = Int64.min
    /// Decimal places (at most the expression's scale) that every present value has as trailing zeros.
    var zeros: Int

    /// Adds what another part of the scan found.
    mutating func add(_ o: ExpressionSummary) {
        rows += o.rows
        missing += o.missing
        total += o.total
        min = Swift.min(min, o.min)
        max = Swift.max(max, o.max)
        zeros = Swift.min(zeros, o.zeros)
    }
}

/// A fused aggregate argument: the expression at its scale and unit, and the presence of the columns it reads.
struct ExpressionInput {
    let side: ScaledComparison.Side

    /// `e` as a fused argument: arithmetic of one-unit number columns (not a lone column or constant) whose
    /// every intermediate fits 64 bits; nil otherwise.
    init?(_ e: TypedExpr, _ frame: Frame) {
        guard case .arithmetic = e.kind, let s = ScaledComparison.side(e, frame),
              !ScaledComparison.isConstant(s.expr) else { return nil }
        side = s
    }

    /// The summary of the kept rows; `bounds` when min and max are wanted.
    func summarize(_ scan: Scan, bounds: Bool) -> ExpressionSummary {
        let parts = inParallel(scan) { summarizePart($0, bounds: bounds) }
        var s = parts[0]
        for p in parts.dropFirst() { s.add(p) }
        return s
    }

    func summarizePart(_ scan: Scan, bounds: Bool) -> ExpressionSummary {
        var s = ExpressionSummary(zeros: Swift.min(side.scale, 18))
        // A block's sum fits an Int64 when |value| × blockSize does.
        let bound = Swift.max(side.lo.magnitude, side.hi.magnitude)
        let blockSafe = bound <= UInt128(Int64.max) / UInt128(blockSize)
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: blockSize) { valueBuffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { keepBuffer in
                guard let v = valueBuffer.baseAddress, let keep = keepBuffer.baseAddress else { return }
                scan.forEachBlock { block in
                    let n: Int
                    switch block {
                    case .dense(let start, let count, let mask):
                        n = count
                        side.expr.fill(v, start, n, nil)
                        if let mask { keep.update(from: mask, count: n) } else { keep.update(repeating: 1, count: n) }
                        var kept = 0
                        for j in 0..<n { kept &+= Int(keep[j]) }
                        s.rows += kept
                        for p in side.present { p.withUnsafeBufferPointer { fillBools($0, keep, .and, start, n, nil) } }
                    case .rows(let r):
                        n = r.count
                        guard let rows = r.baseAddress else { return }
                        side.expr.fill(v, 0, n, rows)
                        keep.update(repeating: 1, count: n)
                        s.rows += n
                        for p in side.present { p.withUnsafeBufferPointer { fillBools($0, keep, .and, 0, n, rows) } }
                    }
                    let present = add(v, keep, n, blockSafe: blockSafe, bounds: bounds, &s)
                    s.missing -= present
                }
            }
        }
        // `missing` counted down the present rows of each block: add back the kept rows.
        s.missing += s.rows
        return s
    }

    /// Adds the present values of one block into `s`; returns how many there were.
    @inline(__always)
    func add(_ v: UnsafeMutablePointer<Int64>, _ keep: UnsafePointer<UInt8>, _ n: Int, blockSafe: Bool,
             bounds: Bool, _ s: inout ExpressionSummary) -> Int {
        var present = 0
        for j in 0..<n { present &+= Int(keep[j]) }
        if present == 0 { return 0 }
        if blockSafe {
            var sum: Int64 = 0
            for j in 0..<n { sum &+= v[j] & (0 &- Int64(keep[j])) }
            s.total += Int128(sum)
        } else {
            for j in 0..<n where keep[j] != 0 { s.total += Int128(v[j]) }
        }
        if bounds {
            for j in 0..<n where keep[j] != 0 {
                s.min = Swift.min(s.min, v[j])
                s.max = Swift.max(s.max, v[j])
            }
        }
        // The trailing zeros every present value has: usually settled (0) within the first block.
        while s.zeros > 0 {
            let f = ScaledArithmetic.power10[s.zeros]
            var all = true
            for j in 0..<n where keep[j] != 0 && v[j] % f != 0 {
                all = false
                break
            }
            if all { break }
            s.zeros -= 1
        }
        return present
    }
}

import ReportModel

// Top k of a computed number (`select name, total - invest2024 as rest sort rest desc top 5`): the expression
// is a `ScaledExpr` (ScaledConditions.swift) filled a block at a time from the columns in place, for the rows
// the scan keeps, and fed to the one top-k buffer (TopK.swift) — the computed column is never materialised.
// Ties keep the scan's order and missing values come last, as the sort of the materialised column gives
// them; the trailing zeros every present value shares are counted on the way, so the k values get the scale
// the whole column would have had (`ScaledArithmetic.column`).

/// What the top-k pass of an expression found.
struct ExpressionTop {
    /// Storage rows, best first, then rows where the expression is missing (in the scan's order), k at most.
    var rows: [Int32]
    /// Rows the scan kept.
    var kept: Int
    /// Decimal places every present value has as trailing zeros (at most the expression's scale and 18).
    var zeros: Int
}

extension ExpressionInput {
    /// The first `k` kept rows in order of the expression (descending or ascending). Returns early (a partial
    /// answer) when the scan's `stop` says so; the caller's checkpoint then ends the run.
    func top(_ scan: Scan, descending: Bool, k: Int) -> ExpressionTop {
        var result = ExpressionTop(rows: [], kept: 0, zeros: Swift.min(side.scale, 18))
        guard k > 0 else { return result }
        var buffer = TopBuffer<RankedRow>(k: k)
        var missing: [Int32] = []
        var place = 0
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: blockSize) { valueBuffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { presentBuffer in
                guard let v = valueBuffer.baseAddress, let present = presentBuffer.baseAddress else { return }
                scan.forEachBlock { block in
                    // Values and presence of the block's kept rows; `row(j)` is the storage row of entry j.
                    let n: Int
                    var base = 0
                    var rows: UnsafePointer<Int32>? = nil
                    var mask: UnsafePointer<UInt8>? = nil
                    switch block {
                    case .dense(let start, let count, let m):
                        n = count
                        base = start
                        mask = m
                        side.expr.fill(v, start, n, nil)
                        present.update(repeating: 1, count: n)
                        for p in side.present { p.withUnsafeBufferPointer { fillBools($0, present, .and, start, n, nil) } }
                    case .rows(let r):
                        n = r.count
                        guard let rp = r.baseAddress else { return }
                        rows = rp
                        side.expr.fill(v, 0, n, rp)
                        present.update(repeating: 1, count: n)
                        for p in side.present { p.withUnsafeBufferPointer { fillBools($0, present, .and, 0, n, rp) } }
                    }
                    for j in 0..<n {
                        if let mask, mask[j] == 0 { continue }
                        let row = rows.map { Int32($0[j]) } ?? Int32(truncatingIfNeeded: base + j)
                        if present[j] == 0 {
                            if missing.count < k { missing.append(row) }
                        } else {
                            buffer.offer(RankedRow(key: rankKey(v[j], descending: descending), place: place, row: row),
                                         RankedRow.less)
                        }
                        place += 1
                    }
                    // The trailing zeros every present value has: usually settled (0) within the first block.
                    while result.zeros > 0 {
                        let f = ScaledArithmetic.power10[result.zeros]
                        var all = true
                        for j in 0..<n where present[j] != 0 && (mask?[j] ?? 1) != 0 && v[j] % f != 0 {
                            all = false
                            break
                        }
                        if all { break }
                        result.zeros -= 1
                    }
                }
            }
        }
        result.kept = place
        let best = buffer.finish(RankedRow.less).map(\.row)
        result.rows = best + missing.prefix(k - best.count)
        return result
    }

    /// The expression's values on `rows` (storage rows), at the scale `zeros` places below the expression's,
    /// as the materialised column would hold them; nil when every row is missing.
    func column(_ rows: [Int32], zeros: Int) -> NumberColumn? {
        let n = rows.count
        var values = [Int64](repeating: 0, count: n)
        var present = [UInt8](repeating: 1, count: n)
        rows.withUnsafeBufferPointer { r in
            values.withUnsafeMutableBufferPointer { v in
                present.withUnsafeMutableBufferPointer { p in
                    guard let rp = r.baseAddress, let vp = v.baseAddress, let pp = p.baseAddress else { return }
                    side.expr.fill(vp, 0, n, rp)
                    for a in side.present { a.withUnsafeBufferPointer { fillBools($0, pp, .and, 0, n, rp) } }
                }
            }
        }
        let mask = side.present.isEmpty ? nil : present.map { $0 != 0 }
        return ScaledArithmetic.column(values, scale: side.scale, unit: side.unit, present: mask, drop: zeros)
    }
}

import ReportModel

// Full sort of a one-unit number column: a least-significant-digit radix sort of the significands (mapped so
// that unsigned order is the wanted order, see ``rankKey(_:descending:)``), one byte a pass, carrying the
// rows. A radix sort is stable, so ties keep the scan's order, as the comparison sort did; a byte that is
// the same in every key is not a pass (cents below ±32,767 take two passes, not eight).

/// The rows `scan` keeps in order of a one-unit number column, ties in the scan's order, missing values last;
/// the first `limit` of them when given. Returns early (a partial answer) once `stop` says so; the caller
/// then ends the run.
func radixSortedRows(_ scan: Scan, _ c: NumberColumn, descending: Bool, limit: Int?, stop: () -> Bool) -> [Int32] {
    if let limit, limit <= 4096 {
        return topRows(scan, c, descending: descending, k: limit, stop: stop)
    }
    let rows = scan.rows()
    var present: [Int32] = [], missing: [Int32] = []
    var keys: [UInt64] = []
    present.reserveCapacity(rows.count)
    keys.reserveCapacity(rows.count)
    for r in rows {
        if c.isPresent(Int(r)) {
            present.append(r)
            keys.append(rankKey(c.significand(at: Int(r)), descending: descending))
        } else {
            missing.append(r)
        }
    }
    radixSort(&keys, &present, stop: stop)
    var out = present + missing
    if let limit, limit < out.count { out.removeLast(out.count - limit) }
    return out
}

/// Sorts `keys` ascending, stably, moving `rows` with them. Stops between chunks once `stop` says so
/// (leaving them in some order).
func radixSort(_ keys: inout [UInt64], _ rows: inout [Int32], stop: () -> Bool) {
    let n = keys.count
    guard n > 1 else { return }
    var all: UInt64 = 0, none: UInt64 = .max
    for k in keys {
        all |= k
        none &= k
    }
    let varying = all ^ none
    var spareKeys = [UInt64](repeating: 0, count: n)
    var spareRows = [Int32](repeating: 0, count: n)
    let chunk = 1 << 16
    for digit in 0..<8 where (varying >> UInt64(8 * digit)) & 0xFF != 0 {
        if stop() { return }
        let shift = UInt64(8 * digit)
        var offsets = [Int](repeating: 0, count: 256)
        for k in keys { offsets[Int((k >> shift) & 0xFF)] += 1 }
        var sum = 0
        for b in 0..<256 {
            let c = offsets[b]
            offsets[b] = sum
            sum += c
        }
        var stopped = false
        keys.withUnsafeBufferPointer { src in
            rows.withUnsafeBufferPointer { srcRows in
                spareKeys.withUnsafeMutableBufferPointer { dst in
                    spareRows.withUnsafeMutableBufferPointer { dstRows in
                        offsets.withUnsafeMutableBufferPointer { off in
                            var start = 0
                            while start < n {
                                if start > 0, stop() { stopped = true; return }
                                let end = Swift.min(n, start + chunk)
                                for i in start..<end {
                                    let k = src[i]
                                    let b = Int((k >> shift) & 0xFF)
                                    let o = off[b]
                                    dst[o] = k
                                    dstRows[o] = srcRows[i]
                                    off[b] = o &+ 1
                                }
                                start = end
                            }
                        }
                    }
                }
            }
        }
        if stopped { return }
        swap(&keys, &spareKeys)
        swap(&rows, &spareRows)
    }
}

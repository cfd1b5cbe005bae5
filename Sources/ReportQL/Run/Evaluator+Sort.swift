import ReportModel

// Sorting a frame: one number column through the radix sort and top-k kernels (Engine/Sort.swift,
// Engine/TopK.swift); several keys, text and boolean keys as composite integer keys through the same radix
// sort and top-k (Engine/CompositeSort.swift); numbers in several units or at their own scales through a
// comparison of values.

extension Evaluator {
    /// The rows `scan` keeps in order of a one-unit number column, ties in the scan's order, missing last;
    /// the first `limit` of them when given. Honours the interrupt, cancellation and the deadline.
    func sortedRows(_ scan: Scan, _ c: NumberColumn, descending: Bool, limit: Int?) throws(RuntimeError) -> [Int32] {
        let rows = radixSortedRows(scan, c, descending: descending, limit: limit) { self.shouldStop }
        try checkpoint()
        return rows
    }

    func sort(_ frame: Frame, _ keys: [(expr: TypedExpr, descending: Bool)], limit: Int?) throws(RuntimeError) -> Frame {
        var vecs: [(ColumnValues, Bool)] = []
        for k in keys { vecs.append((try eval(k.expr, frame), k.descending)) }
        let n = frame.count
        var f = frame
        // Positions → storage rows (the whole storage is never listed for a top k).
        let storageRows = { (order: [Int32]) -> [Int32] in
            guard let selection = frame.selection else { return order }
            return order.map { selection[Int($0)] }
        }
        // Fast path: one numeric key of one unit compares machine integers (a column is read in place by
        // `scanned`; this is a computed key, one value per position).
        if vecs.count == 1, case .number(let c) = vecs[0].0, c.isUniform {
            let order = try sortedRows(Scan(count: n, selection: nil, condition: nil), c, descending: vecs[0].1, limit: limit)
            f.selection = storageRows(order)
            return f
        }
        // One text key with a small `top`: the codes (a dictionary in byte order) or the entries' first bytes
        // read in place, best blocks first.
        if vecs.count == 1, case .text(let c) = vecs[0].0, c.count == n, let limit, limit <= 4096, limit < n / 8 {
            let stop = { self.shouldStop }
            let order = c.bytes.ascending ? topCodes(c, descending: vecs[0].1, k: limit, stop: stop)
                : topTexts(c, descending: vecs[0].1, k: limit, stop: stop)
            try checkpoint()
            f.selection = storageRows(order)
            return f
        }
        if let order = try compositeSorted(vecs, count: n, limit: limit) {
            f.selection = storageRows(order)
            return f
        }
        let rows = frame.rows
        let less: (Int, Int) -> Bool
        // A comparison sort cannot throw: once the run should stop, every comparison answers at once and
        // the checkpoint after the sort ends the run.
        var comparisons = 0, stopped = false
        do {
            less = { a, b in
                comparisons &+= 1
                if comparisons & 0xFFF == 0, !stopped { stopped = self.shouldStop }
                if stopped { return false }
                for (v, desc) in vecs {
                    let x = v.value(at: a), y = v.value(at: b)
                    var c = Arithmetic.order(x, y)
                    // Missing sorts last whichever the direction.
                    if desc, !x.isMissing, !y.isMissing { c = -c }
                    if c != 0 { return c < 0 }
                }
                return a < b
            }
        }
        var order: [Int]
        if let limit, limit < n / 8 {
            // The one top-k (Engine/TopK.swift) over positions; `less` breaks ties by position.
            var buffer = TopBuffer<Int>(k: limit)
            for i in 0..<n {
                if i & 0xFFF == 0, stopped { break }
                buffer.offer(i, less)
            }
            order = buffer.finish(less)
        } else {
            order = Array(0..<n)
            order.sort(by: less)
            if let limit { order = Array(order.prefix(limit)) }
        }
        try checkpoint()
        f.selection = order.map { rows[$0] }
        return f
    }

    /// The positions in order of `keys` when every key has an integer form (Engine/CompositeSort.swift);
    /// nil when some key needs the comparison path.
    func compositeSorted(_ keys: [(ColumnValues, Bool)], count n: Int, limit: Int?) throws(RuntimeError) -> [Int32]? {
        var packed: [OrderKey] = []
        for (i, (v, descending)) in keys.enumerated() {
            let best = i == 0 ? limit.flatMap { $0 <= 4096 && $0 < n / 8 ? $0 : nil } : nil
            guard let key = sortKey(v, count: n, descending: descending, best: best, stop: { self.shouldStop }) else {
                return nil
            }
            try checkpoint()
            if let key { packed.append(key) }
        }
        let order = compositeOrder(packed, count: n, limit: limit) { self.shouldStop }
        try checkpoint()
        return order
    }
}

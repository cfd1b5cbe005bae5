import ReportModel

// Aggregates per group (see HashGrouping.swift) over one-unit number columns and text codes: counts, exact
// sums in integers, bounds, medians by selection on the significands, distinct counts by hashing the
// significands or codes. The values are the ones the row-by-row `Aggregation.reduce` gives.

extension Aggregation {
    /// `a` per group of `groups` over `arg` (a vector over the grouped rows); nil when the argument needs
    /// the row-by-row path (units varying per row, a computed constant, text bounds, a distinct sum).
    func perGroup(_ a: TypedAggregate, _ arg: ColumnValues?, _ groups: Groups) throws(RuntimeError) -> ColumnData? {
        guard let arg else { return countColumn(groups.sizes()) }
        let n = groups.of.count
        switch arg {
        case .number(let c) where c.isUniform:
            let present = c.present
            if a.distinct {
                guard a.function == .count else { return nil }
                // One value on every present row (the bounds say min = max, checked on the storage in place):
                // each group with a present row has one distinct value.
                if try evaluator.isConstant(c) {
                    var counts = [Int](repeating: 0, count: groups.count)
                    // One group (a whole-table count): 1 when any row is present, no group read.
                    if groups.count == 1 { return countColumn([present.map { $0.contains(true) } ?? (n > 0) ? 1 : 0]) }
                    try evaluator.inChunks(n) { r in
                        for i in r where present?[i] ?? true { counts[Int(groups.of[i])] = 1 }
                    }
                    return countColumn(counts)
                }
                if let counts = try distinctCounts(c, groups) { return countColumn(counts) }
                // Widened to 64 bits only here, for the hash (a sum or a count reads the narrow storage).
                let values = c.values
                var index = PairIndex(expected: Swift.min(n, 1 << 16))
                var counts = [Int](repeating: 0, count: groups.count)
                try evaluator.inChunks(n) { r in
                    for i in r where present?[i] ?? true {
                        let g = groups.of[i]
                        if index.insert(values[i], Int64(g)).new { counts[Int(g)] += 1 }
                    }
                }
                return countColumn(counts)
            }
            if a.function == .median { return try medians(a, c, groups) }
            return try summaries(a, c, groups)
        case .text(let c):
            guard a.function == .count else { return nil }
            var counts = [Int](repeating: 0, count: groups.count)
            let codes = c.codes
            if a.distinct {
                var index = PairIndex(expected: Swift.min(n, 1 << 16))
                try evaluator.inChunks(n) { r in
                    for i in r {
                        let code = codes[i]
                        guard code != TextColumn.missing else { continue }
                        let g = groups.of[i]
                        if index.insert(Int64(code), Int64(g)).new { counts[Int(g)] += 1 }
                    }
                }
            } else {
                try evaluator.inChunks(n) { r in
                    for i in r where codes[i] != TextColumn.missing { counts[Int(groups.of[i])] += 1 }
                }
            }
            return countColumn(counts)
        default:
            return nil
        }
    }

    /// Distinct present values per group of a one-unit column whose significands span a small range: one
    /// flag per (group, significand) in a direct table, read from the narrow storage in place. Nil when
    /// the table would be large (the caller hashes).
    func distinctCounts(_ c: NumberColumn, _ groups: Groups) throws(RuntimeError) -> [Int]? {
        guard c.count == groups.of.count else { return nil }
        switch c.storage {
        case .i8(let v): return try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in try distinctCounts(p, c.present, groups) }
        case .i16(let v): return try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in try distinctCounts(p, c.present, groups) }
        case .i32(let v): return try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in try distinctCounts(p, c.present, groups) }
        case .i64(let v): return try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in try distinctCounts(p, c.present, groups) }
        }
    }

    private func distinctCounts<T: FixedWidthInteger & SignedInteger>(
        _ p: UnsafeBufferPointer<T>, _ present: [Bool]?, _ groups: Groups
    ) throws(RuntimeError) -> [Int]? {
        let n = p.count, k = groups.count
        let (lo, hi) = try evaluator.bounds(p, present)
        guard lo <= hi else { return [Int](repeating: 0, count: k) }
        let span = hi.subtractingReportingOverflow(lo)
        guard !span.overflow, span.partialValue < Int64(Swift.max(4 * n, 1 << 16)) else { return nil }
        let width = Int(span.partialValue) + 1
        let (size, overflow) = width.multipliedReportingOverflow(by: k)
        guard !overflow, size <= Swift.max(4 * n, 1 << 16) else { return nil }
        var seen = [UInt8](repeating: 0, count: size)
        var counts = [Int](repeating: 0, count: k)
        try seen.withUnsafeMutableBufferPointer { (seen) throws(RuntimeError) in
            try counts.withUnsafeMutableBufferPointer { (counts) throws(RuntimeError) in
                try groups.of.withUnsafeBufferPointer { (of) throws(RuntimeError) in
                    try present.withUnsafeOptionalBufferPointer { (isPresent) throws(RuntimeError) in
                        if k == 1 {
                            // One group: a running count, no group read.
                            var total = 0
                            try evaluator.inChunks(n) { r in
                                for i in r where isPresent?[i] ?? true {
                                    let s = Int(Int64(p[i]) &- lo)
                                    total &+= 1 &- Int(seen[s])
                                    seen[s] = 1
                                }
                            }
                            counts[0] = total
                            return
                        }
                        try evaluator.inChunks(n) { r in
                            for i in r where isPresent?[i] ?? true {
                                let g = Int(of[i])
                                let s = g &* width &+ Int(Int64(p[i]) &- lo)
                                counts[g] &+= 1 &- Int(seen[s])
                                seen[s] = 1
                            }
                        }
                    }
                }
            }
        }
        return counts
    }

    /// Missing values of `arg` (what a whole-table aggregate reports as skipped); nil when not a column.
    func missingCount(_ arg: ColumnValues, _ n: Int) -> Int? {
        switch arg {
        case .number(let c): return c.present.map { p in p.reduce(0) { $0 + ($1 ? 0 : 1) } } ?? 0
        case .text(let c):
            var k = 0
            for i in 0..<n where c.storage[i] == TextColumn.missing { k += 1 }
            return k
        default: return nil
        }
    }

    func countColumn(_ counts: [Int]) -> ColumnData {
        .number(NumberColumn(values: counts.map { Int64($0) }, scale: 0, unit: .plain))
    }

    /// count, sum, avg, min or max of a one-unit column per group: present values, integer sums, bounds.
    func summaries(_ a: TypedAggregate, _ c: NumberColumn, _ groups: Groups) throws(RuntimeError) -> ColumnData {
        let k = groups.count
        var t = GroupTotals(k, bounds: a.function == .min || a.function == .max)
        // The narrow storage read in place, through pointers (no widening copy).
        switch c.storage {
        case .i8(let v): try v.withUnsafeBufferPointer { p throws(RuntimeError) in try t.add(p, c, groups, evaluator) }
        case .i16(let v): try v.withUnsafeBufferPointer { p throws(RuntimeError) in try t.add(p, c, groups, evaluator) }
        case .i32(let v): try v.withUnsafeBufferPointer { p throws(RuntimeError) in try t.add(p, c, groups, evaluator) }
        case .i64(let v): try v.withUnsafeBufferPointer { p throws(RuntimeError) in try t.add(p, c, groups, evaluator) }
        }
        if a.function == .count { return countColumn(t.present) }
        var b = ValueBuilder(type: a.type)
        for g in 0..<k {
            try evaluator.checkpoint(every: g)
            b.append(try finish(a, total: t.sums[g], count: t.present[g], min: t.lo[g], max: t.hi[g], c))
        }
        return b.finish()
    }

    /// The median of a one-unit column per group: the present significands laid out group by group, then
    /// the middle one (or two) of each found by selection.
    func medians(_ a: TypedAggregate, _ c: NumberColumn, _ groups: Groups) throws(RuntimeError) -> ColumnData {
        let n = groups.of.count, k = groups.count
        let significands = c.values, isPresent = c.present
        var start = [Int](repeating: 0, count: k + 1)
        try evaluator.inChunks(n) { r in
            for i in r where isPresent?[i] ?? true { start[Int(groups.of[i]) + 1] += 1 }
        }
        for g in 0..<k { start[g + 1] += start[g] }
        var next = Array(start.dropLast())
        var values = [Int64](repeating: 0, count: start[k])
        try evaluator.inChunks(n) { r in
            for i in r where isPresent?[i] ?? true {
                let g = Int(groups.of[i])
                values[next[g]] = significands[i]
                next[g] += 1
            }
        }
        var b = ValueBuilder(type: a.type)
        let unit = c.units[0]
        func quantity(_ x: Int64) -> Quantity { Quantity(ExactDecimal(significand: Int128(x), scale: c.scale), unit) }
        try values.withUnsafeMutableBufferPointer { (v) throws(RuntimeError) in
            guard let p = v.baseAddress else {
                for _ in 0..<k { b.append(.missing) }
                return
            }
            for g in 0..<k {
                try evaluator.checkpoint(every: g)
                let lo = start[g], m = start[g + 1] - lo
                guard m > 0 else { b.append(.missing); continue }
                let mid = lo + m / 2
                select(p, lo, lo + m, mid)
                if m % 2 == 1 {
                    b.append(.number(quantity(p[mid])))
                    continue
                }
                var below = p[lo]
                for j in lo..<mid { below = Swift.max(below, p[j]) }
                do throws(Arithmetic.Failure) {
                    let s = try Arithmetic.addSubtract(quantity(below), quantity(p[mid]), subtract: false)
                    b.append(.number(try Arithmetic.divide(s, Quantity(ExactDecimal(2)))))
                } catch {
                    throw evaluator.arithmeticFailure(error, a.range)
                }
            }
        }
        return b.finish()
    }
}

/// Reorders `p[lo..<hi]` so that `p[k]` holds the value a sort would put there, none after it smaller and
/// none before it larger (Hoare's selection, pivot from the middle: linear on sorted and constant data).
func select(_ p: UnsafeMutablePointer<Int64>, _ lo: Int, _ hi: Int, _ k: Int) {
    var l = lo, r = hi - 1
    while l < r {
        let x = p[k]
        var i = l, j = r
        repeat {
            while p[i] < x { i += 1 }
            while x < p[j] { j -= 1 }
            if i <= j {
                let t = p[i]
                p[i] = p[j]
                p[j] = t
                i += 1
                j -= 1
            }
        } while i <= j
        if j < k { l = i }
        if k < i { r = j }
    }
}

/// Per group: present values, their sum and (when `bounds`) their min and max.
struct GroupTotals {
    var present: [Int]
    var sums: [Int128]
    var lo: [Int64]
    var hi: [Int64]
    let bounds: Bool

    init(_ k: Int, bounds: Bool) {
        present = [Int](repeating: 0, count: k)
        sums = [Int128](repeating: 0, count: k)
        lo = [Int64](repeating: .max, count: k)
        hi = [Int64](repeating: .min, count: k)
        self.bounds = bounds
    }

    /// Adds the values of `c` (its storage `v`) row by row into their groups, in chunks that check the interrupt.
    mutating func add<T: FixedWidthInteger & SignedInteger>(_ v: UnsafeBufferPointer<T>, _ c: NumberColumn,
                                                          _ groups: Groups, _ evaluator: Evaluator) throws(RuntimeError) {
        let n = groups.of.count
        guard v.count == n else { return }
        // Int64 sums per group are exact while |value| × rows stays below 2^63; else Int128 row by row.
        let narrow = narrowSums(c, rows: n)
        var wide = [Int64](repeating: 0, count: narrow ? sums.count : 0)
        let bounds = self.bounds
        try c.present.withUnsafeOptionalBufferPointer { isPresent throws(RuntimeError) in
            try groups.of.withUnsafeBufferPointer { of throws(RuntimeError) in
                try present.withUnsafeMutableBufferPointer { count throws(RuntimeError) in
                    try lo.withUnsafeMutableBufferPointer { lo throws(RuntimeError) in
                        try hi.withUnsafeMutableBufferPointer { hi throws(RuntimeError) in
                            try wide.withUnsafeMutableBufferPointer { narrowSums throws(RuntimeError) in
                                try sums.withUnsafeMutableBufferPointer { sums throws(RuntimeError) in
                                    try evaluator.inChunks(n) { r in
                                        for i in r where isPresent?[i] ?? true {
                                            let g = Int(of[i]), x = Int64(v[i])
                                            count[g] &+= 1
                                            if narrow { narrowSums[g] &+= x } else { sums[g] += Int128(x) }
                                            if bounds {
                                                lo[g] = Swift.min(lo[g], x)
                                                hi[g] = Swift.max(hi[g], x)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if narrow { sums = wide.map { Int128($0) } }
    }
}

extension Evaluator {
    /// Whether every present value of a one-unit column is its first present value, checked on the narrow
    /// storage in place, block by block, given up at the first block that differs (a missing row holds 0).
    func isConstant(_ c: NumberColumn) throws(RuntimeError) -> Bool {
        guard c.isUniform, c.count > 0 else { return false }
        let present = c.present
        // The first present value (the bounds may be unset: 0 and 0): every other must be it.
        guard let first = present.map({ p in p.firstIndex(of: true) }) ?? 0 else { return false }
        let k = c.storage[first]
        func same<T: FixedWidthInteger>(_ v: [T]) throws(RuntimeError) -> Bool {
            guard let t = T(exactly: k) else { return false }
            var all = true
            try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in
                try inChunks(p.count) { r in
                    guard all else { return }
                    if let present {
                        for i in r where p[i] != t && present[i] { all = false }
                    } else {
                        var differ = false
                        for i in r { differ = differ || p[i] != t }
                        if differ { all = false }
                    }
                }
            }
            return all
        }
        switch c.storage {
        case .i8(let v): return try same(v)
        case .i16(let v): return try same(v)
        case .i32(let v): return try same(v)
        case .i64(let v): return try same(v)
        }
    }
}

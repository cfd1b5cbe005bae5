import ReportModel

/// The keys of a `join`: for each row of each side, a dense id of its key (text by dictionary code, the other
/// side's dictionary mapped onto this side's once; numbers of one unit by their scaled integers less the
/// smallest; anything else by value). Several keys combine into one id. Ids are 32-bit: half the bytes of
/// 64-bit ids for the probe's random reads, and every id below the rows of both sides (or the span of their
/// numbers, when that is at most a few times the rows) — whatever passes is numbered densely by a hash.
extension Evaluator {
    /// The other side's rows and the combined key of every row of both sides.
    func joinKeys(_ frame: Frame, _ step: JoinStep, work: inout Int) throws(RuntimeError) -> (Frame, JoinKeys) {
        guard case .table(let other) = try run(step.other) else {
            throw fail("'join' needs a table on its other side", step.range)
        }
        try visit(other.count, step.range)
        return (other, try combinedKeys(frame, other, step, work: &work))
    }

    /// The combined key of every row of both sides (-1: the row matches nothing — a missing key, a value the
    /// other side lacks), and the number of distinct ids.
    private func combinedKeys(_ frame: Frame, _ other: Frame, _ step: JoinStep,
                              work: inout Int) throws(RuntimeError) -> JoinKeys {
        let sides = (left: JoinSide(frame), right: JoinSide(other))
        // Ids past this many are numbered densely: a table of ids stays within a few times the rows.
        let bound = Swift.min(4 * (sides.left.count + sides.right.count) + 4096, Int(Int32.max))
        var keys = JoinKeys(left: [], right: [], card: 1)
        for (k, (l, r)) in step.keys.enumerated() {
            let ids = try keyIDs(frame.columns[l].data, sides.left, other.columns[r].data, sides.right,
                                 bound: bound, work: &work)
            if k == 0 {
                keys = ids
            } else if keys.card * ids.card <= bound {
                // Both cardinalities are at most the bound (below 2³¹), so the product fits.
                keys.combine(ids)
                work += keys.left.count + keys.right.count
            } else {
                // Too many combinations for a table: number those the other side has, then look this side up.
                func wide(_ acc: [Int32], _ ids: [Int32], _ card: Int) -> [Int64] {
                    zip(acc, ids).map { a, b in a < 0 || b < 0 ? -1 : Int64(a) * Int64(card) + Int64(b) }
                }
                let d = Self.densify(wide(keys.right, ids.right, ids.card), wide(keys.left, ids.left, ids.card))
                work += 2 * (keys.right.count + keys.left.count)
                keys = JoinKeys(left: d.probe, right: d.build, card: Swift.max(d.card, 1))
            }
            if keys.card > bound {
                // A dictionary larger than the rows (a few rows of a large column): numbered densely.
                let d = Self.densify(keys.right, keys.left)
                work += keys.right.count + keys.left.count
                keys = JoinKeys(left: d.probe, right: d.build, card: Swift.max(d.card, 1))
            }
            try checkpoint(step.range)
        }
        return keys
    }

    /// Dense ids 0..<card for the values of `build` (`missing` becomes -1), and the same ids for `probe` (-1
    /// where `build` lacks the value).
    private static func densify<T: FixedWidthInteger>(_ build: [T], _ probe: [T], missing: T = -1)
        -> (build: [Int32], probe: [Int32], card: Int) {
        var numbering: [T: Int32] = [:]
        numbering.reserveCapacity(build.count)
        let b = build.map { v -> Int32 in
            if v == missing { return -1 }
            let next = Int32(truncatingIfNeeded: numbering.count)
            if let id = numbering[v] { return id }
            numbering[v] = next
            return next
        }
        let p = probe.map { $0 == missing ? -1 : numbering[$0] ?? -1 }
        return (b, p, numbering.count)
    }

    /// One key pair's ids: for this side's rows of `l` and the other side's rows of `r`.
    private func keyIDs(_ l: ColumnData, _ left: JoinSide, _ r: ColumnData, _ right: JoinSide, bound: Int,
                        work: inout Int) throws(RuntimeError) -> JoinKeys {
        work += left.count + right.count
        switch (l, r) {
        case (.text(let lc), .text(let rc)) where lc.distinct <= Int(Int32.max):
            // The other side's dictionary mapped onto this side's codes, once per distinct value, by bytes.
            var remap = [Int32](repeating: -1, count: rc.distinct)
            let lbytes = lc.bytes, lindex = lc.index
            for code in 0..<rc.distinct {
                if code & 0xFFF == 0 { try checkpoint() }
                remap[code] = rc.bytes.withEntry(code) { lindex.code(of: $0, in: lbytes) }
                    .map { Int32(truncatingIfNeeded: $0) } ?? -1
            }
            work += rc.distinct
            let leftIDs = try codeIDs(lc.storage, left) { Int32(truncatingIfNeeded: $0) }
            let rightIDs = try codeIDs(rc.storage, right) { remap[Int($0)] }
            return JoinKeys(left: leftIDs, right: rightIDs, card: Swift.max(lc.distinct, 1))
        case (.number(let lc), .number(let rc)) where lc.isUniform && rc.isUniform && lc.units[0] == rc.units[0]:
            // Int64.min marks a missing or unscalable value below: a column holding it is read by value.
            if lc.minValue == .min || rc.minValue == .min { return byValue(l, left, r, right) }
            // Scaled integers at one scale; a value that does not fit at the wider scale matches nothing
            // (it cannot equal any value of the narrower column, which all fit).
            let scale = Swift.max(lc.scale, rc.scale)
            let fl = Self.power10(scale - lc.scale), fr = Self.power10(scale - rc.scale)
            // The columns' bounds, scaled, when they fit and span at most `bound` values: every id is the value
            // less the smallest, read from the narrow storage in place (no 64-bit copy of either side).
            if let fl, let fr, case let (llo, lhi)? = Self.scaledBounds(lc, fl),
               case let (rlo, rhi)? = Self.scaledBounds(rc, fr) {
                let lo = Swift.min(llo, rlo), hi = Swift.max(lhi, rhi)
                if case let (span, o) = hi.subtractingReportingOverflow(lo), !o, span < bound,
                   let a = try scaledIDs(lc, left, factor: fl, lo: lo), let b = try scaledIDs(rc, right, factor: fr, lo: lo) {
                    work += a.count + b.count
                    return JoinKeys(left: a, right: b, card: Int(span) + 1)
                }
            }
            let a = try scaledValues(lc, left, factor: fl), b = try scaledValues(rc, right, factor: fr)
            work += (a.count + b.count) * 2
            var lo = Int64.max, hi = Int64.min
            for v in a where v != .min { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            for v in b where v != .min { lo = Swift.min(lo, v); hi = Swift.max(hi, v) }
            if lo > hi { (lo, hi) = (0, 0) }
            let (span, o) = hi.subtractingReportingOverflow(lo)
            try checkpoint()
            if !o, span < bound {
                let f = { (v: Int64) -> Int32 in v == .min ? -1 : Int32(truncatingIfNeeded: v - lo) }
                return JoinKeys(left: a.map(f), right: b.map(f), card: Int(span) + 1)
            }
            let d = Self.densify(b, a, missing: .min)
            work += a.count + b.count
            return JoinKeys(left: d.probe, right: d.build, card: Swift.max(d.card, 1))
        default:
            return byValue(l, left, r, right)
        }
    }

    /// 10^`n` (n ≥ 0), nil when it passes 64 bits.
    private static func power10(_ n: Int) -> Int64? {
        var f: Int64 = 1
        for _ in 0..<n {
            let (m, o) = f.multipliedReportingOverflow(by: 10)
            if o { return nil }
            f = m
        }
        return f
    }

    /// The bounds of `c`'s present values times `factor`; nil when they pass 64 bits. (0...0 when none is
    /// present: then every row is missing and no id is read.)
    private static func scaledBounds(_ c: NumberColumn, _ factor: Int64) -> (Int64, Int64)? {
        let (lo, o1) = c.minValue.multipliedReportingOverflow(by: factor)
        let (hi, o2) = c.maxValue.multipliedReportingOverflow(by: factor)
        return o1 || o2 || lo > hi ? nil : (lo, hi)
    }

    /// The ids `value × factor − lo` of `c` at the rows of `side`, -1 where missing; nil when a value lies
    /// outside the column's bounds (bounds that are not the values' own: then the general path reads them).
    private func scaledIDs(_ c: NumberColumn, _ side: JoinSide, factor: Int64, lo: Int64) throws(RuntimeError) -> [Int32]? {
        let vlo = c.minValue, vspan = UInt64(bitPattern: c.maxValue &- c.minValue)
        let base = c.minValue &* factor &- lo
        let present = c.present
        func ids<T: FixedWidthInteger>(_ values: [T]) throws(RuntimeError) -> [Int32]? {
            var inBounds = true
            let out = try mapRows(side, values, fill: Int32(-1)) { v, i in
                // A missing row's storage holds 0, which need not lie within the bounds.
                if let present, !present[i] { return -1 }
                let d = UInt64(bitPattern: Int64(v) &- vlo)
                if d > vspan { inBounds = false; return -1 }
                return Int32(truncatingIfNeeded: Int64(bitPattern: d) &* factor &+ base)
            }
            return inBounds ? out : nil
        }
        switch c.storage {
        case .i8(let a): return try ids(a)
        case .i16(let a): return try ids(a)
        case .i32(let a): return try ids(a)
        case .i64(let a): return try ids(a)
        }
    }

    /// The values of `c` at the rows of `side` times `factor` (nil: past 64 bits for every value), `Int64.min`
    /// where missing or past 64 bits.
    private func scaledValues(_ c: NumberColumn, _ side: JoinSide, factor: Int64?) throws(RuntimeError) -> [Int64] {
        guard let factor else { return [Int64](repeating: .min, count: side.count) }
        let present = c.present
        func scaled<T: FixedWidthInteger>(_ values: [T]) throws(RuntimeError) -> [Int64] {
            try mapRows(side, values, fill: Int64.min) { v, i in
                if let present, !present[i] { return Int64.min }
                let (s, o) = Int64(v).multipliedReportingOverflow(by: factor)
                return o ? .min : s
            }
        }
        switch c.storage {
        case .i8(let a): return try scaled(a)
        case .i16(let a): return try scaled(a)
        case .i32(let a): return try scaled(a)
        case .i64(let a): return try scaled(a)
        }
    }

    /// The ids `id(code)` of the codes of `storage` at the rows of `side`, -1 where missing.
    private func codeIDs(_ storage: CodeStorage, _ side: JoinSide,
                         _ id: (UInt32) -> Int32) throws(RuntimeError) -> [Int32] {
        func ids<T: FixedWidthInteger & UnsignedInteger>(_ codes: [T]) throws(RuntimeError) -> [Int32] {
            try mapRows(side, codes, fill: Int32(-1)) { c, _ in c == T.max ? -1 : id(UInt32(c)) }
        }
        switch storage {
        case .u8(let a): return try ids(a)
        case .u16(let a): return try ids(a)
        case .u32(let a): return try ids(a)
        }
    }

    /// `f(values[row], row)` for the rows of `side`, in order; asks for the interrupt every 2¹⁶ rows.
    private func mapRows<T, R>(_ side: JoinSide, _ values: [T], fill: R,
                               _ f: (T, Int) -> R) throws(RuntimeError) -> [R] {
        var out = [R](repeating: fill, count: side.count)
        var p = 0
        while p < side.count {
            let end = Swift.min(side.count, p + 0x10000)
            out.withUnsafeMutableBufferPointer { o in
                values.withUnsafeBufferPointer { v in
                    if let selection = side.selection {
                        selection.withUnsafeBufferPointer { s in
                            for q in p..<end {
                                let i = Int(s[q])
                                o[q] = f(v[i], i)
                            }
                        }
                    } else {
                        for q in p..<end { o[q] = f(v[q], q) }
                    }
                }
            }
            p = end
            try checkpoint()
        }
        return out
    }

    /// Ids by value (numbers of several units, booleans): the other side's distinct values numbered, this
    /// side's looked up. Numbers match when they are the same value in the same unit.
    private func byValue(_ l: ColumnData, _ left: JoinSide, _ r: ColumnData, _ right: JoinSide) -> JoinKeys {
        func key(_ c: ColumnData, _ row: Int) -> Value? {
            switch c {
            case .number(let n): return n.quantity(at: row).map { .number(Quantity($0.value.normalized, $0.unit)) }
            case .text(let t): return t.string(at: row).map(Value.text)
            case .bool(let b): return b.value(at: row).map(Value.bool)
            }
        }
        var numbering: [Value: Int32] = [:]
        let rightIDs = right.rows.map { row -> Int32 in
            guard let v = key(r, Int(row)) else { return -1 }
            if let id = numbering[v] { return id }
            let id = Int32(truncatingIfNeeded: numbering.count)
            numbering[v] = id
            return id
        }
        let leftIDs = left.rows.map { row -> Int32 in key(l, Int(row)).flatMap { numbering[$0] } ?? -1 }
        return JoinKeys(left: leftIDs, right: rightIDs, card: Swift.max(numbering.count, 1))
    }
}

/// The rows of one side of a join: all of its storage, or a selection.
struct JoinSide {
    let selection: [Int32]?
    let count: Int

    init(_ frame: Frame) {
        self.init(selection: frame.selection, count: frame.count)
    }

    init(selection: [Int32]?, count: Int) {
        self.selection = selection
        self.count = count
    }

    /// The storage rows, in order.
    var rows: [Int32] { selection ?? (0..<Int32(count)).map { $0 } }

    /// The storage row at position `p`.
    @inline(__always)
    func row(_ p: Int) -> Int32 { selection.map { $0[p] } ?? Int32(truncatingIfNeeded: p) }
}

/// Every row's combined key on both sides (-1: the row matches nothing), ids below `card`.
struct JoinKeys {
    var left: [Int32]
    var right: [Int32]
    var card: Int

    /// `self × ids.card + ids` on both sides, -1 wherever either is -1.
    mutating func combine(_ ids: JoinKeys) {
        let c = Int32(truncatingIfNeeded: ids.card)
        for i in left.indices { left[i] = left[i] < 0 || ids.left[i] < 0 ? -1 : left[i] &* c &+ ids.left[i] }
        for i in right.indices { right[i] = right[i] < 0 || ids.right[i] < 0 ? -1 : right[i] &* c &+ ids.right[i] }
        card *= ids.card
    }
}

import ReportModel

// Hash grouping: rows grouped by any keys — number columns, text, truth values, computed expressions, several
// at once — through machine integers, never a `Value` per row.
//
// Each key becomes a dense id per row (a dictionary code remapped, a significand looked up in a table of
// integers, or a direct index when the significands span a small range), ids numbered in order of first
// appearance. Two keys' ids combine into one pair id the same way, so a grouping by k keys is k − 1
// lookups per row and its groups are still in order of first appearance. Numbers of one column share one
// unit and scale, so equal significands are equal values (1亿元 and 10000万元 group together, as the
// row-by-row `normalizedKey` did); a column whose units vary per row keys through `normalizedKey` itself.
// Every loop over the rows checks the interrupt once per chunk (``Evaluator/inChunks(_:_:)``).

/// An open-addressing table from pairs of 64-bit integers to dense ids, numbered in order of insertion.
struct PairIndex {
    /// id + 1 per slot; 0 when empty.
    private var slots: [Int32]
    private var shift: Int
    private(set) var first: [Int64] = []
    private(set) var second: [Int64] = []

    var count: Int { first.count }

    init(expected: Int) {
        var bits = 4
        while (1 << bits) < Swift.max(expected, 8) * 2 { bits += 1 }
        slots = [Int32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    @inline(__always)
    private func home(_ x: Int64, _ y: Int64) -> Int {
        var h = UInt64(bitPattern: x) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 31) ^ UInt64(bitPattern: y)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: (h ^ (h >> 27)) >> UInt64(shift))
    }

    /// The id of (x, y), added when it is new; whether it was.
    @inline(__always)
    mutating func insert(_ x: Int64, _ y: Int64) -> (id: Int32, new: Bool) {
        if first.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var i = home(x, y)
        while true {
            let s = slots[i]
            if s == 0 {
                let id = Int32(truncatingIfNeeded: first.count)
                slots[i] = id &+ 1
                first.append(x)
                second.append(y)
                return (id, true)
            }
            let k = Int(s) - 1
            if first[k] == x && second[k] == y { return (Int32(truncatingIfNeeded: k), false) }
            i = (i &+ 1) & mask
        }
    }

    private mutating func grow() {
        shift -= 1
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for k in first.indices {
            var i = home(first[k], second[k])
            while slots[i] != 0 { i = (i &+ 1) & mask }
            slots[i] = Int32(truncatingIfNeeded: k + 1)
        }
    }
}

/// Rows (positions) grouped: the group of each, groups numbered in order of first appearance.
struct Groups {
    var of: [Int32]
    var count: Int

    /// Every row in one group (a whole-table aggregate).
    static func single(_ n: Int) -> Groups {
        Groups(of: [Int32](repeating: 0, count: n), count: n == 0 ? 0 : 1)
    }

    /// The first row of each group.
    func firstRows() -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(count)
        for (i, g) in of.enumerated() where Int(g) == out.count {
            out.append(Int32(truncatingIfNeeded: i))
            if out.count == count { break }
        }
        return out
    }

    /// Rows per group.
    func sizes() -> [Int] {
        var n = [Int](repeating: 0, count: count)
        for g in of { n[Int(g)] += 1 }
        return n
    }
}

/// `v ÷ factor` rounded toward −∞, or toward +∞ when `up` (`floor`/`ceil` on significands, `factor` > 0).
@inline(__always)
func directedQuotient(_ v: Int64, _ factor: Int64, _ up: Bool) -> Int64 {
    var q = v / factor
    if v % factor != 0 {
        if up && v > 0 { q += 1 }
        if !up && v < 0 { q -= 1 }
    }
    return q
}

extension Evaluator {
    /// The smallest and largest present value of `p` (lo > hi when none is present), in chunks.
    func bounds<T: FixedWidthInteger & SignedInteger>(_ p: UnsafeBufferPointer<T>,
                                                      _ present: [Bool]?) throws(RuntimeError) -> (Int64, Int64) {
        var lo = T.max, hi = T.min
        var any = false
        try present.withUnsafeOptionalBufferPointer { (isPresent) throws(RuntimeError) in
            try inChunks(p.count) { r in
                if let isPresent {
                    for i in r where isPresent[i] {
                        lo = Swift.min(lo, p[i])
                        hi = Swift.max(hi, p[i])
                        any = true
                    }
                } else {
                    var l = lo, h = hi
                    for i in r {
                        l = Swift.min(l, p[i])
                        h = Swift.max(h, p[i])
                    }
                    (lo, hi) = (l, h)
                    any = any || !r.isEmpty
                }
            }
        }
        return any ? (Int64(lo), Int64(hi)) : (1, 0)
    }

    /// Runs `body` over `0..<n` in chunks, checking the interrupt, cancellation and the deadline before each.
    func inChunks(_ n: Int, _ body: (Range<Int>) -> Void) throws(RuntimeError) {
        let chunk = 1 << 16
        var start = 0
        while start < n {
            try checkpoint()
            let end = Swift.min(n, start + chunk)
            body(start..<end)
            start = end
        }
    }
}

extension Aggregation {
    /// The rows grouped by the values of `keys` (vectors over the same `n` rows).
    func groups(_ keys: [ColumnValues], _ n: Int) throws(RuntimeError) -> Groups {
        guard let first = keys.first else { return Groups.single(n) }
        if keys.count == 2, case .text(let a) = keys[0], case .text(let b) = keys[1],
           let g = try textPairIds(a, b, n) {
            return g
        }
        var g = try keyIds(first, n)
        for k in keys.dropFirst() {
            let next = try keyIds(k, n)
            g = try combine(g, next)
        }
        return g
    }

    /// Each row's id in order of first appearance of its slot (`slot(i)`, in `0..<slots`), through a direct
    /// table: the dense ids of a key whose values map into a small range.
    @inline(__always)
    func denseIds(_ n: Int, slots: Int, _ slot: (Int) -> Int) throws(RuntimeError) -> Groups {
        var remap = [Int32](repeating: -1, count: slots)
        var ids = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        try remap.withUnsafeMutableBufferPointer { (remap) throws(RuntimeError) in
            try ids.withUnsafeMutableBufferPointer { (out) throws(RuntimeError) in
                try evaluator.inChunks(n) { r in
                    for i in r {
                        let s = slot(i)
                        var id = remap[s]
                        if id < 0 {
                            id = count
                            remap[s] = id
                            count += 1
                        }
                        out[i] = id
                    }
                }
            }
        }
        return Groups(of: ids, count: Int(count))
    }

    /// The ids of dictionary codes (`distinct` entries; the largest value of `C` is a missing row, one more
    /// key) in order of first appearance.
    func codeIds<C: FixedWidthInteger & UnsignedInteger>(_ p: UnsafeBufferPointer<C>,
                                                        _ distinct: Int) throws(RuntimeError) -> Groups {
        try denseIds(p.count, slots: distinct + 1) { i in p[i] == C.max ? distinct : Int(p[i]) }
    }

    /// One key's ids.
    func keyIds(_ v: ColumnValues, _ n: Int) throws(RuntimeError) -> Groups {
        switch v {
        case .constant:
            return Groups.single(n)
        case .text(let c):
            // The code is the key: remapped to order of first appearance, read from the narrow storage in place.
            guard c.count == n else { return Groups.single(n) }
            switch c.storage {
            case .u8(let x): return try x.withUnsafeBufferPointer { (p) throws(RuntimeError) in try codeIds(p, c.distinct) }
            case .u16(let x): return try x.withUnsafeBufferPointer { (p) throws(RuntimeError) in try codeIds(p, c.distinct) }
            case .u32(let x): return try x.withUnsafeBufferPointer { (p) throws(RuntimeError) in try codeIds(p, c.distinct) }
            }
        case .bool(let c):
            return try denseIds(n, slots: 3) { i in c.value(at: i).map { $0 ? 1 : 0 } ?? 2 }
        case .number(let c) where c.isUniform:
            return try numberIds(c, n)
        case .number:
            // Units vary per row: the normalised value is the key.
            var index: [Value: Int32] = [:]
            var ids = [Int32](repeating: 0, count: n)
            for i in 0..<n {
                try evaluator.checkpoint(every: i)
                let key = normalizedKey(v.value(at: i))
                if let id = index[key] {
                    ids[i] = id
                } else {
                    let id = Int32(truncatingIfNeeded: index.count)
                    index[key] = id
                    ids[i] = id
                }
            }
            return Groups(of: ids, count: index.count)
        }
    }

    /// The ids of a one-unit number column's significands (missing values one more key): a direct index
    /// when they span a small range, else a hash table.
    func numberIds(_ c: NumberColumn, _ n: Int) throws(RuntimeError) -> Groups {
        // One value on every present row: one key, and missing values another (in order of first appearance).
        if try evaluator.isConstant(c) {
            guard let present = c.present else { return Groups.single(n) }
            return try denseIds(n, slots: 2) { i in present[i] ? 0 : 1 }
        }
        if let g = try directedIds(c, n, factor: 1, up: false) { return g }
        var ids = [Int32](repeating: 0, count: n)
        var index = PairIndex(expected: Swift.min(n, 1 << 16))
        let values = c.values, present = c.present
        try evaluator.inChunks(n) { r in
            for i in r {
                ids[i] = present?[i] ?? true ? index.insert(values[i], 0).id : index.insert(0, 1).id
            }
        }
        return Groups(of: ids, count: index.count)
    }

    /// The ids of the rows of a one-unit number column grouped by `floor` (or, `up`, `ceil`) of each
    /// significand divided by `factor` (1: by the significand itself), missing values one more key, read
    /// from the narrow storage in place: each distinct significand's class is found once, through a direct
    /// table over the significands' span (nil when it is not small: the caller hashes).
    func directedIds(_ c: NumberColumn, _ n: Int, factor: Int64, up: Bool) throws(RuntimeError) -> Groups? {
        guard c.isUniform, c.count == n, factor > 0 else { return nil }
        switch c.storage {
        case .i8(let v): return try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in try directedIds(p, c.present, factor, up) }
        case .i16(let v): return try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in try directedIds(p, c.present, factor, up) }
        case .i32(let v): return try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in try directedIds(p, c.present, factor, up) }
        case .i64(let v): return try v.withUnsafeBufferPointer { (p) throws(RuntimeError) in try directedIds(p, c.present, factor, up) }
        }
    }

    private func directedIds<T: FixedWidthInteger & SignedInteger>(
        _ p: UnsafeBufferPointer<T>, _ present: [Bool]?, _ factor: Int64, _ up: Bool
    ) throws(RuntimeError) -> Groups? {
        let n = p.count
        let (lo, hi) = try evaluator.bounds(p, present)
        guard lo <= hi else { return Groups.single(n) }
        let span = hi.subtractingReportingOverflow(lo)
        guard !span.overflow, span.partialValue < Int64(Swift.max(2 * n, 1 << 16)) else { return nil }
        // Slots: one per significand in lo...hi, then one for missing values.
        let missingSlot = Int(span.partialValue) + 1
        var idOf = [Int32](repeating: -1, count: missingSlot + 1)
        // Classes (factor > 1): one per quotient in directed(lo)...directed(hi), then one for missing values.
        let base = directedQuotient(lo, factor, up)
        let classes = factor == 1 ? 0 : Int(directedQuotient(hi, factor, up) - base) + 2
        var idOfClass = [Int32](repeating: -1, count: classes)
        var ids = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        try idOf.withUnsafeMutableBufferPointer { (idOf) throws(RuntimeError) in
            try ids.withUnsafeMutableBufferPointer { (out) throws(RuntimeError) in
                try present.withUnsafeOptionalBufferPointer { (isPresent) throws(RuntimeError) in
                    // The id of a slot seen for the first time.
                    func newId(_ slot: Int) -> Int32 {
                        if factor != 1 {
                            let k = slot == missingSlot ? classes - 1
                                : Int(directedQuotient(lo &+ Int64(slot), factor, up) - base)
                            if idOfClass[k] >= 0 { return idOfClass[k] }
                            idOfClass[k] = count
                        }
                        count += 1
                        return count - 1
                    }
                    try evaluator.inChunks(n) { r in
                        if let isPresent {
                            for i in r {
                                let j = isPresent[i] ? Int(Int64(p[i]) &- lo) : missingSlot
                                var id = idOf[j]
                                if id < 0 {
                                    id = newId(j)
                                    idOf[j] = id
                                }
                                out[i] = id
                            }
                        } else {
                            for i in r {
                                let j = Int(Int64(p[i]) &- lo)
                                var id = idOf[j]
                                if id < 0 {
                                    id = newId(j)
                                    idOf[j] = id
                                }
                                out[i] = id
                            }
                        }
                    }
                }
            }
        }
        return Groups(of: ids, count: Int(count))
    }

    /// Groups by two text columns with small dictionaries in one pass: the pair of codes indexes a direct
    /// table. Nil when the product of the dictionaries is too large for one.
    func textPairIds(_ a: TextColumn, _ b: TextColumn, _ n: Int) throws(RuntimeError) -> Groups? {
        let (wa, wb) = (a.distinct + 1, b.distinct + 1)
        let (product, overflow) = wa.multipliedReportingOverflow(by: wb)
        guard !overflow, product <= Swift.max(4 * n, 1 << 16), a.count == n, b.count == n else { return nil }
        var pairs = CodePairs(remap: [Int32](repeating: -1, count: product), ids: [Int32](repeating: 0, count: n),
                              wa: wa, wb: wb)
        // Read the narrow codes in place (no widening copy), through pointers.
        switch a.storage {
        case .u8(let x): try x.withUnsafeBufferPointer { p throws(RuntimeError) in try pairs.add(p, b.storage, evaluator) }
        case .u16(let x): try x.withUnsafeBufferPointer { p throws(RuntimeError) in try pairs.add(p, b.storage, evaluator) }
        case .u32(let x): try x.withUnsafeBufferPointer { p throws(RuntimeError) in try pairs.add(p, b.storage, evaluator) }
        }
        return Groups(of: pairs.ids, count: Int(pairs.count))
    }

    /// Groups by the pair (a group of `a`, a group of `b`), in order of first appearance.
    func combine(_ a: Groups, _ b: Groups) throws(RuntimeError) -> Groups {
        let n = a.of.count
        let (product, overflow) = a.count.multipliedReportingOverflow(by: b.count)
        if !overflow, product <= Swift.max(4 * n, 1 << 16) {
            let width = b.count
            return try denseIds(n, slots: Swift.max(product, 1)) { i in Int(a.of[i]) * width + Int(b.of[i]) }
        }
        var ids = [Int32](repeating: 0, count: n)
        var index = PairIndex(expected: Swift.min(n, 1 << 16))
        try evaluator.inChunks(n) { r in
            for i in r { ids[i] = index.insert(Int64(a.of[i]), Int64(b.of[i])).id }
        }
        return Groups(of: ids, count: index.count)
    }

    /// The key column of the groups: the key's value at each group's first row.
    func keyColumn(_ v: ColumnValues, _ groups: Groups, _ first: [Int32], type: ValueType) -> ColumnData {
        switch v {
        case .number(let c): return .number(c.gathered(first))
        case .text(let c): return .text(c.gathered(first))
        case .bool(let c): return .bool(c.gathered(first))
        case .constant(let value):
            var b = ValueBuilder(type: type)
            for _ in first { b.append(value) }
            return b.finish()
        }
    }
}

/// Pairs of dictionary codes numbered in order of first appearance through a direct table (`wa × wb` slots;
/// a missing code, its storage's largest value, is the last of its width).
struct CodePairs {
    var remap: [Int32]
    var ids: [Int32]
    let wa: Int
    let wb: Int
    var count: Int32 = 0

    mutating func add<A: FixedWidthInteger & UnsignedInteger>(_ ca: UnsafeBufferPointer<A>, _ b: CodeStorage,
                                                             _ evaluator: Evaluator) throws(RuntimeError) {
        switch b {
        case .u8(let y): try y.withUnsafeBufferPointer { q throws(RuntimeError) in try add(ca, q, evaluator) }
        case .u16(let y): try y.withUnsafeBufferPointer { q throws(RuntimeError) in try add(ca, q, evaluator) }
        case .u32(let y): try y.withUnsafeBufferPointer { q throws(RuntimeError) in try add(ca, q, evaluator) }
        }
    }

    mutating func add<A: FixedWidthInteger & UnsignedInteger, B: FixedWidthInteger & UnsignedInteger>(
        _ ca: UnsafeBufferPointer<A>, _ cb: UnsafeBufferPointer<B>, _ evaluator: Evaluator
    ) throws(RuntimeError) {
        let (wa, wb) = (self.wa, self.wb)
        var count = self.count
        try remap.withUnsafeMutableBufferPointer { remap throws(RuntimeError) in
            try ids.withUnsafeMutableBufferPointer { ids throws(RuntimeError) in
                guard let r = remap.baseAddress, let out = ids.baseAddress, let x = ca.baseAddress,
                      let y = cb.baseAddress else { return }
                try evaluator.inChunks(ids.count) { range in
                    for i in range {
                        let u = x[i], v = y[i]
                        let s = (u == A.max ? wa &- 1 : Int(u)) &* wb &+ (v == B.max ? wb &- 1 : Int(v))
                        var id = r[s]
                        if id < 0 {
                            id = count
                            r[s] = id
                            count &+= 1
                        }
                        out[i] = id
                    }
                }
            }
        }
        self.count = count
    }
}

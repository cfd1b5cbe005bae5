import ReportModel

// Grouping by a text column: see Scan.swift for how the block-at-a-time kernels work.

/// What a grouped aggregate reads: a one-unit number column, and whether its min and max are wanted.
struct GroupInput {
    var column: NumberColumn
    var bounds: Bool
}

/// Per group of a text key: kept rows, and per input column the sum, bounds and count of present values.
/// Groups are slots: a dictionary code, or ``missingSlot`` for rows whose key is missing.
struct GroupSums {
    /// Slots in order of first appearance.
    var order: [Int] = []
    /// The first kept row of each slot of ``order``.
    var firstRows: [Int32] = []
    var missingSlot = 0
    var rows: [Int] = []
    /// Per input: the sums per slot.
    var sums: [[Int128]] = []
    /// Per input: present values per slot (nil when the column has no missing value).
    var present: [[Int]?] = []
    var min: [[Int64]] = []
    var max: [[Int64]] = []
}

/// Groups the kept rows by the codes of `key` and sums `inputs` per group.
func groupSums(_ scan: Scan, key: CodeStorage, inputs: [GroupInput]) -> GroupSums {
    switch key {
    case .u8(let a): return groupSums(scan, a, inputs)
    case .u16(let a): return groupSums(scan, a, inputs)
    case .u32(let a): return groupSums(scan, a, inputs)
    }
}

func groupSums<C: FixedWidthInteger & UnsignedInteger>(_ scan: Scan, _ codes: [C], _ inputs: [GroupInput]) -> GroupSums {
    // Narrow codes index the slot arrays directly (the missing code is the last slot); wide codes put the
    // missing code one slot past the largest code in use.
    var largest = 0
    if C.bitWidth > 16 {
        codes.withUnsafeBufferPointer { c in for x in c where x != C.max { largest = Swift.max(largest, Int(x)) } }
    }
    let slots = C.bitWidth <= 16 ? Int(C.max) + 1 : largest + 2
    let missingSlot = C.bitWidth <= 16 ? Int(C.max) : largest + 1
    // The first input that needs only an Int64 sum is summed in the pass that counts the rows.
    let fused = inputs.firstIndex { input in
        input.column.present == nil && !input.bounds && narrowSums(input.column, rows: scan.count)
    }
    var g = GroupSums()
    g.missingSlot = missingSlot
    codes.withUnsafeBufferPointer { c in
        // Each part of the scan counted (and summed) on its own thread, then the parts added.
        let counted = inParallel(scan) { part -> ([Int], [Int64]) in
            guard let f = fused else { return countAndSum(part, c, UnsafeBufferPointer<Int8>?.none, slots, missingSlot) }
            let bias = inputs[f].column.minValue
            switch inputs[f].column.storage {
            case .i8(let v) where C.self == UInt8.self:
                return v.withUnsafeBufferPointer { packedCountAndSum(part, c, $0, bias: bias) }
            case .i16(let v) where C.self == UInt8.self:
                return v.withUnsafeBufferPointer { packedCountAndSum(part, c, $0, bias: bias) }
            case .i8(let v): return v.withUnsafeBufferPointer { countAndSum(part, c, $0, slots, missingSlot) }
            case .i16(let v): return v.withUnsafeBufferPointer { countAndSum(part, c, $0, slots, missingSlot) }
            case .i32(let v): return v.withUnsafeBufferPointer { countAndSum(part, c, $0, slots, missingSlot) }
            case .i64(let v): return v.withUnsafeBufferPointer { countAndSum(part, c, $0, slots, missingSlot) }
            }
        }
        var fusedSums = counted[0].1
        g.rows = counted[0].0
        for part in counted.dropFirst() {
            for s in g.rows.indices { g.rows[s] += part.0[s] }
            for s in fusedSums.indices { fusedSums[s] &+= part.1[s] }
        }
        let totalRows = scan.count
        for (k, input) in inputs.enumerated() {
            var r: GroupColumn
            if k == fused {
                r = GroupColumn(sums: fusedSums.map { Int128($0) }, present: nil, min: [], max: [])
            } else {
                let parts = inParallel(scan) { part -> GroupColumn in
                    switch input.column.storage {
                    case .i8(let v): return groupColumn(part, c, missingSlot, slots, v, input, totalRows)
                    case .i16(let v): return groupColumn(part, c, missingSlot, slots, v, input, totalRows)
                    case .i32(let v): return groupColumn(part, c, missingSlot, slots, v, input, totalRows)
                    case .i64(let v): return groupColumn(part, c, missingSlot, slots, v, input, totalRows)
                    }
                }
                r = parts[0]
                for part in parts.dropFirst() { r.add(part) }
            }
            g.sums.append(r.sums)
            g.present.append(r.present)
            g.min.append(r.min)
            g.max.append(r.max)
        }
        (g.order, g.firstRows) = firstAppearance(scan, c, g.rows, missingSlot)
    }
    return g
}

/// Whether `Int64` sums of the column over `rows` rows cannot overflow.
func narrowSums(_ column: NumberColumn, rows: Int) -> Bool {
    let bound = Swift.max(column.minValue.magnitude, column.maxValue.magnitude, 1)
    return UInt64(Int64.max) / bound >= UInt64(Swift.max(rows, 1))
}

/// The slot of a code: narrow codes are their own slot (the missing code included).
@inline(__always)
func slot<C: FixedWidthInteger & UnsignedInteger>(_ x: C, _ missingSlot: Int) -> Int {
    C.bitWidth <= 16 ? Int(x) : (x == C.max ? missingSlot : Int(x))
}

/// Kept rows per slot and, when `values` is given, their sums: one pass. With one-byte codes the rows go
/// in turn to four copies of the counters, so consecutive rows of one group do not wait on each other.
func countAndSum<C: FixedWidthInteger & UnsignedInteger, T: FixedWidthInteger & SignedInteger>(
    _ scan: Scan, _ c: UnsafeBufferPointer<C>, _ values: UnsafeBufferPointer<T>?, _ slots: Int, _ missingSlot: Int
) -> ([Int], [Int64]) {
    let ways = C.bitWidth == 8 ? 4 : 1
    var counts = [Int64](repeating: 0, count: slots * ways)
    var sums = [Int64](repeating: 0, count: values == nil ? 0 : slots * ways)
    counts.withUnsafeMutableBufferPointer { counts in
        sums.withUnsafeMutableBufferPointer { sums in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { ones in
                ones.initialize(repeating: 1)
                guard let cp = counts.baseAddress, let one = ones.baseAddress, let codes = c.baseAddress else { return }
                scan.forEachBlock { block in
                    switch block {
                    case .dense(let start, let n, let mask):
                        let m = mask ?? UnsafePointer(one)
                        let cb = codes + start
                        if let v = values?.baseAddress, let sp = sums.baseAddress {
                            let vb = v + start
                            var j = 0
                            if ways == 4 {
                                let s1 = slots, s2 = 2 * slots, s3 = 3 * slots
                                while j + 4 <= n {
                                    let k0 = Int64(m[j]), k1 = Int64(m[j + 1]), k2 = Int64(m[j + 2]), k3 = Int64(m[j + 3])
                                    let a0 = slot(cb[j], missingSlot), a1 = s1 &+ slot(cb[j &+ 1], missingSlot)
                                    let a2 = s2 &+ slot(cb[j &+ 2], missingSlot), a3 = s3 &+ slot(cb[j &+ 3], missingSlot)
                                    cp[a0] &+= k0
                                    sp[a0] &+= Int64(vb[j]) & (0 &- k0)
                                    cp[a1] &+= k1
                                    sp[a1] &+= Int64(vb[j + 1]) & (0 &- k1)
                                    cp[a2] &+= k2
                                    sp[a2] &+= Int64(vb[j + 2]) & (0 &- k2)
                                    cp[a3] &+= k3
                                    sp[a3] &+= Int64(vb[j + 3]) & (0 &- k3)
                                    j += 4
                                }
                            }
                            while j < n {
                                let k = Int64(m[j]), a = slot(cb[j], missingSlot)
                                cp[a] &+= k
                                sp[a] &+= Int64(vb[j]) & (0 &- k)
                                j += 1
                            }
                        } else {
                            var j = 0
                            if ways == 4 {
                                let s1 = slots, s2 = 2 * slots, s3 = 3 * slots
                                while j + 4 <= n {
                                    cp[slot(cb[j], missingSlot)] &+= Int64(m[j])
                                    cp[s1 + slot(cb[j + 1], missingSlot)] &+= Int64(m[j + 1])
                                    cp[s2 + slot(cb[j + 2], missingSlot)] &+= Int64(m[j + 2])
                                    cp[s3 + slot(cb[j + 3], missingSlot)] &+= Int64(m[j + 3])
                                    j += 4
                                }
                            }
                            while j < n {
                                cp[slot(cb[j], missingSlot)] &+= Int64(m[j])
                                j += 1
                            }
                        }
                    case .rows(let r):
                        for row in r {
                            let a = slot(c[Int(row)], missingSlot)
                            cp[a] &+= 1
                            if let v = values, let sp = sums.baseAddress { sp[a] &+= Int64(v[Int(row)]) }
                        }
                    }
                }
            }
        }
    }
    var rows = [Int](repeating: 0, count: slots)
    var total = [Int64](repeating: 0, count: values == nil ? 0 : slots)
    for w in 0..<ways {
        for s in 0..<slots {
            rows[s] += Int(counts[w * slots + s])
            if values != nil { total[s] &+= sums[w * slots + s] }
        }
    }
    return (rows, total)
}

/// Kept rows per slot and their sums, for one-byte codes and values of at most two bytes with none
/// missing: the count and the sum share one 64-bit counter — the count in the high half, the sum of
/// `value − bias` (0...65,535) in the low half, emptied into the totals every 65,536 rows before it can
/// carry — so each row adds into memory once. Four copies of the counters take the rows in turn.
func packedCountAndSum<C: FixedWidthInteger & UnsignedInteger, T: FixedWidthInteger & SignedInteger>(
    _ scan: Scan, _ c: UnsafeBufferPointer<C>, _ values: UnsafeBufferPointer<T>, bias: Int64
) -> ([Int], [Int64]) {
    let slots = 256
    var packed = [UInt64](repeating: 0, count: 4 * slots)
    var rows = [Int](repeating: 0, count: slots)
    var sums = [Int64](repeating: 0, count: slots)
    let one: UInt64 = 1 << 32
    packed.withUnsafeMutableBufferPointer { packed in
        guard let p = packed.baseAddress, let codes = c.baseAddress, let vals = values.baseAddress else { return }
        func empty() {
            for w in 0..<4 {
                for s in 0..<slots {
                    let x = p[w &* slots &+ s]
                    rows[s] += Int(x >> 32)
                    sums[s] += Int64(x & 0xFFFF_FFFF)
                    p[w &* slots &+ s] = 0
                }
            }
        }
        @inline(__always) func entry(_ x: T, _ keep: UInt8) -> UInt64 {
            (UInt64(truncatingIfNeeded: Int64(x) &- bias) | one) & (0 &- UInt64(keep))
        }
        var since = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { ones in
            ones.initialize(repeating: 1)
            guard let allOnes = ones.baseAddress else { return }
            scan.forEachBlock { block in
                switch block {
                case .dense(let start, let n, let mask):
                    let m = mask ?? UnsafePointer(allOnes)
                    let cb = codes + start, vb = vals + start
                    var j = 0
                    while j &+ 4 <= n {
                        p[Int(cb[j])] &+= entry(vb[j], m[j])
                        p[slots &+ Int(cb[j &+ 1])] &+= entry(vb[j &+ 1], m[j &+ 1])
                        p[2 &* slots &+ Int(cb[j &+ 2])] &+= entry(vb[j &+ 2], m[j &+ 2])
                        p[3 &* slots &+ Int(cb[j &+ 3])] &+= entry(vb[j &+ 3], m[j &+ 3])
                        j &+= 4
                    }
                    while j < n {
                        p[Int(cb[j])] &+= entry(vb[j], m[j])
                        j &+= 1
                    }
                    since += n
                case .rows(let r):
                    for row in r { p[Int(c[Int(row)])] &+= entry(values[Int(row)], 1) }
                    since += r.count
                }
                if since > 65536 - blockSize {
                    empty()
                    since = 0
                }
            }
        }
        empty()
    }
    for s in 0..<slots { sums[s] += Int64(rows[s]) * bias }
    return (rows, sums)
}

/// The nonempty slots in order of their first kept row, and those rows: a scan from the start that stops
/// once every group has been seen (usually within the first block).
func firstAppearance<C: FixedWidthInteger & UnsignedInteger>(_ scan: Scan, _ c: UnsafeBufferPointer<C>,
                                                          _ rows: [Int], _ missingSlot: Int) -> ([Int], [Int32]) {
    let groups = rows.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
    var seen = [Bool](repeating: false, count: rows.count)
    var order: [Int] = []
    var first: [Int32] = []
    order.reserveCapacity(groups)
    first.reserveCapacity(groups)
    func note(_ s: Int, _ row: Int) {
        if !seen[s] {
            seen[s] = true
            order.append(s)
            first.append(Int32(truncatingIfNeeded: row))
        }
    }
    scan.forEachBlock(while: { order.count < groups }) { block in
        switch block {
        case .dense(let start, let n, let mask):
            guard let base = c.baseAddress else { return }
            let cb = base + start
            var j = 0
            while j < n {
                if let mask, mask[j] == 0 {
                    j += 1
                    continue
                }
                let x = cb[j]
                note(slot(x, missingSlot), start + j)
                if order.count == groups { return }
                j += 1
                // The rest of a run of one code adds no group (rows clustered by the key: one tight loop, not
                // a lookup a row).
                if mask == nil {
                    while j < n && cb[j] == x { j += 1 }
                }
            }
        case .rows(let r):
            var last: C? = nil
            for row in r {
                let x = c[Int(row)]
                if x == last { continue }
                last = x
                note(slot(x, missingSlot), Int(row))
                if order.count == groups { return }
            }
        }
    }
    return (order, first)
}

struct GroupColumn {
    var sums: [Int128]
    var present: [Int]?
    var min: [Int64]
    var max: [Int64]

    /// Adds what another part of the scan found.
    mutating func add(_ other: GroupColumn) {
        for s in sums.indices { sums[s] += other.sums[s] }
        if let p = other.present, present != nil {
            for s in p.indices { present?[s] += p[s] }
        }
        for s in min.indices { min[s] = Swift.min(min[s], other.min[s]) }
        for s in max.indices { max[s] = Swift.max(max[s], other.max[s]) }
    }
}

/// One number column summed per group.
func groupColumn<C: FixedWidthInteger & UnsignedInteger, T: FixedWidthInteger & SignedInteger>(
    _ scan: Scan, _ c: UnsafeBufferPointer<C>, _ missingSlot: Int, _ slots: Int, _ values: [T],
    _ input: GroupInput, _ totalRows: Int
) -> GroupColumn {
    let column = input.column
    // Int64 sums are exact while |value| × rows stays below 2^63; otherwise sum into Int128 row by row.
    let narrow = narrowSums(column, rows: totalRows)
    var out = GroupColumn(sums: [], present: nil, min: [], max: [])
    if narrow && column.present == nil && !input.bounds {
        var sums = [Int64](repeating: 0, count: slots)
        values.withUnsafeBufferPointer { v in
            sums.withUnsafeMutableBufferPointer { sums in
                scan.forEachBlock { block in
                    switch block {
                    case .dense(let start, let n, let mask):
                        guard let codes = c.baseAddress, let vals = v.baseAddress else { return }
                        let cb = codes + start, vb = vals + start
                        if let mask {
                            for j in 0..<n {
                                sums[slot(cb[j], missingSlot)] &+= Int64(vb[j]) & (0 &- Int64(mask[j]))
                            }
                        } else {
                            for j in 0..<n { sums[slot(cb[j], missingSlot)] &+= Int64(vb[j]) }
                        }
                    case .rows(let r):
                        for row in r { sums[slot(c[Int(row)], missingSlot)] &+= Int64(v[Int(row)]) }
                    }
                }
            }
        }
        out.sums = sums.map { Int128($0) }
        return out
    }
    // The general case: missing values, bounds, or sums that need 128 bits.
    var sums = [Int128](repeating: 0, count: slots)
    var present = [Int](repeating: 0, count: column.present == nil ? 0 : slots)
    var lo = [Int64](repeating: .max, count: input.bounds ? slots : 0)
    var hi = [Int64](repeating: .min, count: input.bounds ? slots : 0)
    values.withUnsafeBufferPointer { v in
        column.present.withUnsafeOptionalBufferPointer { p in
            func add(_ row: Int) {
                let s = slot(c[row], missingSlot)
                if let p {
                    guard p[row] else { return }
                    present[s] += 1
                }
                let x = Int64(v[row])
                sums[s] += Int128(x)
                if input.bounds {
                    lo[s] = Swift.min(lo[s], x)
                    hi[s] = Swift.max(hi[s], x)
                }
            }
            scan.forEachBlock { block in
                switch block {
                case .dense(let start, let n, let mask):
                    for j in 0..<n where mask.map({ $0[j] != 0 }) ?? true { add(start + j) }
                case .rows(let r):
                    for row in r { add(Int(row)) }
                }
            }
        }
    }
    out.sums = sums
    out.present = column.present == nil ? nil : present
    out.min = lo
    out.max = hi
    return out
}

import Dispatch

// Block-at-a-time kernels over the narrow column storage (`IntStorage`, `CodeStorage`).
//
// A `where` condition becomes a `RowCondition` that fills a byte mask for one block of rows at a time,
// small enough to stay in the first-level cache. The steps that consume rows — count, sum, avg, min, max,
// grouping by a text column, top-k — read the same block while it is hot, so a filter followed by an
// aggregate never builds a mask or a selection of the whole table, and never goes through `Value`. Large
// scans are read in two halves on two threads. Every kernel keeps the semantics of the row-by-row path it
// stands in for: exact integer sums, missing values skipped and counted, groups in order of first
// appearance, ties in sort order broken by position. See BENCHMARKS.md.

/// Rows per block: the mask, the codes and the values of a block fit in the first-level cache together.
let blockSize = 2048

// MARK: Conditions

/// A condition over a frame's rows, as the set of rows it holds for: a row where it is false or missing is
/// out, as a `where` wants it.
indirect enum RowCondition {
    /// A text column's rows whose code passes `test`.
    case codes(CodeStorage, CodeTest)
    /// A one-unit number column's present rows whose significand lies in `lo...hi` (outside it when
    /// `negated`).
    case range(IntStorage, lo: Int64, hi: Int64, negated: Bool, present: [Bool]?)
    /// A condition evaluated already, one value per position of the frame (not per storage row).
    case evaluated(BoolColumn)
    case constant(Bool)
    /// Every one holds.
    case all([RowCondition])
    /// At least one holds.
    case any([RowCondition])
}

/// Which dictionary codes a text condition keeps; never the missing code.
enum CodeTest {
    /// `code = k`, or `code ≠ k` (and present) when negated; a nil `k` is a value no row holds.
    case one(UInt32?, negated: Bool)
    /// Membership through a table indexed by the stored (narrow) code, the missing code's entry 0.
    case table([UInt8])
    /// Membership in a set of codes (wide codes), or its complement among present rows when negated.
    case set(Set<UInt32>, negated: Bool)

    /// The test for "code is one of `codes`" (or none of them, when `negated`) over `storage`.
    init(_ codes: Set<UInt32>, negated: Bool, storage: CodeStorage) {
        if codes.count <= 1 {
            self = .one(codes.first, negated: negated)
            return
        }
        let size: Int
        switch storage {
        case .u8: size = 256
        case .u16: size = 65536
        case .u32:
            self = .set(codes, negated: negated)
            return
        }
        var table = [UInt8](repeating: negated ? 1 : 0, count: size)
        for c in codes where Int(c) < size - 1 { table[Int(c)] = negated ? 0 : 1 }
        table[size - 1] = 0
        self = .table(table)
    }
}

/// How a fill combines with what the mask holds.
enum MaskMode { case set, and, or }

extension RowCondition {
    /// Fills `out[0..<n]` with 1 where the condition holds for positions `p0..<p0+n`, whose storage rows
    /// are `rows[0..<n]` (nil: the positions themselves), combined with `out` by `mode`.
    func fill(_ out: UnsafeMutablePointer<UInt8>, _ mode: MaskMode, _ p0: Int, _ n: Int,
              _ rows: UnsafePointer<Int32>?) {
        switch self {
        case .constant(let b):
            switch (mode, b) {
            case (.set, _): out.update(repeating: b ? 1 : 0, count: n)
            case (.and, false): out.update(repeating: 0, count: n)
            case (.or, true): out.update(repeating: 1, count: n)
            default: break
            }
        case .codes(let storage, let test):
            switch storage {
            case .u8(let a): a.withUnsafeBufferPointer { fillCodes($0, test, out, mode, p0, n, rows) }
            case .u16(let a): a.withUnsafeBufferPointer { fillCodes($0, test, out, mode, p0, n, rows) }
            case .u32(let a): a.withUnsafeBufferPointer { fillCodes($0, test, out, mode, p0, n, rows) }
            }
        case .range(let storage, let lo, let hi, let negated, let present):
            guard let present else {
                fillRange(storage, lo, hi, negated, out, mode, p0, n, rows)
                return
            }
            if mode == .or {
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { tmp in
                    guard let t = tmp.baseAddress else { return }
                    fillRange(storage, lo, hi, negated, t, .set, p0, n, rows)
                    present.withUnsafeBufferPointer { fillBools($0, t, .and, p0, n, rows) }
                    for j in 0..<n { out[j] |= t[j] }
                }
            } else {
                fillRange(storage, lo, hi, negated, out, mode, p0, n, rows)
                present.withUnsafeBufferPointer { fillBools($0, out, .and, p0, n, rows) }
            }
        case .evaluated(let column):
            column.values.withUnsafeBufferPointer { v in
                if let present = column.present, mode == .or {
                    present.withUnsafeBufferPointer { p in
                        for j in 0..<n where v[p0 + j] && p[p0 + j] { out[j] = 1 }
                    }
                    return
                }
                fillBools(v, out, mode, p0, n, nil)
                column.present?.withUnsafeBufferPointer { fillBools($0, out, .and, p0, n, nil) }
            }
        case .all(let parts), .any(let parts):
            var isAll = false
            if case .all = self { isAll = true }
            let own: MaskMode = isAll ? .and : .or
            if mode == .set || mode == own {
                for (i, part) in parts.enumerated() { part.fill(out, i == 0 ? mode : own, p0, n, rows) }
            } else {
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { tmp in
                    guard let t = tmp.baseAddress else { return }
                    for (i, part) in parts.enumerated() { part.fill(t, i == 0 ? .set : own, p0, n, rows) }
                    combine(out, mode, n) { t[$0] != 0 }
                }
            }
        }
    }
}

extension RowCondition {
    /// The condition for every row of a dense frame of `count` rows, as booleans.
    func values(count: Int) -> [Bool] {
        [Bool](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.withMemoryRebound(to: UInt8.self) { out in
                guard let base = out.baseAddress else { return }
                var p0 = 0
                while p0 < count {
                    let n = Swift.min(blockSize, count - p0)
                    fill(base + p0, .set, p0, n, nil)
                    p0 += n
                }
            }
            initialized = count
        }
    }
}

@inline(__always)
func combine(_ out: UnsafeMutablePointer<UInt8>, _ mode: MaskMode, _ n: Int, _ f: (Int) -> Bool) {
    switch mode {
    case .set: for j in 0..<n { out[j] = f(j) ? 1 : 0 }
    case .and: for j in 0..<n { out[j] &= f(j) ? 1 : 0 }
    case .or: for j in 0..<n { out[j] |= f(j) ? 1 : 0 }
    }
}

/// `combine` over the values a block reads: `base[p0 + j]`, or `base[rows[j]]`.
@inline(__always)
func combineRead<T>(_ base: UnsafeBufferPointer<T>, _ out: UnsafeMutablePointer<UInt8>, _ mode: MaskMode,
                    _ p0: Int, _ n: Int, _ rows: UnsafePointer<Int32>?, _ test: (T) -> Bool) {
    guard let b = base.baseAddress else { return }
    if let rows {
        combine(out, mode, n) { test(b[Int(rows[$0])]) }
    } else {
        let d = b + p0
        combine(out, mode, n) { test(d[$0]) }
    }
}

func fillBools(_ v: UnsafeBufferPointer<Bool>, _ out: UnsafeMutablePointer<UInt8>, _ mode: MaskMode,
               _ p0: Int, _ n: Int, _ rows: UnsafePointer<Int32>?) {
    combineRead(v, out, mode, p0, n, rows) { $0 }
}

func fillCodes<T: FixedWidthInteger & UnsignedInteger>(_ codes: UnsafeBufferPointer<T>, _ test: CodeTest,
                                                     _ out: UnsafeMutablePointer<UInt8>, _ mode: MaskMode,
                                                     _ p0: Int, _ n: Int, _ rows: UnsafePointer<Int32>?) {
    let missing = T.max
    switch test {
    case .one(let k?, false):
        let c = T(truncatingIfNeeded: k)
        combineRead(codes, out, mode, p0, n, rows) { $0 == c }
    case .one(let k?, true):
        let c = T(truncatingIfNeeded: k)
        combineRead(codes, out, mode, p0, n, rows) { ($0 != c) && ($0 != missing) }
    case .one(nil, false):
        RowCondition.constant(false).fill(out, mode, p0, n, rows)
    case .one(nil, true):
        combineRead(codes, out, mode, p0, n, rows) { $0 != missing }
    case .table(let table):
        table.withUnsafeBufferPointer { t in
            combineRead(codes, out, mode, p0, n, rows) { t[Int($0)] != 0 }
        }
    case .set(let set, let negated):
        combineRead(codes, out, mode, p0, n, rows) { $0 != missing && set.contains(UInt32($0)) != negated }
    }
}

func fillRange(_ storage: IntStorage, _ lo: Int64, _ hi: Int64, _ negated: Bool,
               _ out: UnsafeMutablePointer<UInt8>, _ mode: MaskMode, _ p0: Int, _ n: Int,
               _ rows: UnsafePointer<Int32>?) {
    switch storage {
    case .i8(let a): a.withUnsafeBufferPointer { fillRange($0, lo, hi, negated, out, mode, p0, n, rows) }
    case .i16(let a): a.withUnsafeBufferPointer { fillRange($0, lo, hi, negated, out, mode, p0, n, rows) }
    case .i32(let a): a.withUnsafeBufferPointer { fillRange($0, lo, hi, negated, out, mode, p0, n, rows) }
    case .i64(let a): a.withUnsafeBufferPointer { fillRange($0, lo, hi, negated, out, mode, p0, n, rows) }
    }
}

func fillRange<T: FixedWidthInteger & SignedInteger>(_ v: UnsafeBufferPointer<T>, _ lo: Int64, _ hi: Int64,
                                                   _ negated: Bool, _ out: UnsafeMutablePointer<UInt8>,
                                                   _ mode: MaskMode, _ p0: Int, _ n: Int,
                                                   _ rows: UnsafePointer<Int32>?) {
    // The bounds within T's range; an empty range is a constant.
    let l = Swift.max(lo, Int64(T.min)), h = Swift.min(hi, Int64(T.max))
    if l > h {
        RowCondition.constant(negated).fill(out, mode, p0, n, rows)
        return
    }
    let a = T(l), b = T(h)
    switch (negated, a == b) {
    case (false, true): combineRead(v, out, mode, p0, n, rows) { $0 == a }
    case (true, true): combineRead(v, out, mode, p0, n, rows) { $0 != a }
    case (false, false): combineRead(v, out, mode, p0, n, rows) { ($0 >= a) && ($0 <= b) }
    case (true, false): combineRead(v, out, mode, p0, n, rows) { ($0 < a) || ($0 > b) }
    }
}

extension Evaluator.IntegerBound {
    /// The significands the bound admits, as `lo...hi` or its complement; nil for a constant.
    var interval: (lo: Int64, hi: Int64, negated: Bool)? {
        switch self {
        case .equal(let k): return (k, k, false)
        case .notEqual(let k): return (k, k, true)
        case .less(let k): return k == .min ? (1, 0, false) : (.min, k - 1, false)
        case .lessEqual(let k): return (.min, k, false)
        case .greater(let k): return k == .max ? (1, 0, false) : (k + 1, .max, false)
        case .greaterEqual(let k): return (k, .max, false)
        case .constant: return nil
        }
    }
}

// MARK: Scans

/// The rows a step reads, in order: the frame's positions (all storage rows, or its selection), less those
/// a condition drops.
struct Scan: @unchecked Sendable {  // immutable; its parts are read on two threads
    /// Positions: the frame's row count.
    let count: Int
    /// Position → storage row; nil when they are the same.
    let selection: [Int32]?
    let condition: RowCondition?
    /// The positions this scan reads: all of them, or one part when a step reads its parts in parallel.
    var range: Range<Int>

    init(count: Int, selection: [Int32]?, condition: RowCondition?) {
        self.count = count
        self.selection = selection
        self.condition = condition
        range = 0..<count
    }

    /// Positions from which a scan is read in two parts, on two threads (tests lower it).
    var parallelFrom = 1 << 18

    /// The scan in two parts of whole blocks when it is large, else itself alone.
    func parts() -> [Scan] {
        guard range.count >= parallelFrom, range.count >= 2 * blockSize else { return [self] }
        let middle = (range.lowerBound + range.count / 2) / blockSize * blockSize
        var first = self, second = self
        first.range = range.lowerBound..<middle
        second.range = middle..<range.upperBound
        return [first, second]
    }

    /// One block of kept rows.
    enum Block {
        /// Storage rows `start..<start+count`, kept where `mask` is nonzero (all of them when nil).
        case dense(start: Int, count: Int, mask: UnsafePointer<UInt8>?)
        /// Storage rows, every one kept, in order.
        case rows(UnsafeBufferPointer<Int32>)
    }

    /// Calls `body` with every block, in order, while `more` (checked before each block) holds.
    func forEachBlock(while more: () -> Bool = { true }, _ body: (Block) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { maskBuffer in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: blockSize) { rowBuffer in
                guard let mask = maskBuffer.baseAddress, let kept = rowBuffer.baseAddress else { return }
                func run(_ sel: UnsafePointer<Int32>?) {
                    var p0 = range.lowerBound
                    while p0 < range.upperBound, more() {
                        let n = Swift.min(blockSize, range.upperBound - p0)
                        if let sel {
                            let rows = sel + p0
                            if let condition {
                                condition.fill(mask, .set, p0, n, rows)
                                var k = 0
                                for j in 0..<n {
                                    kept[k] = rows[j]
                                    k &+= Int(mask[j])
                                }
                                body(.rows(UnsafeBufferPointer(start: kept, count: k)))
                            } else {
                                body(.rows(UnsafeBufferPointer(start: rows, count: n)))
                            }
                        } else if let condition {
                            condition.fill(mask, .set, p0, n, nil)
                            body(.dense(start: p0, count: n, mask: UnsafePointer(mask)))
                        } else {
                            body(.dense(start: p0, count: n, mask: nil))
                        }
                        p0 += n
                    }
                }
                if let selection {
                    selection.withUnsafeBufferPointer { run($0.baseAddress) }
                } else {
                    run(nil)
                }
            }
        }
    }

    /// The storage rows kept, in order.
    func rows() -> [Int32] {
        let parts = inParallel(self) { $0.partRows() }
        return parts.count == 1 ? parts[0] : parts.flatMap { $0 }
    }

    /// The storage rows this part keeps, in order.
    func partRows() -> [Int32] {
        var out: [Int32] = []
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: blockSize) { buffer in
            guard let tmp = buffer.baseAddress else { return }
            forEachBlock { block in
                switch block {
                case .dense(let start, let n, let mask?):
                    var k = 0
                    for j in 0..<n {
                        tmp[k] = Int32(truncatingIfNeeded: start + j)
                        k &+= Int(mask[j])
                    }
                    out.append(contentsOf: UnsafeBufferPointer(start: tmp, count: k))
                case .dense(let start, let n, nil):
                    out.append(contentsOf: Int32(truncatingIfNeeded: start)..<Int32(truncatingIfNeeded: start + n))
                case .rows(let r):
                    out.append(contentsOf: r)
                }
            }
        }
        return out
    }
}

/// Runs `body` on each part of `scan` (see ``Scan/parts()``), the parts on their own threads; the results
/// in the parts' order.
func inParallel<R>(_ scan: Scan, _ body: (Scan) -> R) -> [R] {
    let parts = scan.parts()
    guard parts.count > 1 else { return [body(scan)] }
    return concurrentMap(parts.count) { body(parts[$0]) }
}

/// `body(i)` for every `i` in `0..<count`, spread over the cores by Dispatch; the results in index order.
/// `body` runs on several threads at once, so it must only read what the calls share.
package func concurrentMap<R>(_ count: Int, _ body: (Int) -> R) -> [R] {
    guard count > 1 else { return count == 1 ? [body(0)] : [] }
    var results = [R?](repeating: nil, count: count)
    withoutActuallyEscaping(body) { body in
        results.withUnsafeMutableBufferPointer { out in
            let shared = ConcurrentSlots(out: out, body: body)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                shared.out[i] = shared.body(i)
            }
        }
    }
    return results.compactMap { $0 }
}

/// What the threads of ``concurrentMap(_:_:)`` share: each writes only its own slot.
struct ConcurrentSlots<R>: @unchecked Sendable {
    let out: UnsafeMutableBufferPointer<R?>
    let body: (Int) -> R
}

// MARK: Whole-table aggregates

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
    func withUnsafeOptionalBufferPointer<R>(_ body: (UnsafeBufferPointer<Bool>?) -> R) -> R {
        switch self {
        case .some(let a): return a.withUnsafeBufferPointer { body($0) }
        case .none: return body(nil)
        }
    }
}

// MARK: Grouping by a text column

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
        g.order = firstAppearance(scan, c, g.rows, missingSlot)
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

/// The nonempty slots in order of their first kept row: a scan from the start that stops once every
/// group has been seen (usually within the first block).
func firstAppearance<C: FixedWidthInteger & UnsignedInteger>(_ scan: Scan, _ c: UnsafeBufferPointer<C>,
                                                          _ rows: [Int], _ missingSlot: Int) -> [Int] {
    let groups = rows.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
    var seen = [Bool](repeating: false, count: rows.count)
    var order: [Int] = []
    order.reserveCapacity(groups)
    func note(_ s: Int) {
        if !seen[s] {
            seen[s] = true
            order.append(s)
        }
    }
    scan.forEachBlock(while: { order.count < groups }) { block in
        switch block {
        case .dense(let start, let n, let mask):
            for j in 0..<n where mask.map({ $0[j] != 0 }) ?? true {
                note(slot(c[start + j], missingSlot))
                if order.count == groups { return }
            }
        case .rows(let r):
            for row in r {
                note(slot(c[Int(row)], missingSlot))
                if order.count == groups { return }
            }
        }
    }
    return order
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

// MARK: Top k

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

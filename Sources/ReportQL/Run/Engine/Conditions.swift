import ReportModel

// Conditions: see Scan.swift for how the block-at-a-time kernels work.

/// A condition over a frame's rows, as the set of rows it holds for: a row where it is false or missing is
/// out, as a `where` wants it.
indirect enum RowCondition {
    /// A text column's rows whose code passes `test`.
    case codes(CodeStorage, CodeTest)
    /// A one-unit number column's present rows whose significand lies in `lo...hi` (outside it when
    /// `negated`).
    case range(IntStorage, lo: Int64, hi: Int64, negated: Bool, present: [Bool]?)
    /// Arithmetic of number columns compared, evaluated a block at a time (ScaledConditions.swift).
    case scaled(ScaledComparison)
    /// A quotient of such arithmetic compared with a constant, without dividing (ScaledQuotient.swift).
    case quotient(QuotientComparison)
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
    /// One flag per dictionary entry (nonzero: kept), indexed by the code; the missing code is beyond it.
    case flags([UInt8])
    /// The codes `lo..<hi` (a prefix of a dictionary in byte order); the missing code is beyond them.
    case codeRange(UInt32, UInt32)

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
        case .scaled(let comparison):
            comparison.fill(out, mode, p0, n, rows)
        case .quotient(let comparison):
            comparison.fill(out, mode, p0, n, rows)
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
    /// The condition for every row of a dense frame of `count` rows, as booleans. `stop` is asked every 16
    /// blocks; once it answers yes the rest stays false and the caller's checkpoint ends the run.
    func values(count: Int, stop: () -> Bool = { false }) -> [Bool] {
        // Empty without `unsafeUninitializedCapacity`, which writes the count into the shared empty array.
        guard count > 0 else { return [] }
        return [Bool](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.withMemoryRebound(to: UInt8.self) { out in
                guard let base = out.baseAddress else { return }
                var p0 = 0
                while p0 < count {
                    if p0 & (16 * blockSize - 1) == 0, stop() {
                        (base + p0).initialize(repeating: 0, count: count - p0)
                        break
                    }
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
    case .flags(let flags):
        flags.withUnsafeBufferPointer { f in
            let count = f.count
            combineRead(codes, out, mode, p0, n, rows) { Int($0) < count && f[Int($0)] != 0 }
        }
    case .codeRange(let lo, let hi):
        // Codes of a dictionary of width T are below T.max, so hi fits and the missing code is out.
        guard lo < hi else {
            RowCondition.constant(false).fill(out, mode, p0, n, rows)
            return
        }
        let a = T(truncatingIfNeeded: lo), b = T(truncatingIfNeeded: hi)
        combineRead(codes, out, mode, p0, n, rows) { ($0 >= a) && ($0 < b) }
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

import ReportModel

// Comparisons of arithmetic on one-unit number columns (`total * 2 > invest2024 + 300亿元`), fused with the
// scan: both sides are evaluated a block at a time into 64-bit significands at one scale in one unit, read
// from the columns in place, and compared into the block's mask. Units and scales follow `Arithmetic`'s rules
// as `ScaledArithmetic` does (exact conversions only). No row can overflow: each side's interval is computed
// from the columns' storage widths before anything runs, and an expression whose interval passes 64 bits is
// not fused (the column-at-a-time path, which detects overflow row by row, takes it).

/// An integer expression over number columns, every node at the expression's one scale and unit.
indirect enum ScaledExpr {
    /// A column's significands times `factor`.
    case column(IntStorage, factor: Int64)
    case constant(Int64)
    case add(ScaledExpr, ScaledExpr)
    case subtract(ScaledExpr, ScaledExpr)

    /// The values of positions `p0..<p0+n` (storage rows `rows`, or the positions) into `out`.
    func fill(_ out: UnsafeMutablePointer<Int64>, _ p0: Int, _ n: Int, _ rows: UnsafePointer<Int32>?) {
        switch self {
        case .constant(let k):
            out.update(repeating: k, count: n)
        case .column(let storage, let f):
            switch storage {
            case .i8(let a): a.withUnsafeBufferPointer { Self.read($0, f, out, p0, n, rows) }
            case .i16(let a): a.withUnsafeBufferPointer { Self.read($0, f, out, p0, n, rows) }
            case .i32(let a): a.withUnsafeBufferPointer { Self.read($0, f, out, p0, n, rows) }
            case .i64(let a): a.withUnsafeBufferPointer { Self.read($0, f, out, p0, n, rows) }
            }
        case .add(let l, let r), .subtract(let l, let r):
            var isAdd = false
            if case .add = self { isAdd = true }
            l.fill(out, p0, n, rows)
            if case .constant(let k) = r {
                if isAdd { for j in 0..<n { out[j] &+= k } } else { for j in 0..<n { out[j] &-= k } }
                return
            }
            withUnsafeTemporaryAllocation(of: Int64.self, capacity: n) { tmp in
                guard let t = tmp.baseAddress else { return }
                r.fill(t, p0, n, rows)
                if isAdd { for j in 0..<n { out[j] &+= t[j] } } else { for j in 0..<n { out[j] &-= t[j] } }
            }
        }
    }

    @inline(__always)
    static func read<T: FixedWidthInteger & SignedInteger>(_ v: UnsafeBufferPointer<T>, _ f: Int64,
                                                         _ out: UnsafeMutablePointer<Int64>, _ p0: Int, _ n: Int,
                                                         _ rows: UnsafePointer<Int32>?) {
        guard let b = v.baseAddress else { return }
        if let rows {
            for j in 0..<n { out[j] = Int64(b[Int(rows[j])]) &* f }
        } else {
            let d = b + p0
            if f == 1 {
                for j in 0..<n { out[j] = Int64(d[j]) }
            } else {
                for j in 0..<n { out[j] = Int64(d[j]) &* f }
            }
        }
    }
}

/// `left op right` over two ``ScaledExpr``s; a row where a column it reads is missing is out.
struct ScaledComparison {
    let op: BinaryOperator
    let left: ScaledExpr
    let right: ScaledExpr
    /// The presence of every column read that has missing values.
    let present: [[Bool]]
    /// The answer for every row where no column read is missing, when the columns' bounds decide it (nil:
    /// each row must be compared).
    var decided: Bool? = nil

    /// The condition: a constant when the bounds decide it (true only when no column read has a missing value),
    /// else compared block by block.
    var condition: RowCondition {
        switch decided {
        case false?: return .constant(false)
        case true? where present.isEmpty: return .constant(true)
        default: return .scaled(self)
        }
    }

    func fill(_ out: UnsafeMutablePointer<UInt8>, _ mode: MaskMode, _ p0: Int, _ n: Int, _ rows: UnsafePointer<Int32>?) {
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: 2 * n) { buffer in
            guard let a = buffer.baseAddress else { return }
            let b = a + n
            left.fill(a, p0, n, rows)
            right.fill(b, p0, n, rows)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { maskBuffer in
                guard let t = maskBuffer.baseAddress else { return }
                switch op {
                case .equal: for j in 0..<n { t[j] = a[j] == b[j] ? 1 : 0 }
                case .notEqual: for j in 0..<n { t[j] = a[j] != b[j] ? 1 : 0 }
                case .less: for j in 0..<n { t[j] = a[j] < b[j] ? 1 : 0 }
                case .lessEqual: for j in 0..<n { t[j] = a[j] <= b[j] ? 1 : 0 }
                case .greater: for j in 0..<n { t[j] = a[j] > b[j] ? 1 : 0 }
                default: for j in 0..<n { t[j] = a[j] >= b[j] ? 1 : 0 }
                }
                for p in present { p.withUnsafeBufferPointer { fillBools($0, t, .and, p0, n, rows) } }
                combine(out, mode, n) { t[$0] != 0 }
            }
        }
    }
}

extension ScaledComparison {
    /// One side while it is built: the expression, its scale and unit, the interval its values lie in, and the
    /// presence arrays of the columns it reads.
    struct Side {
        var expr: ScaledExpr
        var scale: Int
        var unit: Unit
        var lo: Int128
        var hi: Int128
        var present: [[Bool]]
        /// Bounds of the values of rows where no column read is missing (from the columns' own bounds).
        var vlo: Int128
        var vhi: Int128

        /// Multiplied by `f` (a unit conversion or a widening of scale); nil when it could pass 64 bits.
        func times(_ f: Int64, addingScale k: Int) -> Side? {
            if f == 1 { var s = self; s.scale += k; return s }
            let a = lo * Int128(f), b = hi * Int128(f)
            let va = vlo * Int128(f), vb = vhi * Int128(f)
            let s = Side(expr: .column(.i8([]), factor: 0), scale: scale + k, unit: unit, lo: Swift.min(a, b), hi: Swift.max(a, b),
                         present: present, vlo: Swift.min(va, vb), vhi: Swift.max(va, vb))
            guard s.fits, let e = Self.scaled(expr, f) else { return nil }
            var out = s
            out.expr = e
            return out
        }

        var fits: Bool { lo >= Int128(Int64.min) && hi <= Int128(Int64.max) }

        /// `e × f`, pushed into the columns and constants (a subtraction's sides both scale).
        static func scaled(_ e: ScaledExpr, _ f: Int64) -> ScaledExpr? {
            switch e {
            case .constant(let k):
                let (m, o) = k.multipliedReportingOverflow(by: f)
                return o ? nil : .constant(m)
            case .column(let s, let g):
                let (m, o) = g.multipliedReportingOverflow(by: f)
                return o ? nil : .column(s, factor: m)
            case .add(let l, let r):
                guard let a = scaled(l, f), let b = scaled(r, f) else { return nil }
                return .add(a, b)
            case .subtract(let l, let r):
                guard let a = scaled(l, f), let b = scaled(r, f) else { return nil }
                return .subtract(a, b)
            }
        }

        func converted(to target: Unit) -> Side? {
            if unit == target { return self }
            guard let (f, k) = ScaledArithmetic.factor(from: unit, to: target) else { return nil }
            var s = times(f, addingScale: k)
            s?.unit = target
            return s
        }

        func rescaled(to s: Int) -> Side? {
            guard s >= scale, s - scale <= 18 else { return nil }
            return times(ScaledArithmetic.power10[s - scale], addingScale: s - scale)
        }
    }

    /// Both sides in `unit` at one scale.
    static func aligned(_ a: Side, _ b: Side, unit: Unit) -> (Side, Side)? {
        guard let x = a.converted(to: unit), let y = b.converted(to: unit) else { return nil }
        let s = Swift.max(x.scale, y.scale)
        guard let x2 = x.rescaled(to: s), let y2 = y.rescaled(to: s) else { return nil }
        return (x2, y2)
    }

    /// `e` as a side, when it is arithmetic (`+`, `−`, `×` a plain constant) of one-unit number columns and
    /// number constants whose every intermediate fits 64 bits; nil otherwise.
    static func side(_ e: TypedExpr, _ frame: Frame) -> Side? {
        switch e.kind {
        case .column(let i):
            guard case .number(let c) = frame.columns[i].data, c.isUniform else { return nil }
            let (lo, hi): (Int128, Int128)
            switch c.storage {
            case .i8: (lo, hi) = (Int128(Int8.min), Int128(Int8.max))
            case .i16: (lo, hi) = (Int128(Int16.min), Int128(Int16.max))
            case .i32: (lo, hi) = (Int128(Int32.min), Int128(Int32.max))
            case .i64: (lo, hi) = (Int128(Int64.min), Int128(Int64.max))
            }
            return Side(expr: .column(c.storage, factor: 1), scale: c.scale, unit: c.units[0], lo: lo, hi: hi,
                        present: c.present.map { [$0] } ?? [], vlo: Int128(c.minValue), vhi: Int128(c.maxValue))
        case .constant(.number(let q)):
            guard q.value.scale >= 0, let k = Int64(exactly: q.value.significand) else { return nil }
            return Side(expr: .constant(k), scale: q.value.scale, unit: q.unit, lo: Int128(k), hi: Int128(k), present: [],
                        vlo: Int128(k), vhi: Int128(k))
        case .arithmetic(let op, let l, let r):
            guard let a = side(l, frame), let b = side(r, frame) else { return nil }
            switch op {
            case .add, .subtract:
                let subtract = op == .subtract
                guard let unit = ScaledArithmetic.sumUnit(a.unit, b.unit, subtract: subtract) else { return nil }
                guard let (x, y) = aligned(a, b, unit: unit) else { return nil }
                let lo = subtract ? x.lo - y.hi : x.lo + y.lo
                let hi = subtract ? x.hi - y.lo : x.hi + y.hi
                let s = Side(expr: subtract ? .subtract(x.expr, y.expr) : .add(x.expr, y.expr), scale: x.scale,
                             unit: unit, lo: lo, hi: hi, present: x.present + y.present,
                             vlo: subtract ? x.vlo - y.vhi : x.vlo + y.vlo, vhi: subtract ? x.vhi - y.vlo : x.vhi + y.vhi)
                return s.fits ? s : nil
            case .multiply:
                // A side times a plain constant keeps the side's unit; a plain constant times a side of
                // another dimension too (Arithmetic.multiply).
                if case .constant(let k) = b.expr, b.unit == .plain, !isConstant(a.expr) {
                    return a.times(k, addingScale: b.scale)
                }
                if case .constant(let k) = a.expr, a.unit == .plain, b.unit.dimension != .ratio, !isConstant(b.expr) {
                    return b.times(k, addingScale: a.scale)
                }
                return nil
            default:
                return nil
            }
        default:
            return nil
        }
    }

    static func isConstant(_ e: ScaledExpr) -> Bool {
        if case .constant = e { return true }
        return false
    }

    /// `l op r` fused, when both sides are such arithmetic of one dimension and at least one is not a lone
    /// column or constant (those the interval conditions take); nil otherwise.
    static func make(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, _ frame: Frame) -> ScaledComparison? {
        switch (l.kind, r.kind) {
        case (.column, .constant), (.constant, .column), (.constant, .constant): return nil
        default: break
        }
        guard [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op),
              let a = side(l, frame), let b = side(r, frame), a.unit.dimension == b.unit.dimension,
              !(isConstant(a.expr) && isConstant(b.expr)) else { return nil }
        let unit = a.unit == b.unit || ScaledArithmetic.factor(from: b.unit, to: a.unit) != nil ? a.unit : b.unit
        guard let (x, y) = aligned(a, b, unit: unit) else { return nil }
        return ScaledComparison(op: op, left: x.expr, right: y.expr, present: x.present + y.present,
                                decided: decide(op, x.vlo, x.vhi, y.vlo, y.vhi))
    }

    /// `a op b` for every `a` in `a1...a2` and `b` in `b1...b2`, when the intervals decide it; nil otherwise.
    /// (DuckDB answers such a `where` from its column statistics the same way.)
    static func decide(_ op: BinaryOperator, _ a1: Int128, _ a2: Int128, _ b1: Int128, _ b2: Int128) -> Bool? {
        switch op {
        case .less: return a2 < b1 ? true : a1 >= b2 ? false : nil
        case .lessEqual: return a2 <= b1 ? true : a1 > b2 ? false : nil
        case .greater: return a1 > b2 ? true : a2 <= b1 ? false : nil
        case .greaterEqual: return a1 >= b2 ? true : a2 < b1 ? false : nil
        case .equal, .notEqual:
            let same = a1 == a2 && b1 == b2 && a1 == b1, apart = a2 < b1 || a1 > b2
            guard same || apart else { return nil }
            return (op == .equal) == same
        default: return nil
        }
    }
}
